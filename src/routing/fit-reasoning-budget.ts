/**
 * A reasoning budget (`reasoning.max_tokens`: the Messages door's `thinking.budget_tokens`, or a chat client's own)
 * has to stay under `max_tokens`, which counts the reasoning as well as the answer: Anthropic refuses a budget that
 * does not ("max_tokens must be greater than thinking.budget_tokens"), and the reservation is priced on max_tokens.
 * When the gateway chose a max_tokens below the budget (a tier's cap, or its default when none was given), Claude
 * Code's usual 32,000-token request with a 10,000-token thinking budget went upstream as max_tokens 8,192 beside a
 * 10,000-token budget. The budget is then lowered to half the max_tokens sent, leaving the other half for the answer.
 * A budget the client itself set at or above its own max_tokens is forwarded as sent. One beside `enabled: false` is
 * left out, and the off switch kept.
 * @module
 */
import type { ChatRequest } from "../core/types.js";

/** The smallest thinking budget Anthropic accepts (OpenRouter raises a smaller one to it). */
export const MIN_REASONING_BUDGET = 1024;

/**
 * The request's `reasoning` with a budget that fits under `maxTokens`; undefined when it needs no change; null when
 * no budget fits (half of `maxTokens` is under MIN_REASONING_BUDGET): the request then goes without reasoning, the
 * only form of it a provider accepts, and the reasons say so.
 */
export function fitReasoningBudget(request: ChatRequest, maxTokens: number, reasons: string[]): Record<string, unknown> | null | undefined {
  const { reasoning } = request;
  if (typeof reasoning !== "object" || reasoning === null || Array.isArray(reasoning)) return undefined;
  const budget = (reasoning as { max_tokens?: unknown }).max_tokens;
  if (typeof budget !== "number" || budget < maxTokens) return undefined;
  const asked = request.max_tokens ?? request.max_completion_tokens;
  if (asked !== undefined && asked <= maxTokens) return undefined;
  const fitted = Math.floor(maxTokens / 2);
  if ((reasoning as { enabled?: unknown }).enabled === false) {
    // Left out whole, the off switch would go too, and a model that reasons by default would reason (and bill it).
    const { max_tokens: _budget, ...off } = reasoning as Record<string, unknown>;
    reasons.push(`reasoning.max_tokens ${budget} does not fit under max_tokens ${maxTokens}, and reasoning is turned off: sent without the budget.`);
    return off;
  }
  if (fitted < MIN_REASONING_BUDGET) {
    reasons.push(`reasoning.max_tokens ${budget} does not fit under max_tokens ${maxTokens}, which counts the reasoning too, and no budget of at least ${MIN_REASONING_BUDGET} does: sent without reasoning.`);
    return null;
  }
  reasons.push(`reasoning.max_tokens ${budget} does not fit under max_tokens ${maxTokens}, which counts the reasoning too: lowered to ${fitted}.`);
  return { ...reasoning, max_tokens: fitted };
}
