/**
 * Tenth round: general mechanisms for the classes this round's working sets (dev 31 and 32) showed, read after they
 * were scored unseen. One test per class, each failing without its fix; the examples are new wordings of each class,
 * not the sets' rows.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassifier } from "../classifier.js";
import { readingConversations } from "./conversation-classifier.js";
import { findCues } from "./cue-matcher.js";
import { detectFollowUp } from "./follow-up.js";
import { hasExplicitMath, readNumericDomain } from "./numeric-domain.js";
import { a, read, u } from "../../../test/support/conversation-kit.js";

/** A base that reads the last turn by a table of its first words, and anything else as `otherwise`. */
function byOpening(table: Record<string, string>, otherwise: string): ConversationClassifier {
  return {
    name: "opening",
    classify: (messages) => {
      const last = messages[messages.length - 1];
      const text = typeof last?.content === "string" ? last.content.toLowerCase() : "";
      const label = Object.entries(table).find(([opening]) => text.startsWith(opening))?.[1] ?? otherwise;
      return { task: { label, confidence: 0.7 }, difficulty: { label: "budget", confidence: 0.7 }, strongProbability: 0.1, taskReason: "" };
    },
  };
}
const taskOf = (base: ConversationClassifier, messages: ChatMessage[]): string => readingConversations(base).classify(messages).task.label;

describe("ten more cue languages", () => {
  const asks: [string, string, string][] = [
    ["sv", "translation", "kan du översätta det här till engelska? Mötet flyttas till torsdag."],
    ["el", "summarization", "κάνε μου μια περίληψη του παρακάτω κειμένου: Η συνάντηση μεταφέρθηκε για την Πέμπτη λόγω απεργίας."],
    ["uk", "code_generation", "напиши функцію на python, яка рахує кількість голосних у рядку"],
    ["cs", "classification", "roztřiď tyhle recenze na pozitivní a negativní: 'skvělé jídlo', 'studená polévka'"],
    ["ro", "brainstorming", "dă-mi niște idei de nume pentru o cafenea mică lângă gară"],
    ["he", "math", "תפתור בבקשה את המשוואה 3x + 7 = 22"],
    ["fa", "translation", "لطفا این جمله رو به انگلیسی ترجمه کن: فردا جلسه نداریم"],
    ["th", "summarization", "ช่วยสรุปบทความนี้ให้หน่อย: รัฐบาลประกาศขึ้นค่าแรงขั้นต่ำทั่วประเทศตั้งแต่เดือนหน้า"],
    ["bn", "creative_writing", "আমার মায়ের জন্মদিনে একটা ছোট কবিতা লিখে দাও"],
    ["sw", "brainstorming", "nipe mawazo ya biashara ndogo ninayoweza kuanza na mtaji mdogo"],
  ];
  it("reads each language's defining verb over a base that says chat", () => {
    for (const [lang, task, text] of asks) expect(read("chat", [u(text)]), `${lang}: ${text}`).toBe(task);
  });
  it("finds Hebrew and Bengali words as words and Thai cues inside unspaced text", () => {
    expect(findCues("אני צריך שתתרגם לאנגלית").some((hit) => hit.lang === "he" && hit.task === "translation")).toBe(true);
    expect(findCues("ขอไอเดียตั้งชื่อร้านกาแฟหน่อย").map((hit) => hit.task)).toContain("brainstorming");
    // A Hebrew cue is a whole word: "שיר" (a poem) is not found inside "שירות" (service).
    expect(findCues("שירות לקוחות").some((hit) => hit.cue === "שיר")).toBe(false);
    expect(findCues("এই অংকটা বুঝিয়ে দাও").some((hit) => hit.lang === "bn" && hit.task === "math")).toBe(true);
  });
  it("keeps another language's look-alike words out of the cues", () => {
    // Russian "перевезти" (carry across) is not "перевести" (translate); "function" in English code is no Romanian cue.
    expect(findCues("селянин должен перевезти через реку волка").some((hit) => hit.task === "translation")).toBe(false);
    expect(findCues("async function getuser(id) {").some((hit) => hit.lang === "ro" || hit.lang === "sw")).toBe(false);
    // "stručně" (briefly) after a question asks for a short answer, not a summary.
    expect(read("simple_qa", [u("co je to fotosyntéza? stručně prosím, syn to potřebuje do školy")], 0.3)).toBe("simple_qa");
  });
});

