import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWordChar } from "./cue-matcher.js";
import { expandPattern, TermScanner, type TermList } from "./term-scanner.js";

describe("term scanner", () => {
  it("expands the pattern notation once", () => {
    expect(expandPattern("latenc(y|ies)|p9[05]|deploy(s|ed)?|cash ?flow")).toEqual(["latency", "latencies", "p90", "p95", "deploys", "deployed", "deploy", "cash flow", "cashflow"]);
    // A class with a range spells out the range; a "-" first or last is a hyphen.
    expect(expandPattern("q[1-4]|x[-+]|y[ab-]")).toEqual(["q1", "q2", "q3", "q4", "x-", "x+", "ya", "yb", "y-"]);
  });

  it("finds English words whole, other languages' stems at a word start, and CJK terms anywhere", () => {
    const scanner = new TermScanner([
      { english: "arr|error rates?|p&l", stems: ["umsatz", "отток"], cjk: "流失" },
      { english: "cpu", stems: [], cjk: "" },
    ]);
    expect(scanner.scan("an array of numbers")).toBe(0);
    expect(scanner.scan("our arr grew")).toBe(1);
    expect(scanner.scan("the error rates doubled")).toBe(1);
    expect(scanner.scan("see the p&l")).toBe(1);
    expect(scanner.scan("die umsatzzahlen")).toBe(1);
    expect(scanner.scan("der jahresumsatz")).toBe(0);
    expect(scanner.scan("отток клиентов")).toBe(1);
    expect(scanner.scan("用户流失率")).toBe(1);
    expect(scanner.scan("占用cpu 90%")).toBe(2);
    expect(scanner.scan("our arr and cpu")).toBe(3);
  });

  it("finds phrases by their whole first word, as stems and shorter words still are by their first letters", () => {
    const scanner = new TermScanner([
      { english: "what(s|'s| is) the (total|net|sum)|whatever|wha|at", stems: ["whats"], cjk: "" },
      { english: "what is the damage", stems: [], cjk: "" },
    ]);
    expect(scanner.scan("so what's the total?")).toBe(1);
    expect(scanner.scan("what is the damage then")).toBe(2);
    expect(scanner.scan("what is the total damage")).toBe(1);
    expect(scanner.scan("whatever the total")).toBe(1);
    expect(scanner.scan("whatisthe total")).toBe(0);
    expect(scanner.scan("whatsoever")).toBe(1);
    expect(scanner.scan("wha? look at it")).toBe(1);
    expect(scanner.scan("whats the net")).toBe(1);
    expect(scanner.scan("somewhat the total")).toBe(0);
  });

  it("gives each of 31 lists its own bit, and refuses a 32nd list instead of folding it onto another's bit", () => {
    const list = (word: string) => ({ english: word, stems: [`${word}stem`], cjk: "" });
    const words = Array.from({ length: 31 }, (_, index) => `word${String.fromCharCode(97 + (index % 26))}${index}`);
    const scanner = new TermScanner(words.map(list));
    words.forEach((word, index) => {
      expect(scanner.scan(`a ${word} here`)).toBe(1 << index);
      expect(scanner.scan(`${word}stemmed`)).toBe(1 << index);
    });
    expect(scanner.scan(`${words[30]} and ${words[0]}`)).toBe((1 << 30) | 1);
    expect(() => new TermScanner([...words, "wordlast"].map(list))).toThrow(/up to 31 lists, not 32/);
  });
});

describe("term scanner with large buckets (term length index)", () => {
  /** What `scan` promises, read the slow way: each list's terms tried at every word start. */
  function reference(lists: readonly TermList[], lower: string): number {
    let found = 0;
    lists.forEach((list, index) => {
      const whole = expandPattern(list.english);
      const stems = list.stems.flatMap(expandPattern);
      for (let at = 0; at < lower.length; at++) {
        if (!isWordChar(lower.charCodeAt(at)) || (at > 0 && isWordChar(lower.charCodeAt(at - 1)))) continue;
        if (stems.some((stem) => lower.startsWith(stem, at))) found |= 1 << index;
        if (whole.some((term) => lower.startsWith(term, at) && !isWordChar(lower.charCodeAt(at + term.length)))) found |= 1 << index;
      }
    });
    return found;
  }

  const word = fc.stringMatching(/^[abc]{1,4}$/);
  // Phrases that share their first word ("abc …") fill one bucket past the size that gets an index.
  const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => `abc ${words.join(" ")}`);
  const list = fc.record({
    english: fc.tuple(fc.array(phrase, { minLength: 50, maxLength: 90 }), fc.array(fc.oneof(word, phrase.map((p) => p.slice(1))), { maxLength: 30 })).map(([phrases, words]) => [...phrases, ...words].join("|")),
    // Stems share the first three letters' bucket with whole words whose first word is shorter ("ab …").
    stems: fc.array(fc.oneof(phrase, word.map((w) => `ab${w}`)), { minLength: 50, maxLength: 90 }),
    cjk: fc.constant(""),
  });

  it("finds what walking every term finds", () => {
    fc.assert(
      fc.property(fc.array(list, { minLength: 1, maxLength: 3 }), fc.array(fc.oneof(word, fc.constantFrom("abc", " ", ".", "abc abc", "-")), { maxLength: 30 }), (lists, parts) => {
        const text = parts.join(" ");
        expect(new TermScanner(lists).scan(text)).toBe(reference(lists, text));
      }),
      { numRuns: 300 },
    );
  });

  it("indexes a bucket of many phrases and still reads whole words and word starts apart", () => {
    const phrases = Array.from({ length: 200 }, (_, i) => `what is the ${i.toString(36)}th`);
    const scanner = new TermScanner([{ english: phrases.join("|"), stems: ["what is the zz"], cjk: "" }, { english: "what is the total", stems: [], cjk: "" }]);
    expect(scanner.scan("so what is the 1th?")).toBe(1);
    expect(scanner.scan("so what is the 1thx")).toBe(0);
    expect(scanner.scan("what is the zzz")).toBe(1);
    expect(scanner.scan("what is the total")).toBe(2);
    expect(scanner.scan("what is the totals")).toBe(0);
  });
});
