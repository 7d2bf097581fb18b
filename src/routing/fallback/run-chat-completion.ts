/**
 * Non-streaming chat completion through the attempt loop. The upstream's bytes are returned untouched
 * (no re-serialization); they are parsed once to validate them and read usage.
 * @module
 */
import { argumentsText, contentText, reasoningText } from "../../core/content-text.js";
import type { Usage } from "../../core/types.js";
import { classifyErrorObject, classifyHttpFailure, malformedResponse, readErrorBody, redactErrorBody } from "../../upstream/classify-upstream-failure.js";
import { malformedMessage } from "./answer-shape.js";
import { classifyNetworkError } from "../../upstream/classify-network-error.js";
import { MAX_ANSWER_BYTES, readBodyCapped, readErrorText } from "../../upstream/read-capped-body.js";
import type { UpstreamResponse } from "../../upstream/upstream-client.js";
import { AttemptController, ClientGone } from "./attempt-controller.js";
import { answerCostUsd, estimatedUsage, answeredModel, partialCostUsd, readUsage } from "./answered-model.js";
import { estimatedPromptTokens, unreportedInputs } from "../counted-prompt-tokens.js";
import { charsPastBound, outputCharLimit, overranMaxTokens } from "./output-bound.js";
import { FallbackRun } from "./fallback-run.js";
import type { AttemptInput, FallbackRequest } from "./fallback-request.js";
import type { FallbackDeps } from "./fallback-settings.js";
import { createUpstreamBodyBuilder, type UpstreamBodyBuilder } from "./upstream-body.js";
import { labelWhileUpstreamWorks } from "../routing-plan.js";
import { finishReasonOf, hasGeneratedMedia } from "./stream-chunk.js";
import { reportedServiceTier, settledPriceFactor } from "../service-tier.js";
import { dropsReasoningOff } from "../reasoning-off.js";
import { upstreamWords } from "../../upstream/upstream-words.js";
import { MAX_ANSWER_DEPTH, nestsDeeperThan } from "../../upstream/answer-depth.js";

/** A parsed chat completion body (the fields the gateway reads). */
export interface ChatCompletionBody {
  id?: string;
  model?: string;
  choices: { index?: number; message?: { content?: unknown; refusal?: unknown; tool_calls?: unknown }; finish_reason?: string | null }[];
  usage?: Usage;
  [key: string]: unknown;
}

/** The result of a non-streaming completion. */
export interface ChatCompletionResult {
  /** The upstream body exactly as received. */
  raw: Buffer;
  body: ChatCompletionBody;
  /** The model that answered. */
  model: string;
  /** The upstream's usage, or (when it sent none) the estimate the cost was priced on (`estimatedUsage`). */
  usage: Usage | undefined;
  costUsd: number;
  finishReason: string | null;
  /** ms from the start of the request to the first response byte of the successful attempt. */
  timeToFirstByteMs: number;
  run: FallbackRun;
}

/**
 * Runs the completion. Throws the client-facing GatewayError when no attempt succeeds; `run` (passed in or
 * created) keeps the attempts either way, for the decision log.
 */