describe("a disputed answer is a follow-up", () => {
  const base = byOpening({ "how many times": "deep_reasoning" }, "simple_qa");
  const puzzle = [u("how many times do the hands of a clock point the same way between noon and midnight?"), a("11 times, not 12.")];
  it("inherits the task of the answer it disputes, with a reason after it", () => {
    for (const turn of ["why not 12? they meet every hour, right?", "shouldn't it be 12, once per hour", "¿por qué no 12? se cruzan cada hora", "почему не 12? они же встречаются каждый час", "为什么不是12次？每小时不是都重合一次吗"]) {
      expect(detectFollowUp(turn.toLowerCase())?.kind, turn).toBe("explain");
      expect(taskOf(base, [...puzzle, u(turn)]), turn).toBe("deep_reasoning");
    }
  });
  it("is only a disputed number: 'why not use a set?' is no challenge", () => {
    for (const turn of ["why not use a set here?", "¿por qué no crea una lista nueva?", "shouldn't it be async?"]) expect(detectFollowUp(turn)?.kind, turn).not.toBe("explain");
  });
});

describe("a question passed on from someone else", () => {
  const base = byOpening({ "write a": "creative_writing", "how ": "simple_qa", "what ": "simple_qa" }, "chat");
  it("is read as the question it is, not as the poem before it", () => {
    const poem = [u("write a lullaby about the sea for my son"), a("Hush now, the waves are singing low...")];
    for (const turn of ["aww he loved it. now he's asking how deep the ocean is", "ok my daughter wants to know what the biggest whale is lol"]) {
      expect(taskOf(base, [...poem, u(turn)]), turn).toBe("simple_qa");
    }
  });
});

describe("a writer who cannot decide between options", () => {
  it("asks for analysis in the cue languages, whatever the reading", () => {
    for (const turn of [
      "sono indeciso: master a Bologna o lavoro subito a Torino? ho 24 anni e zero risparmi, aiutami a ragionarci",
      "we twijfelen tussen twee leveranciers: A is goedkoper, B levert sneller. wat zou jij doen?",
      "I'm torn between the 14-inch and the 16-inch laptop, I travel a lot but also edit video",
      "j'hésite entre un CDI à Lyon et un freelance à Paris, voilà les chiffres: 42k contre 550 €/jour",
    ]) {
      for (const reading of ["deep_reasoning", "simple_qa", "math"]) expect(read(reading, [u(turn)]), `${reading}: ${turn}`).toBe("analysis");
    }
  });
  it("leaves a puzzle the writer cannot solve, and a sum asked for between options, alone", () => {
    expect(read("deep_reasoning", [u("не могу решить задачку: три коробки, на всех неправильные этикетки")])).toBe("deep_reasoning");
    expect(read("math", [u("I'm torn between two loans: 10k at 5% over 3 years or at 4% over 5 years. calculate the total interest of each")])).toBe("math");
  });
});

