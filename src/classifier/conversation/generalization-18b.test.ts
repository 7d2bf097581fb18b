/**
 * Eighteenth round, second part: asks the model reads as a guess in languages it barely knows, and the multilingual
 * forms of asks the guards knew only in some languages. The team's own wording, never a set's row.
 */
import { describe, expect, it } from "vitest";
import { createClassifierByName } from "../../eval/create-classifier-by-name.js";
import { read, u } from "../../../test/support/conversation-kit.js";
import { findCues } from "./cue-matcher.js";
import { isNegated } from "./negated-cues.js";
import { sumAskedGuard } from "./sum-asked.js";
import { readConversation } from "./read-conversation.js";
import { readNumericDomain } from "./numeric-domain.js";
import { dominantScript, guessLanguage } from "./script.js";

const learned = await createClassifierByName("learned");
const taskOf = (text: string): string => learned.classify([u(text)]).task.label;

describe("an unsure reading of a turn that asks to compute its own figures is maths", () => {
  const read = (text: string) => readConversation([u(text)]);
  it("overrules a guess, not a sure reading, a cue of the reading, a judgement or a lookup", () => {
    const sum = "میرا گھر دفتر سے 9 کلومیٹر ہے، گاڑی 14 کلومیٹر فی لیٹر چلتی ہے اور پیٹرول 265 روپے لیٹر ہے۔ مہینے کے 22 دن کا خرچ کتنا بنے گا؟";
    expect(sumAskedGuard("creative_writing", 0.3, read(sum))?.task).toBe("math");
    expect(sumAskedGuard("creative_writing", 0.9, read(sum))).toBeUndefined();
    expect(sumAskedGuard("analysis", 0.4, read("Our 3 plans cost $12, $19 and $29 a month for 40 seats. Which one should we pick, and why?"))).toBeUndefined();
    expect(sumAskedGuard("simple_qa", 0.4, read("We have 3 staff on 2,400, 2,900 and 3,100 a month. What is the legal minimum wage now, roughly how much by law?"))).toBeUndefined();
    expect(sumAskedGuard("summarization", 0.4, read("Summarize: revenue 4.1M, costs 3.8M, 212 staff. How many pages should the summary be?"))).toBeUndefined();
  });
  for (const text of [
    "העובדת עבדה 7, 9.5 ו-11 שעות השבוע, 48 ₪ לשעה, שעות נוספות אחרי 8 שעות ב-125%. כמה היא צריכה לקבל ברוטו?",
    "فاصله خانه تا باشگاه ۱۲ کیلومتره، هفته‌ای ۴ بار می‌رم و برمی‌گردم، ماشین ۸ لیتر در ۱۰۰ کیلومتر مصرف داره و بنزین لیتری ۳۰۰۰ تومنه. ماهانه چقدر خرج بنزین می‌شه؟ دقیق حساب کن",
  ]) {
    it(text.slice(0, 40), () => expect(taskOf(text)).toBe("math"));
  }
});

