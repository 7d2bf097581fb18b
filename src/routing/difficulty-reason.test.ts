/**
 * A team lead opening a premium decision read only "The prompt reads as premium difficulty": not what made it so.
 * The reason now gives the learned classifier's estimate that the prompt needs a strong model and the cut it passed,
 * and says when a prompt was read as asking no work.
 */
import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { createClassifier } from "../classifier/create-classifier.js";
import { createLearnedClassifier, loadLearnedWeights } from "../classifier/learned/learned-classifier.js";
import { defaultConfig } from "../config/parse-config.js";
import { createRequestRouter } from "./request-router.js";

const router = createRequestRouter({ config: defaultConfig(), catalog: builtinCatalog(), classifier: createClassifier("learned"), clock: { now: () => Date.now() } });
const tierReason = (content: string): { tier: string; reason: string } => {
  const { decision } = router.route({ model: "switchyard/auto", messages: [{ role: "user", content }] });
  return { tier: decision.tier, reason: decision.reasons.find((reason) => reason.startsWith("The prompt reads as")) ?? "" };
};

describe("the auto tier's reason says what set the difficulty", () => {
  it("names the strong-model estimate and the cut a premium prompt passed", () => {
    const { tier, reason } = tierReason("Prove that there are infinitely many primes and then derive a bound on the nth prime using Chebyshev's method, with full rigor and all the intermediate lemmas.");
    expect(tier).toBe("premium");
    expect(reason).toMatch(/^The prompt reads as premium difficulty \(the classifier's estimate that it needs a strong model is 0\.\d{2}, at or above premium's cut 0\.\d{2}\), so auto routing picks the premium tier\.$/);
  });

  it("names the next cut a budget prompt stayed below", () => {
    const { tier, reason } = tierReason("Translate to French: good morning");
    expect(tier).toBe("budget");
    expect(reason).toMatch(/^The prompt reads as budget difficulty \(the classifier's estimate that it needs a strong model is 0\.\d{2}, below mid's cut 0\.\d{2}\)/);
  });

  it("says a turn that asks no work was read as budget for that", () => {
    const { reason } = tierReason("ok cool");
    expect(reason).toContain("The prompt reads as budget difficulty (it asks for no work");
  });
});

describe("the estimate and a cut it did not reach never read as the same figure", () => {
  it("shows as many decimals as it takes to tell the estimate below the next cut", () => {
    const prompt = "Explain the difference between a mutex and a semaphore, with an example of each in C.";
    const weights = loadLearnedWeights();
    const estimate = createLearnedClassifier(weights).classify([{ role: "user", content: prompt }]).strongProbability;
    // Premium's cut a hair above the estimate: the prompt stays standard, and "0.66, below premium's cut 0.66" would be false on its face.
    const cuts: [number, number, number] = [estimate / 4, estimate / 2, estimate + 1e-5];
    const classifier = createLearnedClassifier({ ...weights, difficultyCuts: cuts });
    const near = createRequestRouter({ config: defaultConfig(), catalog: builtinCatalog(), classifier, clock: { now: () => Date.now() } });
    const { decision } = near.route({ model: "switchyard/auto", messages: [{ role: "user", content: prompt }] });
    const reason = decision.reasons.find((line) => line.startsWith("The prompt reads as")) ?? "";
    expect(decision.tier).toBe("standard");
    const shown = /is ([\d.]+),.* below premium's cut ([\d.]+)\)/.exec(reason);
    expect(shown, reason).not.toBeNull();
    expect(Number(shown?.[1])).toBeLessThan(Number(shown?.[2]));
  });
});

describe("the heuristic classifier's reason", () => {
  it("names the difficulty only: it compares no estimate with cuts", () => {
    const heuristic = createRequestRouter({ config: defaultConfig(), catalog: builtinCatalog(), classifier: createClassifier("heuristic"), clock: { now: () => Date.now() } });
    const { decision } = heuristic.route({ model: "switchyard/auto", messages: [{ role: "user", content: "Translate to French: good morning" }] });
    expect(decision.reasons.find((line) => line.startsWith("The prompt reads as"))).toMatch(/^The prompt reads as \w+ difficulty[,;]/);
  });
});
