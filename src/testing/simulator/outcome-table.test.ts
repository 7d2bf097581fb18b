import { describe, expect, it } from "vitest";
import { outcomeAnswerText, parseOutcomeTable, readOutcomeScore } from "./outcome-table.js";
import { createSimulator } from "./create-simulator.js";

describe("the simulator's outcome mode", () => {
  it("reads JSONL (nested or flat scores) and wide CSV, matching prompts by normalised text and models without a variant", () => {
    const jsonl = parseOutcomeTable('{"prompt":"What is 2+2?","scores":{"a/x":1,"b/y":0}}\n{"prompt":"Name  a colour","a/x":0.5}\n', "o.jsonl");
    expect(jsonl.size).toBe(2);
    expect(jsonl.models).toEqual(["a/x", "b/y"]);
    expect(jsonl.score(" What is 2+2? ", "b/y:floor")).toBe(0);
    expect(jsonl.score("Name a colour", "a/x")).toBe(0.5);
    expect(jsonl.score("Unknown", "a/x")).toBeUndefined();
    const csv = parseOutcomeTable('prompt,a/x,b/y\n"Say ""hi""",1,0.25\n', "o.csv");
    expect(csv.score('Say "hi"', "b/y")).toBe(0.25);
    expect(() => parseOutcomeTable('{"prompt":"p","a/x":2}\n', "bad.jsonl")).toThrow(/must be 0..1/);
    expect(() => parseOutcomeTable('{"scores":{}}\n', "bad.jsonl")).toThrow(/no "prompt"/);
    // Its other errors name the file; an unterminated quote did not.
    expect(() => parseOutcomeTable('prompt,a/x\n"hi,1\n', "bad.csv")).toThrow(/bad\.csv: line 2: a quoted field is never closed/);
    expect(readOutcomeScore(outcomeAnswerText("a/x", 0.75, "hi"))).toBe(0.75);
    expect(readOutcomeScore("an ordinary answer")).toBeUndefined();
  });

  it("answers a known prompt with that model's score over HTTP", async () => {
    const simulator = await createSimulator({ outcomes: parseOutcomeTable('{"prompt":"What is 2+2?","scores":{"openai/gpt-5-nano":0,"openai/gpt-5":1}}\n', "o.jsonl") });
    try {
      const ask = async (model: string, content: string) => {
        const response = await fetch(`${simulator.url}/chat/completions`, { method: "POST", body: JSON.stringify({ model, messages: [{ role: "user", content }] }) });
        return ((await response.json()) as { choices: { message: { content: string } }[] }).choices[0]?.message.content ?? "";
      };
      expect(readOutcomeScore(await ask("openai/gpt-5-nano", "What is 2+2?"))).toBe(0);
      expect(readOutcomeScore(await ask("openai/gpt-5", "What is 2+2?"))).toBe(1);
      expect(readOutcomeScore(await ask("openai/gpt-5", "Something else"))).toBeUndefined();
    } finally {
      await simulator.close();
    }
  });
});
