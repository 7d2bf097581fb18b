/**
 * An upstream that ignores `max_tokens` and streams content without end. Before, each door relayed it until
 * `upstream.timeouts.total_ms` and charged the attempt for all the text relayed (an estimate from the text), many
 * times the worst case reserved, so a hard cap could be overspent by the upstream. Now the attempt is cut once its
 * content passes `max_tokens × 64 + 16,384` characters (`output-bound.ts`): the stream ends on the door's mid-stream
 * error, the attempt is recorded as malformed and charged for what was relayed up to its max_tokens (what it reserved;
 * round 26 review). A stream that respects
 * `max_tokens`, even with tokens of 64 characters each, is relayed whole.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CHARS_PER_TOKEN, OUTPUT_SLACK_CHARS } from "../../src/routing/fallback/output-bound.js";
import { trackingSpendGuard, type TrackingSpendGuard } from "../support/tracking-spend-guard.js";
import { startGatewayBehind } from "./gateway-behind.js";
import { CHAIN, type Gateway } from "./gateway-harness.js";

const MAX_TOKENS = 50;
const LIMIT_CHARS = MAX_TOKENS * MAX_CHARS_PER_TOKEN + OUTPUT_SLACK_CHARS;
/** Characters of content the hostile upstream wrote, per request. */
const written: number[] = [];
/** The max_tokens the gateway sent for the last request that respects it (the tier may lower the client's). */
let upstreamMaxTokens = 0;

const chunk = (model: string, delta: Record<string, unknown>, extra: Record<string, unknown> = {}): string =>
  `data: ${JSON.stringify({ id: "gen-run", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta, finish_reason: null }], ...extra })}\n\n`;

/** Content for ever, 200 characters an event, until the gateway closes the connection. */
function streamForever(response: ServerResponse, model: string): void {
  const index = written.push(0) - 1;
  const piece = "word ".repeat(40);
  const more = (): void => {
    while (!response.destroyed && !response.writableEnded) {
      written[index]! += piece.length;
      if (!response.write(chunk(model, { content: piece }))) return void response.once("drain", more);
      if (written[index]! % 20_000 === 0) return void setImmediate(more);
    }
  };
  more();
}

/** A tool call whose arguments stream for ever, 200 characters an event (ADR 0072: they were counted by no bound). */
function streamToolArgumentsForever(response: ServerResponse, model: string): void {
  const index = written.push(0) - 1;
  response.write(chunk(model, { role: "assistant", tool_calls: [{ index: 0, id: "call_run", type: "function", function: { name: "lookup", arguments: '{"q":"' } }] }));
  const piece = "word ".repeat(40);
  const more = (): void => {
    while (!response.destroyed && !response.writableEnded) {
      written[index]! += piece.length;
      if (!response.write(chunk(model, { tool_calls: [{ index: 0, function: { arguments: piece } }] }))) return void response.once("drain", more);
      if (written[index]! % 20_000 === 0) return void setImmediate(more);
    }
  };
  more();
}

/**
 * Chunks that are not yet content, for ever: reasoning sent only as `reasoning_details` (text, or encrypted data that
 * holds no text). They were held in memory until the first-token timeout (round 24's leftover).
 */
function streamBeforeContentForever(response: ServerResponse, model: string, opaque: boolean): void {
  const index = written.push(0) - 1;
  const piece = "think ".repeat(40);
  const detail = opaque ? { type: "reasoning.encrypted", data: Buffer.from(piece).toString("base64") } : { type: "reasoning.text", text: piece };
  const more = (): void => {
    while (!response.destroyed && !response.writableEnded) {
      const event = chunk(model, { reasoning_details: [detail] });
      written[index]! += event.length;
      if (!response.write(event)) return void response.once("drain", more);
      if (written[index]! % 50 === 0) return void setImmediate(more);
    }
  };
  more();
}

/**
 * An honest reasoning model that sends its reasoning only as `reasoning_details` (not yet content, so held): every
 * token of `max_tokens` a reasoning token in its own event, in OpenRouter's full chunk (provider, native finish
 * reason, logprobs, a detail's format, index and signature: about 450 characters of JSON a token), then an encrypted
 * blob of 8 characters a token plus a 16 kB signature, then its (empty-reasoning) answer in one event.
 */
