/**
 * What the doors' token counters answer (`POST /v1/messages/count_tokens`, `POST /v1/responses/input_tokens`): the
 * messages' text, the tool definitions and JSON schema beside them (`definition-tokens.ts`), and each image at the
 * most tokens a provider reads from one, as the reservation counts it (`attachment-tokens.ts`). Images were left out:
 * a conversation of screenshots counted as its few words, so Claude Code's context meter and its compaction missed
 * them (round 23). Files (PDFs), audio and video are not counted: the reservation prices them by their payload's
 * size, which overstates what a model reads many times over, and a counter that says the context is full when it is
 * not makes a client compact for nothing. A usage-less attempt is charged for them all the same
 * (`unreportedInputs`): the charge must hold a hard cap, a counter must not make a client compact.
 * @module
 */
import { audioTokens, IMAGE_WORST_TOKENS, mediaTokens, urlAttachmentCount } from "../classifier/attachment-tokens.js";
import { readCacheWriteAsk, type CacheWriteAsk } from "../catalog/cache-write-ask.js";
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

/**
 * What a usage-less attempt is charged for beyond `estimatedPromptTokens` (which the door reports and the record
 * keeps, as the counters count): the files, audio and video as the reservation counts them (by payload size, or the
 * model's context window for one given by URL) and each image's catalog fee (`pricing.image`). They were not charged,
 * so a cut stream or an answer without usage on a PDF or an audio part was charged its words, and spend could pass a
 * hard cap by what the upstream billed for the attachment (round 27, ADR 0098). `partialCostUsd` prices them.
 */
export interface UnreportedInputs {
  /** The files', audio's and video's worst-case prompt tokens, by payload size (`attachment-tokens.ts`). */
  mediaTokens: number;
  /** Non-image parts given by URL: the prompt is then charged as the context window, as it was reserved. */
  urlAttachments: number;
  /** Images, for the catalog's per-image fee. */
  images: number;
  /** The audio parts' share of `mediaTokens`, charged at `pricing.audio` as they were reserved (round 28). */
  audioTokens: number;
  /** The prompt cache the request's marks may write: the prompt is charged at the write's price, as reserved (round 28). */
  cacheWrite: CacheWriteAsk;
}

/** The attachments an attempt without usage is charged for, read from the request as the upstream got it. */
export function unreportedInputs(plan: Pick<RoutingPlan, "upstreamRequest">): UnreportedInputs {
  const { messages } = plan.upstreamRequest;
  return { mediaTokens: mediaTokens(messages), urlAttachments: urlAttachmentCount(messages), images: countImages(messages), audioTokens: audioTokens(messages), cacheWrite: readCacheWriteAsk(plan.upstreamRequest) };
}
