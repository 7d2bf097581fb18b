/**
 * A base64 image, file or audio payload that cannot be decoded is a 400 naming the part, in each door's envelope,
 * before routing, a reservation or an upstream call. It was forwarded as sent: the provider refused it after routing
 * (`Invalid base64 image_url`), or a laxer one answered about an image it never saw.
 * @module
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startGateway, type Gateway } from "./gateway-harness.js";

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway();
});
afterAll(async () => gateway.close());
beforeEach(() => gateway.simulator.reset());

const BAD = "@@@not base64!!";
const GOOD = Buffer.from("%PDF-1.4 a tiny document").toString("base64");

async function post(path: string, body: object): Promise<{ status: number; json: { error?: { message?: string; param?: string | null; type?: string } } }> {
  const response = await fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", ...body }) });
  return { status: response.status, json: (await response.json()) as { error?: { message?: string; param?: string | null; type?: string } } };
}

const chat = (part: object): object => ({ messages: [{ role: "user", content: [{ type: "text", text: "What is in this?" }, part] }] });
const messages = (block: object): object => ({ max_tokens: 50, messages: [{ role: "user", content: [{ type: "text", text: "What is in this?" }, block] }] });
const responses = (part: object): object => ({ input: [{ role: "user", content: [{ type: "input_text", text: "What is in this?" }, part] }] });

const cases: [string, string, (data: string) => object, string | undefined][] = [
  ["chat image_url data: URL", "/v1/chat/completions", (data) => chat({ type: "image_url", image_url: { url: `data:image/png;base64,${data}` } }), "messages[0].content[1].image_url.url"],
  ["chat file_data", "/v1/chat/completions", (data) => chat({ type: "file", file: { filename: "a.pdf", file_data: `data:application/pdf;base64,${data}` } }), "messages[0].content[1].file.file_data"],
  ["chat input_audio", "/v1/chat/completions", (data) => chat({ type: "input_audio", input_audio: { data, format: "mp3" } }), "messages[0].content[1].input_audio.data"],
  ["Messages image", "/v1/messages", (data) => messages({ type: "image", source: { type: "base64", media_type: "image/png", data } }), undefined],
  ["Messages PDF document", "/v1/messages", (data) => messages({ type: "document", source: { type: "base64", media_type: "application/pdf", data } }), undefined],
  ["Responses input_image", "/v1/responses", (data) => responses({ type: "input_image", image_url: `data:image/png;base64,${data}` }), "input[0].content[1].image_url"],
  ["Responses input_file", "/v1/responses", (data) => responses({ type: "input_file", filename: "a.pdf", file_data: `data:application/pdf;base64,${data}` }), "input[0].content[1].file_data"],
];

describe("bad base64 payloads", () => {
  for (const [name, path, body, param] of cases) {
    it(`${name}: 400 naming the part before any upstream call; good base64 is served`, async () => {
      const refused = await post(path, body(BAD));
      expect(refused.status).toBe(400);
      expect(refused.json.error?.message).toContain("not valid base64");
      if (param === undefined) expect(refused.json).toMatchObject({ type: "error", error: { type: "invalid_request_error", message: expect.stringMatching(/messages\[0\]\.content\[1\]\.source\.data/) } });
      else expect(refused.json.error).toMatchObject({ type: "invalid_request_error", param });
      expect(gateway.simulator.calls).toEqual([]);
      expect((await post(path, body(GOOD))).status).toBe(200);
    });
  }
});
