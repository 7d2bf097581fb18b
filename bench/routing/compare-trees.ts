/**
 * Old against new in one process: the default learned classifier and a router using it, loaded from a
 * baseline copy of `src/` (e.g. `git archive main src | tar -x -C .baseline`) and from this tree.
 *
 * 1. Outputs (classification, the stored routing features, the decision): every prompt of the team's training and
 *    development files (never a held-back set: those are scored once per round, not read) plus a sample of llmrouter prompts
 *    (permitted training split) is classified and routed by both; task label, confidence, difficulty,
 *    strong-need probability, task reason and the routing decision must agree (floats within 1e-9; labels,
 *    tiers, models and reasons exactly). The new tree reads each conversation twice, the second time as a `JSON.parse`d
 *    copy (what a tree remembers by text answers from memory then), and both must agree with the old tree. Then mean
 *    decision time over all of those conversations, in turn.
 * 2. Time: the bench's 100-token and 300k-token requests, old and new routers interleaved in blocks of calls,
 *    with the same messages array each call and with a fresh one (as the gateway has); p50s and new/old ratios.
 *    Then the agent-shaped requests of `agent-request.ts` (2, 10 and 40 turns), each call on a request `JSON.parse`d
 *    from its body (untimed), old and new taking turns call by call.
 *
 * Run: `npx tsx bench/routing/compare-trees.ts .baseline [--time-only|--outputs-only] [--no-varied] [rounds=5]`.
 * Exits non-zero when any output differs.
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { benchPrompt } from "./bench-prompt.js";
import type { ChatMessage, ChatRequest } from "../../src/core/types.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const baseline = path.resolve(process.argv[2] ?? ".baseline");
const timeOnly = process.argv.includes("--time-only");
const outputsOnly = process.argv.includes("--outputs-only");
const noVaried = process.argv.includes("--no-varied");
const rounds = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 5);

interface Tree {
  classify: (messages: readonly ChatMessage[]) => unknown;
  /** Classify, then the routing features the decision log stores (as the router does, in that order). */
  features: (messages: readonly ChatMessage[]) => unknown;
  route: (request: ChatRequest) => unknown;
}

async function loadTree(root: string): Promise<Tree> {
  const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(root, file)).href)) as T;
  const { ModelCatalog } = await load<typeof import("../../src/catalog/model-catalog.js")>("src/catalog/model-catalog.ts");
  const { parseCatalog } = await load<typeof import("../../src/catalog/parse-catalog.js")>("src/catalog/parse-catalog.ts");
  const { createClassifier } = await load<typeof import("../../src/classifier/create-classifier.js")>("src/classifier/create-classifier.ts");
  const { createRouter } = await load<typeof import("../../src/index.js")>("src/index.ts");
  const { extractRoutingFeatures } = await load<typeof import("../../src/learning/index.js")>("src/learning/index.ts");
  const catalogFile = path.resolve(repoRoot, "../shared/data/openrouter/models-2026-06-16.json");
  const catalog = new ModelCatalog(parseCatalog(JSON.parse(readFileSync(catalogFile, "utf8"))).models, { source: "file" });
  const classifier = createClassifier("learned");
  const router = createRouter({}, { catalog, classifier, clock: { now: () => Date.parse("2026-06-17T00:00:00Z") } });
  return {
    classify: (messages) => classifier.classify(messages),
    features: (messages) => extractRoutingFeatures(messages, classifier.classify(messages)),
    route: (request) => router.route(request),
  };
}

function jsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Conversations to compare on: the training folder's files but its held-back sets, and every 3rd llmrouter training prompt. */
function conversations(): ChatMessage[][] {
  const out: ChatMessage[][] = [];
  const dir = path.join(repoRoot, "training");
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".jsonl") && !file.includes("held-back"))) {
    for (const row of jsonl(path.join(dir, name))) {
      const request = row.request as { messages?: ChatMessage[] } | undefined;
      if (request?.messages) out.push(request.messages);
      else if (typeof row.prompt === "string") out.push([{ role: "user", content: row.prompt }]);
    }
  }
  const queries = jsonl(path.resolve(repoRoot, "../shared/data/routing/llmrouter/default_query_train.jsonl"));
  for (let i = 0; i < queries.length; i += 3) {
    const query = queries[i]?.query;
    if (typeof query !== "string") continue;
    out.push([{ role: "user", content: query }]);
    if (i % 30 === 0) out.push([{ role: "system", content: "You are a helpful assistant." }, { role: "user", content: query }]);
  }
  return out;
}

/** Largest difference seen between two numbers that `same` accepted. */
let largestFloatDifference = 0;
/** Floats may differ by rounding only (a change that sums in another order, say). */
const FLOAT_TOLERANCE = 1e-9;

