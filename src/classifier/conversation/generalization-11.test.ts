/**
 * Eleventh round: general mechanisms for the classes this round's working sets (dev 38 and 39) showed, read after they
 * were scored unseen. One test per class, each failing without its fix; the examples are new wordings of each class,
 * not the sets' rows. (The new cue languages have their own file, `generalization-11-languages.test.ts`.)
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassifier } from "../classifier.js";
import { readingConversations } from "./conversation-classifier.js";
import { findCues } from "./cue-matcher.js";
import { detectFollowUp } from "./follow-up.js";
import { readNumericDomain } from "./numeric-domain.js";
import { readConversationCached } from "./read-conversation.js";
import { a, call, read, sys, tool, u } from "../../../test/support/conversation-kit.js";

/** A base that reads the last turn by a word it holds (or, with `opening`, starts with), and anything else as `otherwise`. */
function byWord(table: Record<string, string>, otherwise: string, opening = false): ConversationClassifier {
  return {
    name: "by-word",
    classify: (messages) => {
      const last = messages[messages.length - 1];
      const text = typeof last?.content === "string" ? last.content.toLowerCase() : "";
      const label = Object.entries(table).find(([word]) => (opening ? text.startsWith(word) : text.includes(word)))?.[1] ?? otherwise;
      return { task: { label, confidence: 0.7 }, difficulty: { label: "budget", confidence: 0.7 }, strongProbability: 0.1, taskReason: "" };
    },
  };
}
const taskOf = (base: ConversationClassifier, messages: ChatMessage[]): string => readingConversations(base).classify(messages).task.label;

describe("amounts grouped in thousands with dots", () => {
  it("are money, not a software version", () => {
    for (const text of ["total 2.450.000 rupiah, dibagi 7 orang berapa?", "die Miete kostet 1.250.000 Won im Monat", "gastamos 3.200.000 pesos en la boda"]) {
      expect(readNumericDomain(text.toLowerCase()).system, text).toBe(false);
    }
    for (const text of ["after upgrading to 4.12.1 the build broke", "node 20.11.0 crashes on startup", "v1.2.3 is out"]) expect(readNumericDomain(text).system, text).toBe(true);
  });
});

describe("a log that is not a system's", () => {
  it("reads a training, food or reading log as no running system", () => {
    for (const text of ["my reading log: 42 pages mon, 18 tue, 60 wed", "food log today: 2 eggs, 300 g rice, 150 g chicken"]) expect(readNumericDomain(text).system, text).toBe(false);
    for (const text of ["the server logs show 502s every 10 minutes", "console.log prints 245 instead of 24.5"]) expect(readNumericDomain(text).system, text).toBe(true);
  });
});

describe("a question that closes a turn about something else", () => {
  const base = byWord({ "how tall": "simple_qa", "how high": "simple_qa" }, "math", true);
  it("is read on its own when a marker announces it", () => {
    const turn =
      "swim log for the week: mon 1.2 km in 31 min, wed 1.5 km in 38 min, sat 2 km in 52 min, so 4.7 km in all and about 26 min per km. " +
      "random question while I'm at it, how tall is the tallest waterfall in the world?";
    expect(taskOf(base, [u(turn)])).toBe("simple_qa");
  });
  it("needs the marker and a short closing question", () => {
    const long = "swim log for the week: mon 1.2 km, wed 1.5 km, sat 2 km. random question: " + "is this pace good ".repeat(20) + "and how high should my heart rate be?";
    expect(taskOf(base, [u(long)])).toBe("math");
    expect(taskOf(base, [u("swim log for the week: mon 1.2 km, wed 1.5 km, sat 2 km, what's my average per session? and how tall am I allowed to be lol")])).toBe("math");
  });
});

