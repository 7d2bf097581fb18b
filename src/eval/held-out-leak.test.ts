/**
 * Proves that no held-out prompt reaches training: loads every training input exactly as
 * `switchyard train` does and every held-out set from ../shared/data, and asserts no normalised overlap.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLearnedClassifier } from "../classifier/learned/index.js";
import { runCli } from "../cli/main.js";
import { extractRoutingFeatures } from "../learning/routing-features.js";
import { DEFAULT_ONLINE_OPTIONS, simulateDeployment, type OnlineStep } from "./online-eval.js";
import { readOutcomeStream } from "./online-stream.js";
import { readPreviewRequest } from "../server/doors/read-preview-request.js";
import { loadHeldOutPrompts, normalizePrompt } from "./held-out-sets.js";
import { deduplicateExamples, loadRawTrainingExamples, loadTrainingExamples, TEAM_CONVERSATION_FILES, TEAM_PROMPT_FILES } from "./training-data.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const dataDir = path.resolve(repoRoot, "../shared/data");
const teamFile = path.join(repoRoot, "training/task-examples.jsonl");
const dataOptions = {
  strongExamplesFile: path.join(repoRoot, "training/strong-need-examples.jsonl"),
  promptExamplesFiles: TEAM_PROMPT_FILES.map((file) => path.join(repoRoot, file)),
  conversationExamplesFiles: TEAM_CONVERSATION_FILES.map((file) => path.join(repoRoot, file)),
  conversationMessages: (request: Record<string, unknown>) => readPreviewRequest(request).request.messages,
};
/**
 * The team's conversation sets kept for scoring only (the held-back sets; dev 14, the eighth round's unseen set; dev 23
 * and 24, the ninth's; dev 29 and 36, the tenth's; dev 37, 40 and 43, the eleventh's; dev 45, 47, 48 and 49, the
 * twelfth's; dev 51, 53, 55, 58, 59 and 60, the thirteenth's; dev 62, 64 and 66, the fourteenth's; dev 68, 70 and 72, the fifteenth's; dev 74, 76 and 78, the sixteenth's): never trained on. (Dev 30 and 35 were scored sealed,
 * then read and trained on.)
 */
const SCORED_ONLY = /(?:conversation-(held-back|dev-14\b|dev-2[349]\b|dev-3[67]\b|dev-4[035789]\b|dev-5[13589]\b|dev-6[02468]\b|dev-7[02468]\b|dev-8[68]\b|dev-9[068]\b|dev-10[0468]\b|dev-11[246]\b|dev-12[02468]\b|dev-13[02468]\b|dev-14[0-468]\b|dev-15[02468]\b|dev-15[7-9]\b|dev-160\b|dev-16[24]\b)|parallel-languages-held-back)/;

describe.skipIf(!existsSync(path.join(dataDir, "routing")) && !process.env.CI)("held-out sets never reach training", () => {
  const heldOut = loadHeldOutPrompts(dataDir);

  it("loads every held-out set with its prompts", () => {
    const sizes = Object.fromEntries([...heldOut].map(([name, prompts]) => [name, prompts.length]));
    expect(sizes["routellm/mt_bench"]).toBeGreaterThanOrEqual(160);
    expect(sizes["routellm/gsm8k"]).toBeGreaterThanOrEqual(1319);
    expect(sizes["routellm/mmlu"]).toBeGreaterThanOrEqual(14042);
    expect(sizes["arena-bench-v1"]).toBeGreaterThanOrEqual(300);
    expect(sizes["mt-bench"]).toBeGreaterThanOrEqual(80);
    expect(sizes["arena-hard-v2"]).toBeGreaterThanOrEqual(750);
    expect(sizes["wizardlm"]).toBeGreaterThanOrEqual(218);
  });

  it("finds no held-out prompt in any training input, turn by turn", () => {
    const { examples } = loadTrainingExamples(dataDir, teamFile, dataOptions);
    expect(examples.length).toBeGreaterThan(5000);
    const trainingTexts = new Set<string>();
    for (const e of examples) {
      trainingTexts.add(normalizePrompt(e.prompt));
      for (const m of e.messages) if (typeof m.content === "string") trainingTexts.add(normalizePrompt(m.content));
    }
    const leaks: string[] = [];
    for (const [name, prompts] of heldOut) for (const p of prompts) {
      const n = normalizePrompt(p);
      if (n && trainingTexts.has(n)) leaks.push(`${name}: ${p.slice(0, 80)}`);
    }
    expect(leaks).toEqual([]);
  }, 120_000); // loads every training input (tens of thousands of rows): ~15 s alone, over 30 s on a loaded machine

  it("the team's own examples contain no held-out prompt even before de-duplication", () => {
    const all = new Set([...heldOut.values()].flat().map(normalizePrompt));
    const team = loadRawTrainingExamples(dataDir, teamFile, dataOptions).filter((e) => e.source.startsWith("team"));
    expect(team.length).toBeGreaterThan(600);
    expect(team.filter((e) => e.source === "team-strong").length).toBeGreaterThanOrEqual(200);
    expect(team.filter((e) => all.has(normalizePrompt(e.prompt)))).toEqual([]);
  });

  it("trains on no conversation set kept for scoring, and on no text of one", () => {
    expect(TEAM_CONVERSATION_FILES.filter((file) => SCORED_ONLY.test(file))).toEqual([]);
    const scoredFiles = readdirSync(path.join(repoRoot, "training")).filter((name) => SCORED_ONLY.test(name));
    expect(scoredFiles.length).toBeGreaterThanOrEqual(2);
    const conversations = (files: readonly string[]): string[] =>
      loadRawTrainingExamples(dataDir, teamFile, { ...dataOptions, conversationExamplesFiles: files })
        .filter((e) => e.source === "team-conversation")
        .map((e) => normalizePrompt(e.prompt));
    const scored = new Set(conversations(scoredFiles.map((name) => path.join(repoRoot, "training", name))));
    expect(scored.size).toBeGreaterThan(150);
    expect(conversations(dataOptions.conversationExamplesFiles).filter((text) => scored.has(text))).toEqual([]);
    const trained = conversations(dataOptions.conversationExamplesFiles);
    expect(trained.length).toBeGreaterThan(1500);
    // Every row's text is read (content parts too): an empty one would match, and de-duplicate against, every other.
    expect(trained.filter((text) => text === "")).toEqual([]);
  }, 120_000); // reads every team conversation set twice: ~10 s alone, over 20 s on a loaded machine

  it("trains on no prompt of the never-trained single-prompt tests (task-prompts-unseen.jsonl, the sealed task-prompts-dev-2.jsonl)", () => {
    const unseen = new Set(
      ["test/fixtures/task-prompts-unseen.jsonl", "training/task-prompts-dev-2.jsonl"].flatMap((file) =>
        readFileSync(path.join(repoRoot, file), "utf8")
          .split("\n")
          .filter((line) => line.trim() !== "")
          .map((line) => normalizePrompt((JSON.parse(line) as { prompt: string }).prompt)),
      ),
    );
    expect(unseen.size).toBeGreaterThan(300);
    expect(TEAM_PROMPT_FILES.filter((file) => file.includes("unseen") || file.includes("dev-2"))).toEqual([]);
    const added = loadRawTrainingExamples(dataDir, path.join(repoRoot, "no-team-examples.jsonl"), { promptExamplesFiles: dataOptions.promptExamplesFiles });
    expect(added.filter((e) => e.source === "team").length).toBeGreaterThan(400);
    expect(added.filter((e) => e.source === "team" && unseen.has(normalizePrompt(e.prompt))).map((e) => e.prompt)).toEqual([]);
  });

  it("de-duplication really removes a held-out prompt planted in the inputs", () => {
    const planted = heldOut.get("routellm/gsm8k")?.[0] ?? "";
    const index = new Set([normalizePrompt(planted)]);
    const result = deduplicateExamples([{ source: "x", prompt: `  ${planted.toUpperCase()} `, messages: [{ role: "user", content: planted }] }], index);
    expect(result.kept).toEqual([]);
    expect(result.heldOutRemoved).toBe(1);
  });
});

