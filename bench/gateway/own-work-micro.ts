/**
 * In-process, interleaved before/after of the seventh pass's changes to the gateway's own work (docs/benchmarks.md,
 * "Issue 11, seventh pass"), best of the rounds in µs per operation:
 * - the stored routing features as JSON: `JSON.stringify` against `featuresJson` (each followed by the UTF-8 length
 *   the SQLite binding takes, which flattens a rope);
 * - one request's log line through a child logger to /dev/null, 16 lines per event-loop turn (the event-loop turns
 *   included): sonic-boom at minLength 4096 against `LineBatches`;
 * - the upstream body of chat requests of several sizes: serialized against spliced from the client's text (the
 *   router's copy included, `JSON.parse` not).
 *
 * Usage: npx tsx bench/gateway/own-work-micro.ts [--rounds 12]
 * @module
 */
import { openSync } from "node:fs";
import { parseArgs } from "node:util";
import { pino } from "pino";
import { jsonSourceOf, rememberJsonSource } from "../../src/core/json-source.js";
import { createHeuristicClassifier } from "../../src/classifier/heuristic-classifier.js";
import type { ChatRequest } from "../../src/core/types.js";
import { extractRoutingFeatures } from "../../src/learning/routing-features.js";
import { createUpstreamBodyBuilder } from "../../src/routing/fallback/upstream-body.js";
import { LineBatches } from "../../src/server/log-destination.js";
import { featuresJson } from "../../src/storage/features-json.js";

const { values: flags } = parseArgs({ options: { rounds: { type: "string", default: "12" } } });
const rounds = Number(flags.rounds);

/** Best µs per call of each leg over interleaved rounds. */
function compare(title: string, legs: Record<string, () => number>, calls: number): void {
  const best: Record<string, number> = {};
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    for (const [name, leg] of Object.entries(legs)) {
      const started = process.hrtime.bigint();
      for (let i = 0; i < calls; i++) sink += leg();
      const us = Number(process.hrtime.bigint() - started) / 1000 / calls;
      best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, us);
    }
  }
  console.log(`${title}: ${Object.entries(best).map(([name, us]) => `${name} ${us.toFixed(2)} µs`).join(", ")}${sink < 0 ? "" : ""}`);
}

// Features of real conversations, as the router stores them.
const classifier = createHeuristicClassifier();
const prompts = ["What is the capital of France? Answer in one word.", "Write a Python function that merges two sorted lists and explain its complexity", "Translate 'good morning, how are you today' into Spanish and German, please"];
const features = Array.from({ length: 300 }, (_, i) => {
  const messages = [{ role: "user" as const, content: `${prompts[i % prompts.length] ?? ""} ${i}` }];
  return extractRoutingFeatures(messages, classifier.classify(messages)) as unknown as Record<string, unknown>;
});
let next = 0;
const feature = (): Record<string, unknown> => features[next++ % features.length] as Record<string, unknown>;
compare("features JSON", { stringify: () => Buffer.byteLength(JSON.stringify(feature())), featuresJson: () => Buffer.byteLength(featuresJson(feature())) }, 30_000);

// The request log line (start-server.ts's logger options, Fastify's per-request child).
const devNull = openSync("/dev/null", "w");
const options = { level: "info", redact: { paths: ["req.headers.authorization"], censor: "[REDACTED]" }, base: { service: "switchyard" } };
const before = pino(options, pino.destination({ fd: devNull, sync: false, minLength: 4096, maxLength: 8 << 20 })).child({ reqId: "req-1" });
const after = pino(options, new LineBatches(pino.destination({ fd: devNull, sync: false, minLength: 0, maxLength: 8 << 20 }))).child({ reqId: "req-1" });
/**
 * Lines as a gateway logs them: a few per event-loop turn (here 16), so the writer's asynchronous `fs.write`
 * completes between turns as it does under load (without the turns nothing is ever written, the pending text grows
 * to the 8 MiB cap and later lines are dropped, which measures nothing).
 */
async function logLines(logger: typeof before, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    logger.info({ decisionId: "dec_01a22bcbda4eb8f3db67a7459426ba69", door: "chat", model: "openai/gpt-4o-mini", tier: "explicit", status: 200, attempts: 1, latencyMs: i % 100 }, "chat completion");
    if (i % 16 === 15) await new Promise((resolve) => setImmediate(resolve));
  }
}
const logBest: Record<string, number> = {};
for (let round = 0; round < rounds; round++) {
  for (const [name, logger] of [["sonic-boom alone", before], ["LineBatches", after]] as const) {
    const started = process.hrtime.bigint();
    await logLines(logger, 20_000);
    logBest[name] = Math.min(logBest[name] ?? Number.POSITIVE_INFINITY, Number(process.hrtime.bigint() - started) / 1000 / 20_000);
  }
}
console.log(`log line (16 per event-loop turn): ${Object.entries(logBest).map(([name, us]) => `${name} ${us.toFixed(2)} µs`).join(", ")}`);

// The upstream body: what the router copies and the builder writes, without and with the client's text.
const paragraph = "The quick brown fox jumps over the lazy dog, and then explains why the build failed in CI. ";
for (const repeats of [1, 16, 64, 12_000]) {
  const text = JSON.stringify({ model: "openai/gpt-4o-mini", messages: [{ role: "system", content: "You are helpful." }, { role: "user", content: paragraph.repeat(repeats) }], temperature: 0.2 });
  const calls = Math.max(10, Math.floor(2_000_000 / text.length));
  const parsed = Array.from({ length: calls }, () => JSON.parse(text) as Record<string, unknown>);
  let index = 0;
  const body = (splice: boolean): number => {
    const request = parsed[index++ % calls] as Record<string, unknown>;
    if (splice) rememberJsonSource(request, { text, parsed: request });
    const upstream = Object.assign({}, request) as unknown as ChatRequest;
    upstream.max_tokens = 100;
    delete upstream.switchyard;
    delete upstream.max_completion_tokens;
    const source = splice ? jsonSourceOf(request) : undefined;
    if (source?.parsed === request) rememberJsonSource(upstream, source);
    return Buffer.byteLength(createUpstreamBodyBuilder(upstream).build("openai/gpt-4o-mini", 100));
  };
  compare(`upstream body, ${text.length} chars`, { serialized: () => body(false), spliced: () => body(true) }, calls);
}
process.exit(0);
