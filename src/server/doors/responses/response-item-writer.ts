/**
 * The Responses door's stream writer: opens, feeds and closes output items (reasoning, message, refusal,
 * function_call) as the chat stream's deltas arrive, numbering the events (driven by `response-stream.ts`).
 * @module
 */
import type { StreamChunk } from "../../../routing/fallback/stream-chunk.js";
import { answerText } from "../answer-text.js";
import { AnswerOrder, type HeldPiece } from "../answer-order.js";
import { namedEvent, ToolDeltaReader, type ToolCallDelta } from "../chat-sse-events.js";
import { callStatus } from "./call-status.js";
import { readLogprobs, servedTier, type AnswerParts, type Logprob, type OutputItem } from "./chat-to-response.js";
import { encryptedContent, mergeReasoningDetails } from "./encrypted-reasoning.js";
import { responsesCallId } from "../door-tool-call-id.js";
import { ToolCallIds } from "../tool-call-ids.js";
import { isJsonBlank } from "../json-blank.js";

type Open =
  | { kind: "reasoning"; item: OutputItem & { type: "reasoning" } }
  | { kind: "message"; item: OutputItem & { type: "message" } }
  | { kind: "refusal"; item: OutputItem & { type: "message" } }
  | { kind: "function_call"; toolIndex: number; item: OutputItem & { type: "function_call" } };

/** Opens, feeds and closes output items as deltas arrive; keeps the sequence numbers. */
export class ItemWriter {
  readonly items: OutputItem[] = [];
  readonly parts: AnswerParts & { reasoningDetails: NonNullable<AnswerParts["reasoningDetails"]> } = { reasoning: "", text: "", refusal: "", logprobs: [], toolCalls: [], finishReason: null, reasoningDetails: [] };
  /** The tier the upstream's chunks say served the answer, if any. */
  servedTier: string | undefined;
  #sequence = 0;
  #open: Open | undefined;
  readonly #order = new AnswerOrder();
  readonly #toolDeltas = new ToolDeltaReader();
  /** How a message item ends: `incomplete` when the answer was cut (length, content filter). */
  #messageStatus: "completed" | "incomplete" = "completed";
  /** The text of the open reasoning or message item alone (an answer may hold two of a kind). */
  #openText = "";
  /** The log probabilities of the open message item's text. */
  #openLogprobs: Logprob[] = [];
  readonly #id: string;
  /** The request included `reasoning.encrypted_content`. */
  readonly #encrypted: boolean;

  readonly #ids: ToolCallIds;

  constructor(decisionId: string, encrypted: boolean) {
    this.#id = decisionId;
    this.#ids = new ToolCallIds("call_", decisionId, responsesCallId);
    this.#encrypted = encrypted;
  }