describe("asks read in more languages", () => {
  it("a rule the law sets is looked up", () => {
    expect(taskOf("I paid a $1,900 deposit on a $1,900/month flat and moved out 20 days ago after 2 years. How many days does the landlord legally have to send it back in Oregon?")).toBe("simple_qa");
    expect(taskOf("vendo bolos, faturei R$ 6.100 em maio e R$ 7.400 em junho. qual é o limite de faturamento anual do MEI atual?")).toBe("simple_qa");
  });
  it("sums the writer does not need decline the maths cue, a method ruled out does not", () => {
    const declined = "nie potrzebuję wyliczeń, tylko oceny";
    expect(findCues(declined).some((hit) => hit.task === "math" && isNegated(declined, hit))).toBe(true);
    const method = "rozwiąż bez równań";
    expect(findCues(method).filter((hit) => hit.task === "math").some((hit) => isNegated(method, hit))).toBe(false);
  });
  it("a recommendation asked among options with figures is analysis", () => {
    expect(taskOf("Két edzőterem: A havi 14 900 Ft, 10 percre, uszoda nincs; B havi 11 500 Ft, 35 percre, uszodával. Hetente 3-szor mennék. Melyiket ajánlanád és miért?")).toBe("analysis");
  });
  it("many ideas or names asked for are brainstorming", () => {
    expect(taskOf("مطعمي الصغير يخسر زبائن في الظهيرة. أعطني أكبر عدد ممكن من الأفكار لجذب الناس وقت الغداء")).toBe("brainstorming");
    expect(taskOf("ช่วยคิดชื่อร้านกาแฟเล็ก ๆ ริมทะเลให้หน่อย ขอสัก 12 ชื่อ เก๋ ๆ จำง่าย")).toBe("brainstorming");
  });
  it("what a quoted term means is a lookup", () => {
    expect(taskOf("Mit jelent pontosan az, hogy „habarás”? A receptben van, de nem értem.")).toBe("simple_qa");
    expect(taskOf("Co znaczy „zasmażka”? Jest w przepisie babci.")).toBe("simple_qa");
  });
  it("a formula asked of a spreadsheet is code, in Bengali too", () => {
    expect(taskOf("গুগল শিটে একটা ফর্মুলা লিখে দাও: A কলামে খরচ, B কলামে তারিখ। C1 সেলে এই মাসের মোট খরচ চাই।")).toBe("code_generation");
  });
  it("'categories' is a noun, not an ask, unless items are put into them", () => {
    expect(findCues("product categories(id, name)").some((hit) => hit.task === "classification")).toBe(false);
    expect(findCues("trabalho na categoria b").some((hit) => hit.task === "classification")).toBe(false);
    expect(findCues("put each of these into one of the categories: a, b or c").some((hit) => hit.task === "classification")).toBe(true);
  });
});

describe("labels and languages asked in more ways", () => {
  const conversation = (...turns: string[]) => turns.map((content, index) => (index % 2 === 0 ? u(content) : { role: "assistant" as const, content }));
  it("a language asked after a word of thanks shifts the work to translation", () => {
    const turns = conversation(
      "draft a short note to the swim club parents: the gala is on Saturday 14 June, warm-up at 8:30, bring a packed lunch.",
      "Dear parents, our gala is on Saturday 14 June. Warm-up starts at 8:30, so please bring a packed lunch. Thank you!",
      "perfect. now the same in Tagalog please, half of our families read it better",
    );
    expect(learned.classify(turns).task.label).toBe("translation");
  });
  it("labels in capitals with a label noun or 'each' in other languages are a pick", () => {
    expect(taskOf("Για κάθε παραγγελία πες μου αν είναι: ΠΑΡΑΔΟΘΗΚΕ, ΚΑΘΥΣΤΕΡΕΙ ή ΑΚΥΡΩΘΗΚΕ.\n\nΠ-21 | 12/03 | παραδόθηκε 14/03\nΠ-22 | 15/03 | εκκρεμεί\nΠ-23 | 16/03 | ακυρώθηκε")).toBe("classification");
    expect(taskOf("Kural: su kaçağı = ACİL, 3 gün içinde çözülmeli = NORMAL, diğerleri = DÜŞÜK. Her kayıt için sadece etiket yaz.\n\n#11 – mutfakta su sızıyor\n#12 – kapı kolu gevşek\n#13 – kombi çalışmıyor")).toBe("classification");
  });
  it("fields to fill in JSON stay extraction whatever values a field may take", () => {
    expect(taskOf("Pull every order in this email thread into a JSON array: order_no, customer, total, shipped (true/false/unknown). Only what's written.\n\nHi, order 5512 for Dana ($84) shipped Monday. Order 5519 for Lee, $120, still waiting on stock.")).toBe("extraction");
  });
});