describe("follow-ups in the newer languages: another language, more of the same, and 'what if'", () => {
  const base = byWord({ "slogan": "creative_writing", "ideas": "brainstorming", "compare": "analysis" }, "chat");
  const slogan = [u("write a slogan for our bike repair shop"), a("Fixed today, riding tomorrow.")];
  it("reads 'now in English' as a translation", () => {
    for (const turn of ["sekarang dalam bahasa inggris ya", "en nu in het engels graag", "peki ingilizcesi?", "a teraz po angielsku", "giờ viết bằng tiếng anh đi", "والآن بالإنجليزي", "ab english mein likho", "och nu på engelska", "τώρα στα αγγλικά", "а тепер англійською", "a teď anglicky", "acum în engleză", "עכשיו באנגלית", "حالا به انگلیسی", "এবার ইংরেজিতে", "sasa kwa kiingereza", "ngayon sa ingles naman"]) {
      expect(detectFollowUp(turn.toLowerCase())?.kind, turn).toBe("translate");
      expect(taskOf(base, [...slogan, u(turn)]), turn).toBe("translation");
    }
  });
  it("reads 'a few more' as more of the same", () => {
    const ideas = [u("give me ideas for a team outing in winter"), a("1. Ice skating 2. Escape room 3. Cooking class")];
    for (const turn of ["thêm vài ý nữa đi, rẻ thôi tầm 200k", "kasih beberapa lagi dong", "nog een paar graag", "biraz daha ver", "jeszcze kilka poproszę", "kuch aur batao", "några till tack", "ще кілька", "ještě pár", "încă câteva te rog", "עוד כמה", "چندتا دیگه بگو", "আরও কয়েকটা দাও", "mengine zaidi tafadhali", "iba pa"]) {
      expect(detectFollowUp(turn.toLowerCase())?.kind, turn).toBe("inherit");
      expect(taskOf(base, [...ideas, u(turn)]), turn).toBe("brainstorming");
    }
  });
  it("reads 'and what if …?' as the same question moved", () => {
    const weighing = [u("compare renting and buying a flat for me, 3 years horizon"), a("Renting wins below about 5 years because...")];
    for (const turn of ["وماذا لو بقيت عشر سنوات؟", "en als ik 10 jaar blijf?", "peki ya 10 yıl kalırsam?", "a co jeśli zostanę 10 lat?", "gimana kalau aku tinggal 10 tahun?", "còn nếu ở 10 năm thì sao?", "aur agar 10 saal rahun toh?", "och om jag bor kvar i 10 år?", "και αν μείνω 10 χρόνια;", "а якщо я проживу там 10 років?", "a co když zůstanu 10 let?", "și dacă stau 10 ani?", "ומה אם אשאר עשר שנים?", "اگه ده سال بمونم چی؟", "paano kung 10 taon ako doon?"]) {
      expect(detectFollowUp(turn.toLowerCase())?.kind, turn).toBe("inherit");
      expect(taskOf(base, [...weighing, u(turn)]), turn).toBe("analysis");
    }
  });
});