describe("numbers: statistical tests, amounts in other languages, and the word 'ci'", () => {
  it("reads a statistical test as maths", () => {
    expect(hasExplicitMath("can you do a two-sample t-test or a z-test on these two groups?")).toBe(true);
    expect(hasExplicitMath("run a two-proportion test for me: 200/4000 vs 260/4100")).toBe(true);
  });
  it("reads an amount to compute in other languages", () => {
    for (const text of ["wie hoch ist der nettobetrag bei 1.190 € brutto?", "¿cuánto pago al mes si pido 12.000 € al 6 %?", "quel est le montant ttc pour 3 licences à 49 € ht ?", "quanto pago di tasse su 30.000 €?", "qual é o valor líquido de um salário de r$ 5.000?", "сколько я заплачу за год при 2 500 ₽ в месяц?", "税込でいくら？ 本体価格は1,200円です", "what's the qoq revenue growth for q3?"]) {
      expect(readNumericDomain(text).figure, text).toBe(true);
    }
  });
  it("does not read the Italian word 'ci' as a CI system", () => {
    expect(readNumericDomain("ci ho provato 20 volte, ci sono 5 posti").system).toBe(false);
    expect(readNumericDomain("the ci build went from 12 to 45 minutes").system).toBe(true);
  });
});

describe("work asked by its noun or its opening verb", () => {
  it("reads a regex asked for in other languages as code", () => {
    for (const turn of ["напиши регулярку, которая проверяет почтовый индекс из 6 цифр", "escríbeme una expresión regular para validar un DNI español", "写一个正则，匹配中国大陆的手机号"]) {
      expect(read("extraction", [u(turn)]), turn).toBe("code_generation");
    }
  });
  it("lets the verb that opens the turn name text work a long text pulled elsewhere", () => {
    const letter = "Sehr geehrter Herr Lindqvist,\n\nvielen Dank für Ihre Anfrage vom 3. März. Anbei erhalten Sie unser Angebot für die Lieferung von 400 Einheiten. Die Lieferzeit beträgt vier Wochen.\n\nMit freundlichen Grüßen";
    expect(read("summarization", [u(`Bitte ins Englische übersetzen, förmlich lassen.\n\n${letter}`)])).toBe("translation");
    // A verb inside the quoted text names nothing: "resumo" is the e-mail's word, the ask is to pull out dates.
    expect(read("extraction", [u('desse e-mail aqui tira só as datas e os valores: "Oi Renata, segue o resumo do contrato: sinal de R$ 4.500 até 05/06."')])).toBe("extraction");
  });
});

describe("a cue word inside a pasted failing log", () => {
  const log = "=================== FAILURES ===================\n___________ test_refund ___________\n>       assert refund(10.1) == 10.1\nE       assert 10.099999999999 == 10.1\ntests/test_refund.py:8: AssertionError\n=========== short test summary info ============\nFAILED tests/test_refund.py::test_refund\n======= 1 failed, 12 passed in 0.8s =======";
  it("does not make the turn a summary when its own words ask to debug", () => {
    expect(read("summarization", [u(`CI is red on this and I don't get it, the values look equal\n\n${log}`)])).toBe("code_review");
  });
  it("keeps a summary asked for above the log", () => {
    expect(read("summarization", [u(`give me a 2-line summary of this run for standup\n\n${log}`)])).toBe("summarization");
    expect(read("summarization", [u(`3-line status of last night's tests for the channel please\n\n${log}`)])).toBe("summarization");
  });
});

