/**
 * Twenty-seventh round: classes read off a fresh development set (`training/conversation-dev-165.jsonl`), each with the
 * look-alike it must leave alone. Team-written inputs, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { workInNamedLanguage } from "./answer-language.js";
import { readConversationCached } from "./read-conversation.js";
import { readNumericDomain } from "./numeric-domain.js";
import { findCues } from "./cue-matcher.js";
import { mistakeInWorkingGuard } from "./mistake-in-working.js";
import { pastedLogAskGuard } from "./pasted-log-asks.js";
import type { ChatMessage } from "../../core/types.js";
import { afterText } from "./turns.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[], classifier = learned): string => classifier.classify(messages).task.label;

describe("a language named as the answer's language, with other work asked in it", () => {
  const letter = "Estimado Sr. Vidal: le informamos de que su solicitud de licencia de terraza para el bar ha sido aprobada para la temporada de marzo a octubre. Debe abonar la tasa de 420 € antes del 15 de febrero y confirmar el número de mesas.";
  const explained = "The town hall approved your terrace licence for March to October. You need to pay the €420 fee by 15 February and confirm how many tables you'll put out.";

  it("reads a summary asked in another language as summarization", () => {
    for (const text of ["ok, the gist in german pls, three lines", "a quick summary in French for my partner"]) {
      expect(workInNamedLanguage(text), text).toBe("summarization");
      expect(taskOf(afterText(`what does this say? ${letter}`, text, explained)), text).toBe("summarization");
    }
  });

  it("reads a new message asked in another language, its content given, as writing", () => {
    expect(workInNamedLanguage("great, write a short email in spanish saying we accept and will pay this week")).toBe("creative_writing");
    for (const text of ["perfect. write the reply in Spanish: we accept, 12 tables, fee paid friday", "ok write me the answer in Spanish: yes to 12 tables, we pay this week"]) {
      expect(workInNamedLanguage(text.toLowerCase()), text).toBe("creative_writing");
      for (const classifier of [learned, heuristic]) expect(taskOf(afterText(`what does this say? ${letter}`, text, explained), classifier), text).toBe("creative_writing");
    }
  });

  it("leaves a text carried over into the language a translation", () => {
    const reply = "Dear Mr Vidal, thank you for the approval. We accept the licence for 12 tables and will pay the fee this week. Kind regards, Marta";
    for (const text of ["now rewrite it in Spanish", "and in Spanish?", "that reply in Spanish please", "translate the summary into German: I need it for my partner", "write it in Spanish"]) {
      expect(workInNamedLanguage(text.toLowerCase()), text).toBeUndefined();
      expect(taskOf(afterText("write a reply accepting the terrace licence for 12 tables", text, reply)), text).toBe("translation");
    }
  });
});

describe("ideas or advice declined", () => {
  it("rules out an advice cue the writer says they do not need", () => {
    for (const text of ["capek banget minggu ini, lembur tiap hari. gak butuh saran kok, pengen ngobrol aja", "hari ini berat banget. nggak perlu saran, cuma mau cerita"]) {
      const reading = readConversationCached([{ role: "user", content: text }]);
      expect(reading.negatedCues.some((cue) => cue.task === "brainstorming"), text).toBe(true);
      expect(taskOf([{ role: "user", content: text }]), text).toBe("chat");
    }
  });

  it("leaves an ask for ideas alone when the writer says they have none", () => {
    for (const text of ["I don't have any ideas for a name for my bakery, help me out", "minta saran dong, nama yang bagus buat kedai kopi kecil"]) {
      const reading = readConversationCached([{ role: "user", content: text }]);
      expect(reading.cues.some((cue) => cue.task === "brainstorming"), text).toBe(true);
      expect(taskOf([{ role: "user", content: text }]), text).toBe("brainstorming");
    }
  });
});

describe("a counterargument asked is analysis", () => {
  it("names analysis by the counterargument", () => {
    expect(findCues("what's the best counterargument here?").some((cue) => cue.task === "analysis" && cue.strong)).toBe(true);
    const summary = "The author argues that remote schooling widened gaps between pupils, citing test data from three districts and teacher surveys.";
    expect(taskOf(afterText("summarize this op-ed (pasted, 1,100 words)", "what would be the strongest counterargument to that?", summary))).toBe("analysis");
  });
});

describe("figures asked to be checked or tested are maths", () => {
  it("keeps a significance test asked by its p-value maths, whatever the figures are about", () => {
    const text = "poll of 400 voters: 54% want the new bike lanes, 46% don't. run a one-sample test against 50% and tell me the p-value";
    expect(readNumericDomain(text).math).toBe(true);
    expect(taskOf([{ role: "user", content: text }])).toBe("math");
  });

  it("does not take a p-value reported with results for a test asked", () => {
    const text = "checkout test: a 3.1% vs b 3.6% conversion, 9,800 visitors each, aov $52 vs $49.\np-value on conversion = 0.04\nship b or not?";
    expect(readNumericDomain(text).math).toBe(false);
  });

  it("reads a bill asked whether it adds up as a sum to check", () => {
    const text = "does this receipt add up? feels wrong\n3 × coffee @ 3.40 = 10.20\n2 × croissant @ 2.10 = 4.20\n1 × juice @ 4.50 = 4.50\nTotal 19.90";
    expect(readNumericDomain(text.toLowerCase()).compute).toBe(true);
    expect(taskOf([{ role: "user", content: text }])).toBe("math");
  });
});

describe("a mistake asked about in worked maths", () => {
  const tutor: ChatMessage[] = [
    { role: "system", content: "You are a friendly maths tutor for secondary pupils. get_work returns the pupil's written working." },
    { role: "user", content: "check question 7 pls" },
    { role: "assistant", content: "", tool_calls: [{ id: "w1", type: "function", function: { name: "get_work", arguments: "{\"q\": \"7\"}" } }] },
    { role: "tool", tool_call_id: "w1", content: "Q7: Solve 5(x + 1) - 3(x - 2) = 17\nLine 1: 5x + 5 - 3x - 6 = 17\nLine 2: 2x - 1 = 17\nLine 3: x = 9" },
    { role: "user", content: "what did i do wrong? it's marked wrong" },
  ];

  it("reads it as maths, not debugging", () => {
    const reading = readConversationCached(tutor);
    expect(mistakeInWorkingGuard("code_review", reading)?.task).toBe("math");
    expect(taskOf(tutor)).toBe("math");
  });

  it("leaves the same question under code alone", () => {
    const code: ChatMessage[] = [
      { role: "user", content: "```python\ndef solve(a, b):\n    x = (b - a) / 2\n    return x\n```\nsolve(3, 11) should give 4 since 2x + 3 = 11, but something is off. where did i go wrong?" },
    ];
    expect(mistakeInWorkingGuard("code_review", readConversationCached(code))).toBeUndefined();
  });
});

describe("rows of data listed by a condition", () => {
  it("reads a listing asked over pasted rows as extraction, not a log to debug", () => {
    const text = "list the rows where the battery is below 20%, with device id:\nts,device,battery_pct\n2026-03-02T08:00,tracker-7,64\n2026-03-02T08:00,tracker-9,18\n2026-03-02T09:00,tracker-7,59\n2026-03-02T09:00,tracker-9,12\n2026-03-02T10:00,tracker-4,8";
    expect(pastedLogAskGuard("code_review", readConversationCached([{ role: "user", content: text }]))?.task).toBe("extraction");
  });
});

describe("findings weighed in a coding agent", () => {
  const run = (ask: string): ChatMessage[] => [
    { role: "system", content: "You are a coding agent in the user's terminal. Run commands with the shell tool." },
    { role: "user", content: "run the security scanner on the api" },
    { role: "assistant", content: "", tool_calls: [{ id: "s1", type: "function", function: { name: "shell", arguments: "{\"cmd\": \"npx audit-ci && semgrep --config auto api/\"}" } }] },
    { role: "tool", tool_call_id: "s1", content: "api/routes/files.js:22 path traversal: user input reaches fs.readFile\napi/db.js:40 SQL built by string concatenation\napi/app.js:3 missing helmet middleware\napi/util.js:88 prefer const\n4 findings (2 high, 1 medium, 1 low)" },
    { role: "user", content: ask },
  ];

  it("reads a ranking of the findings as a review", () => {
    for (const ask of ["which of these actually matter? rank them", "rank them by severity pls"]) {
      expect(taskOf(run(ask)), ask).toBe("code_review");
    }
  });

  it("leaves a fact question and an ask to make the change as they were", () => {
    expect(taskOf(run("which node version does the scanner need?"))).toBe("simple_qa");
    expect(taskOf(run("please fix the two high ones"))).toBe("code_generation");
  });
});

describe("twenty-seventh round, review: look-alikes the new rules must leave alone", () => {
  const coverLetter = "Sehr geehrte Damen und Herren, hiermit bewerbe ich mich um die Stelle als Projektleiterin in Ihrem Berliner Büro.";
  it("reads an English résumé (a CV) to be put into another language as translation, not a summary", () => {
    for (const text of ["now my resume in german too: Anna Weber, project lead, 8 years in logistics, PMP certified", "and the résumé in german please: Anna Weber, project lead, 8 years in logistics"]) {
      expect(workInNamedLanguage(text), text).toBeUndefined();
      expect(taskOf(afterText("translate my cover letter into German: Dear hiring team, I am applying for the project lead role in your Berlin office.", text, coverLetter)), text).toBe("translation");
    }
    for (const text of ["fais-moi un résumé en anglais", "resume isso em português pra minha mãe", "resume esto en inglés"]) expect(workInNamedLanguage(text), text).toBe("summarization");
  });

  it("reads ideas asked in a smaller number as brainstorming, and ideas declined outright as not", () => {
    const asked = [{ role: "user", content: "i don't need many ideas for the bakery name, just three strong ones" }];
    for (const classifier of [learned, heuristic]) expect(taskOf(asked, classifier)).toBe("brainstorming");
  });
});

