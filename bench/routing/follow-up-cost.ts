/**
 * What a follow-up's decision costs, old tree against this one in one process (issue 13 round 48 review): the follow-up
 * path reads its anchor turn's whole conversation again, so its cost grows with the anchor's size. Shapes: a 300k-token
 * document then "shorter", a 300k-token tool result then an offer and "go ahead", 200 turns of "shorter", the agent
 * requests of `agent-request.ts` (10 and 40 turns), and the bench's 100-token prompt. Each call routes a `JSON.parse`d
 * copy of the body (as the gateway has), old and new taking turns call by call; p50 per leg and new/old.
 *
 * Run: `npx tsx bench/routing/follow-up-cost.ts .baseline [rounds=3]` (`.baseline` from `git archive main src`).
 * @module
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { benchPrompt } from "./bench-prompt.js";
import { agentRequest } from "./agent-request.js";
import type { ChatMessage, ChatRequest } from "../../src/core/types.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const baseline = path.resolve(process.argv[2] ?? ".baseline");
const rounds = Number(process.argv.slice(3).find((arg) => /^\d+$/.test(arg)) ?? 3);
const only = process.argv.slice(3).find((arg) => !/^\d+$/.test(arg));

type Route = (request: ChatRequest) => unknown;

async function loadTree(root: string): Promise<Route> {
  const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(root, file)).href)) as T;
  const { ModelCatalog } = await load<typeof import("../../src/catalog/model-catalog.js")>("src/catalog/model-catalog.ts");
  const { parseCatalog } = await load<typeof import("../../src/catalog/parse-catalog.js")>("src/catalog/parse-catalog.ts");
  const { createClassifier } = await load<typeof import("../../src/classifier/create-classifier.js")>("src/classifier/create-classifier.ts");
  const { createRouter } = await load<typeof import("../../src/index.js")>("src/index.ts");
  const catalogFile = path.resolve(repoRoot, "../shared/data/openrouter/models-2026-06-16.json");
  const catalog = new ModelCatalog(parseCatalog(JSON.parse(readFileSync(catalogFile, "utf8"))).models, { source: "file" });
  const router = createRouter({}, { catalog, classifier: createClassifier("learned"), clock: { now: () => Date.parse("2026-06-17T00:00:00Z") } });
  return (request) => router.route(request);
}

const request = (messages: ChatMessage[]): ChatRequest => ({ model: "switchyard/auto", messages });

function shapes(): [string, ChatRequest, number][] {
  const doc = benchPrompt(300_000).replace(/\n\nSummarize[^\n]*$/u, "");
  const chain: ChatMessage[] = [{ role: "user", content: "Write a short story about a lighthouse keeper who befriends a storm." }];
  for (let i = 0; i < 200; i++) chain.push({ role: "assistant", content: `Version ${i}: the keeper and the storm, told again in fewer words.` }, { role: "user", content: "shorter" });
  return [
    ["100 tokens", request([{ role: "system", content: "You are a helpful assistant." }, { role: "user", content: benchPrompt(100) }]), 2000],
    ["300k document, then 'shorter'", request([{ role: "user", content: `${doc}\n\nSummarize the questions above.` }, { role: "assistant", content: "Here are the main themes of those questions: …" }, { role: "user", content: "shorter" }]), 12],
    [
      "300k tool result, offer, 'go ahead'",
      {
        ...request([
          { role: "user", content: "Pull last quarter's support tickets and tell me what people complain about." },
          { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: "fetch_tickets", arguments: "{}" } }] },
          { role: "tool", tool_call_id: "c1", content: doc },
          { role: "assistant", content: "Most complaints are about billing and slow replies. Want me to write a short report for the support lead?" },
          { role: "user", content: "yes go ahead" },
        ]),
        tools: [{ type: "function", function: { name: "fetch_tickets", description: "Fetch support tickets", parameters: { type: "object", properties: {} } } }],
      },
      12,
    ],
    ["200 × 'shorter'", request(chain), 200],
    ["agent 10 turns", agentRequest(10), 120],
    ["agent 40 turns", agentRequest(40), 60],
  ];
}

function p50(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const fmt = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

const old = await loadTree(baseline);
const next = await loadTree(repoRoot);
for (const [name, shape, calls] of shapes().filter(([name]) => only === undefined || name.includes(only))) {
  const body = JSON.stringify(shape);
  for (let round = 0; round <= rounds; round++) {
    const samples: [number[], number[]] = [[], []];
    for (let call = 0; call < calls; call++) {
      [old, next].forEach((route, leg) => {
        const copy = JSON.parse(body) as ChatRequest;
        const start = performance.now();
        route(copy);
        samples[leg]?.push(performance.now() - start);
      });
    }
    if (round === 0) continue; // warm-up
    const [a, b] = samples.map(p50) as [number, number];
    console.log(`${name}, round ${round}: old ${fmt(a)}, new ${fmt(b)} p50; new/old ×${(b / a).toFixed(3)}`);
  }
}
