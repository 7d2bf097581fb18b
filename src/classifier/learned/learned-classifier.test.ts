import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFeatures } from "./features.js";
import { createLearnedClassifier, lengthTerm, loadLearnedWeights, scoreFeatures } from "./learned-classifier.js";
import { deserializeWeights, serializeWeights } from "./learned-weights.js";
import { averageModels, trainLearnedModel, type TrainingExample } from "./train-model.js";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const user = (content: string) => [{ role: "user", content }];

describe("learned classifier (shipped weights)", () => {
  const classifier = createLearnedClassifier();

  it("labels plain-English prompts with their task", () => {
    const cases: [string, string][] = [
      ["Translate 'where is the library' into Italian.", "translation"],
      ["Write a Python function that flattens a nested list.", "code_generation"],
      ["Write a short poem about the sea at night.", "creative_writing"],
      ["Solve for x: 5x - 3 = 2x + 9.", "math"],
      ["What is the capital of Portugal?", "simple_qa"],
      ["Summarize this paragraph in one sentence: The meeting covered budgets, hiring and the office move.", "summarization"],
    ];
    for (const [prompt, task] of cases) expect(classifier.classify(user(prompt)).task.label, prompt).toBe(task);
  });

  it("ranks maths above a poem, and the length term lifts a long word problem", () => {
    const problem = user(
      "A club sells tickets at 8 dollars for adults and 5 dollars for children. On Friday it sold twice as many child tickets as adult tickets and took 540 dollars. On Saturday it sold 15 more adult tickets than on Friday and a third fewer child tickets. The hall costs 120 dollars per evening. What was the club's total profit over both evenings?",
    );
    const weights = loadLearnedWeights();
    expect(weights.mathLengthWeight).toBeGreaterThan(0);
    const withLength = createLearnedClassifier(weights).classify(problem).strongProbability;
    const withoutLength = createLearnedClassifier({ ...weights, mathLengthWeight: 0 }).classify(problem).strongProbability;
    expect(withLength).toBeGreaterThan(withoutLength);
    const poem = classifier.classify(user("Write a short poem about rain on a tin roof.")).strongProbability;
    expect(classifier.classify(user("Ravi has 9 marbles and finds 4 more. How many marbles does he have?")).strongProbability).toBeGreaterThan(poem);
  });

  it("scales the length term from -1 at 15 words to +1 at 240", () => {
    expect(lengthTerm(15)).toBeCloseTo(-1, 5);
    expect(lengthTerm(60)).toBeCloseTo(0, 5);
    expect(lengthTerm(240)).toBeCloseTo(1, 5);
    expect(lengthTerm(5000)).toBe(1);
  });

  it("reads the whole conversation and returns a probability and a difficulty", () => {
    const result = classifier.classify([
      { role: "system", content: "You are a translator." },
      { role: "user", content: "Good morning, everyone." },
    ]);
    expect(result.strongProbability).toBeGreaterThanOrEqual(0);
    expect(result.strongProbability).toBeLessThanOrEqual(1);
    expect(["budget", "mid", "standard", "premium"]).toContain(result.difficulty.label);
    expect(classifier.classify([]).task.label).toBeTypeOf("string");
  });

  it("needs a strong model more for a proof than for small talk", () => {
    const proof = classifier.classify(user("Prove that there are infinitely many primes of the form 4k + 3.")).strongProbability;
    const hello = classifier.classify(user("hey, how's your day going?")).strongProbability;
    expect(proof).toBeGreaterThan(hello);
  });

  it("round-trips the weights file and stays under 5 MB", () => {
    const file = path.join(repoRoot, "src/classifier/learned/weights.json");
    expect(readFileSync(file).length).toBeLessThan(5_000_000);
    const weights = loadLearnedWeights(file);
    const again = deserializeWeights(JSON.parse(JSON.stringify(serializeWeights(weights))));
    expect(again.tasks).toEqual(weights.tasks);
    expect(Math.abs((again.weights[123] ?? 0) - (weights.weights[123] ?? 0))).toBeLessThan(1e-3);
  });
});

describe("trainLearnedModel", () => {
  const examples: TrainingExample[] = [
    { messages: user("translate hello to french"), task: "translation", strong: 0.2 },
    { messages: user("translate goodbye into german"), task: "translation", strong: 0.2 },
    { messages: user("prove the theorem by induction"), task: "math", strong: 0.9 },
    { messages: user("solve the equation and prove it"), task: "math", strong: 0.9 },
  ];
  const options = { tasks: ["math", "translation"], bits: 12, epochs: 5, seed: 7 };

  it("is deterministic for a seed and learns both heads", () => {
    const a = trainLearnedModel(examples, options);
    const b = trainLearnedModel(examples, options);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    const classifier = createLearnedClassifier(a);
    expect(classifier.classify(user("translate thank you to french")).task.label).toBe("translation");
    expect(classifier.classify(user("prove this by induction")).strongProbability).toBeGreaterThan(classifier.classify(user("translate thanks")).strongProbability);
  });

  it("averages runs of several seeds into the mean of their logits", () => {
    const runs = [7, 8, 9].map((seed) => trainLearnedModel(examples, { ...options, seed }));
    const mean = averageModels(runs);
    expect(Array.from(runs[0]?.weights ?? [])).not.toEqual(Array.from(runs[1]?.weights ?? []));
    for (const messages of [user("translate thank you to french"), user("prove this by induction")]) {
      const x = extractFeatures(messages, 12);
      const each = runs.map((run) => scoreFeatures(run, x));
      const averaged = scoreFeatures(mean, x);
      const expected = each.reduce((sum, s) => sum + s.strongLogit, 0) / each.length;
      expect(averaged.strongLogit).toBeCloseTo(expected, 5);
      averaged.taskLogits.forEach((logit, c) => expect(logit).toBeCloseTo(each.reduce((sum, s) => sum + (s.taskLogits[c] ?? 0), 0) / each.length, 5));
    }
    expect(averageModels([runs[0] ?? mean])).toBe(runs[0]);
    expect(() => averageModels([])).toThrow();
  });

  it("trains the conversation layer's flags as a residual: the rest of the task head, and the strong-need side, do not move", () => {
    const conversations: TrainingExample[] = [
      ...examples,
      { messages: user("traduce hola al francés"), task: "translation" },
      { messages: [{ role: "system", content: "You are a coding agent working in a repository." }, ...user("solve it")], task: "math" },
    ];
    const residual = { ...options, bits: 16, conversationResidual: true };
    const without = trainLearnedModel(conversations, { ...residual, conversationEpochs: 0 });
    const withResidual = trainLearnedModel(conversations, { ...residual, conversationEpochs: 3 });
    expect(withResidual.priorFromBase).toBe(true);
    expect(trainLearnedModel(conversations, options).priorFromBase).toBe(false);
    for (const messages of [user("translate thank you to french"), conversations[5]?.messages ?? []]) {
      const x = extractFeatures(messages, 16);
      const before = scoreFeatures(without, x);
      const after = scoreFeatures(withResidual, x);
      expect(Array.from(after.baseTaskLogits)).toEqual(Array.from(before.baseTaskLogits));
      expect(after.strongLogit).toBe(before.strongLogit);
      expect(Array.from(after.taskLogits)).not.toEqual(Array.from(before.taskLogits));
      expect(createLearnedClassifier(withResidual).classify(messages).strongProbability).toBeCloseTo(createLearnedClassifier(without).classify(messages).strongProbability, 12);
    }
  });
});
