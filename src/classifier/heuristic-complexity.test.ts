import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../core/types.js";
import { createHeuristicClassifier } from "./heuristic-classifier.js";
import { classifyComplexity, countWords, readComplexitySignals } from "./heuristic-complexity.js";

const classifier = createHeuristicClassifier();
const difficultyOf = (messages: ChatMessage[]): string => classifier.classify(messages).difficulty.label;
const user = (content: string): ChatMessage => ({ role: "user", content });
const words = (count: number): string => Array.from({ length: count }, (_, i) => `word${i % 50}`).join(" ");

describe("the seed's complexity rules", () => {
  it("is premium for a math word", () => {
    expect(difficultyOf([user("What is the derivative of x squared?")])).toBe("premium");
    expect(difficultyOf([user("Prove that there are infinitely many primes.")])).toBe("premium");
  });

  it("is premium for a reasoning word together with code", () => {
    expect(difficultyOf([user("Explain why this is slow: ```for x in xs: ys.append(x)```")])).toBe("premium");
  });

  it("is standard for code alone, a reasoning word alone, or more than 500 words", () => {
    expect(difficultyOf([user("const add = (a, b) => a + b;")])).toBe("standard");
    expect(difficultyOf([user("Compare cats and dogs as pets.")])).toBe("standard");
    expect(difficultyOf([user(words(501))])).toBe("standard");
  });

  it("is mid above 100 words and budget at or below", () => {
    expect(difficultyOf([user(words(101))])).toBe("mid");
    expect(difficultyOf([user(words(100))])).toBe("budget");
    expect(difficultyOf([user("Hi there!")])).toBe("budget");
  });

  it("reads every user and system turn, not only the last message", () => {
    const conversation: ChatMessage[] = [
      { role: "system", content: "You help students with calculus." },
      user("I have a question."),
      { role: "assistant", content: "Sure, go ahead." },
      user("Can you help?"),
    ];
    expect(difficultyOf(conversation)).toBe("premium");
    const spread: ChatMessage[] = [user(words(60)), { role: "assistant", content: "ok" }, user(words(60))];
    expect(difficultyOf(spread)).toBe("mid");
  });

  it("ignores assistant turns", () => {
    const conversation: ChatMessage[] = [
      user("Tell me a joke."),
      { role: "assistant", content: "Here is an equation-free joke about a theorem." },
      user("Another one, please."),
    ];
    expect(difficultyOf(conversation)).toBe("budget");
  });

  it("matches whole words, so 'improve' is not 'prove'", () => {
    expect(difficultyOf([user("How can I improve my morning routine?")])).toBe("budget");
  });

  it("derives the strong-model probability from the difficulty", () => {
    const probabilities = ["Hi", words(150), "Compare A and B.", "Solve the equation x + 1 = 2."].map(
      (text) => classifier.classify([user(text)]).strongProbability,
    );
    expect(probabilities).toEqual([0.1, 0.35, 0.65, 0.9]);
  });

  it("gives a confidence between 0 and 1, lower near a word threshold", () => {
    const near = classifyComplexity({ words: 102, hasCode: false, hasMath: false, hasReasoning: false });
    const far = classifyComplexity({ words: 300, hasCode: false, hasMath: false, hasReasoning: false });
    expect(near.label).toBe("mid");
    expect(near.confidence).toBeLessThan(far.confidence);
    expect(far.confidence).toBeLessThanOrEqual(1);
  });
});

describe("countWords", () => {
  it("counts like Python's str.split()", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("  one\ttwo\nthree  ")).toBe(3);
    expect(countWords("a,b c")).toBe(2);
    expect(countWords("one two three four", 2)).toBe(2);
  });
});

describe("readComplexitySignals", () => {
  it("combines every text and stops counting words past the last threshold", () => {
    const signals = readComplexitySignals(["Hello there", words(2_000), "integral"]);
    expect(signals).toMatchObject({ words: 501, hasMath: true, hasCode: false });
  });

  it("finds code markers case-sensitively (SELECT) and words in any case", () => {
    const text = "SELECT name FROM users; please Analyze it";
    const signals = readComplexitySignals([text]);
    expect(signals).toMatchObject({ hasCode: true, hasReasoning: true, hasMath: false, words: 7 });
  });
});