function streamReasoningDetailsThenText(response: ServerResponse, model: string, maxTokens: number): void {
  const envelope = { id: "gen-1765000000-AbCdEfGhIjKlMnOpQrSt", provider: "Google", model, object: "chat.completion.chunk", created: 1_765_000_000, system_fingerprint: null };
  const event = (delta: Record<string, unknown>, finish: string | null = null): string =>
    `data: ${JSON.stringify({ ...envelope, choices: [{ index: 0, delta: { role: "assistant", content: "", ...delta }, finish_reason: finish, native_finish_reason: finish, logprobs: null }] })}\n\n`;
  let sent = "";
  for (let token = 0; token < maxTokens - 1; token += 1) {
    sent += event({ reasoning_details: [{ type: "reasoning.text", text: token % 2 === 0 ? " think" : "ing", format: "google-gemini-v1", index: 0, signature: null, id: `rs_${token}` }] });
    if (sent.length > 65_536) {
      response.write(sent);
      sent = "";
    }
  }
  sent += event({ reasoning_details: [{ type: "reasoning.encrypted", data: "Q".repeat(maxTokens * 8 + 16_384), format: "google-gemini-v1", index: 0 }] });
  sent += event({ content: "A" }, "stop");
  response.end(`${sent}data: ${JSON.stringify({ ...envelope, choices: [], usage: { prompt_tokens: 10, completion_tokens: maxTokens, total_tokens: 10 + maxTokens } })}\n\ndata: [DONE]\n\n`);
}

/**
 * An honest answer whose non-text payload outweighs any ratio to its tokens: an image model's picture (OpenRouter
 * streams it in `delta.images` as a base64 data URL, before or without text: a 4K PNG is megabytes for about 2,000
 * output tokens), or a provider that buffers and sends the whole answer in one event with `logprobs` (20
 * alternatives a token, about 1.5 kB of JSON each). Sized past 16 characters a character of the output bound.
 */
function streamMediaThenText(response: ServerResponse, model: string, maxTokens: number, logprobs: boolean): void {
  const heavy = Math.max(8_000_000, (maxTokens * MAX_CHARS_PER_TOKEN + OUTPUT_SLACK_CHARS) * 16 + 1_000_000);
  const finish = { id: "gen-media", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta: {}, finish_reason: "stop" }], usage: { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30 } };
  if (logprobs) {
    const top = Array.from({ length: 20 }, (_, rank) => ({ token: ` w${rank}`, logprob: -rank, bytes: [32, 119, 48 + (rank % 10)] }));
    const entry = { token: " word", logprob: -0.1, bytes: [32, 119, 111, 114, 100], top_logprobs: top };
    const entries = Array.from({ length: Math.ceil(heavy / JSON.stringify(entry).length) }, () => entry);
    response.write(`data: ${JSON.stringify({ id: "gen-media", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta: { role: "assistant", content: "A short answer." }, logprobs: { content: entries }, finish_reason: null }] })}\n\n`);
  } else {
    response.write(chunk(model, { role: "assistant", content: "", images: [{ type: "image_url", image_url: { url: `data:image/png;base64,${"iVBORw0KGgo".repeat(Math.ceil(heavy / 11))}` } }] }));
    response.write(chunk(model, { content: "Here is the picture." }));
  }
  response.end(`data: ${JSON.stringify(finish)}\n\ndata: [DONE]\n\n`);
}

/**
 * Tokens as long as real ones get: the longest token of the GPT-4o, GPT-4, Llama 3 and Qwen 3 tokenizers is a run of
 * 128 spaces (what a model stuck in a whitespace loop writes until max_tokens, as OpenAI's JSON mode warns), and a
 * long identifier of 42 letters (cl100k's `.translatesAutoresizingMaskIntoConstraints`).
 */
const LEGIT_TOKENS: Record<string, string> = { spaces: " ".repeat(128), equals: "=".repeat(64), identifier: ".translatesAutoresizingMaskIntoConstraints" };