describe("figures asked for", () => {
  it("reads a break-even ask in the ten languages as a figure", () => {
    for (const text of ["how many units to break even?", "¿cuántos cafés tengo que vender para no perder?", "wo liegt die gewinnschwelle bei 4 € marge?", "quel est le seuil de rentabilité avec 2 000 € de charges ?", "quante pizze per non andare in perdita?", "quantos bolos para cobrir os custos de 3.000?", "сколько чашек в день, чтобы выйти в ноль?", "손익분기점이 몇 개야?", "每天卖多少杯才能回本？", "損益分岐点は何個？"]) {
      expect(readNumericDomain(text).figure, text).toBe(true);
    }
  });
  it("reads a margin or profit asked with an adjective as a figure", () => {
    expect(readNumericDomain("sales 12,400, costs 9,100. what's our overall gross margin percentage?").figure).toBe(true);
    expect(readNumericDomain("what was our net profit for the month?").figure).toBe(true);
  });
  it("reads asks to compute in the newer languages", () => {
    for (const text of ["hoeveel betaal ik per maand bij 4% rente?", "aylık taksit ne kadar olur?", "ile zapłacę odsetek przy 8%?", "berapa cicilan per bulan?", "mỗi tháng trả bao nhiêu?", "كم القسط الشهري؟", "har mahine kitna dena hoga?", "hur mycket blir räntan per år?", "πόσο θα πληρώνω το μήνα;", "скільки я заплачу за рік?", "kolik zaplatím měsíčně?", "cât este rata lunară?", "כמה אשלם בחודש?", "قسط ماهانه چقدر میشه؟", "মাসে কত টাকা দিতে হবে?", "nitalipa kiasi gani kwa mwezi?", "magkano ang hulog kada buwan?"]) {
      expect(readNumericDomain(text).compute, text).toBe(true);
    }
    for (const text of ["bereken de maandlast", "faizi hesapla", "oblicz ratę", "tolong hitung cicilannya", "احسب القسط", "beräkna räntan", "υπολόγισε τον τόκο", "порахуй відсотки", "spočítej splátku", "calculează rata", "hesabu riba"]) {
      expect(readNumericDomain(text).calculate, text).toBe(true);
    }
  });
});

describe("cue words for asks the tables missed", () => {
  it("reads 'assign each a category' as classification", () => {
    for (const text of ["ordne jeden eintrag einer kategorie zu: büro, reise, sonstiges", "asigna a cada ticket una prioridad: alta, media, baja", "attribue à chaque message une catégorie", "assegna a ogni recensione un voto da 1 a 5", "atribua a cada pedido uma categoria", "присвой каждому отзыву метку"]) {
      expect(findCues(text).some((hit) => hit.task === "classification"), text).toBe(true);
    }
  });
  it("reads a table asked for as extraction, and a Korean card message or macro as writing and code", () => {
    expect(findCues("сделай из этого таблицу: имя | телефон").some((hit) => hit.task === "extraction")).toBe(true);
    expect(findCues("put these contacts into a table please").some((hit) => hit.task === "extraction")).toBe(true);
    expect(findCues("졸업 축하 카드 문구 좀 써줄 수 있어?").some((hit) => hit.task === "creative_writing")).toBe(true);
    expect(findCues("엑셀 매크로 하나만 짜 줘").some((hit) => hit.task === "code_generation")).toBe(true);
  });
  it("reads 'where things stand' as a summary", () => {
    expect(findCues("give me the essentials: where things stand and what is still open").some((hit) => hit.task === "summarization")).toBe(true);
  });
});

describe("an ask to explain in a coding agent's conversation", () => {
  const agent = [sys("You are a coding agent working in the user's repository. Use the tools to read and edit files."), u("the date test fails"), call("read_file"), tool("export function parseDate(s: string) {\n  return new Date(s);\n}")];
  it("is a diagnosis in the other cue languages, not a change (analysis, ADR 0045)", () => {
    for (const turn of ["¿el problema está en el código o en el test? explícamelo primero", "erklär mir erst, woran es liegt, dann sehen wir weiter", "explique-moi d'abord pourquoi ça casse", "spiegami prima dove sta il problema", "объясни сначала, в чём проблема"]) {
      expect(read("code_generation", [...agent, u(turn)]), turn).toBe("analysis");
    }
  });
});

