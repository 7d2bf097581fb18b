/**
 * An image model's stream whose first content is its picture (`delta.images`, no text yet) or a voice model's whose
 * first content is audio (`delta.audio`): the picture is the answer, so it commits the stream. It did not (round 25's
 * leftover): the stream was held until text came, so with the text later than `first_token_ms` the attempt timed out
 * after the picture was generated (billed) and failed over, on every model, and the client got a 504 for an answer
 * that was on its way; with it sooner, the client saw nothing until the text.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGatewayBehind } from "./gateway-behind.js";
import type { Gateway } from "./gateway-harness.js";

const FIRST_TOKEN_MS = 800;
/** The text comes this long after the picture: past the first-token timeout, within the idle one. */
const TEXT_AFTER_MS = 1_500;
const PICTURE = `data:image/png;base64,${"iVBORw0KGgo".repeat(1_000)}`;

const chunk = (model: string, delta: Record<string, unknown>, finish: string | null = null, extra: Record<string, unknown> = {}): string =>
  `data: ${JSON.stringify({ id: "gen-media", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;

function answer(request: IncomingMessage, response: ServerResponse): void {
  let text = "";
  request.on("data", (piece: Buffer) => (text += piece.toString("utf8")));
  request.on("end", () => {
    const { model } = JSON.parse(text) as { model: string };
    response.writeHead(200, { "content-type": "text/event-stream" });
    response.write(": OPENROUTER PROCESSING\n\n");
    const media = text.includes("AUDIO") ? { audio: { id: "audio_1", data: "UklGRiQAAABXQVZF".repeat(100), transcript: "" } } : { images: [{ type: "image_url", image_url: { url: PICTURE } }] };
    response.write(chunk(model, { role: "assistant", content: "", ...media }));
    setTimeout(() => {
      response.write(chunk(model, { content: "Here it is." }));
      response.write(chunk(model, {}, "stop", { usage: { prompt_tokens: 10, completion_tokens: 1_300, total_tokens: 1_310 } }));
      response.end("data: [DONE]\n\n");
    }, TEXT_AFTER_MS);
  });
}

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGatewayBehind(answer, { upstream: { timeouts: { first_token_ms: FIRST_TOKEN_MS, idle_ms: 5_000, total_ms: 10_000, connect_ms: 1_000 } } });
});
afterAll(async () => {
  await gateway.close();
});

describe("a stream whose first content is generated media", () => {
  it.each(["IMAGE", "AUDIO"])("commits on it (%s): relayed at once, answered by the first attempt, not failed over at the first-token timeout", async (kind) => {
    const startedAt = Date.now();
    const response = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "switchyard/tier/e2e", stream: true, modalities: ["image", "text"], messages: [{ role: "user", content: `Draw a cat ${kind}` }] }),
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    let mediaAt: number | undefined;
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      text += decoder.decode(read.value, { stream: true });
      if (mediaAt === undefined && (text.includes("iVBORw0KGgo") || text.includes("UklGRiQAAABXQVZF"))) mediaAt = Date.now() - startedAt;
    }
    // The picture reaches the client before the text is written, not with it.
    expect(mediaAt).toBeLessThan(TEXT_AFTER_MS);
    expect(text).toContain("Here it is.");
    expect(text).toContain("[DONE]");
    expect(gateway.records.at(-1)?.attempts.map((attempt) => attempt.errorType ?? null)).toEqual([null]);
  }, 30_000);

  it.each(["/v1/messages", "/v1/responses"])("%s: an answer whose picture comes first is answered by the first attempt", async (door) => {
    const body = door === "/v1/messages"
      ? { model: "switchyard/tier/e2e", stream: true, max_tokens: 2_000, messages: [{ role: "user", content: "Draw a cat" }] }
      : { model: "switchyard/tier/e2e", stream: true, input: "Draw a cat" };
    const response = await fetch(`${gateway.url}${door}`, { method: "POST", headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" }, body: JSON.stringify(body) });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toContain("Here it is.");
    expect(gateway.records.at(-1)?.attempts.map((attempt) => attempt.errorType ?? null)).toEqual([null]);
  }, 30_000);
});
