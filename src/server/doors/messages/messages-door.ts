/**
 * `POST /v1/messages`: the Anthropic Messages API (what Claude Code and the Anthropic SDKs speak), routed by the
 * same engine as chat completions. Keys come as `x-api-key` (the SDKs' default) or `Authorization: Bearer`
 * (`ANTHROPIC_AUTH_TOKEN`). `anthropic-version` is accepted and not required.
 * @module
 */
import type { IncomingHttpHeaders } from "node:http";
import { InvalidRequestError } from "../../../core/errors/index.js";
import type { Door } from "../door.js";
import { MESSAGES_FIELD_NAMES } from "../door-field-names.js";
import { assertMessagesHaveContent } from "../nothing-to-send.js";
import { readDoorBody } from "../read-door-body.js";
import { forcedCallWithoutTools, unknownToolChoice } from "../../request-shape/tool-choice.js";
import { assertToolTurns } from "./assert-tool-turns.js";
import { chatToMessage } from "./chat-to-message.js";
import { applyContextEdits } from "./context-management.js";
import { assertKnownFields } from "./messages-fields.js";
import { messageStream } from "./message-stream.js";
import { messagesRequestSchema, type MessagesRequest } from "./messages-request.js";
import { messagesToChat } from "./messages-to-chat.js";

/** The Messages door. */
export const MESSAGES_DOOR: Door = {
  name: "messages",
  path: "/v1/messages",
  credential: anthropicCredential,
  keyHeader: "x-api-key",
  setAsideCredential: setAsideAuthorization,
  fieldNames: MESSAGES_FIELD_NAMES,
  modelAdvice: "In Claude Code, set ANTHROPIC_MODEL and ANTHROPIC_DEFAULT_HAIKU_MODEL to such a name.",
  read(body) {
    if (typeof body === "object" && body !== null && !Array.isArray(body)) assertKnownFields(body);
    const request = readDoorBody(messagesRequestSchema, body, "an Anthropic Messages request with `model`, `max_tokens` and `messages`");
    assertToolTurns(request.messages);
    assertThinkingFits(request);
    assertThinkingLeavesToolChoice(request);
    assertThinkingLeavesSampling(request);
    assertToolChoiceCanBeMet(request);
    const edited = applyContextEdits(request);
    if (edited.error) throw new InvalidRequestError(`${edited.error.param}: ${edited.error.message}.`, { param: edited.error.param, code: "invalid_request" });
    const userId = request.metadata?.user_id;
    const chat = messagesToChat({ ...request, messages: edited.messages, model: openRouterModelId(request.model) });
    assertMessagesHaveContent(chat);
    return {
      chat,
      ...(typeof userId === "string" && userId.length > 0 ? { conversation: { source: "metadata.user_id" as const, value: userId } } : {}),
      render: {
        json: (result, meta) => chatToMessage(result.body, { id: meta.id, model: result.model, costUsd: meta.costUsd, usage: result.usage, stopSequences: request.stop_sequences }),
        stream: (chunks, outcome, meta) => messageStream(chunks, outcome, { ...meta, stopSequences: request.stop_sequences }),
      },
    };
  },
};

/** A tool_choice naming a tool not in `tools`, or `any` with no tools, is refused (request-shape/tool-choice.ts). */
function assertToolChoiceCanBeMet(request: MessagesRequest): void {
  const choice = request.tool_choice;
  const names = (request.tools ?? []).map((tool) => tool.name);
  const why = choice?.type === "tool" ? unknownToolChoice(choice.name, names) : undefined;
  if (why) throw new InvalidRequestError(`${why}.`, { param: "tool_choice.name", code: "invalid_request" });
  const forced = choice?.type === "any" ? forcedCallWithoutTools("any", names.length) : undefined;
  if (forced) throw new InvalidRequestError(`${forced}.`, { param: "tool_choice", code: "invalid_request" });
}

/**
 * `max_tokens` counts the thinking too, so Anthropic refuses a thinking budget that leaves nothing to answer with
 * ("max_tokens must be greater than thinking.budget_tokens"); translated, it asked the upstream for more reasoning
 * tokens than the answer may hold, which the budget's reservation (priced on max_tokens) does not cover.
 */
function assertThinkingFits(request: MessagesRequest): void {
  const thinking = request.thinking;
  if (thinking?.type !== "enabled" || thinking.budget_tokens < request.max_tokens) return;
  throw new InvalidRequestError(`\`max_tokens\` must be greater than \`thinking.budget_tokens\` (${request.max_tokens} ≤ ${thinking.budget_tokens}): max_tokens counts the thinking as well as the answer.`, {
    param: "thinking.budget_tokens",
    code: "invalid_request",
  });
}

