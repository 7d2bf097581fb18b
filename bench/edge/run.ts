/**
 * Cost of the hostile-input edge per request body, in process: the JSON limits scan and the zod shape check,
 * against `JSON.parse` of the same body in the same run (the work every gateway does anyway). Prints ratios.
 *
 *   npx tsx bench/edge/run.ts
 * @module
 */
import { Bench } from "tinybench";
import { assertJsonWithinLimits, chatRequestSchema, parseRequestShape } from "../../src/server/request-shape/index.js";

const LIMITS = { maxDepth: 64, maxArrayLength: 10_000 };
const turn = (index: number, content: string) => ({ role: index % 2 === 1 ? "assistant" : "user", content });
const BODIES: Record<string, string> = {
  "2 KB, 6 turns": JSON.stringify({ model: "switchyard/auto", stream: true, max_tokens: 300, messages: Array.from({ length: 6 }, (_, i) => turn(i, "Explain lists and tuples in Python, with examples. ".repeat(6))) }),
  "80 KB, 40 turns + tool": JSON.stringify({
    model: "switchyard/auto",
    messages: Array.from({ length: 40 }, (_, i) => turn(i, "x".repeat(2_000))),
    tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object", properties: { q: { type: "string" } } } } }],
  }),
};

const bench = new Bench({ time: 1_000, warmupTime: 200 });
for (const [name, text] of Object.entries(BODIES)) {
  const parsed: unknown = JSON.parse(text);
  bench.add(`${name}: JSON.parse (baseline)`, () => JSON.parse(text));
  bench.add(`${name}: limits scan`, () => assertJsonWithinLimits(text, LIMITS));
  bench.add(`${name}: zod shape`, () => parseRequestShape(chatRequestSchema, parsed));
}
await bench.run();

const mean = (name: string): number => (bench.tasks.find((task) => task.name === name)?.result as { latency: { mean: number } } | undefined)?.latency.mean ?? Number.NaN;
for (const name of Object.keys(BODIES)) {
  const baseline = mean(`${name}: JSON.parse (baseline)`);
  const scan = mean(`${name}: limits scan`);
  const shape = mean(`${name}: zod shape`);
  process.stdout.write(
    `${name}: JSON.parse ${(baseline * 1000).toFixed(1)} µs; edge adds ${((scan + shape) * 1000).toFixed(1)} µs = ${((scan + shape) / baseline).toFixed(2)}× of parse (scan ${(scan / baseline).toFixed(2)}×, zod ${(shape / baseline).toFixed(2)}×)\n`,
  );
}