describe("figures asked for in more ways", () => {
  it("a number wanted for a budget, a winter's cost and the gap are computations", () => {
    expect(taskOf("Moving next month, want a number for the budget.\n- van: $45/day + $0.99/mile, 2 days, about 160 miles\n- 2 movers: 4 hrs at $55/hr each\n- boxes: 30 x $2.10")).toBe("math");
    expect(taskOf("Pellet stove vs oil boiler. Last winter we burned 1,900 litres of oil at €1.12/L. Pellets: 2.9 t at €340/t would cover it. What would a winter of heating cost with each, and how big is the gap per year?")).toBe("math");
  });
  it("Tagalog and Hebrew asks for a total are computations", () => {
    expect(taskOf("Tulong po: 6% na komisyon sa unang ₱50,000, 8% sa lampas. Benta ni Ana ₱73,500, ni Ben ₱48,200. Magkano ang commission ng bawat isa at ang total?")).toBe("math");
    expect(taskOf("תיק עור עולה 420 ₪ כולל מע\"מ 18%. אם אתן 20% הנחה, מה יהיה המחיר החדש וכמה ממנו מע\"מ?")).toBe("math");
  });
  it("a turn that opens with a verb of calculating asks for the sums of the turns before it", () => {
    const turns = [
      u("Here's the escrow analysis letter: taxes went from $3,912 to $4,388 a year, insurance from $1,450 to $1,710, and there's a $640 shortage."),
      { role: "assistant" as const, content: "Thanks, I have the letter. What would you like me to do with it?" },
      u("work out the new monthly escrow amount and the total monthly payment if the shortage is spread over 12 months. principal and interest stay $1,604."),
    ];
    expect(learned.classify(turns).task.label).toBe("math");
  });
});

describe("follow-ups and labels in more forms", () => {
  it("a language's version and a length limit shift the work", () => {
    const note = [u("Write a two-line SMS reminding patients of their appointment with {name} at {time}."), { role: "assistant" as const, content: "Hi {name}, this is a reminder of your appointment at {time}. Reply C to confirm." }];
    expect(learned.classify([...note, u("thanks, need a Lao version too for some of our patients, same placeholders")]).task.label).toBe("translation");
    const report = [u("Summarize this incident report for the team: on Monday the freezer alarm failed, 40 kg of stock was lost, the engineer replaced the sensor on Tuesday and added a weekly check."), { role: "assistant" as const, content: "On Monday the freezer alarm failed and 40 kg of stock was lost. On Tuesday the engineer replaced the sensor and set up a weekly check of the alarm." }];
    expect(learned.classify([...report, u("too long for the notice board. 2 lines max")]).task.label).toBe("summarization");
  });
  it("members tagged for segments named in capitals are labelled", () => {
    expect(taskOf("Need each member tagged for the spring mailing: ACTIVE (visited in 2024), DORMANT (last visit 2023), GONE (before 2023).\n\nAna Silva, last visit March 2024\nTom Berg, last visit November 2022\nLea Roux, last visit July 2023")).toBe("classification");
  });
});

