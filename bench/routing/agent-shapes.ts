/**
 * The routing decision on agent-shaped requests (issue 11, twelfth pass): `createRouter(...).route()` with the default
 * learned classifier on a coding agent's requests (`agent-request.ts`: a 12k-token system prompt, 20 tools, 2, 10 and
 * 40 turns of history with 1–20 KB tool results; Chat Completions and `/v1/messages` styles), against the 100-token
 * goal leg of `bench:routing` in the same run. Legs take turns (20 calls of the 100-token leg, then one of each agent leg, and again), each call on a new request:
 * - `fresh array`: a fresh messages array around the same message objects and strings (as the goal leg does);
 * - `parsed`: a request `JSON.parse`d from its body just before the timed call (untimed), as the gateway has it: no
 *   string or object is shared with the previous call, so nothing can be remembered by identity.
 *
 * Run: `npx tsx bench/routing/agent-shapes.ts [rounds=200] [--only=parsed|fresh]`; prints p50 / p90 per leg and
 * each leg's p50 over the 100-token leg's.
 * @module
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchPrompt } from "./bench-prompt.js";
import { ModelCatalog } from "../../src/catalog/model-catalog.js";
import { parseCatalog } from "../../src/catalog/parse-catalog.js";
import { createClassifier } from "../../src/classifier/create-classifier.js";
import { estimateMessagesTokens } from "../../src/classifier/index.js";
import type { ChatRequest } from "../../src/core/types.js";
import { createRouter } from "../../src/index.js";
import { summarize } from "../gateway/stats.js";
import { agentRequest, type AgentStyle } from "./agent-request.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const rounds = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 200);
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice(7);

const catalogFile = path.resolve(repoRoot, "../shared/data/openrouter/models-2026-06-16.json");
const catalog = new ModelCatalog(parseCatalog(JSON.parse(readFileSync(catalogFile, "utf8"))).models, { source: "file" });
const router = createRouter({}, { catalog, classifier: createClassifier("learned"), clock: { now: () => Date.parse("2026-06-17T00:00:00Z") } });

interface Leg {
  name: string;
  /** Prepares one call (untimed) and returns it. */
  prepare: () => () => unknown;
  samples: number[];
}

const short: ChatRequest = { model: "switchyard/auto", messages: [{ role: "system", content: "You are a helpful assistant." }, { role: "user", content: benchPrompt(100) }] };
const legs: Leg[] = [{ name: "100 tokens, fresh array (goal leg)", prepare: () => () => router.route({ ...short, messages: [...short.messages] }), samples: [] }];
const shapes: [number, AgentStyle][] = [[2, "chat"], [10, "chat"], [40, "chat"], [10, "messages"], [40, "messages"]];
for (const [turns, style] of shapes) {
  const request = agentRequest(turns, style);
  const body = JSON.stringify(request);
  const tokens = estimateMessagesTokens(request.messages);
  const label = `agent ${turns} turns, ${style} (${(body.length / 1024).toFixed(0)} KB, ~${(tokens / 1000).toFixed(0)}k tokens)`;
  if (only !== "parsed") legs.push({ name: `${label}, fresh array`, prepare: () => () => router.route({ ...request, messages: [...request.messages] }), samples: [] });
  if (only !== "fresh") {
    legs.push({
      name: `${label}, parsed`,
      prepare: () => {
        const parsed = JSON.parse(body) as ChatRequest;
        return () => router.route(parsed);
      },
      samples: [],
    });
  }
}

/** Calls of the 100-token leg per turn of an agent leg (it is ~100× cheaper; its p50 wants many calls). */
const SHORT_BLOCK = 20;
function time(leg: Leg, keep: boolean): void {
  const run = leg.prepare();
  const start = performance.now();
  run();
  const took = performance.now() - start;
  if (keep) leg.samples.push(took);
}
// Warm-up: the compilers see every shape before anything is kept.
for (let i = 0; i < 3000; i++) time(legs[0] as Leg, false);
const warm = Math.max(20, Math.round(rounds / 10));
for (let round = 0; round < rounds + warm; round++) {
  legs.forEach((leg, i) => {
    for (let call = 0; call < (i === 0 ? SHORT_BLOCK : 1); call++) time(leg, round >= warm);
  });
}

const base = summarize(legs[0]?.samples ?? []).p50;
const fmt = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(3)} ms`);
console.log(`Node ${process.version}, ${rounds} calls a leg, taking turns; load ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ")}`);
console.log("| leg | p50 | p90 | p50 / 100-token p50 |\n|---|---|---|---|");
for (const leg of legs) {
  const s = summarize(leg.samples);
  console.log(`| ${leg.name} | ${fmt(s.p50)} | ${fmt(s.p90)} | ×${(s.p50 / base).toFixed(1)} |`);
}