/**
 * Anthropic refuses thinking (budgeted or adaptive) beside a `tool_choice` that forces a call (`any`, `tool`): "Thinking
 * may not be enabled when tool_choice forces tool use." Translated, the pair went upstream; a Claude model of the
 * chain answered it with a 400 that does not move the chain on, and another model answered what Anthropic refuses.
 */
function assertThinkingLeavesToolChoice(request: MessagesRequest): void {
  const thinking = request.thinking?.type;
  const choice = request.tool_choice?.type;
  if ((thinking !== "enabled" && thinking !== "adaptive") || (choice !== "any" && choice !== "tool")) return;
  throw new InvalidRequestError(`Thinking may not be enabled when tool_choice forces tool use (tool_choice \`${choice}\` with thinking \`${thinking}\`, as on Anthropic's API): use tool_choice \`auto\` or \`none\` with thinking, or leave thinking out.`, {
    param: "tool_choice",
    code: "invalid_request",
  });
}

/**
 * Anthropic's extended thinking "isn't compatible with temperature or top_k modifications", and takes `top_p` only
 * from 0.95 to 1; its API refuses the rest ("`temperature` may only be set to 1 when thinking is enabled"). Translated,
 * they went upstream beside the reasoning: a Claude model of the chain answered with a 400 that does not move the
 * chain on, and another model answered what Anthropic refuses.
 */
function assertThinkingLeavesSampling(request: MessagesRequest): void {
  const thinking = request.thinking?.type;
  if (thinking !== "enabled" && thinking !== "adaptive") return;
  const refuse = (param: string, message: string) => {
    throw new InvalidRequestError(`${message} (thinking \`${thinking}\`, as on Anthropic's API): leave it out, or leave thinking out.`, { param, code: "invalid_request" });
  };
  if (request.temperature !== undefined && request.temperature !== 1) refuse("temperature", "`temperature` may only be set to 1 when thinking is enabled");
  if (request.top_k !== undefined) refuse("top_k", "`top_k` may not be set when thinking is enabled");
  if (request.top_p !== undefined && request.top_p < 0.95) refuse("top_p", "`top_p` may only be set from 0.95 to 1 when thinking is enabled");
}

/**
 * The Authorization header of a request whose x-api-key {@link anthropicCredential} read instead. Two different keys
 * are refused where keys are in use (`createKeyAuth`): the x-api-key one was charged while a proxy in front that
 * checks Authorization saw another caller.
 */
export function setAsideAuthorization(headers: IncomingHttpHeaders): string | undefined {
  const apiKey = headers["x-api-key"];
  return typeof apiKey === "string" && apiKey.length > 0 ? headers.authorization : undefined;
}

/** `x-api-key: KEY` as `Bearer KEY`; otherwise the Authorization header as sent. */
export function anthropicCredential(headers: IncomingHttpHeaders): string | undefined {
  const apiKey = headers["x-api-key"];
  if (typeof apiKey === "string" && apiKey.length > 0) return `Bearer ${apiKey}`;
  return headers.authorization;
}

/**
 * Anthropic's own model names (`claude-sonnet-4-5-20250929`, what Claude Code sends unless told otherwise) as
 * OpenRouter ids (`anthropic/claude-sonnet-4.5`), so an unconfigured client still reaches the model it asked for
 * (explicitly routed, capped and logged). Names with a `/` and virtual models pass unchanged.
 */
export function openRouterModelId(model: string): string {
  if (model.includes("/") || !model.startsWith("claude-")) return model;
  const bare = withoutBracketSuffix(model).replace(/-\d{8}$/, "").replace(/-latest$/, "");
  return `anthropic/${bare.replace(/-(\d+)-(\d+)(?=-|$)/g, "-$1.$2")}`;
}

/**
 * The name without a closing `[...]` (Claude Code's `[1m]`): from the first `[` after the last earlier `]`. Found by
 * index, not by the regex `\[[^\]]*\]$`, which tried every `[` against the rest of the name (quadratic: 10 s for a
 * 100,000-character `claude-[[[…`, which GET /v1/models/{id} reads from the URL).
 */
function withoutBracketSuffix(model: string): string {
  if (!model.endsWith("]")) return model;
  const open = model.indexOf("[", model.lastIndexOf("]", model.length - 2) + 1);
  return open < 0 ? model : model.slice(0, open);
}
