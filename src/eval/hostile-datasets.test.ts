/**
 * Dataset files `switchyard eval` reads are outside input: labels and column names such as `__proto__` are data,
 * lines that hold no labelled prompt are named, and a file with none is refused rather than scored 0%.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ConversationClassifier } from "../classifier/classifier.js";
import { ladderFor, readScoreMatrix } from "./score-matrix.js";
import { readOutcomeStream } from "./online-stream.js";
import { readRouteLlmFolder } from "./routellm-datasets.js";
import { evaluateTaskSet, readTaskSet } from "./task-set.js";
import { readTeamExamples } from "./team-training-examples.js";
import { evaluateConversationSet, readConversationSet } from "./conversation-set.js";

const dir = mkdtempSync(path.join(tmpdir(), "sy-hostile-sets-"));

function file(name: string, text: string): string {
  const target = path.join(dir, name);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  return target;
}

/** Says `chat` for every conversation. */
const alwaysChat: ConversationClassifier = {
  name: "always-chat",
  classify: () => ({ task: { label: "chat", confidence: 1 }, difficulty: { label: "budget", confidence: 1 }, strongProbability: 0 }),
};

describe("eval task sets under hostile lines", () => {
  it("counts a task named __proto__ or constructor as a label, leaving Object.prototype alone", () => {
    const rows = readTaskSet(file("proto.jsonl", ['{"prompt":"a","task":"__proto__"}', '{"prompt":"b","task":"constructor"}', '{"prompt":"c","task":"chat"}'].join("\n")));
    const result = evaluateTaskSet(rows.examples, alwaysChat);
    expect(Object.prototype).not.toHaveProperty("chat");
    expect(result.confusion.chat?.chat).toBe(1);
    expect(result.confusion.__proto__?.chat).toBe(1);
    expect(result.confusion["constructor"]?.chat).toBe(1);
    expect(result.per_task["constructor"]).toEqual({ n: 1, recall: 0 });
    expect(JSON.stringify(result.confusion)).toBe('{"__proto__":{"chat":1},"constructor":{"chat":1},"chat":{"chat":1}}');
  });

  it("skips and names the lines that hold no labelled prompt (null, a list, a message that is no object)", () => {
    const rows = readTaskSet(file("mixed.jsonl", ['{"prompt":"a","task":"chat"}', "null", "", "[1]", '{"messages":[null],"task":"chat"}', '{"prompt":7,"task":"chat"}'].join("\n")));
    expect(rows.examples).toHaveLength(1);
    expect(rows.skipped).toEqual([
      { line: 2, why: "not a JSON object (null)" },
      { line: 4, why: "not a JSON object (a list)" },
      { line: 5, why: "messages[0] is not a message object" },
      { line: 6, why: 'no "prompt" string or "messages" list' },
    ]);
  });

  it("refuses a file with no labelled prompt instead of scoring 0% over nothing", () => {
    expect(() => readTaskSet(file("empty.jsonl", ""))).toThrow(/holds no labelled prompt.*the file is empty/);
    expect(() => readTaskSet(file("nulls.jsonl", "null\nnull\n"))).toThrow(/holds no labelled prompt.*line 1: not a JSON object \(null\)/);
  });
});

describe("eval score matrices with hostile column names", () => {
  it("reads a model column named __proto__ as scores, not as Object's prototype", () => {
    const target = file("team/score-matrix.csv", "id,prompt,__proto__,constructor\n1,hello,0.5,0.25\n2,write code,0.9,0.75\n");
    const matrix = readScoreMatrix(path.dirname(target));
    expect(matrix?.models).toEqual(["__proto__", "constructor"]);
    expect(matrix?.items.map((item) => [item.scores.__proto__, item.scores.constructor])).toEqual([
      [0.5, 0.25],
      [0.9, 0.75],
    ]);
  });
});