describe("a follow-up that asks to choose among the options just given", () => {
  const base = byWord({ "translate": "translation", "names": "brainstorming", "solve": "math" }, "chat");
  const versions = [u("translate this greeting two ways, formal and casual: hola, te escribo por tu pedido"), a("1) Dear customer, I am writing about your order. 2) Hi! Quick note about your order.")];
  it("is analysis, in the ten languages and the newer ones", () => {
    for (const turn of ["which of them would you send to a new client, and why?", "¿cuál de las dos suena más natural?", "welche davon wirkt höflicher?", "laquelle tu choisirais pour un client ?", "quale delle due è più cortese?", "qual das duas você mandaria?", "какой из вариантов лучше для клиента?", "这两个版本哪个更正式？", "どっちが丁寧？", "어느 쪽이 더 자연스러워?", "welke van de twee klinkt beter?", "hangisi daha resmi?", "vilken av dem låter bäst?", "ποιο από τα δύο είναι πιο ευγενικό;", "kterou z nich bys poslal?"]) {
      expect(detectFollowUp(turn.toLowerCase())?.kind, turn).toBe("choose");
      expect(taskOf(base, [...versions, u(turn)]), turn).toBe("analysis");
    }
  });
  it("leaves a pick among tool results, a turn that names its own task, and checking a sum's answers alone", () => {
    const lookup = [sys("You are a travel assistant with a flight search tool."), u("flights to Lyon tomorrow"), call("search_flights"), tool('[{"id":1,"dep":"07:10","arr":"09:05"},{"id":2,"dep":"10:40","arr":"13:20"}]'), a("Two flights: 07:10 and 10:40.")];
    expect(taskOf(byWord({}, "simple_qa"), [...lookup, u("which one gets me there before noon?")])).toBe("simple_qa");
    expect(taskOf(byWord({ "mark each": "classification" }, "chat"), [...versions, u("which of these are spam? classify each as spam or ok")])).toBe("classification");
    expect(taskOf(base, [u("solve: 3x + 4 = 19, two ways"), a("x = 5 both ways."), u("which of the two methods is right?")])).toBe("math");
  });
});

describe("a consent in the newer languages", () => {
  const coding = [u("the parser drops the last line of the csv, can you fix it in parse.py?"), a("The loop stops one line early. Shall I apply the fix?")];
  it("acts on the change just discussed", () => {
    for (const turn of ["ga je gang", "devam et", "tak, zrób to", "lanjut", "làm đi", "يلا", "haan kar do", "kör på", "προχώρα", "давай", "jo, udělej to", "dă-i drumul", "קדימה", "انجامش بده", "এগিয়ে যাও", "endelea", "sige, gawin mo"]) {
      expect(detectFollowUp(turn.toLowerCase())?.kind, turn).toBe("act");
      expect(taskOf(byWord({ "fix it": "code_review" }, "chat"), [...coding, u(turn)]), turn).toBe("code_generation");
    }
  });
});

describe("a task word that names what was pasted", () => {
  it("is not the ask: the turn is read without the sentence that presents it", () => {
    const base = byWord({ "summary": "summarization", "tiivistelmä": "summarization", "zusammenfassung": "summarization", "总结": "summarization", "going wrong": "code_review", "kannattava": "analysis", "risiken": "analysis", "风险": "analysis" }, "chat");
    const turns = [
      "checkout falls over between 250 and 500 users. here's the k6 summary and the pod logs. what's going wrong?\n\nhttp_req_failed 23.5%",
      "Tässä liiketoimintasuunnitelmani tiivistelmä: vuokra 3 200 €/kk, kaksi työntekijää. Onko tämä kannattava?",
      "Hier ist die Zusammenfassung vom Projektmeeting. Welche Risiken siehst du für den Termin im März?",
      "这是会议总结。你觉得这个计划有什么风险？",
    ];
    const expected = ["code_review", "analysis", "analysis", "analysis"];
    turns.forEach((turn, i) => expect(taskOf(base, [u(turn)]), turn).toBe(expected[i]));
  });
  it("leaves the work presented as the ask alone", () => {
    const base = byWord({ "translat": "translation", "traduire": "translation", "summar": "summarization" }, "chat");
    for (const [turn, task] of [
      ["here is the text to translate: bonjour, comment allez-vous ?", "translation"],
      ["voici le texte à traduire : guten tag, wie geht es ihnen?", "translation"],
      ["here's the article, summarize it in three bullets: the council voted to widen bus lanes", "summarization"],
    ]) {
      expect(taskOf(base, [u(turn as string)]), turn).toBe(task);
    }
  });
});

