/**
 * The Chat Completions door: the body is already a chat request; answers are the upstream's bytes untouched, except
 * a tool call whose `arguments` the upstream sent as a JSON object rather than its text: Chat Completions (and
 * the OpenAI SDK, which parses them) say a string, so that answer is re-serialized with the object's text; and a
 * tool call without an id of its own in the answer, which gets one (chat-tool-call-ids.ts); a streamed choice or
 * tool-call `index` no client can use as an array slot (`"__proto__"`, -1, 1e9), sent as a usable one; and a
 * `finish_reason` that is no string, read as the other doors read it (chat-finish-reason.ts).
 * @module
 */
import { isUtf8 } from "node:buffer";
import { argumentsText } from "../../core/content-text.js";
import { askStreamUsage, isUsageOnlyChunk, parseChunk } from "../../routing/fallback/stream-chunk.js";
import { readChatRequest } from "../read-chat-request.js";
import { MAY_HOLD_ODD_FINISH, ownFinishReasons, ownStreamFinishReasons } from "./chat-finish-reason.js";
import { isUsableIndex, ownCallIds, StreamedCallIds } from "./chat-tool-call-ids.js";
import type { Door, DoorRenderer } from "./door.js";

/**
 * A piece that may hold tool calls: their key, or any `\u` escape (a key may be written escaped, and JSON.parse
 * reads `"tool\u005fcalls"` as the same key). A cheap test before parsing the piece.
 */
const MAY_HOLD_TOOL_CALLS = /tool_calls|\\u/;
/** A piece with an `index` that is not one to three digits (a string, a negative, a fraction, 1e9): see MAX_STREAM_INDEX. */
const MAY_HOLD_ODD_INDEX = /"index"\s*:(?!\s*\d{1,3}\s*[,}\]])/;

const PASS_THROUGH: DoorRenderer = {
  json: (result, meta) => {
    const messages = result.body.choices.map((choice) => choice?.message);
    const stringified = stringifyCalls(messages);
    const renamed = ownCallIds(messages, meta.id);
    const finished = ownFinishReasons(result.body.choices);
    return stringified || renamed || finished ? serializedOr(result.body, result.raw) : utf8(result.raw);
  },
  stream: (chunks, _outcome, meta) => rewriteToolCalls(chunks, new StreamedCallIds(meta.id)),
};

/** The body as JSON text, or the upstream's own bytes when it cannot be serialized (nested past V8's stack). */
function serializedOr(body: unknown, raw: Buffer): Buffer {
  try {
    return Buffer.from(JSON.stringify(body));
  } catch {
    return utf8(raw);
  }
}

/**
 * The upstream's bytes as UTF-8, as JSON text must be: bytes that are not read as U+FFFD, as the gateway read them
 * (a strict client, such as Rust's serde_json, could not read the answer it paid for).
 */
function utf8(raw: Buffer): Buffer {
  return isUtf8(raw) ? raw : Buffer.from(raw.toString("utf8"));
}

/** As PASS_THROUGH, without the usage-only chunk: for a client that set `stream_options.include_usage: false`. */
const WITHOUT_USAGE_CHUNK: DoorRenderer = {
  json: PASS_THROUGH.json,
  stream: (chunks, outcome, meta) => dropUsageChunks(PASS_THROUGH.stream(chunks, outcome, meta)),
};

/** `POST /v1/chat/completions`. */
export const CHAT_DOOR: Door = {
  name: "chat",
  path: "/v1/chat/completions",
  credential: (headers) => headers.authorization,
  keyHeader: "bearer",
  read: (body) => {
    const chat = readChatRequest(body);
    if (chat.stream !== true) return { chat, render: PASS_THROUGH };
    // The upstream is always asked for usage (the settle prices the answer from it). A client that said
    // `include_usage: false` does not get the usage-only chunk; one that said nothing gets it, as OpenRouter sends it
    // either way: the Vercel AI SDK's openai-compatible provider leaves the option unset and reads its usage from it.
    return { chat, render: askStreamUsage(chat) ? PASS_THROUGH : WITHOUT_USAGE_CHUNK };
  },
};

/** A chunk with no choices: the usage-only chunk, or the chunk naming a resumed stream's models (`switchyard`). */
const NO_CHOICES = /"choices"\s*:\s*\[\s*\]/;

/** The stream without its usage-only chunks (no choices, a `usage`); every other event as sent. */
async function* dropUsageChunks(chunks: AsyncGenerator<string>): AsyncGenerator<string> {
  for await (const piece of chunks) {
    if (!NO_CHOICES.test(piece)) {
      yield piece;
      continue;
    }
    const kept = piece.split("\n\n").filter((event) => !isUsageOnly(event)).join("\n\n");
    if (kept.length > 0) yield kept;
  }
}

function isUsageOnly(event: string): boolean {
  const data = /^data: ?(?=\{)/.exec(event);
  if (!data || !NO_CHOICES.test(event)) return false;
  const chunk = parseChunk(event.slice(data[0].length));
  return chunk !== undefined && isUsageOnlyChunk(chunk);
}

/** Serializes every non-string `arguments` of the messages' (or deltas') tool calls in place; true when one was. */
export function stringifyCalls(messages: readonly unknown[]): boolean {
  let changed = false;
  for (const message of messages) {
    const calls = (message as { tool_calls?: unknown } | null | undefined)?.tool_calls;
    if (!Array.isArray(calls)) continue;
    for (const call of calls as unknown[]) {
      const fn = (call as { function?: unknown } | null)?.function as { arguments?: unknown } | null | undefined;
      if (typeof fn !== "object" || fn === null || typeof fn.arguments !== "object" || fn.arguments === null) continue;
      fn.arguments = argumentsText(fn.arguments);
      changed = true;
    }
  }
  return changed;
}

/**
 * The stream, its pieces as sent except the events whose tool calls carry arguments as an object, or an id another
 * call of the answer has (or none on a call's first delta).
 */
async function* rewriteToolCalls(chunks: AsyncGenerator<string>, ids: StreamedCallIds): AsyncGenerator<string> {
  for await (const piece of chunks) yield MAY_HOLD_TOOL_CALLS.test(piece) || MAY_HOLD_ODD_FINISH.test(piece) || MAY_HOLD_ODD_INDEX.test(piece) ? piece.split("\n\n").map((event) => rewriteEvent(event, ids)).join("\n\n") : piece;
}

function rewriteEvent(event: string, ids: StreamedCallIds): string {
  const data = /^data: ?(?=\{)/.exec(event);
  if (!data) return event;
  let chunk: { choices?: { index?: unknown; delta?: { tool_calls?: unknown } }[] };
  try {
    chunk = JSON.parse(event.slice(data[0].length)) as typeof chunk;
  } catch {
    return event;
  }
  if (!Array.isArray(chunk.choices)) return event;
  let changed = stringifyCalls(chunk.choices.map((choice) => choice?.delta));
  for (const choice of chunk.choices) {
    // The request asked for one choice: an index a client cannot use as a slot is sent as that one's.
    if (typeof choice === "object" && choice !== null && Object.hasOwn(choice, "index") && !isUsableIndex(choice.index)) {
      choice.index = 0;
      changed = true;
    }
    const choiceIndex = Number.isSafeInteger(choice?.index) ? (choice.index as number) : 0;
    if (ids.own(choiceIndex, choice?.delta?.tool_calls)) changed = true;
  }
  if (ownStreamFinishReasons(chunk.choices, (choiceIndex) => ids.called(choiceIndex))) changed = true;
  return changed ? `data: ${JSON.stringify(chunk)}` : event;
}
