/**
 * A usage-less answer (no usage from the upstream) is charged at the prices the catalog lists for what the request
 * shows, as its reservation priced it (round 28): an audio part at `pricing.audio` (it was charged at the input
 * price: the catalog's audio price was not read), and a prompt marked for caching (`cache_control`) at the cache
 * write's price (`input_cache_write`; it was charged at the input price). An answer whose usage names audio tokens
 * but no cost is priced the same way. The hard cap holds: every charge is at most the reservation.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { builtinModels } from "../../src/catalog/builtin-catalog.js";
import { ModelCatalog } from "../../src/catalog/model-catalog.js";
import { useGatewayAnswering } from "./gateway-fixture.js";

const MODEL_ID = "google/gemini-2.5-flash";
const MAX_TOKENS = 100;
/** 40,000 characters of base64: 10,000 tokens by payload size. */
const PAYLOAD = "QUJD".repeat(10_000);
const PAYLOAD_TOKENS = PAYLOAD.length / 4;
const AUDIO_TOKENS_REPORTED = 2_000;

/** Text, then a stop: no usage at all, or (for a prompt that says "usage") usage naming audio tokens and no cost. */
function answer(text: string, stream: boolean): string {
  const { model } = JSON.parse(text) as { model: string };
  const usage = text.includes("report usage") ? { prompt_tokens: AUDIO_TOKENS_REPORTED + 10, completion_tokens: 3, total_tokens: AUDIO_TOKENS_REPORTED + 13, prompt_tokens_details: { audio_tokens: AUDIO_TOKENS_REPORTED } } : undefined;
  if (!stream) return JSON.stringify({ id: "gen-a", object: "chat.completion", created: 1, model, choices: [{ index: 0, message: { role: "assistant", content: "Heard it." }, finish_reason: "stop" }], ...(usage ? { usage } : {}) });
  const chunk = (delta: Record<string, unknown>, finish: string | null) => ({ id: "gen-a", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta, finish_reason: finish }] });
  const tail = usage ? `data: ${JSON.stringify({ id: "gen-a", object: "chat.completion.chunk", created: 1, model, choices: [], usage })}\n\n` : "";
  return `data: ${JSON.stringify(chunk({ role: "assistant", content: "Heard it." }, null))}\n\ndata: ${JSON.stringify(chunk({}, "stop"))}\n\n${tail}data: [DONE]\n\n`;
}

const base = builtinModels().find((model) => model.id === MODEL_ID);
if (!base) throw new Error(`${MODEL_ID} is not in the builtin catalog`);
const inputPrice = base.pricing.usdPerMillionInputTokens;
const outputPrice = base.pricing.usdPerMillionOutputTokens;
const audioPrice = inputPrice * 8;
const writePrice = inputPrice * 3;
const models = builtinModels().map((model) => (model.id === MODEL_ID ? { ...model, pricing: { ...model.pricing, usdPerMillionAudioTokens: audioPrice, usdPerMillionCacheWriteTokens: writePrice } } : model));

const the = useGatewayAnswering(answer, { tiers: { e2e: { models: [MODEL_ID], max_tokens: 300 } } }, { catalog: new ModelCatalog(models, { source: "builtin" }) });
beforeEach(() => {
  the.gateway.records.length = 0;
});

function last(): { costUsd: number; inputTokens: number; outputTokens: number } {
  const record = the.gateway.records.at(-1);
  if (record?.model !== MODEL_ID) throw new Error(`no record answered by ${MODEL_ID}`);
  return record;
}

describe("a charge reads the catalog's audio and cache-write prices", () => {
  it("an audio part without usage is charged at pricing.audio, whole and streamed", async () => {
    const messages = [{ role: "user" as const, content: [{ type: "text" as const, text: "What is said?" }, { type: "input_audio" as const, input_audio: { data: PAYLOAD, format: "mp3" as const } }] }];
    for (const stream of [false, true]) {
      const answered = await the.gateway.client.chat.completions.create({ model: "switchyard/tier/e2e", max_tokens: MAX_TOKENS, messages, stream });
      if (stream) for await (const _chunk of answered as AsyncIterable<unknown>) void _chunk;
      const record = last();
      const words = (record.inputTokens * inputPrice + record.outputTokens * outputPrice) / 1e6;
      expect(record.costUsd, `stream ${stream}`).toBeGreaterThanOrEqual(words + (PAYLOAD_TOKENS * audioPrice) / 1e6);
      expect(record.costUsd, `stream ${stream}`).toBeLessThan(words + (PAYLOAD_TOKENS * audioPrice + 20 * audioPrice) / 1e6);
    }
  });

  it("usage naming audio tokens but no cost prices them at pricing.audio", async () => {
    const messages = [{ role: "user" as const, content: [{ type: "text" as const, text: "report usage" }, { type: "input_audio" as const, input_audio: { data: PAYLOAD, format: "mp3" as const } }] }];
    await the.gateway.client.chat.completions.create({ model: "switchyard/tier/e2e", max_tokens: MAX_TOKENS, messages });
    expect(last().costUsd).toBeCloseTo((AUDIO_TOKENS_REPORTED * audioPrice + 10 * inputPrice + 3 * outputPrice) / 1e6, 12);
  });

  it("a prompt marked for caching without usage is charged at the cache write's price (Messages, cache_control)", async () => {
    const system = [{ type: "text" as const, text: "You are terse. ".repeat(400), cache_control: { type: "ephemeral" as const } }];
    for (const stream of [false, true]) {
      if (stream) await the.anthropic.messages.stream({ model: "switchyard/tier/e2e", max_tokens: MAX_TOKENS, system, messages: [{ role: "user", content: "Hi." }] }).finalMessage();
      else await the.anthropic.messages.create({ model: "switchyard/tier/e2e", max_tokens: MAX_TOKENS, system, messages: [{ role: "user", content: "Hi." }] });
      const record = last();
      // The 5-minute write: 1.25 times the input price, or the listed write price when higher (here 3 times).
      expect(record.costUsd, `stream ${stream}`).toBeCloseTo((record.inputTokens * writePrice + record.outputTokens * outputPrice) / 1e6, 12);
    }
  });
});
