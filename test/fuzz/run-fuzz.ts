/**
 * `npm run fuzz -- --runs N --seed S [--raw R] [--concurrency C]`: the CI fuzz loops at any length. Prints
 * progress and a summary; exits 1 on the first breach with fast-check's (shrunk) counterexample.
 * @module
 */
import { parseArgs } from "node:util";
import { writeFileSync } from "node:fs";
import { fuzzDoorRequests } from "./fuzz-doors.js";
import { fuzzChatRequests, fuzzRawHttp, lastBatch } from "./fuzz-run.js";
import { startFuzzTarget } from "./fuzz-target.js";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "10000" },
    seed: { type: "string", default: String(Date.now() % 2 ** 31) },
    raw: { type: "string" },
    concurrency: { type: "string", default: "4" },
    "max-rss-mb": { type: "string", default: "1500" },
    // Stop at the first breach instead of shrinking it (shrinking replays cases, slow when they time out).
    "no-shrink": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const rawRuns = values.raw !== undefined ? Number(values.raw) : Math.ceil(runs / 10);
const startedAt = Date.now();
const target = await startFuzzTarget();
if (process.env.FUZZ_DEBUG) target.server.app.server.on("clientError", (error: Error & { code?: string; rawPacket?: Buffer }) => process.stdout.write(`clientError ${error.code} ${JSON.stringify(error.rawPacket?.toString("latin1").slice(0, 300))}\n`));
process.stdout.write(`fuzzing ${target.url}: ${runs} chat requests, ${Math.ceil(runs / 5)} per other door and ${rawRuns} raw HTTP cases, seed ${seed}\n`);
try {
  const stats = await fuzzChatRequests(target, {
    runs,
    seed,
    concurrency: Number(values.concurrency),
    maxRssMb: Number(values["max-rss-mb"]),
    shrink: !values["no-shrink"],
    onProgress: (progress) => {
      if (progress.cases % 5_000 < Number(values.concurrency)) process.stdout.write(`  ${progress.cases} cases, RSS ${progress.maxRssMb.toFixed(0)} MB max, ${((Date.now() - startedAt) / 1000).toFixed(0)} s\n`);
    },
  });
  // The Messages and Responses doors get a fifth of the chat runs each.
  const doorRuns = Math.ceil(runs / 5);
  const doors = { messages: await fuzzDoorRequests(target, "messages", { runs: doorRuns, seed }), responses: await fuzzDoorRequests(target, "responses", { runs: doorRuns, seed }) };
  const raw = await fuzzRawHttp(target, { runs: rawRuns, seed });
  process.stdout.write(
    `${JSON.stringify({ seed, chatCases: stats.cases, messagesCases: doors.messages.cases, responsesCases: doors.responses.cases, rawCases: raw, byStatus: stats.byStatus, maxAnswerMs: Math.round(stats.maxElapsedMs), maxRssMb: Math.round(stats.maxRssMb), seconds: Math.round((Date.now() - startedAt) / 1000) })}\n`,
  );
} catch (error) {
  const cause = (error as Error).cause;
  const what = cause instanceof Error ? cause.message : String(cause ?? "");
  writeFileSync("fuzz-failure.json", JSON.stringify(lastBatch));
  process.stdout.write(`last batch written to fuzz-failure.json; last log lines:\n${target.logs.slice(-8).join("")}\n`);
  process.stdout.write(`FUZZ FAILURE (seed ${seed}):\n${what.slice(0, 4_000)}\n--- fast-check report (cut) ---\n${(error as Error).message.slice(0, 4_000)}\n`);
  process.exitCode = 1;
} finally {
  await target.close();
}
