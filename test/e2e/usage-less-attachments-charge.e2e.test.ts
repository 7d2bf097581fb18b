/**
 * An answer the upstream sent without usage is charged for its files, audio and video as its reservation counted them
 * (by payload size; a file by URL as the model's context window), and for each image's catalog fee (`pricing.image`),
 * on every door, streamed and whole (round 27, ADR 0098). The charge counted only the prompt's words and the images'
 * tokens: a PDF or an audio part on a cut stream or a usage-less answer cost nothing in the ledger while the upstream
 * billed it, so spend could pass a hard cap by the attachment.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { builtinModels } from "../../src/catalog/builtin-catalog.js";
import { ModelCatalog } from "../../src/catalog/model-catalog.js";
import { useGatewayAnswering } from "./gateway-fixture.js";

const MODEL_ID = "google/gemini-2.5-flash";
const IMAGE_FEE = 0.001;
const MAX_TOKENS = 100;
/** 40,000 characters of base64: 10,000 tokens by payload size, about 30 KB of PDF or audio. */
const PAYLOAD = "QUJD".repeat(10_000);
const PAYLOAD_TOKENS = PAYLOAD.length / 4;
const PNG = "iVBORw0KGgo=";

/** Text, then a stop, and no usage anywhere. */
function withoutUsage(text: string, stream: boolean): string {
  const { model } = JSON.parse(text) as { model: string };
  if (!stream) return JSON.stringify({ id: "gen-nousage", object: "chat.completion", created: 1, model, choices: [{ index: 0, message: { role: "assistant", content: "Read it." }, finish_reason: "stop" }] });
  const chunk = (delta: Record<string, unknown>, finish: string | null) => ({ id: "gen-nousage", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta, finish_reason: finish }] });
  return `data: ${JSON.stringify(chunk({ role: "assistant", content: "Read it." }, null))}\n\ndata: ${JSON.stringify(chunk({}, "stop"))}\n\ndata: [DONE]\n\n`;
}

const models = builtinModels().map((model) => (model.id === MODEL_ID ? { ...model, pricing: { ...model.pricing, usdPerImage: IMAGE_FEE } } : model));
const entry = models.find((model) => model.id === MODEL_ID);
if (!entry) throw new Error(`${MODEL_ID} is not in the builtin catalog`);
const { usdPerMillionInputTokens: inputPrice, usdPerMillionOutputTokens: outputPrice } = entry.pricing;

const the = useGatewayAnswering(withoutUsage, { tiers: { e2e: { models: [MODEL_ID], max_tokens: 300 } } }, { catalog: new ModelCatalog(models, { source: "builtin" }) });
beforeEach(() => {
  the.gateway.records.length = 0;
});

/** The last record's cost, and what its recorded tokens cost at the model's prices (the words and images alone). */
function lastCharge(): { costUsd: number; tokensUsd: number } {
  const record = the.gateway.records.at(-1);
  if (record?.model !== MODEL_ID) throw new Error(`no record answered by ${MODEL_ID}`);
  return { costUsd: record.costUsd, tokensUsd: (record.inputTokens * inputPrice + record.outputTokens * outputPrice) / 1e6 };
}

/** The charge is the tokens' price plus `extraUsd` (the parts' own few characters, type and file names, aside). */
function expectCharged(extraUsd: number): void {
  const { costUsd, tokensUsd } = lastCharge();
  expect(costUsd).toBeGreaterThanOrEqual(tokensUsd + extraUsd);
  expect(costUsd).toBeLessThan(tokensUsd + extraUsd + (20 * inputPrice) / 1e6);
}

const FILE_USD = (PAYLOAD_TOKENS * inputPrice) / 1e6;
const ask = "What is in this?";

describe("a usage-less answer is charged for its attachments as they were reserved", () => {
  it("Chat: a PDF file part and an audio part, whole and streamed", async () => {
    const file = { type: "file" as const, file: { filename: "a.pdf", file_data: `data:application/pdf;base64,${PAYLOAD}` } };
    const audio = { type: "input_audio" as const, input_audio: { data: PAYLOAD, format: "mp3" as const } };
    for (const part of [file, audio]) {
      const messages = [{ role: "user" as const, content: [{ type: "text" as const, text: ask }, part] }];
      await the.gateway.client.chat.completions.create({ model: "switchyard/tier/e2e", max_tokens: MAX_TOKENS, messages });
      expectCharged(FILE_USD);
      const stream = await the.gateway.client.chat.completions.create({ model: "switchyard/tier/e2e", max_tokens: MAX_TOKENS, messages, stream: true });
      for await (const _chunk of stream) void _chunk;
      expectCharged(FILE_USD);
    }
  });

  it("Messages: a PDF document, streamed and whole", async () => {
    const document = { type: "document" as const, source: { type: "base64" as const, media_type: "application/pdf" as const, data: PAYLOAD } };
    const messages = [{ role: "user" as const, content: [document, { type: "text" as const, text: ask }] }];
    await the.anthropic.messages.stream({ model: "switchyard/tier/e2e", max_tokens: MAX_TOKENS, messages }).finalMessage();
    expectCharged(FILE_USD);
    await the.anthropic.messages.create({ model: "switchyard/tier/e2e", max_tokens: MAX_TOKENS, messages });
    expectCharged(FILE_USD);
  });

  it("Responses: an input_file, whole and streamed", async () => {
    const input = [{ role: "user" as const, content: [{ type: "input_text" as const, text: ask }, { type: "input_file" as const, filename: "a.pdf", file_data: `data:application/pdf;base64,${PAYLOAD}` }] }];
    await the.gateway.client.responses.create({ model: "switchyard/tier/e2e", max_output_tokens: MAX_TOKENS, input });
    expectCharged(FILE_USD);
    await the.gateway.client.responses.stream({ model: "switchyard/tier/e2e", max_output_tokens: MAX_TOKENS, input }).finalResponse();
    expectCharged(FILE_USD);
  });

  it("each image's catalog fee, beside its tokens", async () => {
    const image = { type: "image_url" as const, image_url: { url: `data:image/png;base64,${PNG}` } };
    const messages = [{ role: "user" as const, content: [{ type: "text" as const, text: ask }, image, image] }];
    await the.gateway.client.chat.completions.create({ model: "switchyard/tier/e2e", max_tokens: MAX_TOKENS, messages });
    // The images' tokens are in the record's input tokens (ADR 0094); their fee is not.
    expectCharged(2 * IMAGE_FEE);
  });

  it("a file by URL as the context window it reserved", async () => {
    const file = { type: "file" as const, file: { filename: "big.pdf", file_data: "https://example.com/2000-pages.pdf" } };
    await the.gateway.client.chat.completions.create({ model: "switchyard/tier/e2e", max_tokens: MAX_TOKENS, messages: [{ role: "user", content: [{ type: "text", text: ask }, file] }] });
    const { costUsd } = lastCharge();
    expect(costUsd).toBeGreaterThanOrEqual(((entry.contextLength - MAX_TOKENS) * inputPrice) / 1e6);
  });
});
