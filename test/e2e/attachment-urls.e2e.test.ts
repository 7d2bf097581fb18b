/**
 * An image or file given by URL that no provider can fetch (`file:`, `javascript:`, `ftp:`, not a URL, a space or a
 * control character inside) is a 400 naming the part, in each door's envelope, before routing, a reservation or an
 * upstream call. It was forwarded as sent, routed and reserved for, to be refused by the provider (or, by a laxer
 * one, answered about an image it never saw). http(s) and data: URLs are served as before.
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

type Answer = { status: number; json: { error?: { message?: string; param?: string | null; type?: string } } };

async function post(path: string, body: object): Promise<Answer> {
  const response = await fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", ...body }) });
  return { status: response.status, json: (await response.json()) as Answer["json"] };
}

const chat = (part: object): object => ({ messages: [{ role: "user", content: [{ type: "text", text: "What is in this?" }, part] }] });
const messages = (block: object): object => ({ max_tokens: 50, messages: [{ role: "user", content: [{ type: "text", text: "What is in this?" }, block] }] });
const responses = (part: object): object => ({ input: [{ role: "user", content: [{ type: "input_text", text: "What is in this?" }, part] }] });

const doors: [string, string, (url: string) => object, string][] = [
  ["chat image_url", "/v1/chat/completions", (url) => chat({ type: "image_url", image_url: { url } }), "messages[0].content[1].image_url.url"],
  ["chat image_url as a string", "/v1/chat/completions", (url) => chat({ type: "image_url", image_url: url }), "messages[0].content[1].image_url"],
  ["Messages image", "/v1/messages", (url) => messages({ type: "image", source: { type: "url", url } }), "messages[0].content[1].source.url"],
  ["Messages document", "/v1/messages", (url) => messages({ type: "document", source: { type: "url", url } }), "messages[0].content[1].source.url"],
  ["Responses input_image", "/v1/responses", (url) => responses({ type: "input_image", image_url: url }), "input[0].content[1].image_url"],
  ["Responses input_file", "/v1/responses", (url) => responses({ type: "input_file", filename: "a.pdf", file_url: url }), "input[0].content[1].file_url"],
];

// file_data takes a data: URL or, on OpenRouter, a URL; raw base64 passes. One that names a scheme must be fetchable.
const fileData: [string, string, (data: string) => object, string][] = [
  ["chat file_data", "/v1/chat/completions", (data) => chat({ type: "file", file: { filename: "a.pdf", file_data: data } }), "messages[0].content[1].file.file_data"],
  ["Responses input_file file_data", "/v1/responses", (data) => responses({ type: "input_file", filename: "a.pdf", file_data: data }), "input[0].content[1].file_data"],
];

const HOSTILE: [string, RegExp][] = [
  ["file:///etc/passwd", /file: URL/],
  ["javascript:alert(1)", /javascript: URL/],
  ["ftp://example.com/a.png", /ftp: URL/],
  ["not a url at all", /space or control character/],
  ["https://example.com/a.png\r\nX-Injected: 1", /space or control character/],
  ["/relative/a.png", /not a URL/],
];

describe("attachment URLs", () => {
  for (const [name, path, body, param] of doors) {
    it(`${name}: a URL no provider can fetch is a 400 naming the part before any upstream call; http(s) and data: are served`, async () => {
      for (const [url, why] of HOSTILE) {
        const refused = await post(path, body(url));
        expect(refused.status, url).toBe(400);
        if (path === "/v1/messages") {
          expect(refused.json).toMatchObject({ type: "error", error: { type: "invalid_request_error" } });
          expect(refused.json.error?.message).toContain(param);
        } else expect(refused.json.error).toMatchObject({ type: "invalid_request_error", param });
        expect(refused.json.error?.message, url).toMatch(why);
      }
      expect(gateway.simulator.calls).toEqual([]);
      expect((await post(path, body("https://example.com/cat.png"))).status).toBe(200);
      expect((await post(path, body("http://example.com/cat.png?size=large#x"))).status).toBe(200);
      expect((await post(path, body(`data:image/png;base64,${Buffer.from("png").toString("base64")}`))).status).toBe(200);
    });
  }
});

describe("file_data that names a URL", () => {
  for (const [name, path, body, param] of fileData) {
    it(`${name}: a file:, javascript: or ftp: URL is a 400 naming the part; https, data: and raw base64 are served`, async () => {
      for (const [url, why] of HOSTILE.slice(0, 3)) {
        const refused = await post(path, body(url));
        expect(refused.status, url).toBe(400);
        expect(refused.json.error, url).toMatchObject({ type: "invalid_request_error", param, message: expect.stringMatching(why) });
      }
      expect(gateway.simulator.calls).toEqual([]);
      const pdf = Buffer.from("%PDF-1.4 a tiny document").toString("base64");
      for (const good of ["https://example.com/a.pdf", `data:application/pdf;base64,${pdf}`, pdf]) expect((await post(path, body(good))).status, good).toBe(200);
    });
  }
});