describe("dev 33 and 34's classes", () => {
  it("keeps maths asked by its verb or as an amount over a system's or a business's figures", () => {
    const rack = "Сервер потребляет 300 Вт круглосуточно, тариф 5,9 руб за кВт·ч. Посчитай, сколько это в месяц для 8 серверов.";
    expect(read("math", [u(rack)])).toBe("math");
    expect(read("analysis", [u("Nos chiffres : CAC 280 €, ARPU 35 €/mois, churn 4 %. Calcule la LTV et le ratio LTV/CAC.")])).toBe("math");
    expect(read("analysis", [u("Loan: €40,000 at 5.1% over 48 months. What's the monthly payment, and how much is interest vs principal in month 1?")])).toBe("math");
    // A choice among the options stays analysis, and a log stays debugging.
    expect(read("analysis", [u("c6i $0.34/h vs c7g $0.29/h, 40 hours of compute a day. which is the best option?")])).toBe("analysis");
  });
  it("keeps a puzzle set in a system a puzzle", () => {
    expect(read("deep_reasoning", [u("12 api servers, exactly one returns 500s 1% of the time. what's the minimum number of canary rounds to find it if each round can test any group of 4?")])).toBe("deep_reasoning");
  });
  it("reads a pick among named labels for each item as classification", () => {
    const items = "\n\n1) GET /cart 200\n2) POST /pay 502\n3) GET /user 404";
    expect(read("code_review", [u(`for each request below tell me if it's: OK, THEIR FAULT or OUR FAULT. one word per line${items}`)])).toBe("classification");
    expect(read("extraction", [u("Dime para cada gasto si es deducible o no deducible:\n- comida con cliente 85 €\n- taxi 23 €\n- gimnasio 40 €")])).toBe("classification");
    expect(read("extraction", [u(`pull the status code out for each request below${items}`)])).toBe("extraction");
  });
  it("does not let a verb inside a quoted message name the task", () => {
    expect(read("creative_writing", [u('me ajuda a deixar essa mensagem mais educada? "Seu Jorge, já falei três vezes do vazamento, quero que o senhor resolva isso hoje."')])).toBe("creative_writing");
  });
  it("reads code named before its verb in Japanese and Korean", () => {
    for (const turn of ["우편번호 검사하는 정규식 하나만 만들어줘", "CSVを読み込む関数を作ってください"]) expect(read("extraction", [u(turn)]), turn).toBe("code_generation");
  });
  it("reads 'we need to choose' in other languages as analysis", () => {
    for (const turn of ["Nous devons choisir un transporteur : A livre en 2 jours pour 6 €, B en 4 jours pour 4 €.", "tenemos que elegir proveedor: A es más barato, B más rápido"]) {
      expect(read("extraction", [u(turn)]), turn).toBe("analysis");
    }
  });
  it("reads 'why??' with the doubt behind it as a follow-up that explains", () => {
    expect(detectFollowUp("why?? how does the order matter, i thought it was 1/2")?.kind).toBe("explain");
  });
  it("reads Tagalog cues, and a Thai or Arabic writing ask", () => {
    expect(findCues("grabe pagod na ako today, wala lang").some((hit) => hit.lang === "tl" && hit.task === "chat")).toBe(true);
    expect(read("simple_qa", [u("ช่วยแต่งนิทานก่อนนอนให้ลูกหน่อย")])).toBe("creative_writing");
    expect(read("translation", [u("نرجو صياغة خطاب شكر رسمي لشركة النور بمناسبة إتمام المشروع")])).toBe("creative_writing");
  });
});

describe("dev 30's classes (read after it was scored sealed twice)", () => {
  it("reads projections and amounts asked without a verb of calculating as maths", () => {
    expect(read("math", [u("fixed costs 12,000/mo, price 39, variable cost 14.20 per unit. units to break even? and the profit at 900 units?")])).toBe("math");
    expect(read("math", [u("disk is 1.8T of 2.0T, ingest adds 2 GB/h, cleanup frees 10 GB every 6 hours. at this rate when do we hit zero?")])).toBe("math");
    expect(read("math", [u("plan A is $19/seat for 12 seats, plan B $15/seat with a 20-seat minimum. over a year, by how much is A cheaper?")])).toBe("math");
  });
  it("reads an access log under an ask to pull rows out of it as extraction", () => {
    const log = '10.0.3.14 - - [03/Oct/2026:10:01:02 +0000] "GET /api/cart HTTP/1.1" 502 312\n10.0.3.15 - - [03/Oct/2026:10:01:03 +0000] "GET /api/user HTTP/1.1" 200 91';
    expect(read("code_review", [u(`give me every 5xx from this as a table: time, path, status\n\n${log}`)])).toBe("extraction");
  });
  it("does not read a table's 'text' columns as a message to send", () => {
    expect(read("creative_writing", [u("table: users(id bigint, name text, bio text). write a query for users with an empty bio")])).toBe("code_generation");
  });
  it("reads a translate verb opening the turn over a summary word in the text below it", () => {
    expect(read("summarization", [u("переведи на английский, термины не трогай\n\n## Как внести изменения\nКраткое описание: создайте ветку и откройте pull request.")])).toBe("translation");
  });
  it("reads more cue words: a Turkish e-mail, a Vietnamese and Tagalog ask, a Thai amount", () => {
    expect(read("classification", [u("Müşterimize gecikme için resmi bir özür e-postası yazar mısın?")], 0.3)).toBe("creative_writing");
    expect(read("summarization", [u("tách giúp mình: tên, sđt, địa chỉ nha. đây: chị Lan 0901234567 quận 3")])).toBe("extraction");
    expect(read("creative_writing", [u("โน้ตบุ๊คราคา 30,000 บาท ลด 10% สรุปต้องจ่ายเท่าไหร่คะ")], 0.3)).toBe("math");
  });
});

