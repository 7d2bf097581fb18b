/**
 * Twelfth round: general mechanisms for the classes this round's working sets (dev 44 and 46) showed, read after they
 * were scored unseen. One test per class, each failing without its fix; the examples are new wordings of each class,
 * not the sets' rows. (Asks typed without accents have their own file, `cue-folding.test.ts`.)
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import { detectFollowUp } from "./follow-up.js";
import { STEP_BY_STEP } from "./manner-cues.js";
import { LANGUAGE_CUES } from "./language-cues.js";
import { readConversation } from "./read-conversation.js";
import { a, read, u } from "../../../test/support/conversation-kit.js";

describe("a question that asks to be reminded", () => {
  it("is a lookup, not the work of the turn before done again", () => {
    const history = [u("compare the two leases for me: which one is the better deal over three years?"), a("Lease B is cheaper overall: it was signed in 2019 and renews at a capped rate…")];
    for (const text of ["what year was that signed again?", "sorry, how much was the cap again?", "wie hoch war die Miete nochmal?", "¿cuánto costaba otra vez?"]) {
      expect(detectFollowUp(text.toLowerCase())?.kind, text).toBe("recall");
      expect(read("analysis", [...history, u(text)]), text).toBe("simple_qa");
    }
  });
  it("leaves 'again' that asks for the work again as it was", () => {
    for (const text of ["again", "do it again", "same again but shorter", "try again with the other file"]) expect(detectFollowUp(text)?.kind, text).not.toBe("recall");
  });
});

describe("maths asked step by step", () => {
  it("is maths when a maths verb names it and the only puzzle cue is the step-by-step phrase", () => {
    for (const text of [
      "Ein Tank wird von Rohr A in 4 Stunden gefüllt, von Rohr B in 6. Berechne, wie lange beide zusammen brauchen, Schritt für Schritt bitte",
      "Resuelve paso a paso: un tren sale a las 8 a 90 km/h y otro a las 9 a 120 km/h, ¿cuándo lo alcanza?",
      "solve step by step: 3x + 7 = 2x - 5",
    ]) {
      expect(read("deep_reasoning", [u(text)]), text).toBe("math");
    }
  });
  it("keeps a puzzle a puzzle", () => {
    expect(read("deep_reasoning", [u("solve this riddle step by step: a man looks at a portrait and says…")])).toBe("deep_reasoning");
    expect(read("deep_reasoning", [u("explain step by step why the monty hall switch wins")])).toBe("deep_reasoning");
  });
  it("lists only phrases that are in a cue table", () => {
    const written = new Set(Object.values(LANGUAGE_CUES).flatMap((table) => Object.values(table).flatMap((list) => list.split("|").map((raw) => raw.replace(/^!|\*$/g, "")))));
    for (const phrase of STEP_BY_STEP) expect(written.has(phrase), phrase).toBe(true);
  });
});

describe("asks to show the calculation", () => {
  it("name maths over an analysis reading", () => {
    for (const text of ["what's our average order growth from Q1 to Q3? show the calc", "is the annual plan cheaper for 18 seats? show your work"]) {
      expect(read("analysis", [u(text)]), text).toBe("math");
    }
  });
});

describe("ideas asked for by number or purpose", () => {
  it("are brainstorming over an analysis reading", () => {
    expect(read("analysis", [u("retention fell to 61% after the price change. give me 12 ideas to win back lapsed members")])).toBe("brainstorming");
  });
});

describe("a log under an ask to list what it holds", () => {
  it("is extraction when every cue of the ask names it, strong or not", () => {
    const log = "2024-05-02T08:00:01Z GET /health 200 3ms\n2024-05-02T08:00:02Z POST /orders 500 2210ms\n2024-05-02T08:00:04Z GET /orders/9 200 1530ms\n2024-05-02T08:00:05Z GET /health 200 2ms";
    expect(read("code_review", [u(`list every request slower than one second: time, path, status.\n\n${log}`)])).toBe("extraction");
    // A diagnosis keeps the debugging.
    expect(read("code_review", [u(`why are these slower than one second? list every one.\n\n${log}`)])).toBe("analysis"); // ADR 0030: a diagnosis from a system's log or figures, no code shown (was code_review)
  });
});

describe("a debugging word in capitals", () => {
  it("is a log level, not a cue the unsure reading yields to", () => {
    const text = "which of these vendors should we drop first?\n\nvendor  Q1  Q2\nacme  4,000  6,500\nglobex  2,100  2,050\n\nexported from the DEBUG build of our finance sheet";
    expect(read("analysis", [u(text)], 0.3)).toBe("analysis");
    expect(read("analysis", [u(text.replace("DEBUG", "debug and nobody looked"))], 0.3)).toBe("code_review");
  });
});

describe("look-alikes the round's new cues showed", () => {
  it("fires no cue of another language inside these everyday words", () => {
    for (const [text, lang] of [["explique-moi pourquoi", "fr"], ["com estas notas", "pt"], ["มันแปลกมาก", "th"], ["แปลงไฟล์นี้", "th"], ["ambilkan nomor resi", "id"], ["por q me sale undefined", "es"]] as const) {
      expect(findCues(text).filter((hit) => hit.lang !== lang), text).toEqual([]);
    }
  });
});

describe("a look-alike across Dutch and German", () => {
  it("does not read German 'verzinst' (bearing interest) as Dutch 'verzin' (make up)", () => {
    expect(findCues("monatlich verzinst mit 0,5 %").filter((hit) => hit.task === "brainstorming")).toEqual([]);
    expect(findCues("verzin een naam voor mijn bakkerij").some((hit) => hit.lang === "nl" && hit.task === "brainstorming")).toBe(true);
  });
  it("does not read Dutch 'vergelijking' (equation) as 'vergelijk' (compare)", () => {
    expect(findCues("los de vergelijking 2x + 3 = 7 op").filter((hit) => hit.task === "analysis")).toEqual([]);
    expect(findCues("vergelijk deze twee laptops").some((hit) => hit.task === "analysis")).toBe(true);
  });
});

describe("classic puzzles named by their objects", () => {
  it("reads a weighing puzzle or a sequence to continue as deep reasoning over an unsure base", () => {
    for (const text of [
      "I have 9 balls and one is heavier. With two weighings on a balance, how do I find it?",
      "Tengo 8 monedas y una moneda falsa más ligera, ¿cuántas pesadas necesito como mínimo?",
      "what's the next number: 2, 3, 5, 9, 17, ?",
      "有12个球，其中一个是假币，用天平只能称三次，怎么办？",
    ]) {
      expect(read("creative_writing", [u(text)], 0.3), text).toBe("deep_reasoning");
    }
  });
});

describe("an analysing verb that opens the turn", () => {
  it("outweighs a text-work reading no word of the ask names", () => {
    const text = "ช่วยวิเคราะห์หน่อยว่าควรขายออนไลน์หรือเปิดหน้าร้านดี\n- ทุน 5 แสน\n- ค่าเช่า 20,000 ต่อเดือน\n- ลูกค้าส่วนใหญ่อายุ 20-30";
    expect(read("extraction", [u(text)])).toBe("analysis");
    expect(read("extraction", [u("Analyze whether we should open a second shop:\n- rent 2,000\n- staff 3")])).toBe("analysis");
  });
  it("does not, when the analysing word is in the pasted text below the ask", () => {
    expect(read("extraction", [u("list the skills in this CV bit:\n\nData Analyst at Brightline Analytics (2019–2023), SQL, Python")])).toBe("extraction");
  });
});

describe("pros and cons in Czech", () => {
  it("name analysis over a reading the figures pulled to maths", () => {
    expect(read("math", [u("Máme dvě nabídky bytů, 18 500 Kč a 21 000 Kč měsíčně, 40 a 15 minut od práce. Sepiš pro a proti obou.")])).toBe("analysis");
  });
});

describe("a question why code fails or is slow", () => {
  it("is code review over a reading that says code to write, in any language", () => {
    for (const text of [
      "Чому ця функція працює так повільно на великих списках?\n\n```python\ndef uniq(xs):\n    return [x for i, x in enumerate(xs) if x not in xs[:i]]\n```",
      "Dlaczego to zapytanie działa tak wolno? SELECT * FROM orders WHERE YEAR(created_at) = 2024",
      "why is this buggy? it returns undefined every time\n\n```js\nfunction last(a) { return a[a.length]; }\n```",
    ]) {
      expect(read("code_generation", [u(text)]), text).toBe("code_review");
    }
  });
  it("is not taken for an ask for the change by 'sistema' (a system, not Italian 'fix it')", () => {
    expect(read("code_generation", [u("¿Por qué este sistema no funciona después del deploy?\n\n```js\nconst x = await db.query(sql);\n```")])).toBe("code_review");
  });
  it("leaves an ask for the change as code to write", () => {
    expect(read("code_generation", [u("why is this loop so slow? rewrite it with a Set\n\nfor (const x of xs) if (!out.includes(x)) out.push(x)")])).toBe("code_generation");
  });
});

describe("a piece to write and ideas to list", () => {
  it("take the other's reading when only the other's cues are in the turn", () => {
    expect(read("brainstorming", [u("能不能帮我写一段祝寿词？奶奶八十大寿，要真诚一点")])).toBe("creative_writing");
    expect(read("brainstorming", [u("Viết giúp mình một lời chúc Tết ngắn cho khách hàng, khoảng 80 chữ")])).toBe("creative_writing");
    expect(read("creative_writing", [u("Μπορείς να μου δώσεις ιδέες για ένα κανάλι μαγειρικής στο YouTube;")])).toBe("brainstorming");
  });
  it("keep a reading the turn's own cues support", () => {
    expect(read("brainstorming", [u("give me 10 slogan ideas for a bakery")])).toBe("brainstorming");
    expect(read("creative_writing", [u("write a poem about autumn, some ideas: leaves, rain")])).toBe("creative_writing");
  });
});

describe("the language the reasons name for Arabic script", () => {
  it("is Persian or Urdu when their cues outnumber Arabic's", () => {
    expect(readConversation([u("این متن را خلاصه کن لطفا")]).language).toBe("fa");
    expect(readConversation([u("لخص هذا النص من فضلك")]).language).toBe("ar");
    expect(readConversation([u("اس مضمون کا خلاصہ لکھ دیں")]).language).toBe("ur");
  });
});

describe("a quantity asked of a system's figures", () => {
  it("stays maths when nothing fails, no code is shown and no reading or choice is asked", () => {
    expect(read("math", [u("Each worker handles 40 req/s at 70% CPU and we peak at 2,300 req/s with 25% headroom. How many workers do we need?")])).toBe("math");
    expect(read("math", [u("median and mean of these response times in ms please: 120 98 143 101 87 460 133")])).toBe("math");
  });
  it("is still debugging with a failure, and a choice with options", () => {
    expect(read("math", [u("p95 latency jumped from 120 ms to 900 ms after the deploy and the pods restart with OOMKilled. How many pods crashed?\n\n2024-05-02T10:00:01Z pod api-7 OOMKilled\n2024-05-02T10:00:04Z pod api-3 OOMKilled")])).toBe("analysis"); // ADR 0030: a diagnosis from a system's log or figures, no code shown (was code_review)
    const table = "instance     vCPU  RAM    $/h    p99 latency\nc7g.xlarge   4     8GB    0.145  210 ms\nm6i.xlarge   4     16GB   0.192  180 ms\nc7i.2xlarge  8     16GB   0.357  120 ms";
    expect(read("math", [u(`${table}\n\nhow many of each would 3,000 req/s need, and which is the best option?`)])).toBe("analysis");
  });
});

describe("a finance figure asked by its name", () => {
  it("is maths over business numbers, not a reading of them", () => {
    expect(read("math", [u("Marketing spent $42,000 in May and we signed 140 customers paying $90/mo at 75% gross margin. What's our CAC, and how long is the payback period?")])).toBe("math");
    expect(read("math", [u("Opening stock 120 units at $8; bought 300 at $8.40 and 200 at $8.90; sold 450. Using FIFO, what's the cost of goods sold and the ending inventory value?")])).toBe("math");
    expect(read("math", [u("ARR went from $2.1M to $2.6M with $0.3M expansion and $0.2M churn. What's our net revenue retention?")])).toBe("math");
  });
});

describe("cues that English text opens", () => {
  it("finds no other language's cue in English 'answer in JSON' or the name 'Taggart'", () => {
    expect(findCues("what's the capital of peru? answer in json").filter((hit) => hit.lang !== "en")).toEqual([]);
    expect(findCues("who played detective taggart?").filter((hit) => hit.lang !== "en")).toEqual([]);
    expect(findCues("tagga varje mejl som spam eller inte").some((hit) => hit.lang === "sv" && hit.task === "classification")).toBe(true);
  });
});
