import { describe, expect, it } from "vitest";
import { expandPattern, TermScanner } from "./term-scanner.js";

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
