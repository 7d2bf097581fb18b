import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { estimateLongTextTokens, estimateMessagesTokens, TOKENS_PER_MESSAGE, TOKENS_PER_REQUEST } from "./estimate-tokens.js";
import { clearTextMemos, ENTRY_COST_CHARS, MAX_CHAIN, TextMemo, textKey } from "./text-memo.js";

/** A new string object with `text`'s characters, as each request's `JSON.parse` gives. */
const copy = (text: string): string => (JSON.parse(JSON.stringify({ text })) as { text: string }).text;

function counted(limits = { minChars: 10, maxChars: 10_000, maxHeldChars: 100_000 }): { memo: TextMemo<number>; reads: string[] } {
  const reads: string[] = [];
  const memo = new TextMemo((text: string) => {
    reads.push(text);
    return estimateLongTextTokens(text);
  }, limits);
  return { memo, reads };
}

const prose = (seed: number, chars: number): string => {
  let out = "";
  for (let i = 0; out.length < chars; i++) out += `word${(seed * 7919 + i * 104729) % 1000} is (${i}) `;
  return out.slice(0, chars);
};

describe("TextMemo", () => {
  it("reads a text once and answers its copies from memory, with the answer reading gives", () => {
    const { memo, reads } = counted();
    const text = prose(1, 5_000);
    const first = memo.answer(text);
    expect(memo.answer(copy(text))).toBe(first);
    expect(memo.answer(copy(text))).toBe(estimateLongTextTokens(text));
    expect(reads).toHaveLength(1);
  });

  it("keeps apart two texts with the same key (same length and sampled characters)", () => {
    const a = "x".repeat(3_000);
    // Position 1 is never sampled at this length (samples fall at multiples of 2999/15).
    const b = `x${"   {{ }} ".repeat(10)}${"x".repeat(3_000 - 91)}`;
    expect(b).toHaveLength(a.length);
    expect(textKey(a)).toBe(textKey(b));
    expect(estimateLongTextTokens(a)).not.toBe(estimateLongTextTokens(b));
    const { memo, reads } = counted();
    expect(memo.answer(a)).toBe(estimateLongTextTokens(a));
    expect(memo.answer(b)).toBe(estimateLongTextTokens(b));
    expect(memo.answer(copy(a))).toBe(estimateLongTextTokens(a));
    expect(memo.answer(copy(b))).toBe(estimateLongTextTokens(b));
    expect(reads).toHaveLength(2);
    expect(memo.size).toBe(2);
  });

  it("stays within its held characters when full, letting the least recently used go, and still answers right", () => {
    // Each text counts its 2,000 characters and its entry's cost: five fit in 12,000.
    const { memo, reads } = counted({ minChars: 10, maxChars: 10_000, maxHeldChars: 12_000 });
    const texts = Array.from({ length: 12 }, (_, i) => prose(i, 2_000));
    for (const text of texts) expect(memo.answer(text)).toBe(estimateLongTextTokens(text));
    expect(memo.heldChars).toBeLessThanOrEqual(12_000);
    expect(memo.size).toBe(5);
    // The last five are held; the first was let go and is read again.
    expect(memo.answer(copy(texts[11] as string))).toBe(estimateLongTextTokens(texts[11] as string));
    expect(reads).toHaveLength(12);
    expect(memo.answer(copy(texts[0] as string))).toBe(estimateLongTextTokens(texts[0] as string));
    expect(reads).toHaveLength(13);
    // A text used again is kept over older ones.
    memo.answer(copy(texts[8] as string));
    for (let i = 20; i < 23; i++) memo.answer(prose(i, 2_000));
    const before = reads.length;
    memo.answer(copy(texts[8] as string));
    expect(reads).toHaveLength(before);
    expect(memo.heldChars).toBeLessThanOrEqual(12_000);
  });

  it("holds at most MAX_CHAIN texts of one key, so texts made to share a key cannot make lookups long", () => {
    // Position 1 is never sampled at this length: every variant has the same key.
    const variants = Array.from({ length: 50 }, (_, i) => `x${String.fromCharCode(0x4e00 + i)}${"x".repeat(2_998)}`);
    expect(new Set(variants.map(textKey)).size).toBe(1);
    const { memo, reads } = counted();
    for (const text of variants) expect(memo.answer(text)).toBe(estimateLongTextTokens(text));
    expect(memo.size).toBe(MAX_CHAIN);
    expect(memo.heldChars).toBe(MAX_CHAIN * (3_000 + ENTRY_COST_CHARS));
    // The newest are held; an older one is read again, and answered right.
    const held = reads.length;
    expect(memo.answer(copy(variants[49] as string))).toBe(estimateLongTextTokens(variants[49] as string));
    expect(reads).toHaveLength(held);
    expect(memo.answer(copy(variants[0] as string))).toBe(estimateLongTextTokens(variants[0] as string));
    expect(reads).toHaveLength(held + 1);
  });

  it("holds copies when asked: slices of long strings do not keep those strings alive", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const heldMb = (copyTexts: boolean): number => {
      const memo = new TextMemo((text: string) => text.length, { minChars: 10, maxChars: 2_000, maxHeldChars: 100_000, copyTexts });
      gc();
      const before = process.memoryUsage().heapUsed;
      for (let i = 0; i < 20; i++) memo.answer(`${prose(i, 2_000)}${"y".repeat(1_000_000)}`.slice(0, 2_000));
      gc();
      const held = (process.memoryUsage().heapUsed - before) / 1e6;
      expect(memo.size).toBe(20);
      return held;
    };
    expect(heldMb(false)).toBeGreaterThan(15);
    expect(heldMb(true)).toBeLessThan(5);
  });

  it("reads texts outside its bounds every time", () => {
    const { memo, reads } = counted({ minChars: 100, maxChars: 1_000, maxHeldChars: 100_000 });
    for (const text of [prose(1, 99), prose(2, 1_001)]) {
      memo.answer(text);
      memo.answer(copy(text));
    }
    expect(reads).toHaveLength(4);
    expect(memo.size).toBe(0);
  });
});

