import { describe, expect, it } from "vitest";
import { readLines, type InputLine } from "./read-lines.js";

async function collect(chunks: (Buffer | string)[], max = 1_000): Promise<InputLine[]> {
  const lines: InputLine[] = [];
  async function* source(): AsyncGenerator<Buffer | string> {
    yield* chunks;
  }
  for await (const line of readLines(source(), max)) lines.push(line);
  return lines;
}

describe("readLines", () => {
  it("numbers lines across chunks, keeps a last line without a newline, and adds no empty last line", async () => {
    expect(await collect(["a\r\nb", "c\n\n", "d"])).toEqual([
      { number: 1, text: "a\r" },
      { number: 2, text: "bc" },
      { number: 3, text: "" },
      { number: 4, text: "d" },
    ]);
    expect(await collect(["x\n"])).toEqual([{ number: 1, text: "x" }]);
    expect(await collect([])).toEqual([]);
  });

  it("joins a character cut between two chunks", async () => {
    const bytes = Buffer.from("日本\n", "utf8");
    expect(await collect([bytes.subarray(0, 2), bytes.subarray(2, 4), bytes.subarray(4)])).toEqual([{ number: 1, text: "日本" }]);
  });

  it("reports a line past the bound by its length, without its text, and goes on", async () => {
    const long = "y".repeat(25);
    expect(await collect([`ok\n${long.slice(0, 10)}`, `${long.slice(10)}\nnext`], 20)).toEqual([
      { number: 1, text: "ok" },
      { number: 2, overLimitBytes: 25 },
      { number: 3, text: "next" },
    ]);
  });
});