/** Exactly `maxTokens` tokens of the kind `text` names, then a proper end. */
function streamWithinMaxTokens(response: ServerResponse, model: string, maxTokens: number, token: string): void {
  response.write(chunk(model, { role: "assistant", content: "" }));
  for (let index = 0; index < maxTokens; index += 1) response.write(chunk(model, { content: token }));
  response.write(`data: ${JSON.stringify({ id: "gen-run", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta: {}, finish_reason: "length" }], usage: { prompt_tokens: 10, completion_tokens: maxTokens, total_tokens: 10 + maxTokens } })}\n\n`);
  response.end("data: [DONE]\n\n");
}

function answer(request: IncomingMessage, response: ServerResponse): void {
  let text = "";
  request.on("data", (piece: Buffer) => (text += piece.toString("utf8")));
  request.on("end", () => {
    const body = JSON.parse(text) as { model: string; max_tokens?: number; max_completion_tokens?: number };
    response.writeHead(200, { "content-type": "text/event-stream" });
    const legit = Object.keys(LEGIT_TOKENS).find((kind) => text.includes(`within ${kind}`));
    if (text.includes("ONE_EVENT")) {
      // The whole runaway in the first content event: the bound is checked on the chunks read before relaying too.
      written.push(LIMIT_CHARS * 2);
      // Then [DONE] at once: no later chunk whose own check would catch it.
      response.write(chunk(body.model, { content: "word ".repeat(Math.ceil((LIMIT_CHARS * 2) / 5)) }));
      return void response.end("data: [DONE]\n\n");
    }
    if (text.includes("HUGE_PRIMARY") && body.model !== CHAIN[0]) {
      // The next model in the chain answers properly.
      response.write(chunk(body.model, { role: "assistant", content: "Fine answer." }));
      const finish = { id: "gen-ok", object: "chat.completion.chunk", created: 1, model: body.model, choices: [{ index: 0, delta: {}, finish_reason: "stop" }], usage: { prompt_tokens: 10, completion_tokens: 3, total_tokens: 13 } };
      return void response.end(`data: ${JSON.stringify(finish)}\n\ndata: [DONE]\n\n`);
    }
    if (text.includes("HUGE_EVENT")) {
      // Some content, then one event forty times the bound (an SSE event may be 32 MB), then a proper end: the event
      // was relayed whole and charged whole, thousands of times the worst case reserved (round 24).
      const huge = "word ".repeat(Math.ceil((LIMIT_CHARS * 40) / 5));
      written.push(5 + huge.length);
      if (text.includes("FIRST")) response.write(chunk(body.model, { role: "assistant", content: huge }));
      else response.write(chunk(body.model, { role: "assistant", content: "Hello" }) + chunk(body.model, { content: huge }));
      const finish = { id: "gen-run", object: "chat.completion.chunk", created: 1, model: body.model, choices: [{ index: 0, delta: {}, finish_reason: "stop" }], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } };
      return void response.end(`data: ${JSON.stringify(finish)}\n\ndata: [DONE]\n\n`);
    }
    if (text.includes("AFTER_FINISH")) {
      // A finish_reason, then content without end: the stream is no more complete than one without it.
      response.write(chunk(body.model, { content: "Done." }));
      response.write(`data: ${JSON.stringify({ id: "gen-run", object: "chat.completion.chunk", created: 1, model: body.model, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`);
    }
    if (text.includes("DETAILS_ONLY")) return void streamReasoningDetailsThenText(response, body.model, body.max_tokens ?? MAX_TOKENS);
    if (text.includes("MEDIA_FIRST")) return void streamMediaThenText(response, body.model, body.max_tokens ?? MAX_TOKENS, text.includes("LOGPROBS"));
    if (text.includes("BEFORE_CONTENT")) return void streamBeforeContentForever(response, body.model, text.includes("OPAQUE"));
    if (text.includes("TOOL_ARGS")) streamToolArgumentsForever(response, body.model);
    else if (legit === undefined) streamForever(response, body.model);
    else streamWithinMaxTokens(response, body.model, (upstreamMaxTokens = body.max_tokens ?? body.max_completion_tokens ?? MAX_TOKENS), LEGIT_TOKENS[legit]!);
  });
}

let gateway: Gateway;
let guard: TrackingSpendGuard;
const reservedUsd: number[] = [];