export async function runChatCompletion(deps: FallbackDeps, request: FallbackRequest, run = new FallbackRun(deps, request)): Promise<ChatCompletionResult> {
  const builder = createUpstreamBodyBuilder(request.plan.upstreamRequest);
  let firstByteAt = 0;
  const success = await run.run(async (input) => {
    const answer = await attemptOnce(deps, request, builder, input);
    firstByteAt = answer.firstByteAt;
    return answer;
  });
  const { value, candidate, reservation } = success;
  const model = answeredModel(candidate, value.body.model);
  const reported = readUsage(value.body.usage);
  // An answer without a readable usage is still paid for: priced from the prompt and its text, as a stream's is, and
  // recorded with the tokens it was priced on.
  // Its text is counted up to the stream's output bound (`output-bound.ts`): a 10 MB answer to max_tokens 50 was
  // charged all of it, thousands of times the worst case reserved (round 24); and priced at most at max_tokens, what
  // the attempt reserved (`partialCostUsd`, round 26 review).
  // A generated picture or audio is counted as the whole max_tokens (its tokens are not in its bytes; round 26 review).
  const media = hasGeneratedMedia(value.body.choices[0]?.message as Record<string, unknown> | undefined);
  const chars = media ? Number.POSITIVE_INFINITY : Math.min(answerChars(value.body), outputCharLimit(candidate.maxTokens));
  // Its prompt counted with images, as the reservation and the token counters count them.
  const usage = reported ?? estimatedUsage(estimatedPromptTokens(request.plan), chars, candidate.maxTokens);
  // Priced at the tier the upstream says served the answer; the reservation was at the tier asked.
  const factor = settledPriceFactor(run.priceFactor, reportedServiceTier(value.body));
  const costUsd = reported
    ? answerCostUsd(deps.catalog, candidate, model, reported, factor)
    : partialCostUsd(candidate, usage.prompt_tokens, chars, factor, unreportedInputs(request.plan));
  await run.charge(reservation, costUsd);
  return {
    raw: value.raw,
    body: value.body,
    model,
    usage,
    // With what earlier attempts of this run were charged (an unreadable answer, a prompt the client left), as a
    // stream's cost is (`run-chat-stream.ts`): the ledger has them, so the record and the cost header must too.
    costUsd: costUsd + run.abandonedCostUsd,
    finishReason: finishReasonOf(value.body.choices[0]?.finish_reason),
    timeToFirstByteMs: firstByteAt - run.startedAt,
    run,
  };
}

async function attemptOnce(
  deps: FallbackDeps,
  request: FallbackRequest,
  builder: UpstreamBodyBuilder,
  { candidate, remainingMs }: AttemptInput,
): Promise<{ raw: Buffer; body: ChatCompletionBody; firstByteAt: number }> {
  const { settings, upstream, clock } = deps;
  // Without streaming, first_token_ms is the time to the first response byte and idle_ms the longest silence
  // in the body: undici's own headers/body timeouts enforce both, so only the total deadline needs a timer.
  const controller = new AttemptController({ clientSignal: request.signal, remainingMs, totalMs: settings.totalMs });
  let response: UpstreamResponse | undefined;
  try {
    const sent = upstream.chatCompletions(builder.build(candidate.id, candidate.maxTokens, dropsReasoningOff(request.plan.reasoningOff, candidate.model)), {
      signal: controller.signal,
      headersTimeoutMs: settings.firstTokenMs,
      bodyTimeoutMs: settings.idleMs,
    });
    // An explicit model's decision labels are read while the upstream works (they were not needed to send).
    labelWhileUpstreamWorks(request.plan);
    response = await sent;
    const firstByteAt = clock.now();
    if (response.status !== 200) {
      const text = await readErrorText(response.body);
      throw classifyHttpFailure({ model: candidate.id, status: response.status, headers: response.headers, bodyText: redact(deps, text), now: clock.now() });
    }
    // Only an answer that says it is JSON was generated by a model: an HTML page from a proxy or a wrong base URL
    // was not, and charging each attempt's worst case for it would empty a cap on nothing. A media type is
    // case-insensitive: `Application/JSON` said it too.
    const billedUsd = String(response.headers["content-type"] ?? "").toLowerCase().includes("json") ? candidate.worstCaseCostUsd : 0;
    const read = await readBodyCapped(response.body, response.headers["content-length"]);
    if (!read) throw malformedResponse(candidate.id, `the body is over ${MAX_ANSWER_BYTES / 1024 / 1024} MB`, 200, billedUsd);
    const { raw, text } = withoutUpstreamKey(deps, read);
    const body = parseCompletion(deps, candidate.id, raw, text, billedUsd);
    // An answer past the output bound came from an upstream ignoring max_tokens: refused as malformed and failed over,
    // charged its worst case, as a stream whose first content is already past it is. It was served whole, megabytes
    // to a client that capped it at 50 tokens (round 25; ADR 0089).
    const overran = charsPastBound(answerPieces(body), candidate.maxTokens);
    if (overran !== undefined) throw overranMaxTokens(candidate.id, candidate.maxTokens, overran, candidate.worstCaseCostUsd);
    return { raw, body, firstByteAt };
  } catch (error) {
    response?.body.destroy();
    if (controller.reason instanceof ClientGone) throw controller.reason;
    throw classifyNetworkError(candidate.id, error, controller.reason);
  } finally {
    controller.dispose();
  }
}

