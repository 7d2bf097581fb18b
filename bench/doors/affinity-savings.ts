/**
 * What conversation affinity saves on a realistic agent session (test/fixtures/agent-transcript.json): each turn
 * is routed by the real router (default config, built-in catalog) twice, once afresh per turn and once with
 * affinity, and priced from the catalog. Both strategies get the provider's prompt cache when a turn stays on
 * the previous turn's model (the previous prompt is a cached prefix, read at `input_cache_read`), none when it
 * moves. Deterministic: no timing, no network.
 *
 * Run: `npx tsx bench/doors/affinity-savings.ts` (add `--heuristic` for the heuristic classifier, `--pad-chars N` to
 * grow the first tool result by N characters of repository source, `--json` for machine output).
 * @module
 */
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { estimateMessagesTokens } from "../../src/classifier/estimate-tokens.js";
import { createClassifier } from "../../src/classifier/create-classifier.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import type { ConversationMemory } from "../../src/routing/affinity/conversation-affinity.js";
import { createRequestRouter } from "../../src/routing/request-router.js";
import { messagesRequestSchema } from "../../src/server/doors/messages/messages-request.js";
import { messagesToChat } from "../../src/server/doors/messages/messages-to-chat.js";
import { loadAgentTranscript } from "../../test/support/agent-transcript.js";

const classifierName = process.argv.includes("--heuristic") ? "heuristic" : "learned";
const config = parseConfig({ routing: { classifier: classifierName } });
const catalog = builtinCatalog();
const router = createRequestRouter({ config, catalog, classifier: createClassifier(config.routing.classifier), clock: SYSTEM_CLOCK });

interface Leg {
  model: string;
  tier: string;
  costUsd: number;
  cachedTokens: number;
}

interface Row {
  turn: number;
  promptTokens: number;
  outputTokens: number;
  perTurn: Leg;
  affinity: Leg;
  cheaper: Leg;
}

function price(model: string, promptTokens: number, cachedTokens: number, outputTokens: number): number {
  const entry = catalog.get(model);
  if (!entry) throw new Error(`${model} is not in the built-in catalog`);
  const { pricing } = entry;
  const cacheRead = pricing.usdPerMillionCacheReadTokens || pricing.usdPerMillionInputTokens;
  return (cachedTokens * cacheRead + (promptTokens - cachedTokens) * pricing.usdPerMillionInputTokens + outputTokens * pricing.usdPerMillionOutputTokens) / 1e6;
}

function run(): { rows: Row[]; perTurnUsd: number; affinityUsd: number; cheaperUsd: number; perTurnSwitches: number; affinitySwitches: number; cheaperSwitches: number } {
  const rows: Row[] = [];
  let previousPerTurn: { model: string; promptTokens: number } | undefined;
  let memory: ConversationMemory | undefined;
  let cheaperMemory: ConversationMemory | undefined;
  const padIndex = process.argv.indexOf("--pad-chars");
  const extraToolResultChars = padIndex > 0 ? Number(process.argv[padIndex + 1]) : 0;
  for (const [index, turn] of loadAgentTranscript({ extraToolResultChars }).entries()) {
    const request = messagesRequestSchema.parse({ model: "switchyard/auto", max_tokens: 4096, system: turn.system, tools: turn.tools, messages: turn.messages });
    const chat = messagesToChat(request);
    const outputTokens = estimateMessagesTokens([{ role: "assistant", content: JSON.stringify(turn.answer) }]);
    const fresh = router.route(chat);
    const promptTokens = fresh.decision.prompt_tokens;
    const perTurnModel = fresh.decision.model;
    const perTurnCached = previousPerTurn?.model === perTurnModel ? Math.min(previousPerTurn.promptTokens, promptTokens) : 0;
    const sticky = router.route(chat, memory ? { affinity: memory } : {});
    const affinityModel = sticky.decision.model;
    const affinityCached = memory?.model === affinityModel ? Math.min(memory.promptTokens, promptTokens) : 0;
    const costAware = router.route(chat, cheaperMemory ? { affinity: { ...cheaperMemory, moveWhenCheaper: true } } : {});
    const cheaperModel = costAware.decision.model;
    const cheaperCached = cheaperMemory?.model === cheaperModel ? Math.min(cheaperMemory.promptTokens, promptTokens) : 0;
    cheaperMemory = { model: cheaperModel, promptTokens };
    rows.push({
      turn: index + 1,
      promptTokens,
      outputTokens,
      perTurn: { model: perTurnModel, tier: fresh.decision.tier, cachedTokens: perTurnCached, costUsd: price(perTurnModel, promptTokens, perTurnCached, outputTokens) },
      affinity: { model: affinityModel, tier: sticky.decision.tier, cachedTokens: affinityCached, costUsd: price(affinityModel, promptTokens, affinityCached, outputTokens) },
      cheaper: { model: cheaperModel, tier: costAware.decision.tier, cachedTokens: cheaperCached, costUsd: price(cheaperModel, promptTokens, cheaperCached, outputTokens) },
    });
    previousPerTurn = { model: perTurnModel, promptTokens };
    memory = { model: affinityModel, promptTokens };
  }
  const switches = (pick: (row: Row) => string): number => rows.slice(1).filter((row, i) => pick(row) !== pick(rows[i] as Row)).length;
  return {
    rows,
    perTurnUsd: rows.reduce((sum, row) => sum + row.perTurn.costUsd, 0),
    affinityUsd: rows.reduce((sum, row) => sum + row.affinity.costUsd, 0),
    cheaperUsd: rows.reduce((sum, row) => sum + row.cheaper.costUsd, 0),
    cheaperSwitches: switches((row) => row.cheaper.model),
    perTurnSwitches: switches((row) => row.perTurn.model),
    affinitySwitches: switches((row) => row.affinity.model),
  };
}

const result = run();
if (process.argv.includes("--json")) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`classifier: ${classifierName}\n`);
  console.log("| turn | prompt tokens | per-turn routing: model (tier) | cached | cost $ | affinity: model | cached | cost $ | + move_when_cheaper: model | cost $ |");
  console.log("|---:|---:|---|---:|---:|---|---:|---:|---|---:|");
  for (const row of result.rows) {
    const { perTurn, affinity, cheaper } = row;
    console.log(`| ${row.turn} | ${row.promptTokens} | ${perTurn.model} (${perTurn.tier}) | ${perTurn.cachedTokens} | ${perTurn.costUsd.toFixed(6)} | ${affinity.model} | ${affinity.cachedTokens} | ${affinity.costUsd.toFixed(6)} | ${cheaper.model} | ${cheaper.costUsd.toFixed(6)} |`);
  }
  const line = (name: string, usd: number, switches: number): string => `${name} $${usd.toFixed(6)} (${(((result.perTurnUsd - usd) / result.perTurnUsd) * 100).toFixed(1)}% saved against per-turn routing), ${switches} model switches`;
  console.log(`\n${line("per-turn routing:           ", result.perTurnUsd, result.perTurnSwitches)}`);
  console.log(line("affinity (default):         ", result.affinityUsd, result.affinitySwitches));
  console.log(line("affinity, move_when_cheaper:", result.cheaperUsd, result.cheaperSwitches));
}
