/**
 * Child of `count-instructions.ts`: builds the default learned router from the tree given, warms it up, then routes
 * the measured calls when the parent (which has switched callgrind's counting on) says "go".
 * Args: TREE [tokens=100] [warm=2000] [n=2000] [route|foreign|agent:TURNS[:messages]].
 * `agent:10` routes the agent-shaped request of `agent-request.ts` with 10 turns (`agent:10:messages` in the
 * `/v1/messages` door's style), each call on its own `JSON.parse`d copy of the body, parsed before counting starts.
 * `session:40` routes one whole session as it grows: its requests with 1, 2, … 40 turns, each seeing one new tool
 * result (sessions of their own warm the router up; the measured one shares only the system prompt and tools with
 * them), so n is taken as 40.
 * @module
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { decode, encode } from "gpt-tokenizer";
import { fileURLToPath } from "node:url";
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const root = path.resolve(process.argv[2] ?? repoRoot);
const tokens = Number(process.argv[3] ?? 100);
const warm = Number(process.argv[4] ?? 2000);
const n = Number(process.argv[5] ?? 2000);
const what = process.argv[6] ?? "route";
const load = async (f: string) => await import(pathToFileURL(path.join(root, f)).href);
const { ModelCatalog } = await load("src/catalog/model-catalog.ts");
const { parseCatalog } = await load("src/catalog/parse-catalog.ts");
const { createClassifier } = await load("src/classifier/create-classifier.ts");
const { createRouter } = await load("src/index.ts");
const catalog = new ModelCatalog(parseCatalog(JSON.parse(readFileSync(path.resolve(repoRoot, "../shared/data/openrouter/models-2026-06-16.json"), "utf8"))).models, { source: "file" });
const classifier = createClassifier("learned");
const router = createRouter({}, { catalog, classifier, clock: { now: () => Date.parse("2026-06-17T00:00:00Z") } });
const queries = readFileSync(path.resolve(repoRoot, "../shared/data/routing/llmrouter/default_query_train.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => String(JSON.parse(l).query));
function promptOf(tokens: number): string {
  const parts: string[] = []; let length = 0;
  for (let i = 0; length < tokens * 5; i++) { const q = queries[i % queries.length] ?? ""; parts.push(q); length += q.length + 2; }
  const instruction = "\n\nSummarize the questions above in three bullet points.";
  return decode(encode(parts.join("\n\n")).slice(0, tokens - encode(instruction).length)) + instruction;
}
// Non-English leg: a few turns in other languages, cycled.
const foreign = ["¿Puedes resumir este artículo sobre la economía española en tres puntos? El texto habla de la inflación y del empleo en 2024.", "Bitte übersetze diesen Absatz ins Englische: Die Sitzung wurde auf Donnerstag verschoben, weil zwei Teilnehmer krank sind.", "这个函数为什么会报错？请帮我找出问题并修复：def f(x): return x / 0", "Напиши короткое стихотворение о зиме и о море, четыре строки."];
const request = { model: "switchyard/auto", messages: [{ role: "system", content: "You are a helpful assistant." }, { role: "user", content: promptOf(tokens) }] };
let f = 0;
const agent = /^agent:(\d+)(?::(chat|messages))?$/.exec(what);
const session = /^session:(\d+)$/.exec(what);
/** Parsed copies of the agent request's body: 8 the warm-up cycles through, then one per measured call. */
let pool: unknown[] = [];
const measured: unknown[] = [];
if (agent) {
  const { agentRequest } = await import("./agent-request.js");
  const body = JSON.stringify(agentRequest(Number(agent[1]), (agent[2] ?? "chat") as "chat" | "messages"));
  for (let i = 0; i < 8; i++) pool.push(JSON.parse(body));
  for (let i = 0; i < n; i++) measured.push(JSON.parse(body));
}
if (session) {
  const { agentRequest } = await import("./agent-request.js");
  const turns = Number(session[1]);
  for (let s = 1; s <= 3; s++) for (let t = 1; t <= turns; t++) pool.push(JSON.parse(JSON.stringify(agentRequest(t, "chat", s))));
  for (let t = 1; t <= turns; t++) measured.push(JSON.parse(JSON.stringify(agentRequest(t, "chat", 99))));
}
let call = 0;
const run = agent || session
  ? () => router.route(pool[call++ % pool.length])
  : what === "foreign"
  ? () => router.route({ model: "switchyard/auto", messages: [{ role: "user", content: foreign[f++ % foreign.length] as string }] })
  : () => router.route({ ...request, messages: [...request.messages] });
for (let i = 0; i < warm; i++) run();
// Measured calls get copies no call has read (a string's hash, say, is kept in the string once computed).
call = 0;
pool = measured;
const keep = setInterval(() => {}, 20);
// With `--expose-gc` in NODE_FLAGS: a full GC before the window, so whether a mark-compact falls inside it depends on the
// measured calls' own allocation, not on where the warm-up left the old generation (one inside costs ~50k a decision).
(globalThis as { gc?: () => void }).gc?.();
process.stdout.write("warm\n");
process.stdin.setEncoding("utf8");
let buf = "";
process.stdin.on("data", (d) => {
  buf += d;
  if (buf.includes("go\n")) { buf = ""; for (let i = 0; i < n; i++) run(); process.stdout.write("done\n"); }
  if (buf.includes("exit\n")) { clearInterval(keep); process.exit(0); }
});
