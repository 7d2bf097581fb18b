/**
 * The sampled judge (`learning.judge`): a stronger model grades a share of the answers served from cheaper
 * tiers, asynchronously after the response has gone out. Its spend is reserved and settled through a
 * SpendGuard under its own budget (task scope `learning.judge`), and its grade (0..1) and cost are attached to
 * the decision (`judge_score`, `judge_cost_usd`). A judge failure never affects a request: it is reported and
 * the answer is simply not graded.
 * @module
 */
import { estimateWorstCaseCostUsd } from "../../catalog/estimate-cost.js";
import { believedCostUsd, readUsage } from "../fallback/answered-model.js";
import type { ModelCatalog } from "../../catalog/model-catalog.js";
import { estimateMessagesTokens } from "../../classifier/estimate-tokens.js";
import type { JudgeConfig } from "../../config/config-schema.js";
import type { ChatMessage, Usage } from "../../core/types.js";
import type { SpendGuard, SpendScope } from "../../budget/spend-guard.js";
import type { DecisionLogQueries } from "../../log/decision-log-store.js";
import type { UpstreamClient } from "../../upstream/upstream-client.js";
import { hash32 } from "../experiments/hash-unit.js";
import { buildJudgeMessages, parseJudgeScore } from "./judge-prompt.js";
import { MAX_ANSWER_BYTES, readBodyCapped } from "../../upstream/read-capped-body.js";

/** The task name the judge's spend is accounted under (not a valid config task name, so it never collides). */
export const JUDGE_TASK = "learning.judge";

/** The scope the judge's spend is reserved under: its own task budget, and any global budget (no key, no config tier). */
export const JUDGE_SCOPE: SpendScope = { task: JUDGE_TASK, tier: "judge" };

/** One served answer the judge may grade. */
export interface JudgeCandidate {
  decisionId: string;
  tier: string;
  messages: readonly ChatMessage[];
  answer: string;
}

/** The judge as the routes use it. */
export interface SampledJudge {
  /** Grades the answer in the background when it is sampled; returns at once. */
  consider(candidate: JudgeCandidate): void;
  /** Waits for the gradings in flight (shutdown). */
  drain(): Promise<void>;
}

/** What the judge needs. */
export interface SampledJudgeDeps {
  config: JudgeConfig;
  /** The current tier ladder, cheapest first (the default graded tiers are all but the last); it follows the catalog. */
  tiers: () => readonly string[];
  upstream: UpstreamClient;
  catalog: () => ModelCatalog;
  /** A guard whose budgets include the judge's own (`judgeBudget`). */
  spendGuard?: SpendGuard;
  decisions: Pick<DecisionLogQueries, "recordJudgement">;
  timeoutMs: number;
  /** OpenRouter's `provider` object for every judge call: the enforced provider lists (`provider_policy: enforce`). */
  provider?: Record<string, unknown>;
  onError?: (error: unknown) => void;
}

/** The judge's budget, to append to the config's budgets for the judge's SpendGuard. */
export function judgeBudget(config: JudgeConfig) {
  return { scope: "task" as const, name: JUDGE_TASK, window: config.window, limit_usd: config.budget_usd };
}

/** Whether a decision is in the graded sample: a hash of its id, so a rerun samples the same decisions. */
export function isSampled(decisionId: string, share: number): boolean {
  return hash32(`judge\u0000${decisionId}`) / 4_294_967_296 < share;
}

/** Creates the judge. */
export function createSampledJudge(deps: SampledJudgeDeps): SampledJudge {
  const graded = (tier: string): boolean => (deps.config.tiers ?? deps.tiers().slice(0, -1)).includes(tier);
  const inFlight = new Set<Promise<void>>();
  return {
    consider(candidate) {
      if (!graded(candidate.tier) || candidate.answer.trim() === "" || !isSampled(candidate.decisionId, deps.config.share)) return;
      if (inFlight.size >= deps.config.max_concurrency) return;
      const run = grade(deps, candidate).catch((error: unknown) => deps.onError?.(error));
      inFlight.add(run);
      void run.finally(() => inFlight.delete(run));
    },
    async drain() {
      await Promise.all([...inFlight]);
    },
  };
}

async function grade(deps: SampledJudgeDeps, candidate: JudgeCandidate): Promise<void> {
  const { config } = deps;
  const messages = buildJudgeMessages(candidate.messages, candidate.answer);
  const model = deps.catalog().get(config.model);
  const worstCase = model ? estimateWorstCaseCostUsd(model, { promptTokens: estimateMessagesTokens(messages), maxTokens: config.max_tokens }) : 0;
  const scope = JUDGE_SCOPE;
  const reservation = deps.spendGuard ? await deps.spendGuard.reserve({ requestId: `judge-${candidate.decisionId}`, scope, amountUsd: worstCase }) : undefined;
  let costUsd = 0;
  try {
    const response = await deps.upstream.chatCompletions(JSON.stringify({ model: config.model, messages, max_tokens: config.max_tokens, temperature: 0, ...(deps.provider ? { provider: deps.provider } : {}) }), {
      signal: AbortSignal.timeout(deps.timeoutMs),
      headersTimeoutMs: deps.timeoutMs,
      bodyTimeoutMs: deps.timeoutMs,
    });
    if (response.status !== 200) {
      response.body.destroy();
      throw new Error(`the judge model answered HTTP ${response.status}`);
    }
    const raw = await readBodyCapped(response.body, response.headers["content-length"]);
    if (!raw) throw new Error(`the judge model's answer is over ${MAX_ANSWER_BYTES / 1024 / 1024} MB`);
    const text = raw.toString("utf8");
    const body = JSON.parse(text) as { choices?: { message?: { content?: unknown } }[]; usage?: Usage };
    // The judge's usage is the upstream's word like any answer's: checked, and without one the worst case reserved.
    const usage = readUsage(body.usage);
    costUsd = usage ? believedCostUsd(model, usage, worstCase) : worstCase;
    const content = body.choices?.[0]?.message?.content;
    const score = parseJudgeScore(typeof content === "string" ? content : "");
    // A judge answer without a score was still paid for: its cost goes on the decision, ungraded.
    await deps.decisions.recordJudgement(candidate.decisionId, score ?? null, costUsd);
    if (score === undefined) throw new Error("the judge's answer held no score from 0 to 1");
  } finally {
    if (reservation) await deps.spendGuard?.settle(reservation, costUsd);
  }
}
