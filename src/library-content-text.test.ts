/**
 * `router.stream()` yields OpenAI's chunks, so a chunk's `delta.content` is text, as the README's loop
 * (`process.stdout.write(chunk.choices?.[0]?.delta?.content ?? "")`) reads it. Some providers stream `content` as a
 * list of parts; the library passed that list on, and typed `content` as `string | unknown[]`, so the README's
 * loop did not compile in a strict TypeScript project and would have written nothing for such a provider.
 * `router.chat()`'s `completion` is OpenAI's too: its `message.content` is text or null, where it was `unknown`
 * (every caller reading the answer needed a cast).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRouter } from "./create-router.js";

function chunk(delta: Record<string, unknown>, finishReason: string | null = null): string {
  return `data: ${JSON.stringify({ id: "gen-parts", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`;
}

const STREAM =
  chunk({ role: "assistant", content: "" }) +
  chunk({ content: [{ type: "text", text: "Hello" }] }) +
  chunk({ content: [{ type: "text", text: ", " }, { type: "image_url", image_url: { url: "x" } }, { type: "text", text: "world" }] }) +
  chunk({ content: "!" }) +
  chunk({}, "stop") +
  `data: ${JSON.stringify({ id: "gen-parts", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [], usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 } })}\n\n` +
  "data: [DONE]\n\n";

const COMPLETION = {
  id: "gen-parts",
  object: "chat.completion",
  created: 1,
  model: "openai/gpt-5-nano",
  choices: [{ index: 0, message: { role: "assistant", content: [{ type: "text", text: "Cited [1]" }, { type: "text", text: "." }] }, finish_reason: "stop" }],
  usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 },
};

describe("the library's answers carry content as text", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (piece: Buffer) => (body += piece.toString()));
      request.on("end", () => {
        const stream = (JSON.parse(body) as { stream?: boolean }).stream === true;
        response.writeHead(200, { "content-type": stream ? "text/event-stream" : "application/json" });
        response.end(stream ? STREAM : JSON.stringify(COMPLETION));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("router.chat(): message.content as text when the provider answers a list of parts", async () => {
    const router = createRouter({ upstream: { base_url: url }, tiers: { budget: { models: ["openai/gpt-5-nano"], max_tokens: 256 } } });
    try {
      const { completion, qualityChecks } = await router.chat({ model: "switchyard/tier/budget", messages: [{ role: "user", content: "hi" }] }, { validator: ({ content }) => /\[\d+\]/.test(content) || "no citation" });
      // Reading the answer must type-check without a cast.
      const answer: string = completion.choices[0]?.message?.content ?? "";
      expect(answer).toBe("Cited [1].");
      expect(qualityChecks).toEqual([]);
    } finally {
      await router.close();
    }
  });

  it("router.stream(): delta.content as text when the provider streams it as a list of parts", async () => {
    const router = createRouter({ upstream: { base_url: url }, tiers: { budget: { models: ["openai/gpt-5-nano"], max_tokens: 256 } } });
    try {
      const stream = await router.stream({ model: "switchyard/tier/budget", messages: [{ role: "user", content: "hi" }] });
      const pieces: unknown[] = [];
      let written = "";
      for await (const part of stream) {
        pieces.push(part.choices?.[0]?.delta?.content);
        // The README's loop, which must type-check: `content` is a string (or absent), never a list.
        const text: string = part.choices?.[0]?.delta?.content ?? "";
        written += text;
      }
      expect(written).toBe("Hello, world!");
      expect(pieces.every((content) => content === undefined || content === null || typeof content === "string")).toBe(true);
    } finally {
      await router.close();
    }
  });
});
