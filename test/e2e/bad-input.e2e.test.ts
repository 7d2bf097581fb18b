import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { Writable } from "node:stream";
import { LOG_REDACT_PATHS } from "../../src/server/log-redaction.js";
import { ask, CHAIN, startGateway, UPSTREAM_KEY, type Gateway } from "./gateway-harness.js";

async function post(gateway: Gateway, body: string | Buffer, headers: Record<string, string> = { "content-type": "application/json" }): Promise<{ status: number; json: { error?: { message: string; type: string; code: string | null; param: string | null } } }> {
  const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers, body });
  const text = await response.text();
  return { status: response.status, json: JSON.parse(text) as never };
}

async function healthy(gateway: Gateway): Promise<boolean> {
  const response = await fetch(`${gateway.url}/healthz`);
  return response.status === 200;
}

describe("bad input gets a 4xx envelope and the gateway stays healthy", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());

  it("malformed JSON → 400", async () => {
    const { status, json } = await post(gateway, '{"model": "switchyard/auto", "messages": [');
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ type: "invalid_request_error", code: "invalid_json" });
    expect(await healthy(gateway)).toBe(true);
  });

  it("a UTF-8 byte order mark before the JSON is read past (RFC 8259 §8.1), on a short body and a long one", async () => {
    // Notepad and PowerShell's UTF-8 files start with EF BB BF; `curl -d @file.json` sends it: it was 'not valid JSON'.
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    for (const content of ["hi", "a long prompt ".repeat(200)]) {
      const { status, json } = await post(gateway, Buffer.concat([bom, Buffer.from(JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content }] }))]));
      expect(status, JSON.stringify(json)).toBe(200);
    }
    expect(gateway.simulator.calls.at(-1)?.body).toMatchObject({ model: CHAIN[0] });
    // A mark anywhere else is still not JSON.
    const { status } = await post(gateway, Buffer.concat([Buffer.from(" "), bom, Buffer.from("{}")]));
    expect(status).toBe(400);
  });

  it("missing messages → 400 naming the param (SDK sees BadRequestError)", async () => {
    const error = await gateway.client.chat.completions.create({ model: "switchyard/auto" } as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).param).toBe("messages");
    const { status } = await post(gateway, JSON.stringify({ model: "x", messages: ["not a message"] }));
    expect(status).toBe(400);
    expect((await post(gateway, "[1,2,3]")).status).toBe(400);
    expect((await post(gateway, "null")).status).toBe(400);
    expect(await healthy(gateway)).toBe(true);
  });

  it("n other than 1 → 400 naming n, before any upstream call (a budget reserves for one answer)", async () => {
    gateway.simulator.reset();
    for (const [n, stream] of [[2, false], [2, true], [128, false], [0, false], [1.5, true]] as const) {
      const { status, json } = await post(gateway, JSON.stringify({ ...ask(), n, stream }));
      expect(status).toBe(400);
      expect(json.error).toMatchObject({ type: "invalid_request_error", code: "invalid_request", param: "n" });
    }
    expect(gateway.simulator.calls).toHaveLength(0);
    for (const n of [1, null]) expect((await post(gateway, JSON.stringify({ ...ask(), n }))).status).toBe(200);
  });

  it("a refusal before routing (400, 404 no_route) names its decision record in x-switchyard-decision-id, as a 402 does", async () => {
    // Journey 5: an operator given "404 no_route" by a client looks the request up in the log by its id.
    for (const [body, expected] of [
      [{ ...ask(), switchyard: { max_cost_usd: 0.00000001 } }, 404],
      [{ ...ask(), n: 2 }, 400],
    ] as const) {
      const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      expect(response.status).toBe(expected);
      const id = response.headers.get("x-switchyard-decision-id");
      expect(id).toMatch(/^dec_/);
      await response.text();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(gateway.records.find((record) => record.id === id)).toMatchObject({ status: expected });
    }
  });

  it("unknown tier or task → 400 listing the valid names", async () => {
    const tier = await gateway.client.chat.completions.create(ask("x", { model: "switchyard/tier/gold" })).catch((caught: unknown) => caught);
    expect((tier as Error).message).toMatch(/Unknown tier "gold". Valid tiers: .*budget.*premium.*e2e/);
    const task = await gateway.client.chat.completions.create(ask("x", { model: "switchyard/task/poetry" })).catch((caught: unknown) => caught);
    expect(task).toBeInstanceOf(OpenAI.BadRequestError);
    expect((task as Error).message).toMatch(/Unknown task "poetry". Valid tasks: .*code_generation/);
    // The SDK's `param` is the field or header the name came in (round 29; the header's was "task", named nowhere).
    expect([tier, task]).toMatchObject([{ code: "unknown_tier", param: "model" }, { code: "unknown_task", param: "model" }]);
    const field = await gateway.client.chat.completions.create({ ...ask("x"), model: "switchyard/auto", switchyard: { tier: "gold" } } as never).catch((caught: unknown) => caught);
    expect(field).toMatchObject({ status: 400, code: "unknown_tier", param: "switchyard.tier" });
    const header = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-switchyard-task": "nope" },
      body: JSON.stringify(ask()),
    });
    expect(header.status).toBe(400);
    expect(((await header.json()) as { error: { param: string; code: string } }).error).toMatchObject({ param: "x-switchyard-task", code: "unknown_task" });
    // A UTF-8 header is quoted back as the client wrote it, not as Latin-1 mojibake.
    const accented = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-switchyard-task": Buffer.from("mäth", "utf8").toString("latin1") },
      body: JSON.stringify(ask()),
    });
    expect(((await accented.json()) as { error: { message: string } }).error.message).toContain('"mäth"');
  });

  it("a sampling number JSON cannot carry (1e400) → 400 naming it, never forwarded as null", async () => {
    for (const field of ["temperature", "top_p", "seed"]) {
      const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: `{"model":"switchyard/tier/e2e","${field}":1e400,"messages":[{"role":"user","content":"hi"}]}` });
      expect(response.status, field).toBe(400);
      expect(((await response.json()) as { error: { param: string; message: string } }).error).toMatchObject({ param: field, message: expect.stringMatching(/Infinity/) });
    }
  });

  it("a 30 MB body → 413", async () => {
    const huge = JSON.stringify(ask("x".repeat(30 * 1024 * 1024)));
    const { status, json } = await post(gateway, huge);
    expect(status).toBe(413);
    expect(json.error?.code).toBe("request_too_large");
    expect(await healthy(gateway)).toBe(true);
  });

  it("unknown routes → 404 envelope; no stack trace anywhere", async () => {
    const response = await fetch(`${gateway.url}/v1/nothing`);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: "not_found" } });
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});

