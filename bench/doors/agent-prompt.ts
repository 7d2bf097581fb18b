/**
 * Agent-sized prompts through the Messages door's route path: the last turn of the agent transcript with its
 * first tool result grown to about 300k tokens of repository source. Legs, interleaved in rounds so load hits
 * them alike:
 * - `json.parse`: parsing the body text (work the gateway does anyway) — the baseline;
 * - `door.read`: zod validation + translation to a chat request;
 * - `route (first turn)`: the router on the transcript's first, small turn — what routing costs regardless of size;
 * - `route (same request again)`: the router on one translated request, repeatedly (what a per-request cache sees);
 * - `route`: the router (classifier, token estimate, chain) on a fresh translated request each time;
 * - `door+affinity+route`: everything the gateway does before the upstream call, conversation id included.
 * Reports p50/p90 in ms and each leg's ratio to the baseline.
 *
 * Run: `npx tsx bench/doors/agent-prompt.ts` (`--quick` for fewer iterations).
 * @module
 */
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { createClassifier } from "../../src/classifier/create-classifier.js";
import { estimateMessagesTokens } from "../../src/classifier/estimate-tokens.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { identifyConversation } from "../../src/routing/affinity/conversation-affinity.js";
import { createRequestRouter } from "../../src/routing/request-router.js";
import { MESSAGES_DOOR } from "../../src/server/doors/messages/messages-door.js";
import { loadAgentTranscript } from "../../test/support/agent-transcript.js";
import { summarize } from "../gateway/stats.js";

const quick = process.argv.includes("--quick");
const ITERATIONS = quick ? 10 : 60;
const TARGET_TOKENS = 300_000;

const config = parseConfig({});
const router = createRequestRouter({ config, catalog: builtinCatalog(), classifier: createClassifier(config.routing.classifier), clock: SYSTEM_CLOCK });
const turns = loadAgentTranscript({ extraToolResultChars: TARGET_TOKENS * 4 });
const last = turns.at(-1);
if (!last) throw new Error("empty transcript");
const bodyText = JSON.stringify({ model: "switchyard/auto", max_tokens: 4096, system: last.system, tools: last.tools, messages: last.messages });
const caller = { headers: {}, keyId: null };

const readChat = async (): Promise<ReturnType<typeof JSON.parse>> => (await MESSAGES_DOOR.read(JSON.parse(bodyText), caller)).chat;
const translated = await readChat();
const promptTokens = estimateMessagesTokens(translated.messages);

const firstTurn = turns[0];
if (!firstTurn) throw new Error("empty transcript");
const small = (await MESSAGES_DOOR.read({ model: "switchyard/auto", max_tokens: 4096, system: firstTurn.system, tools: firstTurn.tools, messages: firstTurn.messages }, caller)).chat;

// Fresh copies, built before timing, so a classifier that caches its reading per request object starts cold.
const fresh: (typeof translated)[] = [];
for (let index = 0; index < ITERATIONS; index += 1) fresh.push(await readChat());

const legs: Record<string, () => Promise<unknown> | unknown> = {
  "json.parse": () => JSON.parse(bodyText),
  "route (first turn, ~100 tokens)": () => router.route(small),
  "door.read": () => MESSAGES_DOOR.read(JSON.parse(bodyText), caller),
  "route (same request again)": () => router.route(translated),
  route: () => router.route(fresh.pop() ?? translated),
  "door+affinity+route": async () => {
    const chat = await readChat();
    identifyConversation({ keyId: null, messages: chat.messages });
    return router.route(chat);
  },
};
const samples = new Map<string, number[]>(Object.keys(legs).map((name) => [name, []]));
for (let round = 0; round < ITERATIONS; round += 1) {
  for (const [name, leg] of Object.entries(legs)) {
    const start = performance.now();
    await leg();
    samples.get(name)?.push(performance.now() - start);
  }
}
const baseline = summarize(samples.get("json.parse") ?? []).p50;
const plan = router.route(translated);
console.log(`body ${(bodyText.length / 1e6).toFixed(2)} MB, ~${promptTokens} prompt tokens, ${last.messages.length} messages; routed as task ${plan.decision.task}, tier ${plan.decision.tier}\n`);
console.log("| leg | p50 ms | p90 ms | p50 / json.parse |");
console.log("|---|---:|---:|---:|");
for (const [name, values] of samples) {
  const summary = summarize(values);
  console.log(`| ${name} | ${summary.p50.toFixed(2)} | ${summary.p90.toFixed(2)} | ${(summary.p50 / baseline).toFixed(2)} |`);
}
const routeOnly = summarize(samples.get("route") ?? []).p50;
const pathOnly = summarize(samples.get("door+affinity+route") ?? []).p50 - baseline;
console.log(`\nrouting (classify + chain) p50: ${routeOnly.toFixed(2)} ms; door + affinity + routing beyond parsing: ${pathOnly.toFixed(2)} ms`);