describe("second wave: sums asked in their own words, rules looked up, words that only look like asks", () => {
  it("reads the total, a headcount rounded down and a price to set as computations", () => {
    for (const text of [
      "Team offsite: 9 rooms x 2 nights at €142/night, 6 rooms have 2 people. Tourist tax €2.80 per person per night, 8% discount on the rooms only. what's that come to all in?",
      "Conference hall is 36 m x 22 m and we may use 80% of it. Classroom style needs 1.6 m² per person, theatre 0.8 m². Give me max headcount for each layout (round down).",
      "Gita di 2 giorni: pullman 900 € al giorno, guida 240 € al giorno, pranzo 18 € a persona. Siamo 22 e aggiungo un ricarico del 15%: che prezzo a persona devo mettere? Arrotonda all'euro.",
      "Angebot für 6.000 Schrauben, Staffelpreise: bis 2.000 Stück 0,08 €, darüber 0,065 €. Was kosten uns die 6.000 Stück insgesamt? Rechenweg bitte kurz angeben.",
      "Supplier tiers are incremental: first 1,000 pcs $0.31, next 4,000 $0.27, beyond that $0.22. We're ordering 9,000. What's the order total and the effective price per piece?",
    ]) {
      expect(taskOf(text), text).toBe("math");
    }
  });
  it("reads a material's property or a limit you may carry as a lookup", () => {
    expect(taskOf("We store 30 drums of ethanol (200 L each) and the shed reaches 33°C in summer. What's ethanol's flash point?")).toBe("simple_qa");
    expect(taskOf("flying Ryanair next week with a 120ml perfume, a 75ml gel and 2 x 30ml creams. what's the max size per liquid container you're allowed to take in hand luggage?")).toBe("simple_qa");
  });
  it("a decision told with 'if I should … or …' names no labels", () => {
    expect(taskOf("trying to figure out if I should use miles or pay cash for 4 nights in Porto.\ncash: €210/night + 6% tax\nmiles: 40,000/night, 4th night free\nI value a mile at 1.1 cents each.\nwhat's the effective cost of the miles option in euros, and what's the cash total?")).toBe("math");
  });
  it("a word that begins like a Romanian 'how many' asks nothing", () => {
    expect(readNumericDomain("catering 71,480, categories: 3, cater for 120").compute).toBe(false);
    expect(readNumericDomain("câte bilete au rămas din 400?").compute).toBe(true);
  });
  it("a tl;dr of a piece asks for a summary of it", () => {
    const turns = [u("write a welcome email for new volunteers at the food bank: shifts, the sign-in sheet, who to ask for help."), { role: "assistant" as const, content: "Subject: Welcome to the food bank team!\n\nHi and welcome! Shifts run Tuesday to Saturday, 9-1 and 1-5. Please sign in on the sheet by the door so we know who's here, and ask Maria (in the blue apron) whenever you need help.\n\nSee you soon!" }, u("give me a 1-line tl;dr of that for the group chat")];
    expect(learned.classify(turns).task.label).toBe("summarization");
  });
});

describe("third part: news told for its own sake, and costs asked as a bill or a saving", () => {
  it("reads news shared to tell someone, in several languages, as chat", () => {
    for (const text of [
      "Ce matin j'ai reçu ma première paie en CDI : 2 480 € nets au lieu de 1 900 en stage. Trois ans d'alternance pour en arriver là. Voilà, fallait que je le dise à quelqu'un 😄",
      "Oggi ho chiuso l'ultima rata del mutuo, 148.000 € in 22 anni. Volevo solo dirlo a qualcuno prima di festeggiare.",
      "Hoy me llegó la beca: 6.000 € para todo el máster. Tenía que contárselo a alguien.",
    ]) {
      expect(taskOf(text), text).toBe("chat");
    }
    expect(taskOf("Oggi ho chiuso l'ultima rata del mutuo, 148.000 € in 22 anni. Volevo solo dirlo a qualcuno: quanto ho pagato di interessi in tutto?")).not.toBe("chat");
  });
  it("reads the monthly damage, what we would be paying and the saving over a term as figures asked", () => {
    expect(taskOf("Our Grafana wall screen refreshes 20 panels every 5 minutes, 12 hours a day, 22 days a month. Each panel's query scans 12 GB at $5 per TB scanned. what's the monthly damage from that screen?")).toBe("math");
    expect(taskOf("We keep 90 TB in S3 Standard at $0.023/GB-month. Plan: move 70 TB to Standard-IA at $0.0125/GB-month, retrieval $0.01/GB, we read about 4 TB a month from it. what would we be paying per month afterwards vs now?")).toBe("math");
  });
});