  /** One event with its sequence number. */
  event(type: string, fields: Record<string, unknown>): string {
    return namedEvent(type, { type, sequence_number: this.#sequence++, ...fields });
  }

  write(chunk: StreamChunk): string {
    this.servedTier = servedTier(chunk) ?? this.servedTier;
    const choice = chunk.choices?.[0];
    const delta = choice?.delta;
    if (!delta) return "";
    let out = "";
    mergeReasoningDetails(this.parts.reasoningDetails, delta.reasoning_details);
    const { reasoning } = delta;
    // A list of parts is read as a whole answer's is (answer-text.ts): its text parts, joined.
    const content = answerText(delta.content);
    if (typeof reasoning === "string" && reasoning.length > 0 && !this.#order.holdsText("reasoning", reasoning)) out += this.#reasoning(reasoning);
    // Text held behind an open tool call is written later, whole, without its log probabilities.
    if (content.length > 0 && !this.#order.holdsText("text", content)) out += this.#text(content, readLogprobs((choice as { logprobs?: unknown }).logprobs));
    // A refusal is a message item of its own, with a `refusal` part (OpenAI's `response.refusal.*` events).
    const { refusal } = delta;
    if (typeof refusal === "string" && refusal.length > 0 && !this.#order.holdsText("refusal", refusal)) out += this.#refusal(refusal);
    for (const call of Array.isArray(delta.tool_calls) ? delta.tool_calls : []) {
      const toolDelta = this.#toolDeltas.read(call);
      if (toolDelta && !this.#order.holdsTool(toolDelta)) out += this.#toolCall(toolDelta);
    }
    return out;
  }

  /** Closes the open item, then writes whatever was held, each piece a whole item; a message item ends as `status`. */
  close(status: "completed" | "incomplete"): string {
    this.#messageStatus = status;
    let out = this.#closeOpen();
    for (const piece of this.#order.release()) {
      out += this.#piece(piece);
      out += this.#closeOpen();
    }
    return out + this.#encryptedReasoning();
  }

  /**
   * With `reasoning.encrypted_content` included: the first reasoning item carries the whole answer's token in the
   * final response (details can arrive after its `output_item.done`, which had those so far); an answer with
   * reasoning details and no reasoning text gets a reasoning item of its own, added and done here.
   */
  #encryptedReasoning(): string {
    if (!this.#encrypted) return "";
    const token = encryptedContent(this.parts.reasoningDetails);
    const first = this.items.find((item): item is OutputItem & { type: "reasoning" } => item.type === "reasoning");
    if (first) first.encrypted_content = token;
    if (first || token === null) return "";
    const item: OutputItem & { type: "reasoning" } = { type: "reasoning", id: `rs_${this.#id}_${this.items.length}`, summary: [], encrypted_content: token };
    this.items.push(item);
    const outputIndex = this.items.length - 1;
    return this.event("response.output_item.added", { output_index: outputIndex, item: { ...item, encrypted_content: null } }) + this.event("response.output_item.done", { output_index: outputIndex, item });
  }

  #piece(piece: HeldPiece): string {
    if (piece.kind === "tool") return this.#toolCall(piece.call);
    if (piece.kind === "reasoning") return this.#reasoning(piece.text);
    return piece.kind === "refusal" ? this.#refusal(piece.text) : this.#text(piece.text);
  }

  /** After a failure: the pieces held behind the open tool call, written; the last stays open (to be marked unfinished). */
  releaseHeld(): string {
    let out = "";
    for (const piece of this.#order.release()) out += this.#closeOpen() + this.#piece(piece);
    return out;
  }

  /** The open item as far as it got, marked unfinished, for `response.failed` (no events: the stream ends there). */
  markUnfinished(): void {
    const open = this.#open;
    if (open?.kind === "message" || open?.kind === "refusal") {
      open.item.content = [open.kind === "message" ? { type: "output_text", text: this.#openText, annotations: [], logprobs: this.#openLogprobs } : { type: "refusal", refusal: this.#openText }];
      open.item.status = "incomplete";
    } else if (open?.kind === "reasoning") open.item.summary = [{ type: "summary_text", text: this.#openText }];
    // A call the failure cut was not finished either: `in_progress` in a response that ended says nothing true.
    else if (open?.kind === "function_call") open.item.status = "incomplete";
  }

  #reasoning(text: string): string {
    const out = this.#ensure("reasoning");
    this.parts.reasoning += text;
    this.#openText += text;
    return out + this.event("response.reasoning_summary_text.delta", { ...this.#where(), summary_index: 0, delta: text });
  }

  #text(text: string, logprobs: Logprob[] = []): string {
    const out = this.#ensure("message");
    this.parts.text += text;
    this.parts.logprobs.push(...logprobs);
    this.#openText += text;
    this.#openLogprobs.push(...logprobs);
    return out + this.event("response.output_text.delta", { ...this.#where(), content_index: 0, delta: text, logprobs });
  }

  #refusal(text: string): string {
    const out = this.#ensure("refusal");
    this.parts.refusal += text;
    this.#openText += text;
    return out + this.event("response.refusal.delta", { ...this.#where(), content_index: 0, delta: text });
  }

  #closeOpen(): string {
    const open = this.#open;
    if (!open) return "";
    this.#open = undefined;
    const where = { item_id: open.item.id, output_index: this.items.length - 1 };
    if (open.kind === "reasoning") {
      const text = this.#openText;
      open.item.summary = [{ type: "summary_text", text }];
      if (this.#encrypted) open.item.encrypted_content = encryptedContent(this.parts.reasoningDetails);
      return this.event("response.reasoning_summary_text.done", { ...where, summary_index: 0, text }) + this.event("response.reasoning_summary_part.done", { ...where, summary_index: 0, part: { type: "summary_text", text } }) + this.event("response.output_item.done", { output_index: where.output_index, item: open.item });
    }
    if (open.kind === "message") {
      const part = { type: "output_text" as const, text: this.#openText, annotations: [], logprobs: this.#openLogprobs };
      open.item.content = [part];
      open.item.status = this.#messageStatus;
      return this.event("response.output_text.done", { ...where, content_index: 0, text: part.text, logprobs: part.logprobs }) + this.event("response.content_part.done", { ...where, content_index: 0, part }) + this.event("response.output_item.done", { output_index: where.output_index, item: open.item });
    }
    if (open.kind === "refusal") {
      const part = { type: "refusal" as const, refusal: this.#openText };
      open.item.content = [part];
      open.item.status = this.#messageStatus;
      return this.event("response.refusal.done", { ...where, content_index: 0, refusal: part.refusal }) + this.event("response.content_part.done", { ...where, content_index: 0, part }) + this.event("response.output_item.done", { output_index: where.output_index, item: open.item });
    }
    // A call still open when the answer was cut may be cut itself (chat-to-response.ts).
    open.item.status = callStatus(open.item.arguments, this.#messageStatus);
    const filled = open.item.status === "completed" && isJsonBlank(open.item.arguments) ? this.#noArguments(open.item, where) : "";
    return filled + this.event("response.function_call_arguments.done", { ...where, name: open.item.name, arguments: open.item.arguments }) + this.event("response.output_item.done", { output_index: where.output_index, item: open.item });
  }

  /**
   * A whole call without arguments (a no-parameter tool; the upstream sent `""`) means `{}`, as the whole answer
   * says (`partsOfChatBody`) and OpenAI sends: a delta of it, so the deltas still add up to the `.done` (round 26).
   * Appended to what came (whitespace, from some upstreams), never put in its place: the deltas already sent are the
   * call's text, and a `.done` of `{}` after a delta of ` ` told a client that adds them up ` {}`. The delta names
   * the call being closed (`where`): `#where()` reads the open item, and there is none once it is closing, so the
   * delta said `item_id: ""` (review of round 26).
   */
  #noArguments(item: { arguments: string }, where: { item_id: string; output_index: number }): string {
    item.arguments += "{}";
    const call = this.parts.toolCalls.at(-1);
    if (call) call.arguments = item.arguments;
    return this.event("response.function_call_arguments.delta", { ...where, delta: "{}" });
  }

  #where(): { item_id: string; output_index: number } {
    return { item_id: this.#open?.item.id ?? "", output_index: this.items.length - 1 };
  }

  #ensure(kind: "reasoning" | "message" | "refusal"): string {
    if (this.#open?.kind === kind) return "";
    let out = this.#closeOpen();
    this.#openText = "";
    this.#openLogprobs = [];
    // A second item of a kind (text after reasoning after text) gets an id of its own.
    const again = this.items.some((item) => item.type === (kind === "reasoning" ? "reasoning" : "message"));
    const suffix = again ? `_${this.items.length}` : "";
    if (kind === "reasoning") {
      const item: OutputItem & { type: "reasoning" } = { type: "reasoning", id: `rs_${this.#id}${suffix}`, summary: [] };
      this.#push({ kind, item });
      out += this.event("response.output_item.added", { output_index: this.items.length - 1, item: { ...item } });
      out += this.event("response.reasoning_summary_part.added", { ...this.#where(), summary_index: 0, part: { type: "summary_text", text: "" } });
    } else {
      const item = { type: "message" as const, id: `msg_${this.#id}${suffix}`, status: "in_progress" as const, role: "assistant" as const, content: [] };
      this.#push({ kind, item });
      out += this.event("response.output_item.added", { output_index: this.items.length - 1, item: { ...item } });
      const part = kind === "refusal" ? { type: "refusal", refusal: "" } : { type: "output_text", text: "", annotations: [] };
      out += this.event("response.content_part.added", { ...this.#where(), content_index: 0, part });
    }
    return out;
  }

  #toolCall(delta: ToolCallDelta): string {
    const { toolIndex } = delta;
    let out = "";
    const open = this.#open;
    if (!(open?.kind === "function_call" && open.toolIndex === toolIndex)) {
      out += this.#closeOpen();
      const callId = this.#ids.next(delta.id);
      const name = delta.name ?? "";
      const item = { type: "function_call" as const, id: `fc_${this.#id}_${this.parts.toolCalls.length}`, call_id: callId, name, arguments: "", status: "in_progress" as const };
      this.parts.toolCalls.push({ id: callId, name, arguments: "" });
      this.#push({ kind: "function_call", toolIndex, item });
      out += this.event("response.output_item.added", { output_index: this.items.length - 1, item: { ...item } });
    }
    if (delta.arguments.length > 0 && this.#open?.kind === "function_call") {
      this.#open.item.arguments += delta.arguments;
      const last = this.parts.toolCalls.at(-1);
      if (last) last.arguments += delta.arguments;
      out += this.event("response.function_call_arguments.delta", { ...this.#where(), delta: delta.arguments });
    }
    return out;
  }

  #push(open: Open): void {
    this.#open = open;
    this.items.push(open.item);
  }
}