describe("second batch, from dev 41 and 42", () => {
  it("drops a task word the writer rules out", () => {
    const cuesOf = (text: string): string[] => readConversationCached([u(text)]).cues.map((hit) => hit.task);
    for (const text of ["não é preciso traduzir nada, só quero saber o essencial desta carta", "no need to translate it, just tell me the gist", "no hace falta traducirlo, dime de qué va", "不用翻译，帮我总结一下要点", "übersetzen musst du sie nicht, nur zusammenfassen", "翻訳は不要です。要点だけまとめてください"]) {
      expect(cuesOf(text), text).not.toContain("translation");
    }
    // "translate, not summarize": the negation rules out the second word only.
    expect(cuesOf("please translate it, don't summarize it")).toEqual(expect.arrayContaining(["translation"]));
    expect(cuesOf("please translate it, don't summarize it")).not.toContain("summarization");
  });
  it("reads what something costs, net revenue and an average per order as figures asked for", () => {
    for (const text of ["was kostet uns das laden im monat bei 29,8 ct/kwh?", "¿cuánto nos cuesta al año con 3 envíos por semana?", "combien ça coûte par mois avec 2 abonnements à 12 € ?", "quanto ci costa il riscaldamento a 1,20 €/m³?", "quanto custa por mês com 4 assinaturas de r$ 30?", "сколько это будет стоить за год при 450 ₽ в неделю?", "what's net revenue for may, and the average per order?"]) {
      expect(readNumericDomain(text).figure, text).toBe(true);
    }
    expect(readNumericDomain("here's what i ate on average per day this week: 2650 kcal, 118 g protein").figure).toBe(false);
  });
  it("reads the cue words the tables missed", () => {
    const tasksOf = (text: string): string[] => findCues(text).map((hit) => hit.task);
    expect(tasksOf("件名を次のカテゴリに振り分けてください")).toContain("classification");
    expect(tasksOf("奶奶八十大寿，帮我写一段祝寿词")).toContain("creative_writing");
    expect(tasksOf("商品ページの紹介文を書いてください")).toContain("creative_writing");
    expect(tasksOf("viết giúp mình một lời chúc tết cho khách hàng")).toContain("creative_writing");
    expect(tasksOf("又加班到十一点，我就是想有人听我说说")).toContain("chat");
  });
  it("reads a translate ask with its reason after it, and more short follow-ups, as follow-ups", () => {
    expect(detectFollowUp("ahora en ingles porfa, ella es de texas y quiero que lo entienda su familia")?.kind).toBe("translate");
    expect(detectFollowUp("now in german please, my in-laws are coming over and they don't read english at all")?.kind).toBe("translate");
    expect(detectFollowUp("in english, what would you call this kind of contract and who usually signs it?")?.kind).not.toBe("translate");
    expect(detectFollowUp("pendek lagi, satu ayat je")?.kind).toBe("shorten");
    expect(detectFollowUp("na hii je? 'nimetuma pesa kwa namba isiyo sahihi'")?.kind).toBe("inherit");
  });
});

describe("a reading only a ruled-out word named", () => {
  it("is read again without that clause", () => {
    const base = byWord({ "traduzir": "translation", "translate": "translation", "essencial": "summarization", "gist": "summarization" }, "chat");
    expect(taskOf(base, [u("não é preciso traduzir nada, só quero saber o essencial desta carta: «Exma. Senhora, informamos que…»")])).toBe("summarization");
    expect(taskOf(base, [u("no need to translate it, just give me the gist of this letter from the tax office")])).toBe("summarization");
  });
  it("keeps a negated maths or code word, which constrains the method", () => {
    const cuesOf = (text: string): string[] => readConversationCached([u(text)]).cues.map((hit) => hit.task);
    expect(cuesOf("鸡兔同笼，35个头94只脚，别用方程，用小学生能懂的方法讲")).toContain("math");
    expect(cuesOf("no analysis needed, just tell me the total")).not.toContain("analysis");
  });
});