describe("score matrices that hold nothing to score", () => {
  const ladder = [
    { model: "model-a", usdPerMillionTokens: 0.1 },
    { model: "model-b", usdPerMillionTokens: 1 },
  ];

  it("refuses a matrix with no row scored by every ladder model, in eval and eval --online, instead of n: 0 and exit 0", () => {
    for (const [name, text] of [
      ["header-only", "prompt,model-a,model-b\n"],
      ["half-scored", "prompt,model-a,model-b\nhello,1,\nworld,,0\n"],
    ] as const) {
      const target = path.dirname(file(`${name}/score-matrix.csv`, text));
      const matrix = readScoreMatrix(target);
      expect(matrix).toBeDefined();
      expect(() => ladderFor(matrix!, ladder), name).toThrow(/no row with a score for every ladder model \(model-a, model-b\)/);
      expect(() => readOutcomeStream(target, ladder), name).toThrow(/no row with a score for every ladder model/);
    }
  });

  it("says a ladder model's column holds a cell that is no number, rather than that the file lacks the column", () => {
    const target = path.dirname(file("text-cell/score-matrix.csv", "prompt,model-a,model-b\nhello,0.5,0\nworld,n/a,1\n"));
    const matrix = readScoreMatrix(target);
    expect(() => ladderFor(matrix!, ladder)).toThrow(/model-a is read as text, not scores, since its data row 2 holds "n\/a", which is no number/);
  });

  it("refuses a RouteLLM folder with no prompt scored for both models, instead of n: 0 and cpt_50: 1", () => {
    const header = "prompt,mistralai/Mixtral-8x7B-Instruct-v0.1,gpt-4-1106-preview,mistralai/Mixtral-8x7B-Instruct-v0.1_response,gpt-4-1106-preview_response\n";
    const folder = path.dirname(file("gsm-empty/gsm8k_responses.csv", header));
    file("gsm-empty/contaminated_prompts.jsonl", "");
    expect(() => readRouteLlmFolder(folder)).toThrow(/holds no prompt with a score for both .*; nothing to evaluate/);
    expect(() => readOutcomeStream(folder)).toThrow(/holds no prompt with a score for both/);
  });

  it("names an unterminated quote instead of reading the rest of the file as one prompt", () => {
    const target = path.dirname(file("open-quote/score-matrix.csv", 'prompt,model-a,model-b\n"hello,1,0\nworld,0,1\n'));
    expect(() => readScoreMatrix(target)).toThrow(/line 2: a quoted field is never closed/);
  });

  it("names the file of an unterminated quote in every CSV reader, not only the line (a RouteLLM folder holds dozens)", () => {
    const header = "prompt,mistralai/Mixtral-8x7B-Instruct-v0.1,gpt-4-1106-preview\n";
    file("mmlu-open/responses/mmlu_astronomy.csv", `${header}what,1,0\n`);
    file("mmlu-open/responses/mmlu_biology.csv", `${header}what,1,0\n"cell,0,1\n`);
    expect(() => readRouteLlmFolder(path.join(dir, "mmlu-open"))).toThrow(/mmlu_biology\.csv: line 3: a quoted field is never closed/);
  });

  it("reads a header saved with a byte-order mark (Excel's UTF-8 CSV) by its column names", () => {
    const target = path.dirname(file("bom/score-matrix.csv", "\uFEFFprompt,model-a,model-b\r\nhello,1,0\r\nworld,0,1\r\n"));
    const matrix = readScoreMatrix(target);
    expect(matrix?.models).toEqual(["model-a", "model-b"]);
    expect(matrix?.items.map((item) => item.prompts)).toEqual([["hello"], ["world"]]);
  });
});

describe("train's example files", () => {
  it("refuses a strong-need target that is no number from 0 to 1, naming the line (it made the strong head NaN)", () => {
    const target = file("prompts.jsonl", ['{"prompt":"hi","task":"chat","strong":0.2}', '{"prompt":"hello","task":"chat","strong":"high"}'].join("\n"));
    expect(() => readTeamExamples(target)).toThrow(`${target} line 2: "strong" must be a number from 0 to 1 (got "high").`);
    for (const bad of ["null", '{"prompt":"x","task":"chat","strong":7}', '{"prompt":5,"task":"chat"}', '{"messages":[null],"task":"chat"}', '{"prompt":"x","task":42}']) {
      expect(() => readTeamExamples(file("bad.jsonl", bad)), bad).toThrow(/bad\.jsonl line 1: /);
    }
  });

  it("gives a task named constructor the default strong-need, not Object's constructor", () => {
    const [example] = readTeamExamples(file("ctor.jsonl", '{"prompt":"hi","task":"constructor"}'));
    expect(example?.strong).toBe(0.5);
  });
});

describe("conversation sets (eval and train --conversations)", () => {
  const row = (kind: string) => JSON.stringify({ request: { messages: [{ role: "user", content: "hi" }] }, task: "chat", kind });

  it("names a line that is no object, and a request its reader refuses, instead of a TypeError", () => {
    const broken = file("conv-null.jsonl", `${row("a")}\nnull\n`);
    expect(() => readConversationSet(broken)).toThrow(`${broken} line 2: not a JSON object.`);
    const refused = file("conv-refused.jsonl", row("a"));
    expect(() => readConversationSet(refused, () => { throw new Error("Invalid messages"); })).toThrow(`${refused} line 1: Invalid messages`);
  });

  it("scores a kind named __proto__ as a kind", () => {
    const result = evaluateConversationSet(readConversationSet(file("conv-proto.jsonl", `${row("__proto__")}\n${row("a")}`)), alwaysChat);
    expect(JSON.stringify(result.per_kind)).toBe('{"__proto__":{"n":1,"accuracy":1},"a":{"n":1,"accuracy":1}}');
  });
});