beforeAll(async () => {
  guard = trackingSpendGuard();
  const reserve = guard.reserve.bind(guard);
  guard.reserve = async (input) => {
    reservedUsd.push(input.amountUsd);
    return reserve(input);
  };
  // Every runaway case counts against the one model's circuit: a high threshold keeps it closed for the cases after.
  const circuit_breaker = { failures: 100, window_ms: 60_000, cooldown_ms: 1_000 };
  gateway = await startGatewayBehind(answer, { circuit_breaker, upstream: { timeouts: { first_token_ms: 5_000, idle_ms: 5_000, total_ms: 8_000, connect_ms: 1_000 } } }, { spendGuard: guard });
});
afterAll(async () => {
  await gateway.close();
});

const request = (door: string, content: string, maxTokens: number): Record<string, unknown> => {
  const model = "switchyard/tier/e2e";
  if (door === "/v1/messages") return { model, stream: true, max_tokens: maxTokens, messages: [{ role: "user", content }] };
  if (door === "/v1/responses") return { model, stream: true, max_output_tokens: maxTokens, input: content };
  return { model, stream: true, max_tokens: maxTokens, messages: [{ role: "user", content }] };
};
const DOORS = ["/v1/chat/completions", "/v1/messages", "/v1/responses"];
/** The cut's words, in the door's own name for the cap (the Responses door's is max_output_tokens). */
const pastBound = (door: string): string => `the upstream streamed past ${door === "/v1/responses" ? "max_output_tokens" : "max_tokens"}`;
const post = (path: string, body: Record<string, unknown>): Promise<Response> =>
  fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("an upstream that streams past max_tokens", () => {
  it.each(DOORS)("%s: cut near the bound with the mid-stream error, one malformed attempt, charged a bounded amount", async (door) => {
    written.length = 0;
    const settledBefore = guard.settled.length;
    const reservedBefore = reservedUsd.length;
    const startedAt = Date.now();
    const response = await post(door, request(door, "RUNAWAY", MAX_TOKENS));
    const text = await response.text();
    // Cut at the bound, long before the 8 s total timeout that ended it before.
    expect(Date.now() - startedAt).toBeLessThan(6_000);
    expect(text).toContain(pastBound(door));
    expect(text).not.toContain("[DONE]");
    const record = gateway.records.at(-1);
    expect(record?.attempts.map((attempt) => attempt.errorType)).toEqual(["malformed"]);
    // Only the one attempt: a stream long enough is not resumed on another model.
    expect(written).toHaveLength(1);
    const settles = guard.settled.slice(settledBefore);
    expect(settles).toHaveLength(1);
    const charged = settles[0]!.actualUsd;
    const reserved = reservedUsd[reservedBefore]!;
    // Without the upstream's usage, its text is charged up to the max_tokens reserved, never past it: charged at
    // four characters a token up to the bound, it was about 16 times the worst case, past a hard cap (round 26 review).
    expect(charged).toBeCloseTo(reserved, 12);
    expect(charged).toBeLessThanOrEqual(reserved);
    expect(record?.costUsd).toBeCloseTo(charged, 12);
    expect(record?.outputTokens).toBe(MAX_TOKENS);
    expect(guard.open.size).toBe(0);
  }, 30_000);

  it.each(DOORS)("%s: a tool call's arguments past the bound are cut the same way, and charged", async (door) => {
    written.length = 0;
    const settledBefore = guard.settled.length;
    const reservedBefore = reservedUsd.length;
    const startedAt = Date.now();
    const response = await post(door, request(door, "RUNAWAY TOOL_ARGS", MAX_TOKENS));
    const text = await response.text();
    // Relayed until the 8 s total timeout before.
    expect(Date.now() - startedAt).toBeLessThan(6_000);
    expect(text).toContain(pastBound(door));
    expect(text).not.toContain("[DONE]");
    expect(written).toHaveLength(1);
    expect(gateway.records.at(-1)?.attempts.map((attempt) => attempt.errorType)).toEqual(["malformed"]);
    const charged = guard.settled.slice(settledBefore)[0]!.actualUsd;
    const reserved = reservedUsd[reservedBefore]!;
    // The arguments are output the upstream bills: charged for them, up to what was reserved as content is.
    expect(charged).toBeCloseTo(reserved, 12);
    expect(charged).toBeLessThanOrEqual(reserved);
    expect(guard.open.size).toBe(0);
  }, 30_000);

  it.each(DOORS)("%s: content past the bound after a finish_reason is cut the same way, not passed off as complete", async (door) => {
    written.length = 0;
    const response = await post(door, request(door, "RUNAWAY AFTER_FINISH", MAX_TOKENS));
    const text = await response.text();
    expect(text).toContain(pastBound(door));
    expect(text).not.toContain("[DONE]");
    expect(written).toHaveLength(1);
    expect(gateway.records.at(-1)?.attempts.map((attempt) => attempt.errorType)).toEqual(["malformed"]);
    expect(guard.open.size).toBe(0);
  }, 30_000);

  const firstCases = DOORS.flatMap((door) => ["ONE_EVENT", "HUGE_EVENT FIRST"].map((kind) => [door, kind] as const));
  it.each(firstCases)("%s: a first content event past the bound on its own (%s) is not relayed: each model fails before the stream commits, charged its worst case", async (door, kind) => {
    // Nothing was relayed, so the stream is not committed: the run fails over (here every model of the chain answers
    // the same) and ends on the door's error answer, not on a 200 stream with an error and nothing above it.
    written.length = 0;
    const settledBefore = guard.settled.length;
    const reservedBefore = reservedUsd.length;
    const response = await post(door, request(door, `RUNAWAY ${kind}`, MAX_TOKENS));
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).not.toContain("text/event-stream");
    expect(text).toContain(pastBound(door));
    expect(text.length).toBeLessThan(LIMIT_CHARS);
    expect(gateway.records.at(-1)?.attempts.map((attempt) => attempt.errorType)).toEqual(CHAIN.map(() => "malformed"));
    const settles = guard.settled.slice(settledBefore);
    expect(settles.map((settle) => settle.actualUsd)).toEqual(reservedUsd.slice(reservedBefore));
    expect(gateway.records.at(-1)?.costUsd).toBeCloseTo(settles.reduce((sum, settle) => sum + settle.actualUsd, 0), 12);
    expect(guard.open.size).toBe(0);
  }, 30_000);

  it.each(DOORS)("%s: one event far past the bound after content is neither relayed nor charged whole: the charge stays near the bound", async (door) => {
    written.length = 0;
    const settledBefore = guard.settled.length;
    const reservedBefore = reservedUsd.length;
    const response = await post(door, request(door, "RUNAWAY HUGE_EVENT", MAX_TOKENS));
    const text = await response.text();
    expect(text).toContain(pastBound(door));
    expect(text).toContain("Hello");
    expect(text).not.toContain("[DONE]");
    // The event is forty times the bound; what reaches the client stays under a few times it (the Responses door
    // repeats the text in its closing events).
    expect(text.length).toBeLessThan(LIMIT_CHARS * 5);
    expect(gateway.records.at(-1)?.attempts.map((attempt) => attempt.errorType)).toEqual(["malformed"]);
    const settles = guard.settled.slice(settledBefore);
    expect(settles).toHaveLength(1);
    const reserved = reservedUsd[reservedBefore]!;
    // At most what was reserved, as a runaway of small events is charged.
    expect(settles[0]!.actualUsd).toBeLessThanOrEqual(reserved);
    expect(gateway.records.at(-1)?.costUsd).toBeCloseTo(settles[0]!.actualUsd, 12);
    expect(guard.open.size).toBe(0);
  }, 30_000);

  it.each(DOORS)("%s: a first content event past the bound fails over invisibly: nothing was relayed, the next model answers (round 24 review)", async (door) => {
    // The cut event is no longer relayed, so the client had seen nothing; the stream was committed all the same and
    // ended on the door's mid-stream error with no content, while the next model in the chain could answer.
    const settledBefore = guard.settled.length;
    const reservedBefore = reservedUsd.length;
    const response = await post(door, request(door, "RUNAWAY HUGE_EVENT FIRST HUGE_PRIMARY", MAX_TOKENS));
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toContain("Fine answer.");
    expect(text).not.toContain("streamed past");
    expect(text.length).toBeLessThan(LIMIT_CHARS);
    const record = gateway.records.at(-1);
    expect(record?.status).toBe(200);
    expect(record?.attempts.map((attempt) => attempt.errorType ?? null)).toEqual(["malformed", null]);
    // The cut attempt is charged what was reserved for it (generated, so billed, and never read), no more.
    const settles = guard.settled.slice(settledBefore);
    expect(settles).toHaveLength(2);
    expect(settles[0]!.actualUsd).toBeCloseTo(reservedUsd[reservedBefore]!, 12);
    expect(guard.open.size).toBe(0);
  }, 30_000);

  it.each(DOORS)("%s: chunks before any content (reasoning_details only, text or encrypted) are bounded, not held until the first-token timeout", async (door) => {
    for (const kind of ["TEXT", "OPAQUE"]) {
      written.length = 0;
      const startedAt = Date.now();
      const response = await post(door, request(door, `BEFORE_CONTENT ${kind}`, MAX_TOKENS));
      await response.text();
      // Held until the 5 s first-token timeout, megabytes in memory per attempt, then failed over to the same stream.
      expect(Date.now() - startedAt).toBeLessThan(4_000);
      expect(response.status).toBe(502);
      expect(gateway.records.at(-1)?.attempts.every((attempt) => attempt.errorType === "malformed")).toBe(true);
      // Each attempt read at most about the raw bound before it was cut (plus what the sockets held).
      // (a cut attempt's writer may still be ending after the reset, leaving holes: only counts are read)
      for (const chars of written.filter(Number.isFinite)) expect(chars).toBeLessThan(LIMIT_CHARS * 16 + 2_000_000);
      expect(guard.open.size).toBe(0);
    }
  }, 60_000);

  it.each(["MEDIA_FIRST", "MEDIA_FIRST LOGPROBS"])("an honest stream heavy with what is not output (%s: an image before its text, logprobs in one event) is relayed whole", async (kind) => {
    // The raw bound on what a stream holds before content counts output's characters 16 times over: an image model's
    // picture (megabytes for ~2,000 tokens) or a buffered answer's logprobs passed it, and the honest answer failed
    // over, charged its worst case, on every model (round 25 review).
    const response = await post("/v1/chat/completions", request("/v1/chat/completions", kind, 2_000));
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toContain(kind === "MEDIA_FIRST" ? "Here is the picture." : "A short answer.");
    expect(text).toContain("[DONE]");
    expect(gateway.records.at(-1)?.attempts.map((attempt) => attempt.errorType ?? null)).toEqual([null]);
    expect(guard.open.size).toBe(0);
  }, 30_000);

  it.each<[number, string]>([[1, "one token"], [4_000, "4,000 tokens"]])("an honest reasoning stream sent only as reasoning_details, max_tokens %i (%s, one event each, an encrypted blob after) is relayed whole", async (maxTokens) => {
    // Held before content, counted against the output bound and 16 raw characters per character of it: OpenRouter's
    // chunk around one reasoning token is ~450 characters of JSON, encrypted reasoning a few a token and a few kB.
    const response = await post("/v1/chat/completions", request("/v1/chat/completions", "DETAILS_ONLY", maxTokens));
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toContain("[DONE]");
    expect(gateway.records.at(-1)?.attempts.map((attempt) => attempt.errorType ?? null)).toEqual([null]);
    expect(guard.open.size).toBe(0);
  }, 30_000);

  const legitCases = DOORS.flatMap((door) => Object.keys(LEGIT_TOKENS).map((kind) => [door, kind] as const));
  it.each(legitCases)("%s: a stream of exactly max_tokens tokens (%s, as long as real tokens get) is relayed whole", async (door, kind) => {
    const maxTokens = 1_000;
    const response = await post(door, request(door, `within ${kind}`, maxTokens));
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toContain("streamed past");
    expect(upstreamMaxTokens).toBeGreaterThanOrEqual(MAX_TOKENS);
    expect(text.split(LEGIT_TOKENS[kind]!).length - 1).toBeGreaterThanOrEqual(upstreamMaxTokens);
    expect(gateway.records.at(-1)?.status).toBe(200);
    expect(gateway.records.at(-1)?.attempts.every((attempt) => attempt.errorType === undefined || attempt.errorType === null)).toBe(true);
    expect(guard.open.size).toBe(0);
  }, 30_000);
});