describe("dev 35's classes (read after it was scored sealed)", () => {
  it("reads 'in the same style' and 'send more like these' as follow-ups that keep the task", () => {
    for (const turn of ["great, now this one in the same style", "同じトーンでお願いします", "מעולה. תעשה גם את זה באותו סגנון", "adorei, manda mais uns 10 nessa pegada"]) {
      expect(detectFollowUp(turn.toLowerCase())?.kind, turn).toBe("inherit");
    }
  });
  it("reads Arabic label words with their endings, and 'pull these into a table' as extraction", () => {
    expect(findCues("التعليقات دي إيجابية ولا سلبية").filter((hit) => hit.task === "classification").length).toBeGreaterThanOrEqual(2);
    expect(read("summarization", [u("pull these into a table: Q2 revenue, YoY growth, gross margin\n\nRevenue was $1.2B, up 14% year over year; gross margin 61%.")])).toBe("extraction");
  });
  it("reads 'roughly how much' over a system's figures as maths", () => {
    expect(readNumericDomain("logs grow 2 gb/day, 4% more each week. roughly how much will we hold in 26 weeks?").figure).toBe(true);
  });
});

describe("follow-ups in the eighteen newer languages", () => {
  it("reads a shorter version, another one, a restyle and 'why?'", () => {
    const cases: [string, string][] = [
      ["maak het korter", "shorten"], ["daha kısa olsun", "shorten"], ["коротше, будь ласка", "shorten"], ["สั้นกว่านี้หน่อย", "shorten"],
      ["bir tane daha", "inherit"], ["jeszcze jeden?", "inherit"], ["satu lagi dong", "inherit"], ["עוד אחד", "inherit"], ["mer formell tack", "inherit"],
      ["waarom?", "explain"], ["لماذا؟", "explain"], ["kyun?", "explain"], ["γιατί;", "explain"], ["tại sao vậy?", "explain"],
    ];
    for (const [turn, kind] of cases) expect(detectFollowUp(turn.toLowerCase())?.kind, turn).toBe(kind);
  });
  it("keeps the task of the turn they follow", () => {
    const base = byOpening({ "solve": "math", "give me": "brainstorming" }, "chat");
    expect(taskOf(base, [u("solve 3x + 5 = 20"), a("x = 5"), u("waarom?")])).toBe("math");
    expect(taskOf(base, [u("give me names for a bakery"), a("1. Crumb & Co\n2. Rise"), u("bir tane daha")])).toBe("brainstorming");
  });
  it("leaves a longer message in those languages to be read on its own", () => {
    expect(detectFollowUp("waarom werkt mijn code niet als ik de lijst sorteer voordat ik hem filter en daarna opnieuw laad")).toBeUndefined();
  });
});