describe("fourth part: sums the writer already has, a pick asked in one's shoes, verses and marks asked", () => {
  it("reads figures whose sums are done or not wanted as a judgement", () => {
    expect(taskOf("Need a gut check, not math: I've already run the numbers.\nJob A: $142k base, 10% bonus, 45 min commute\nJob B: $131k base, 4-day week, remote\nWhich would you take in my place?")).toBe("analysis");
    expect(taskOf("Two phone plans for the shop: A is 2,400 KES a month flat, B is 1,500 plus 9 KES per call, we make about 110 calls a month. I'm not after exact numbers — which one would you go for in my shoes?")).toBe("analysis");
  });
  it("reads verses for a stall and marks asked per item", () => {
    expect(taskOf("faz uns versinhos pra minha barraca de tapioca? tem que ter os preços: tapioca simples R$ 7, com queijo R$ 10, café R$ 4. umas 2 estrofes, bem divertido")).toBe("creative_writing");
    expect(taskOf("Tolong tandai stok toko saya: BELI kalau stok kurang dari 3 hari, CUKUP kalau 3–7 hari, LEBIH kalau lebih dari 7 hari.\n\nberas 5kg | 6 | 3/hari\nkopi sachet | 120 | 10/hari\nsabun | 40 | 2/hari")).toBe("classification");
  });
});

describe("a sure maths reading of business figures stands unless a reading of them is asked", () => {
  const figures = "Q3 for the app: 48,200 subscribers at $7.99, 6.1% monthly churn, CAC $31, gross margin 82%.";
  it("keeps a sure reading, flips an unsure one and one asked for a judgement", () => {
    expect(read("math", [u(`${figures} LTV and months to recover CAC for the board slide.`)], 0.95)).toBe("math");
    expect(read("math", [u(`${figures} LTV and months to recover CAC for the board slide.`)], 0.6)).toBe("analysis");
    expect(read("math", [u(`${figures} Should we worry about churn, and what's driving it?`)], 0.95)).toBe("analysis");
  });
});

describe("a sure maths reading of a system's figures stands unless a failure or a reading of them is asked", () => {
  const figures = "Lambda last month: 48M invocations, 512 MB, 230 ms average, $0.20 per 1M requests, $0.0000166667 per GB-second.";
  it("keeps a sure reading of a bill and reads a question why as debugging", () => {
    expect(read("math", [u(`${figures} What would the monthly line be at 256 MB if duration goes to 310 ms?`)], 0.95)).toBe("math");
    expect(read("math", [u(`${figures} What would the monthly line be at 256 MB if duration goes to 310 ms?`)], 0.6)).toBe("analysis"); // ADR 0030: a diagnosis from a system's log or figures, no code shown (was code_review)
    expect(read("math", [u(`${figures} Why did the duration jump from 120 ms last week?`)], 0.95)).toBe("analysis"); // ADR 0030 (was code_review)
  });
});

describe("a sure puzzle or analysis reading of figures stands as a sure maths reading does", () => {
  it("keeps a sure puzzle over the figures of a system, and flips an unsure one", () => {
    const puzzle = "12 build agents, exactly one has a flaky disk that slows its jobs. Our runner can send the same job to two groups of agents at once and only tells us which group finished first, or a tie. Using it at most 3 times, can we always find the bad agent?";
    expect(read("deep_reasoning", [u(puzzle)], 0.95)).toBe("deep_reasoning");
  });
  it("keeps a sure analysis of a system's figures and reads an unsure question why as debugging", () => {
    const figures = "Checkout p95 went from 420 ms to 1,380 ms after Tuesday while load stayed at 900 rps and CPU at 40%.";
    expect(read("analysis", [u(`${figures} What do you make of it?`)], 0.95)).toBe("analysis");
    expect(read("analysis", [u(`${figures} What do you make of it?`)], 0.6)).toBe("analysis"); // ADR 0030: a diagnosis from a system's log or figures, no code shown (was code_review)
  });
});

describe("an Arabic-script turn with no cue is named by its letters", () => {
  const named = (text: string) => guessLanguage(text, dominantScript(text), []);
  it("tells Urdu, Persian and Arabic apart", () => {
    expect(named("مہینے کے 22 دن کا خرچ کتنا بنے گا؟")).toBe("ur");
    expect(named("ماهانه چقدر خرج بنزین می‌شه؟")).toBe("fa");
    expect(named("كم سيكون المجموع في الشهر؟")).toBe("ar");
  });
});