/**
 * The answer of a 200. One that arrived whole, said it was JSON, and cannot be read (not JSON, not an object, no
 * choices) was still generated and billed: its attempt is charged `billed`, its worst case, as a usage past belief is.
 */
function parseCompletion(deps: FallbackDeps, model: string, raw: Buffer, text: string, billed: number): ChatCompletionBody {
  let body: unknown;
  if (nestsDeeperThan(text)) throw malformedResponse(model, `the body nests objects and arrays more than ${MAX_ANSWER_DEPTH} levels deep`, 200, billed);
  try {
    body = JSON.parse(text);
  } catch {
    throw malformedResponse(model, `the body is not JSON (${raw.length} bytes: ${upstreamWords(redact(deps, raw.subarray(0, 80).toString("utf8")))})`, 200, billed);
  }
  // JSON that is not an object (`null`, a number, a list): read as a connection failure it named a TypeError.
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw malformedResponse(model, `the body is not a JSON object (${upstreamWords(redact(deps, raw.subarray(0, 80).toString("utf8")))})`, 200, billed);
  const errorBody = readErrorBody(body);
  if (errorBody) throw classifyErrorObject(model, redactErrorBody(errorBody, deps.redact));
  const choices = (body as { choices?: unknown }).choices;
  if (!Array.isArray(choices) || choices.length === 0 || typeof choices[0] !== "object" || choices[0] === null) {
    throw malformedResponse(model, "the body has no choices", 200, billed);
  }
  const first = choices[0] as { finish_reason?: unknown; error?: unknown; message?: unknown };
  const malformed = malformedMessage(first.message);
  if (malformed) throw malformedResponse(model, malformed, 200, billed);
  if (first.finish_reason === "error") {
    // OpenRouter reports a provider failure during generation this way (the error sits on the choice).
    const choiceError = readErrorBody({ error: first.error ?? "the upstream ended the answer with finish_reason \"error\"" });
    if (choiceError) throw classifyErrorObject(model, redactErrorBody(choiceError, deps.redact));
  }
  return body as ChatCompletionBody;
}

/**
 * The answer's bytes and text without the gateway's upstream key: an upstream (or a proxy before it) that echoes the
 * request's headers in its answer would hand it to the client, since the chat door passes fields it does not know
 * through. The bytes are decoded once, here, and the text is what is parsed: round 28 decoded them again to parse.
 */
function withoutUpstreamKey(deps: FallbackDeps, read: Buffer): { raw: Buffer; text: string } {
  const text = read.toString("utf8");
  const redacted = deps.redact ? deps.redact(text) : text;
  return redacted === text ? { raw: read, text } : { raw: Buffer.from(redacted), text: redacted };
}

function redact(deps: FallbackDeps, text: string): string {
  return deps.redact ? deps.redact(text) : text;
}

/** Characters of the answer's output (what its output tokens were spent on). */
function answerChars(body: ChatCompletionBody): number {
  return answerPieces(body).reduce((sum, piece) => sum + piece.length, 0);
}

/** The answer's output as the bound counts a stream's (`chunkOutput`): its text, each call's arguments, its reasoning. */
function answerPieces(body: ChatCompletionBody): string[] {
  const message = body.choices[0]?.message;
  const pieces = [contentText(message?.content)];
  if (Array.isArray(message?.tool_calls)) {
    for (const call of message.tool_calls as unknown[]) pieces.push(argumentsText((call as { function?: { arguments?: unknown } } | null)?.function?.arguments));
  }
  pieces.push(reasoningText(message));
  return pieces;
}
