/**
 * An upstream that ignores `max_tokens` and streams content without end. Before, each door relayed it until
 * `upstream.timeouts.total_ms` and charged the attempt for all the text relayed (an estimate from the text), many
 * times the worst case reserved, so a hard cap could be overspent by the upstream. Now the attempt is cut once its
 * content passes `max_tokens × 64 + 16,384` characters (`output-bound.ts`): the stream ends on the door's mid-stream
 * error, the attempt is recorded as malformed and charged for what was relayed, bounded. A stream that respects
 * `max_tokens`, even with tokens of 64 characters each, is relayed whole.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CHARS_PER_TOKEN, OUTPUT_SLACK_CHARS } from "../../src/routing/fallback/output-bound.js";
import { trackingSpendGuard, type TrackingSpendGuard } from "../support/tracking-spend-guard.js";
import { startGatewayBehind } from "./gateway-behind.js";
import type { Gateway } from "./gateway-harness.js";

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

/** Exactly `maxTokens` tokens of 64 characters each (a run of `=`, as long as a real token gets), then a proper end. */
function streamWithinMaxTokens(response: ServerResponse, model: string, maxTokens: number): void {
  response.write(chunk(model, { role: "assistant", content: "" }));
  for (let token = 0; token < maxTokens; token += 1) response.write(chunk(model, { content: "=".repeat(MAX_CHARS_PER_TOKEN) }));
  response.write(`data: ${JSON.stringify({ id: "gen-run", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta: {}, finish_reason: "length" }], usage: { prompt_tokens: 10, completion_tokens: maxTokens, total_tokens: 10 + maxTokens } })}\n\n`);
  response.end("data: [DONE]\n\n");
}

function answer(request: IncomingMessage, response: ServerResponse): void {
  let text = "";
  request.on("data", (piece: Buffer) => (text += piece.toString("utf8")));
  request.on("end", () => {
    const body = JSON.parse(text) as { model: string; max_tokens?: number; max_completion_tokens?: number };
    response.writeHead(200, { "content-type": "text/event-stream" });
    if (text.includes("RUNAWAY")) streamForever(response, body.model);
    else streamWithinMaxTokens(response, body.model, (upstreamMaxTokens = body.max_tokens ?? body.max_completion_tokens ?? MAX_TOKENS));
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
  gateway = await startGatewayBehind(answer, { upstream: { timeouts: { first_token_ms: 5_000, idle_ms: 5_000, total_ms: 8_000, connect_ms: 1_000 } } }, { spendGuard: guard });
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
    expect(text).toContain("the upstream streamed past max_tokens");
    expect(text).not.toContain("[DONE]");
    const record = gateway.records.at(-1);
    expect(record?.attempts.map((attempt) => attempt.errorType)).toEqual(["malformed"]);
    // Only the one attempt: a stream long enough is not resumed on another model.
    expect(written).toHaveLength(1);
    const settles = guard.settled.slice(settledBefore);
    expect(settles).toHaveLength(1);
    const charged = settles[0]!.actualUsd;
    const reserved = reservedUsd[reservedBefore]!;
    expect(charged).toBeGreaterThan(reserved);
    // Relayed content ≤ the bound plus one event, at four characters a token: about 16 times the output's worst case.
    expect(charged).toBeLessThan(reserved * ((LIMIT_CHARS + 200) / 4 / MAX_TOKENS + 1));
    expect(record?.costUsd).toBeCloseTo(charged, 12);
    expect(guard.open.size).toBe(0);
  }, 30_000);

  it.each(DOORS)("%s: a stream of exactly max_tokens tokens of 64 characters is relayed whole", async (door) => {
    const maxTokens = 1_000;
    const response = await post(door, request(door, "within", maxTokens));
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toContain("streamed past max_tokens");
    expect(upstreamMaxTokens).toBeGreaterThanOrEqual(MAX_TOKENS);
    expect(text.split("=".repeat(MAX_CHARS_PER_TOKEN)).length - 1).toBeGreaterThanOrEqual(upstreamMaxTokens);
    expect(gateway.records.at(-1)?.status).toBe(200);
    expect(gateway.records.at(-1)?.attempts.every((attempt) => attempt.errorType === undefined || attempt.errorType === null)).toBe(true);
    expect(guard.open.size).toBe(0);
  }, 30_000);
});
