/**
 * Child-process entry of the gateway benchmark: two OpenRouter simulators in one process, a fast one
 * (no delay: pure overhead) and a realistic one (latency and chunk pacing: time to first byte).
 * Prints one JSON line `{"fast": url, "slow": url}` and runs until SIGTERM.
 *
 * Usage: node --import tsx bench/gateway/simulator-process.ts <catalog.json> <slowLatencyMs> <slowChunkDelayMs>
 * @module
 */
import { readFileSync } from "node:fs";
import { createSimulator } from "../../src/testing/index.js";

const [catalogFile, slowLatency = "50", slowChunkDelay = "20"] = process.argv.slice(2);
const catalogBody: unknown = catalogFile ? JSON.parse(readFileSync(catalogFile, "utf8")) : undefined;
const common = { recordCalls: false, acceptUnknownModels: true, ...(catalogBody ? { catalogBody } : {}) };
const fast = await createSimulator(common);
const slow = await createSimulator({ ...common, latencyMs: Number(slowLatency), chunkDelayMs: Number(slowChunkDelay) });
process.stdout.write(`${JSON.stringify({ fast: fast.url, slow: slow.url })}\n`);

const shutdown = (): void => {
  void Promise.all([fast.close(), slow.close()]).then(() => process.exit(0));
};
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