/** Every file under a folder (recursively), with the sha256 of its bytes. */
function snapshot(folder: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(full, createHash("sha256").update(readFileSync(full)).digest("hex"));
    }
  };
  if (existsSync(folder)) walk(folder);
  return out;
}

describe.skipIf(!existsSync(path.join(dataDir, "routing")) && !process.env.CI)("the learning path (log → adapter) keeps held-out data out", () => {
  const heldOut = loadHeldOutPrompts(dataDir);

  it("stores prompt-free features: no held-out prompt text survives extraction", () => {
    const classifier = createLearnedClassifier();
    const prompts = [...(heldOut.get("routellm/gsm8k") ?? []).slice(0, 20), ...(heldOut.get("arena-bench-v1") ?? []).slice(0, 20)];
    expect(prompts.length).toBe(40);
    for (const prompt of prompts) {
      const messages = [{ role: "user" as const, content: prompt }];
      const json = JSON.stringify(extractRoutingFeatures(messages, classifier.classify(messages))).toLowerCase();
      const words = (prompt.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !["math", "chat", "code", "mid", "budget", "standard", "premium"].includes(w));
      expect(words.filter((w) => json.includes(w))).toEqual([]);
    }
  });

  it("eval --online reveals only the served arm's outcome, one per prompt", () => {
    const stream = readOutcomeStream(path.join(dataDir, "routing/routerbench-zs/mbpp_test.csv"));
    const revealed: { tier: string; reward: number; position: number }[] = [];
    const options = { ...DEFAULT_ONLINE_OPTIONS, seed: 1, base: "test", onReveal: (e: { tier: string; reward: number }, position: number) => revealed.push({ tier: e.tier, reward: e.reward, position }) };
    const steps: OnlineStep[] = simulateDeployment(stream, createLearnedClassifier(), options);
    expect(revealed.length).toBe(steps.length);
    revealed.forEach((r, i) => {
      const step = steps[i] as OnlineStep;
      expect(r.position).toBe(i);
      expect(r.tier).toBe(stream.arms[step.arm]);
      expect(r.reward).toBe(stream.items[step.item]?.rewards[step.arm]);
    });
  });

  it("eval --online persists nothing: shipped weights, training/ and defaults are byte-identical afterwards", async () => {
    const watched = ["src/classifier/learned", "training", "src/config"].map((f) => path.join(repoRoot, f));
    const before = watched.map(snapshot);
    const io = { stdout: () => undefined, stderr: () => undefined, env: {}, cwd: repoRoot };
    expect(await runCli(["eval", "routing/routerbench-zs/mbpp_test.csv", "--online", "--json"], io)).toBe(0);
    expect(watched.map(snapshot)).toEqual(before);
    const shipped = [...before.flatMap((m) => [...m.keys()])].filter((f) => /\.(json|ya?ml)$/.test(f));
    expect(shipped.filter((f) => readFileSync(f, "utf8").includes("switchyard-adapter-v1"))).toEqual([]);
  });
});
