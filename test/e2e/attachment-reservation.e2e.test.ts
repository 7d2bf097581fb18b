/**
 * A hard cap holds against attachments: an audio, file (PDF) or unknown part is forwarded as sent, and the
 * reservation now counts its payload (and each image at its most tokens), so a request whose attachment alone could
 * cost more than the budget has left gets the door's 402 before any upstream call. It reserved only its text before,
 * and the upstream's bill for a 1 MB PDF or audio part went past the cap.
 * @module
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSpendGuard } from "../../src/budget/create-spend-guard.js";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createMemoryLedger } from "../../src/storage/memory/memory-ledger.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const BUDGETS = [{ scope: "global" as const, window: "day" as const, limit_usd: 0.005 }];
/** 1 MB of base64: about 260k tokens at any price, far past what $0.005 buys of the e2e chain's input. */
const PAYLOAD = "QUJD".repeat(262_144);
const PDF_URL = `data:application/pdf;base64,${PAYLOAD}`;

let gateway: Gateway;
beforeAll(async () => {
  const spendGuard = createSpendGuard({ ledger: createMemoryLedger(), budgets: BUDGETS, clock: SYSTEM_CLOCK });
  gateway = await startGateway({ config: { budgets: BUDGETS }, app: { spendGuard } });
});
afterAll(async () => gateway.close());
beforeEach(() => gateway.simulator.reset());

async function post(path: string, body: object): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", ...body }) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const chat = (part: object): object => ({ messages: [{ role: "user", content: [{ type: "text", text: "What is in this?" }, part] }] });

describe("attachments count in the reservation", () => {
  it("a text request fits the budget", async () => {
    expect((await post("/v1/chat/completions", chat({ type: "text", text: "and this" }))).status).toBe(200);
  });

  const cases: [string, string, object][] = [
    ["chat input_audio", "/v1/chat/completions", chat({ type: "input_audio", input_audio: { data: PAYLOAD, format: "mp3" } })],
    ["chat file", "/v1/chat/completions", chat({ type: "file", file: { filename: "a.pdf", file_data: PDF_URL } })],
    ["chat part of an unknown type", "/v1/chat/completions", chat({ type: "video_url", video_url: { url: `data:video/mp4;base64,${PAYLOAD}` } })],
    ["Messages document", "/v1/messages", { max_tokens: 50, messages: [{ role: "user", content: [{ type: "text", text: "What is in this?" }, { type: "document", source: { type: "base64", media_type: "application/pdf", data: PAYLOAD } }] }] }],
    ["Responses input_file", "/v1/responses", { input: [{ role: "user", content: [{ type: "input_text", text: "What is in this?" }, { type: "input_file", filename: "a.pdf", file_data: PDF_URL }] }] }],
  ];
  for (const [name, path, body] of cases) {
    it(`${name}: its worst case is over the cap, so 402 and no upstream call`, async () => {
      const answer = await post(path, body);
      expect(answer.status).toBe(402);
      expect(JSON.stringify(answer.json)).toContain(path === "/v1/messages" ? '"type":"error"' : '"code":"budget_exceeded"');
      expect(gateway.simulator.calls).toEqual([]);
    });
  }

  // A file fetched by URL has a size the gateway cannot see: OpenRouter fetches a 2,000-page PDF or a three-hour video
  // and bills what the model reads. It reserved the URL's characters (about 10 tokens); now the model's whole context
  // window (the most it can read) is reserved as prompt, and the settle returns the difference.
  const PDF_LINK = "https://example.com/2000-pages.pdf";
  const byUrl: [string, string, object][] = [
    ["chat file by URL", "/v1/chat/completions", chat({ type: "file", file: { filename: "a.pdf", file_data: PDF_LINK } })],
    ["chat video by URL", "/v1/chat/completions", chat({ type: "video_url", video_url: { url: "https://example.com/3-hours.mp4" } })],
    ["Messages document by URL", "/v1/messages", { max_tokens: 50, messages: [{ role: "user", content: [{ type: "text", text: "What is in this?" }, { type: "document", source: { type: "url", url: PDF_LINK } }] }] }],
    ["Responses input_file by URL", "/v1/responses", { input: [{ role: "user", content: [{ type: "input_text", text: "What is in this?" }, { type: "input_file", file_url: PDF_LINK }] }] }],
  ];
  for (const [name, path, body] of byUrl) {
    it(`${name}: priced as filling the model's context window, over the cap, so 402 and no upstream call`, async () => {
      const answer = await post(path, body);
      expect(answer.status).toBe(402);
      expect(gateway.simulator.calls).toEqual([]);
    });
  }

  it("images count at their most tokens each: 200 images are over the cap, one is not", async () => {
    const image = { type: "image_url", image_url: { url: "https://example.com/a.png" } };
    expect((await post("/v1/chat/completions", chat(image))).status).toBe(200);
    const many = { messages: [{ role: "user", content: [{ type: "text", text: "Compare these." }, ...Array.from({ length: 200 }, () => image)] }] };
    expect((await post("/v1/chat/completions", many)).status).toBe(402);
  });
});
