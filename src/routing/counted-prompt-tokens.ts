/**
 * What the doors' token counters answer (`POST /v1/messages/count_tokens`, `POST /v1/responses/input_tokens`): the
 * messages' text, the tool definitions and JSON schema beside them (`definition-tokens.ts`), and each image at the
 * most tokens a provider reads from one, as the reservation counts it (`attachment-tokens.ts`). Images were left out:
 * a conversation of screenshots counted as its few words, so Claude Code's context meter and its compaction missed
 * them (round 23). Files (PDFs), audio and video are not counted: the reservation prices them by their payload's
 * size, which overstates what a model reads many times over, and a counter that says the context is full when it is
 * not makes a client compact for nothing.
 * @module
 */
import { IMAGE_WORST_TOKENS } from "../classifier/attachment-tokens.js";
import { countImages } from "../classifier/conversation-text.js";
import { estimateMessagesTokens } from "../classifier/estimate-tokens.js";
import type { ChatRequest } from "../core/types.js";
import type { RoutingPlan } from "./routing-plan.js";
import { definitionTokens } from "./definition-tokens.js";

/** The counted prompt tokens of a request as a door translated it (its tool-call ids as the upstream sees them). */
export function countedPromptTokens(request: Pick<ChatRequest, "messages" | "tools" | "response_format">): number {
  return withImageTokens(estimateMessagesTokens(request.messages) + definitionTokens(request), request.messages);
}

/**
 * A routing decision's `prompt_tokens` (text and definitions, as the worst case prices them beside its own image
 * count) with the images added as the counter adds them: what a stream's first event reports (`message_start`),
 * so it agrees with `count_tokens` for the same request.
 */
export function withImageTokens(promptTokens: number, messages: ChatRequest["messages"]): number {
  return promptTokens + countImages(messages) * IMAGE_WORST_TOKENS;
}

/**
 * The prompt tokens an attempt is charged and recorded on when its upstream reported no usage (a cut stream, a
 * stream or an answer without usage, a prompt the client left): the decision's estimate with each image counted as
 * the counters and the reservation count it. Images were left out, so a screenshot turn was charged its few words
 * while the door reported thousands of tokens (round 26).
 */
export function estimatedPromptTokens(plan: Pick<RoutingPlan, "decision" | "upstreamRequest">): number {
  return withImageTokens(plan.decision.prompt_tokens, plan.upstreamRequest.messages);
}