describe("the upstream key never appears in a response or a log line", () => {
  it("holds across success, upstream errors, a rejected key and streaming", async () => {
    // This gateway sends a key the simulator rejects, so the upstream answers 401.
    const wrongKey = "sk-or-v1-wrong-key-abcdefghijklmnop";
    const lines: string[] = [];
    const logger = pino(
      { level: "trace", redact: { paths: LOG_REDACT_PATHS, censor: "[REDACTED]" } },
      new Writable({ write: (chunk: Buffer, _encoding, callback) => void (lines.push(chunk.toString()), callback()) }),
    );
    const rejected = await startGateway({ app: { logger } });
    const good = await startGateway();
    try {
      const { createUpstreamClient } = await import("../../src/upstream/upstream-client.js");
      const { createApp } = await import("../../src/server/create-app.js");
      const { builtinCatalog } = await import("../../src/catalog/builtin-catalog.js");
      const { defaultConfig } = await import("../../src/config/parse-config.js");
      const upstream = createUpstreamClient({ baseUrl: rejected.simulator.url, apiKey: wrongKey, connectTimeoutMs: 1_000 });
      const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream, logger, redact: (text) => text.split(wrongKey).join("[REDACTED]") });
      await app.listen({ host: "127.0.0.1", port: 0 });
      const address = app.server.address();
      const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
      const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: `Bearer-${UPSTREAM_KEY}`, maxRetries: 0 });
      const bodies: string[] = [];
      const denied = await client.chat.completions.create(ask("hello", { model: "openai/gpt-5-nano" })).catch((caught: unknown) => caught);
      expect(denied).toBeInstanceOf(OpenAI.APIError);
      expect((denied as InstanceType<typeof OpenAI.APIError>).status).toBe(502);
      bodies.push(JSON.stringify((denied as InstanceType<typeof OpenAI.APIError>).error));

      good.simulator.setFault("openai/gpt-5-nano", "server_error");
      for (const stream of [false, true]) {
        const response = await fetch(`${good.url}/v1/chat/completions`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${UPSTREAM_KEY}` },
          body: JSON.stringify(ask("hello", { stream })),
        });
        bodies.push([...response.headers.entries()].join("\n"), await response.text());
      }
      await app.close();
      await upstream.close();
      for (const text of [...bodies, ...lines, ...good.logs]) {
        expect(text).not.toContain(UPSTREAM_KEY);
        expect(text).not.toContain(wrongKey);
      }
      expect(lines.join("")).toContain("chat completion");
      expect(good.logs.join("")).toContain("chat completion");
    } finally {
      await rejected.close();
      await good.close();
    }
  });
});
