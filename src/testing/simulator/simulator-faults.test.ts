import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { builtinModels } from "../../catalog/builtin-catalog.js";
import { createSimulator, type Simulator } from "./create-simulator.js";
import { REFUSAL_TEXT, STREAM_ERROR_MESSAGE } from "./simulator-fault.js";
import { chatBody, firstChoice, parseSse, postChat, streamedText } from "./simulator-test-helpers.js";

const CATALOG_MODEL = builtinModels().find((model) => !model.isFree);
if (!CATALOG_MODEL) throw new Error("the built-in catalog needs a paid model");
const MODEL = CATALOG_MODEL.id;

interface ErrorBody {
  error: { code: number; message: string; metadata?: Record<string, unknown> };
}

/** Reads a body until it ends or fails; never throws. */
async function readAll(response: Response): Promise<{ text: string; error: unknown }> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = "";
  if (!reader) return { text, error: undefined };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text, error: undefined };
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    return { text, error };
  }
}

describe("simulator faults", () => {
  let simulator: Simulator;
  beforeAll(async () => {
    simulator = await createSimulator({ slowMs: 300, processingIntervalMs: 50 });
  });
  afterAll(() => simulator.close());
  beforeEach(() => simulator.reset());

  const send = (fault: string, extra: Record<string, unknown> = {}): Promise<Response> =>
    postChat(simulator.url, chatBody(MODEL, extra), { "x-sim-fault": fault });

  it.each([
    ["rate_limit", 429, "rate_limit_exceeded"],
    ["rate_limit_no_retry_after", 429, "rate_limit_exceeded"],
    ["server_error", 500, "server"],
    ["unavailable", 503, "provider_unavailable"],
    ["context_length_exceeded", 400, "context_length_exceeded"],
    ["moderation", 403, "content_policy_violation"],
  ])("%s answers %i with an OpenRouter error body", async (fault, status, errorType) => {
    for (const stream of [false, true]) {
      const response = await send(fault, { stream });
      expect(response.status).toBe(status);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe(status);
      expect(body.error.metadata?.["error_type"]).toBe(errorType);
    }
    expect(simulator.calls.every((call) => call.fault === fault && call.status === status)).toBe(true);
  });

  it("rate_limit sends Retry-After: 1; rate_limit_no_retry_after sends none", async () => {
    expect((await send("rate_limit")).headers.get("retry-after")).toBe("1");
    expect((await send("rate_limit_no_retry_after")).headers.get("retry-after")).toBeNull();
  });

  it("context_length_exceeded says 'maximum context length' and also triggers on its own", async () => {
    const explicit = (await (await send("context_length_exceeded")).json()) as ErrorBody;
    expect(explicit.error.message).toContain("maximum context length");
    const automatic = await postChat(simulator.url, chatBody(MODEL, { max_tokens: CATALOG_MODEL.contextLength }));
    expect(automatic.status).toBe(400);
    const body = (await automatic.json()) as ErrorBody;
    expect(body.error.message).toContain(`maximum context length is ${CATALOG_MODEL.contextLength} tokens`);
    expect(simulator.calls.at(-1)?.fault).toBe("context_length_exceeded");
  });

  it("moderation carries reasons, flagged_input, provider_name and model_slug", async () => {
    const metadata = ((await (await send("moderation")).json()) as ErrorBody).error.metadata ?? {};
    expect(metadata["reasons"]).toEqual(["harassment"]);
    expect(metadata["flagged_input"]).toBe("What is the capital of France?");
    expect(typeof metadata["provider_name"]).toBe("string");
    expect(metadata["model_slug"]).toBe(MODEL);
  });

  it("connection_reset destroys the socket before any response", async () => {
    await expect(send("connection_reset")).rejects.toThrow();
    expect(simulator.calls.at(-1)).toMatchObject({ fault: "connection_reset", status: null });
  });

  it("no_response accepts the request and never answers", async () => {
    const error = await postChat(simulator.url, chatBody(MODEL), { "x-sim-fault": "no_response" }, AbortSignal.timeout(300)).catch(
      (caught: unknown) => caught,
    );
    expect((error as Error).name).toMatch(/TimeoutError|AbortError/);
    expect(simulator.calls.at(-1)).toMatchObject({ fault: "no_response", status: null });
  });

  it("slow_first_token streams only keep-alive comments for slowMs, then answers", async () => {
    const started = performance.now();
    const response = await send("slow_first_token", { stream: true });
    const text = await response.text();
    const events = parseSse(text);
    const firstData = events.findIndex((event) => event.kind === "data");
    expect(firstData).toBeGreaterThanOrEqual(5);
    expect(events.slice(0, firstData).every((event) => event.kind === "comment" && event.text === "OPENROUTER PROCESSING")).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(events.at(-1)).toEqual({ kind: "done" });
  });

  it("slow_first_token delays a non-streaming answer by slowMs", async () => {
    const started = performance.now();
    expect((await send("slow_first_token")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("stream_cut sends some content, then destroys the socket", async () => {
    const streamed = await readAll(await send("stream_cut", { stream: true }));
    expect(streamed.error).toBeDefined();
    expect(streamedText(parseSse(streamed.text)).length).toBeGreaterThan(0);
    expect(streamed.text).not.toContain("[DONE]");
    expect(streamed.text).not.toContain('"finish_reason":"stop"');
    const plain = await readAll(await send("stream_cut"));
    expect(plain.error).toBeDefined();
  });

  it("stream_stall sends some content, then goes silent with the socket open", async () => {
    const response = await send("stream_stall", { stream: true });
    const reader = response.body?.getReader();
    if (!reader) throw new Error("no body");
    let text = "";
    while (!text.includes('"content"')) {
      const { value, done } = await reader.read();
      expect(done).toBe(false);
      text += new TextDecoder().decode(value);
    }
    const next = await Promise.race([reader.read().then(() => "data"), new Promise((resolve) => setTimeout(() => resolve("silent"), 300))]);
    expect(next).toBe("silent");
    await reader.cancel();
  });

  it("stream_error sends some content, then OpenRouter's error event with finish_reason error, and no [DONE]", async () => {
    const streamed = await readAll(await send("stream_error", { stream: true }));
    expect(streamed.error).toBeUndefined();
    const events = parseSse(streamed.text);
    expect(streamedText(events).length).toBeGreaterThan(0);
    expect(events.some((event) => event.kind === "done")).toBe(false);
    const last = events.at(-1);
    if (last?.kind !== "data") throw new Error("the stream must end with a data event");
    expect(last.json["error"]).toMatchObject({ code: 502, message: STREAM_ERROR_MESSAGE, metadata: { error_type: "provider_unavailable" } });
    expect(firstChoice(last.json)?.["finish_reason"]).toBe("error");
    expect(events.some((event) => event.kind === "data" && "usage" in event.json)).toBe(false);
    const plain = await send("stream_error");
    expect(plain.status).toBe(200);
    const body = (await plain.json()) as ErrorBody & { choices?: unknown };
    expect(body.error.message).toBe(STREAM_ERROR_MESSAGE);
    expect(body.choices).toBeUndefined();
  });

  it("malformed_chunk makes the first data line invalid JSON (and the JSON body invalid)", async () => {
    const events = parseSse(await (await send("malformed_chunk", { stream: true })).text());
    const firstData = events.find((event) => event.kind !== "comment");
    expect(firstData?.kind).toBe("invalid");
    const plain = await send("malformed_chunk");
    expect(plain.status).toBe(200);
    await expect(plain.json()).rejects.toThrow();
  });

  it("missing_done sends the finish and usage chunks but no [DONE]", async () => {
    const streamed = await readAll(await send("missing_done", { stream: true }));
    expect(streamed.error).toBeUndefined();
    const events = parseSse(streamed.text);
    expect(events.some((event) => event.kind === "done")).toBe(false);
    const last = events.at(-1);
    expect(last?.kind === "data" && "usage" in last.json).toBe(true);
  });

  it("flapping alternates 503 and 200 per model", async () => {
    simulator.setFault(MODEL, "flapping");
    const statuses: number[] = [];
    for (let index = 0; index < 4; index += 1) statuses.push((await postChat(simulator.url, chatBody(MODEL))).status);
    expect(statuses).toEqual([503, 200, 503, 200]);
  });

  it("empty answers 200 with empty content, streaming or not", async () => {
    const body = (await (await send("empty")).json()) as Record<string, unknown>;
    expect((firstChoice(body)?.["message"] as { content: string }).content).toBe("");
    const events = parseSse(await (await send("empty", { stream: true })).text());
    expect(streamedText(events)).toBe("");
    expect(events.at(-1)).toEqual({ kind: "done" });
  });

  it("refusal answers the refusal text", async () => {
    const body = (await (await send("refusal")).json()) as Record<string, unknown>;
    expect((firstChoice(body)?.["message"] as { content: string }).content).toBe(REFUSAL_TEXT);
    expect(streamedText(parseSse(await (await send("refusal", { stream: true })).text()))).toBe(REFUSAL_TEXT);
  });

  it("length finishes with finish_reason length", async () => {
    const body = (await (await send("length", { max_tokens: 7 })).json()) as Record<string, unknown>;
    expect(firstChoice(body)?.["finish_reason"]).toBe("length");
    expect((body["usage"] as { completion_tokens: number }).completion_tokens).toBe(7);
    const events = parseSse(await (await send("length", { stream: true })).text());
    const finish = events.flatMap((event) => (event.kind === "data" ? [firstChoice(event.json)?.["finish_reason"]] : [])).filter(Boolean);
    expect(finish).toEqual(["length"]);
  });

  it("per-model faults from options apply without a header", async () => {
    const faulty = await createSimulator({ faults: { [MODEL]: "rate_limit" } });
    try {
      expect((await postChat(faulty.url, chatBody(MODEL))).status).toBe(429);
      faulty.setFault(MODEL, null);
      expect((await postChat(faulty.url, chatBody(MODEL))).status).toBe(200);
      faulty.reset();
      expect((await postChat(faulty.url, chatBody(MODEL))).status).toBe(429);
    } finally {
      await faulty.close();
    }
  });
});
