/**
 * Two `Authorization` (or two `x-api-key`) lines in one request: Node keeps the first Authorization and joins the
 * x-api-key lines, so the gateway authenticated the first key while a proxy in front that reads (or adds) the last
 * one saw another. HTTP allows one such line (RFC 9110 §5.3); a request with two is ambiguous about who is calling,
 * and is refused with a 400 naming the header, in the door's own envelope, before any key is looked up.
 */
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway, type Gateway } from "./gateway-harness.js";

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway();
});
afterAll(() => gateway.close());

/** Sends raw header lines (a flat list of name, value pairs, repeats kept). */
function send(path: string, headers: string[], body = ""): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(gateway.url);
    const request = httpRequest({ host: url.hostname, port: url.port, path, method: body ? "POST" : "GET", headers: ["host", url.host, ...headers, "content-type", "application/json", "content-length", String(Buffer.byteLength(body))] });
    request.on("response", (response) => {
      let text = "";
      response.on("data", (piece: Buffer) => (text += piece.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

const chat = JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }] });
const messages = JSON.stringify({ model: "switchyard/tier/e2e", max_tokens: 20, messages: [{ role: "user", content: "hi" }] });

describe("a request with two credential header lines", () => {
  it("is refused with a 400 naming the header, on every door and the admin API", async () => {
    const twoBearers = ["authorization", "Bearer sk-sy-first", "Authorization", "Bearer sk-sy-second"];
    const chatAnswer = await send("/v1/chat/completions", twoBearers, chat);
    expect(chatAnswer.status).toBe(400);
    expect(JSON.parse(chatAnswer.text)).toMatchObject({ error: { code: "duplicate_header", param: "authorization" } });
    const messagesAnswer = await send("/v1/messages", ["x-api-key", "sk-sy-first", "x-api-key", "sk-sy-second"], messages);
    expect(messagesAnswer.status).toBe(400);
    expect(JSON.parse(messagesAnswer.text)).toMatchObject({ type: "error", error: { type: "invalid_request_error" } });
    expect(messagesAnswer.text).toContain("x-api-key");
    expect((await send("/api/decisions", twoBearers)).status).toBe(400);
    expect(gateway.simulator.calls.length).toBe(0);
  });

  it("two Host or two Content-Type lines are a 400 naming the header (RFC 9112 §3.2; Node kept the first of each)", async () => {
    const twoHosts = await send("/v1/chat/completions", ["Host", "other.example"], chat);
    expect(twoHosts.status).toBe(400);
    expect(JSON.parse(twoHosts.text)).toMatchObject({ error: { code: "duplicate_header", param: "host" } });
    const twoTypes = await send("/v1/chat/completions", ["Content-Type", "text/plain"], chat);
    expect(twoTypes.status).toBe(400);
    expect(JSON.parse(twoTypes.text)).toMatchObject({ error: { code: "duplicate_header", param: "content-type" } });
    const messagesTypes = await send("/v1/messages", ["content-type", "application/json"], messages);
    expect(messagesTypes.status).toBe(400);
    expect(JSON.parse(messagesTypes.text)).toMatchObject({ type: "error", error: { type: "invalid_request_error", message: expect.stringContaining("content-type") } });
    expect(gateway.simulator.calls.length).toBe(0);
  });

  it("one line of each, or none, is read as before", async () => {
    expect((await send("/v1/chat/completions", ["authorization", "Bearer sk-sy-only"], chat)).status).toBe(200);
    expect((await send("/v1/messages", ["x-api-key", "sk-sy-only", "authorization", "Bearer sk-sy-only"], messages)).status).toBe(200);
  });
});