/** Deep equality with floats compared to {@link FLOAT_TOLERANCE}. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") {
    const difference = Math.abs(a - b);
    if (difference <= FLOAT_TOLERANCE) largestFloatDifference = Math.max(largestFloatDifference, difference);
    return a === b || difference <= FLOAT_TOLERANCE;
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => same(value, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
    return true;
  }
  return a === b;
}

function compareOutputs(old: Tree, next: Tree): number {
  const all = conversations();
  let differences = 0;
  for (const messages of all) {
    const request: ChatRequest = { model: "switchyard/auto", messages };
    const again = JSON.parse(JSON.stringify(messages)) as ChatMessage[];
    const oldClassification = old.classify(messages);
    const oldFeatures = old.features(messages);
    const oldRoute = safe(() => old.route(request));
    const pairs: [string, unknown, unknown][] = [
      ["classify", oldClassification, next.classify(messages)],
      ["routing features", oldFeatures, next.features(messages)],
      ["route", oldRoute, safe(() => next.route(request))],
      ["classify, read again", oldClassification, next.classify(again)],
      ["routing features, read again", oldFeatures, next.features(again)],
      ["route, read again", oldRoute, safe(() => next.route({ model: "switchyard/auto", messages: again }))],
    ];
    for (const [what, a, b] of pairs) {
      if (same(a, b)) continue;
      differences++;
      if (differences <= 5) console.log(`DIFF ${what}: ${JSON.stringify(messages).slice(0, 200)}\n  old ${JSON.stringify(a)}\n  new ${JSON.stringify(b)}`);
    }
  }
  console.log(`outputs: ${all.length} conversations classified and routed by both trees, ${differences} differences (largest float difference accepted: ${largestFloatDifference.toExponential(2)})`);
  return differences;
}

function routes(tree: Tree, messages: ChatMessage[]): boolean {
  try {
    tree.route({ model: "switchyard/auto", messages });
    return true;
  } catch {
    return false;
  }
}

function safe(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function p50(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function compareTime(old: Tree, next: Tree): void {
  for (const [tokens, calls] of [[100, 4_000], [300_000, 20]] as const) {
    const request: ChatRequest = {
      model: "switchyard/auto",
      messages: [{ role: "system", content: "You are a helpful assistant." }, { role: "user", content: benchPrompt(tokens) }],
    };
    const legs = [
      ["old route", (): unknown => old.route(request)],
      ["new route", (): unknown => next.route(request)],
      // A fresh messages array per call, as every gateway request has (the conversation reading is cached per array).
      ["old route, fresh array", (): unknown => old.route({ ...request, messages: [...request.messages] })],
      ["new route, fresh array", (): unknown => next.route({ ...request, messages: [...request.messages] })],
    ] as const;
    for (let round = 0; round < rounds; round++) {
      const samples = legs.map(() => [] as number[]);
      const block = tokens > 1000 ? 1 : 20;
      for (let done = 0; done < calls; done += block) {
        legs.forEach(([, run], leg) => {
          for (let i = 0; i < block; i++) {
            const start = performance.now();
            run();
            samples[leg]?.push(performance.now() - start);
          }
        });
      }
      if (round === 0) continue; // warm-up
      const medians = samples.map(p50);
      const text = legs.map(([name], leg) => `${name} ${fmt(medians[leg] ?? 0)}`).join(", ");
      const routeRatio = (medians[1] ?? 0) / (medians[0] ?? 1);
      const freshRatio = (medians[3] ?? 0) / (medians[2] ?? 1);
      console.log(`${tokens} tokens, round ${round}: ${text}; new/old route ×${routeRatio.toFixed(3)}, fresh array ×${freshRatio.toFixed(3)}`);
    }
  }
}

/** Agent-shaped decisions, old and new taking turns call by call, each on its own parsed copy of the body. */
async function compareAgents(old: Tree, next: Tree): Promise<void> {
  const { agentRequest } = await import("./agent-request.js");
  for (const turns of [2, 10, 40]) {
    const body = JSON.stringify(agentRequest(turns));
    const calls = turns >= 40 ? 60 : 120;
    for (let round = 0; round < Math.max(2, Math.min(rounds, 3)); round++) {
      const samples: [number[], number[]] = [[], []];
      for (let call = 0; call < calls; call++) {
        [old, next].forEach((tree, leg) => {
          const request = JSON.parse(body) as ChatRequest;
          const start = performance.now();
          tree.route(request);
          samples[leg]?.push(performance.now() - start);
        });
      }
      if (round === 0) continue;
      const [a, b] = samples.map(p50) as [number, number];
      console.log(`agent ${turns} turns (${(body.length / 1024).toFixed(0)} KB), round ${round}: old route ${fmt(a)}, new route ${fmt(b)} p50; new/old ×${(b / a).toFixed(3)}`);
    }
  }
}

function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

/** Mean time per decision over varied conversations (cold weight rows, as in real traffic), old and new interleaved. */
function compareVaried(old: Tree, next: Tree): void {
  // A conversation either tree refuses (a tool named "施設案内" in its history since red team round 10) times a throw, not a decision.
  const all = conversations().filter((messages) => [old, next].every((tree) => routes(tree, messages)));
  const block = 50;
  for (let round = 0; round < Math.max(2, rounds); round++) {
    const totals = [0, 0];
    for (let start = 0; start < all.length; start += block) {
      [old, next].forEach((tree, leg) => {
        const begin = performance.now();
        for (let i = start; i < Math.min(all.length, start + block); i++) tree.route({ model: "switchyard/auto", messages: [...(all[i] ?? [])] });
        totals[leg] = (totals[leg] ?? 0) + performance.now() - begin;
      });
    }
    if (round === 0) continue;
    const [a = 0, b = 0] = totals.map((total) => total / all.length);
    console.log(`varied conversations (${all.length}), round ${round}: old route ${fmt(a)}, new route ${fmt(b)} mean; new/old ×${(b / a).toFixed(3)}`);
  }
}

const old = await loadTree(baseline);
const next = await loadTree(repoRoot);

const differences = timeOnly ? 0 : compareOutputs(old, next);
if (!outputsOnly) {
  compareTime(old, next);
  await compareAgents(old, next);
  if (!noVaried) compareVaried(old, next);
}
process.exitCode = differences > 0 ? 1 : 0;
