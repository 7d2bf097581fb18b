/**
 * A generated picture commits a stream (round 26). Two ways it was not yet counted as the answer it is (round 26
 * review):
 * - cut after the picture, or answered whole with one and no usage, the attempt was charged its prompt and its text
 *   (none): the picture, which the provider bills as output (an image model's ~1,300 tokens), went uncounted. Without
 *   a usage its size cannot be read from its bytes, so it is charged as its whole max_tokens (what it reserved);
 * - with `resume`, a stream cut after its picture was resumed on the next model with an empty assistant prefill (a
 *   prefill carries text, not a picture): that model drew again, its picture was dropped when it came first, and the
 *   client got its caption under the first model's picture. It ends on the error event now, as after a tool call.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trackingSpendGuard, type TrackingSpendGuard } from "../support/tracking-spend-guard.js";
import { startGatewayBehind } from "./gateway-behind.js";
import { CHAIN, type Gateway } from "./gateway-harness.js";

const TIER_MAX_TOKENS = 300;
const picture = (name: string): string => `data:image/png;base64,${name}${"iVBORw0KGgo".repeat(200)}`;
const chunk = (model: string, delta: Record<string, unknown>, finish: string | null = null): string =>
  `data: ${JSON.stringify({ id: "gen-media", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;

/** The models called, in order. */
const called: string[] = [];

function answer(request: IncomingMessage, response: ServerResponse): void {
  let text = "";
  request.on("data", (piece: Buffer) => (text += piece.toString("utf8")));
  request.on("end", () => {
    const { model, stream } = JSON.parse(text) as { model: string; stream?: boolean };
    called.push(model);
    const images = [{ type: "image_url", image_url: { url: picture(model === CHAIN[0] ? "FIRSTPICTURE" : "SECONDPICTURE") } }];
    if (!stream) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ id: "gen-media", object: "chat.completion", created: 1, model, choices: [{ index: 0, message: { role: "assistant", content: "", images }, finish_reason: "stop" }] }));
      return;
    }
    response.writeHead(200, { "content-type": "text/event-stream" });
    response.write(chunk(model, { role: "assistant", content: "", images }));
    if (model === CHAIN[0]) {
      // Cut after the picture: no caption, no finish, no usage.
      setTimeout(() => response.destroy(), 50);
      return;
    }
    response.write(chunk(model, { content: "A second cat." }, "stop"));
    response.end("data: [DONE]\n\n");
  });
}

let gateway: Gateway;
let guard: TrackingSpendGuard;
const reservedFor = new Map<string, number>();
beforeAll(async () => {
  guard = trackingSpendGuard();
  const reserve = guard.reserve.bind(guard);
  guard.reserve = async (input) => {
    const reservation = await reserve(input);
    reservedFor.set(reservation.id, input.amountUsd);
    return reservation;
  };
  gateway = await startGatewayBehind(answer, undefined, { spendGuard: guard });
});
afterAll(async () => gateway.close());

const post = (body: Record<string, unknown>): Promise<Response> =>
  fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", modalities: ["image", "text"], messages: [{ role: "user", content: "Draw a cat." }], ...body }) });

/** The one settle since `before` and the reservation it settled. */
function lastCharge(before: number): { charged: number; reserved: number } {
  const settles = guard.settled.slice(before);
  expect(settles).toHaveLength(1);
  const reserved = [...reservedFor.values()].at(-1) ?? 0;
  return { charged: settles[0]!.actualUsd, reserved };
}

describe("a generated picture without usage", () => {
  it("cut after it: charged as its whole max_tokens, not as its prompt alone", async () => {
    const before = guard.settled.length;
    const text = await (await post({ stream: true })).text();
    expect(text).toContain("FIRSTPICTURE");
    expect(text).not.toContain("[DONE]");
    const { charged, reserved } = lastCharge(before);
    // The prompt is a few tokens: charged that alone, the attempt cost a hundredth of what it reserved.
    expect(charged).toBeGreaterThan(reserved * 0.5);
    expect(charged).toBeLessThanOrEqual(reserved);
    expect(gateway.records.at(-1)?.outputTokens).toBe(TIER_MAX_TOKENS);
    expect(gateway.records.at(-1)?.costUsd).toBeCloseTo(charged, 12);
    expect(guard.open.size).toBe(0);
  }, 30_000);

  it("answered whole with no usage: charged the same way", async () => {
    const before = guard.settled.length;
    const response = await post({});
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("FIRSTPICTURE");
    const { charged, reserved } = lastCharge(before);
    expect(charged).toBeGreaterThan(reserved * 0.5);
    expect(charged).toBeLessThanOrEqual(reserved);
    expect(gateway.records.at(-1)?.outputTokens).toBe(TIER_MAX_TOKENS);
  }, 30_000);

  it("with resume, a stream cut after its picture is not resumed: a prefill cannot carry the picture", async () => {
    called.length = 0;
    const text = await (await post({ stream: true, switchyard: { resume: true } })).text();
    expect(text).toContain("FIRSTPICTURE");
    expect(text).not.toContain("A second cat.");
    expect(text).not.toContain("[DONE]");
    expect(text).toContain('"finish_reason":"error"');
    expect(called).toEqual([CHAIN[0]]);
    expect(gateway.records.at(-1)?.attempts.map((attempt) => attempt.errorType)).toEqual(["connection"]);
    expect(guard.open.size).toBe(0);
  }, 30_000);
});
