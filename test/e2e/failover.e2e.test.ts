import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SimulatorFault } from "../../src/testing/simulator/index.js";
import { ask, CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

const [PRIMARY, SECONDARY] = CHAIN;

/** Faults that fail before any content: non-streaming and streaming both fail over to the next model. */
const FAILOVER_FAULTS: SimulatorFault[] = [
  "rate_limit",
  "rate_limit_no_retry_after",
  "server_error",
  "unavailable",
  "connection_reset",
  "no_response",
  "slow_first_token",
  "malformed_chunk",
];

async function rawStream(gateway: Gateway, body: Record<string, unknown>): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(`${gateway.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...body, stream: true }),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** A raw HTTP/1.1 request, to read the trailers fetch does not expose. */
function streamWithTrailers(gateway: Gateway, body: Record<string, unknown>): Promise<{ headers: IncomingHttpHeaders; trailers: NodeJS.Dict<string>; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" } }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ headers: response.headers, trailers: response.trailers, text }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(JSON.stringify(body));
  });
}

describe("failover through the real HTTP path (openai SDK client)", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway({ config: { circuit_breaker: { failures: 1000, window_ms: 60_000, cooldown_ms: 1_000 } } });
  });
  afterAll(async () => gateway.close());
  beforeEach(() => {
    gateway.simulator.reset();
    gateway.holds.clear(); // a rate_limit case holds the primary for its Retry-After second
    gateway.records.length = 0;
  });

  describe("non-streaming", () => {
    for (const fault of [...FAILOVER_FAULTS, "stream_cut", "stream_stall"] as SimulatorFault[]) {
      it(`${fault} on the primary: the next model answers, attempts = 2`, async () => {
        gateway.simulator.setFault(PRIMARY, fault);
        const { data, response } = await gateway.client.chat.completions.create(ask()).withResponse();
        expect(data.model).toBe(SECONDARY);
        expect(data.choices[0]?.message.content).toContain(`simulated answer from ${SECONDARY}`);
        expect(response.headers.get("x-switchyard-model")).toBe(SECONDARY);
        expect(response.headers.get("x-switchyard-attempts")).toBe("2");
      });
    }

    it("charges the cost to the model that actually answered", async () => {
      gateway.simulator.setFault(PRIMARY, "server_error");
      const { data, response } = await gateway.client.chat.completions.create(ask()).withResponse();
      const reported = (data.usage as unknown as { cost: number }).cost;
      expect(Number(response.headers.get("x-switchyard-cost-usd"))).toBeCloseTo(reported, 10);
      const record = gateway.records.at(-1);
      expect(record).toMatchObject({ model: SECONDARY, outcome: "served", status: 200 });
      expect(record?.costUsd).toBeCloseTo(reported, 10);
      expect(record?.attempts.map((attempt) => [attempt.model, attempt.errorType])).toEqual([
        [PRIMARY, "http"],
        [SECONDARY, null],
      ]);
    });

    it("moves to a model with a larger context after context_length_exceeded", async () => {
      gateway.simulator.setFault(PRIMARY, "context_length_exceeded");
      const { data } = await gateway.client.chat.completions.create(ask()).withResponse();
      expect(data.model).not.toBe(PRIMARY);
      const sent = gateway.simulator.calls.map((call) => call.model);
      expect(sent[0]).toBe(PRIMARY);
      // gpt-5-nano has 400k tokens; the smaller models of the chain are skipped.
      expect(sent.slice(1)).not.toContain(SECONDARY);
    });

    it("does not retry a moderation refusal: 403 content_policy_violation", async () => {
      gateway.simulator.setFault(PRIMARY, "moderation");
      const error = await gateway.client.chat.completions.create(ask()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
      expect((error as InstanceType<typeof OpenAI.APIError>).code).toBe("content_policy_violation");
      expect(gateway.simulator.calls).toHaveLength(1);
      expect(gateway.records.at(-1)).toMatchObject({ outcome: "refused", status: 403 });
    });

    it("lists every attempt when the whole chain fails (502)", async () => {
      for (const model of CHAIN) gateway.simulator.setFault(model, "server_error");
      const error = await gateway.client.chat.completions.create(ask()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OpenAI.APIError);
      const apiError = error as InstanceType<typeof OpenAI.APIError>;
      expect(apiError.status).toBe(502);
      for (const model of CHAIN) expect(apiError.message).toContain(model);
      expect(gateway.records.at(-1)).toMatchObject({ outcome: "failed", status: 502, model: null });
      expect(gateway.records.at(-1)?.attempts).toHaveLength(3);
    });

    it("serves every request of a flapping primary", async () => {
      gateway.simulator.setFault(PRIMARY, "flapping");
      const models: string[] = [];
      for (let i = 0; i < 6; i += 1) models.push((await gateway.client.chat.completions.create(ask())).model);
      expect(models).toContain(PRIMARY);
      expect(models).toContain(SECONDARY);
      expect(models.every((model) => model === PRIMARY || model === SECONDARY)).toBe(true);
    });
  });

  describe("streaming", () => {
    for (const fault of FAILOVER_FAULTS) {
      it(`${fault} before the first content fails over invisibly`, async () => {
        gateway.simulator.setFault(PRIMARY, fault);
        const { data: stream, response } = await gateway.client.chat.completions.create({ ...ask(), stream: true }).withResponse();
        let text = "";
        for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
        expect(text).toBe(`This is a simulated answer from ${SECONDARY} to: Say hello to the gateway.`);
        expect(response.headers.get("x-switchyard-model")).toBe(SECONDARY);
        expect(response.headers.get("x-switchyard-attempts")).toBe("2");
      });
    }

    for (const fault of ["stream_cut", "stream_stall"] as const) {
      it(`${fault} after content ends with an explicit error, never [DONE]`, async () => {
        gateway.simulator.setFault(PRIMARY, fault);
        const stream = await gateway.client.chat.completions.create({ ...ask(), stream: true });
        let text = "";
        const error = await (async () => {
          for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
        })().catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(OpenAI.APIError);
        expect(text.length).toBeGreaterThan(0);
        gateway.simulator.reset();
        gateway.simulator.setFault(PRIMARY, fault);
        const raw = await rawStream(gateway, ask());
        expect(raw.text).not.toContain("[DONE]");
        const last = JSON.parse(raw.text.trim().split("\n\n").at(-1)?.slice(6) ?? "{}") as { error?: unknown; choices?: { finish_reason: string }[] };
        expect(last.error).toBeDefined();
        expect(last.choices?.[0]?.finish_reason).toBe("error");
        expect(gateway.records.at(-1)).toMatchObject({ outcome: "failed", finishReason: "error" });
      });
    }

    it("treats a missing [DONE] after a proper finish_reason as success", async () => {
      gateway.simulator.setFault(PRIMARY, "missing_done");
      const raw = await rawStream(gateway, ask());
      expect(raw.text.endsWith("data: [DONE]\n\n")).toBe(true);
      expect(raw.headers.get("x-switchyard-attempts")).toBe("1");
      const stream = await gateway.client.chat.completions.create({ ...ask(), stream: true });
      let text = "";
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
      expect(text).toContain(PRIMARY);
    });

    it("resumes a cut stream on the next model so the client sees one stream", async () => {
      gateway.simulator.setFault(PRIMARY, "stream_cut");
      const stream = await gateway.client.chat.completions.create({ ...ask(), stream: true, switchyard: { resume: true } } as never);
      let text = "";
      for await (const chunk of stream as unknown as AsyncIterable<OpenAI.ChatCompletionChunk>) text += chunk.choices[0]?.delta.content ?? "";
      const resumed = gateway.simulator.calls[1]?.body as { model: string; messages: { role: string; content: string }[] };
      expect(resumed.model).toBe(SECONDARY);
      const prefill = resumed.messages.at(-1);
      expect(prefill?.role).toBe("assistant");
      expect(text.startsWith(prefill?.content ?? "\u0000")).toBe(true);
      expect(text.length).toBeGreaterThan(prefill?.content.length ?? 0);
      expect(gateway.records.at(-1)).toMatchObject({ outcome: "served", finishReason: "stop" });
    });

    it("a resumed stream names the model that finished it: last chunk, HTTP trailer and decision record", async () => {
      gateway.simulator.setFault(PRIMARY, "stream_cut");
      const { headers, trailers, text } = await streamWithTrailers(gateway, { ...ask(), stream: true, switchyard: { resume: true } });
      expect(headers["x-switchyard-model"]).toBe(PRIMARY); // sent before anything failed
      expect(headers.trailer).toBe("x-switchyard-model");
      expect(trailers["x-switchyard-model"]).toBe(SECONDARY);
      const chunks = text.split("\n\n").filter((event) => event.startsWith("data: {")).map((event) => JSON.parse(event.slice(6)) as { model: string; switchyard?: unknown });
      expect(chunks.at(-1)).toMatchObject({ model: SECONDARY, choices: [], switchyard: { model: SECONDARY, models: [PRIMARY, SECONDARY], resumes: 1 } });
      expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
      expect(gateway.records.at(-1)).toMatchObject({ model: SECONDARY, outcome: "served" });
      expect(gateway.records.at(-1)?.attempts.map((attempt) => attempt.model)).toEqual([PRIMARY, SECONDARY]);
    });

    it("context length exceeded and moderation behave as without streaming", async () => {
      gateway.simulator.setFault(PRIMARY, "context_length_exceeded");
      const ok = await rawStream(gateway, ask());
      expect(ok.status).toBe(200);
      expect(ok.headers.get("x-switchyard-model")).not.toBe(PRIMARY);
      gateway.simulator.reset();
      gateway.simulator.setFault(PRIMARY, "moderation");
      const refused = await rawStream(gateway, ask());
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.text)).toMatchObject({ error: { code: "content_policy_violation" } });
    });
  });
});