describe("estimateMessagesTokens with remembered estimates", () => {
  it("gives the same count for a request seen before, as fresh strings, as estimating every text", () => {
    const system = prose(3, 40_000);
    const messages = [
      { role: "system", content: system },
      { role: "user", content: "Fix the failing test." },
      { role: "assistant", content: "Reading it.", tool_calls: [{ id: "a", type: "function", function: { name: "read_file", arguments: "{\"path\":\"x.ts\"}" } }] },
      { role: "tool", tool_call_id: "a", content: prose(4, 9_000) },
    ];
    const first = estimateMessagesTokens(messages);
    const again = estimateMessagesTokens(JSON.parse(JSON.stringify(messages)) as typeof messages);
    const direct =
      TOKENS_PER_REQUEST +
      4 * TOKENS_PER_MESSAGE +
      estimateLongTextTokens(system) +
      estimateLongTextTokens("Fix the failing test.") +
      estimateLongTextTokens("Reading it.") +
      estimateLongTextTokens(JSON.stringify(messages[2]?.tool_calls)) +
      estimateLongTextTokens(messages[3]?.content as string);
    expect(first).toBe(direct);
    expect(again).toBe(direct);
  });

  it("does not keep alive the long strings a library caller's message texts were sliced from", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    clearTextMemos();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20; i++) {
      const content = `${prose(i + 10, 4_000)}${"y".repeat(1_000_000)}`.slice(0, 4_000);
      estimateMessagesTokens([{ role: "user", content }]);
    }
    gc();
    const heldMb = (process.memoryUsage().heapUsed - before) / 1e6;
    clearTextMemos();
    expect(heldMb).toBeLessThan(5);
  });
});
