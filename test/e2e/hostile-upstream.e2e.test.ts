/**
 * Answers the simulator never gives: an upstream (or a provider behind OpenRouter) whose 200 holds pathological
 * values. The client still gets the door's answer or an honest error, never a 500, and the request is recorded
 * and settled.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MAX_BELIEVABLE_TOKENS } from "../../src/routing/fallback/answered-model.js";
import { createUpstreamClient, type UpstreamClient } from "../../src/upstream/upstream-client.js";
import { trackingSpendGuard, type TrackingSpendGuard } from "../support/tracking-spend-guard.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";
/** Tool-call arguments nested far deeper than any recursive walk (JSON.stringify included) survives. */
const DEEP_ARGUMENTS = "[".repeat(200_000) + "]".repeat(200_000);

/** The next answer the fake upstream gives, as a chat.completion body (or its raw text). */
let nextBody: Record<string, unknown> | string = {};
/** The content type of the next answer only, when a test names one (as an upstream may spell it). */
let nextContentType: string | undefined;
/** Answers given before `nextBody`, one per request, first in first out. */
const queued: string[] = [];
let upstreamServer: Server;
let upstream: UpstreamClient;
let gateway: Gateway;
let guard: TrackingSpendGuard;

function completion(message: Record<string, unknown>, finishReason: string, usage: Record<string, unknown> = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 }): Record<string, unknown> {
  return { id: "gen-hostile", object: "chat.completion", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: finishReason }], usage };
}

beforeAll(async () => {
  upstreamServer = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      // A string starting "data:" is an event stream; anything else is a JSON body.
      const answer = queued.shift() ?? nextBody;
      const events = typeof answer === "string" && answer.startsWith("data:");
      const html = typeof answer === "string" && answer.startsWith("<!doctype html>");
      const contentType = nextContentType ?? (events ? "text/event-stream" : html ? "text/html" : "application/json");
      nextContentType = undefined;
      response.writeHead(200, { "content-type": contentType });
      response.end(typeof answer === "string" ? answer : JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => upstreamServer.listen(0, "127.0.0.1", resolve));
  const { port } = upstreamServer.address() as AddressInfo;
  upstream = createUpstreamClient({ baseUrl: `http://127.0.0.1:${port}/api/v1`, apiKey: "sk-or-hostile", connectTimeoutMs: 1_000 });
  guard = trackingSpendGuard();
  // Many hostile answers in a row on one model: its circuit would open and skip it in the tests after.
  gateway = await startGateway({ app: { upstream, spendGuard: guard }, config: { circuit_breaker: { failures: 1_000 } } });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
  await new Promise((resolve) => upstreamServer.close(resolve));
});
beforeEach(() => {
  queued.length = 0;
  nextBody = {};
  nextContentType = undefined;
});

async function post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("a 200 with pathological tool-call arguments", () => {
  const toolCall = { content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "lookup", arguments: DEEP_ARGUMENTS } }] };
  const tools = [{ name: "lookup", input_schema: { type: "object" } }];

  it("Messages: the tool_use block keeps the arguments as text instead of failing the paid answer with a 500", async () => {
    nextBody = completion(toolCall, "tool_calls");
    const before = gateway.records.length;
    const answer = await post("/v1/messages", { model: MODEL, max_tokens: 100, tools, messages: [{ role: "user", content: "Look it up." }] });
    expect(answer.status).toBe(200);
    const block = (answer.json.content as { type: string; input: { _raw?: string } }[])[0];
    expect(block).toMatchObject({ type: "tool_use", name: "lookup" });
    expect(block?.input._raw).toHaveLength(DEEP_ARGUMENTS.length);
    expect(answer.json.stop_reason).toBe("tool_use");
    expect(gateway.records.length).toBe(before + 1);
    expect([...guard.open.values()]).toEqual([]);
  });

  it("Chat and Responses relay the arguments as the string they are", async () => {
    nextBody = completion(toolCall, "tool_calls");
    expect((await post("/v1/chat/completions", { model: MODEL, messages: [{ role: "user", content: "Look it up." }] })).status).toBe(200);
    const responses = await post("/v1/responses", { model: MODEL, input: "Look it up.", tools: [{ type: "function", name: "lookup", parameters: { type: "object" } }] });
    expect(responses.status).toBe(200);
    expect((responses.json.output as { type: string; arguments?: string }[]).find((item) => item.type === "function_call")?.arguments).toHaveLength(DEEP_ARGUMENTS.length);
  });
});

describe("a 200 whose finish_reason is not a string", () => {
  it("logs it as null, in a body and in a stream, instead of a value the log's text column cannot take", async () => {
    // An object or a boolean failed SQLite's bind on every try: no later record shipped and `report` stopped.
    for (const finish of [{ reason: "stop" }, true, 7]) {
      nextBody = completion({ content: "Fine." }, "stop");
      (nextBody.choices as { finish_reason: unknown }[])[0]!.finish_reason = finish;
      const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }) });
      expect(response.status).toBe(200);
      expect(gateway.records.at(-1)?.finishReason).toBeNull();
      const chunk = (choice: Record<string, unknown>, extra: Record<string, unknown> = {}) => `data: ${JSON.stringify({ id: "gen-s", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, ...choice }], ...extra })}\n\n`;
      nextBody = chunk({ delta: { role: "assistant", content: "Fine." }, finish_reason: null }) + chunk({ delta: {}, finish_reason: finish }, { usage: { prompt_tokens: 3, completion_tokens: 2 } }) + "data: [DONE]\n\n";
      const streamed = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, stream: true, messages: [{ role: "user", content: "hi" }] }) });
      expect(streamed.status).toBe(200);
      await streamed.text();
      expect(gateway.records.at(-1)).toMatchObject({ stream: true, finishReason: null });
    }
  });
});

describe("a 200 whose model is not a model id", () => {
  it("records and labels the model it asked for, in a body and in a stream, not terminal escapes or a 5,000-character name", async () => {
    // The upstream's `model` reaches `report --by model` on a terminal, the dashboard, the metrics labels and the header.
    const hostile = `openai/gpt-5-nano\u001b[31m\u001b]0;pwned\u0007${"A".repeat(5_000)}`;
    for (const model of [hostile, "x".repeat(257), "openai/gpt-5-nano\n"]) {
      nextBody = { ...completion({ content: "Fine." }, "stop"), model };
      const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }) });
      expect(response.status).toBe(200);
      expect(response.headers.get("x-switchyard-model")).toBe("openai/gpt-5-nano");
      expect(gateway.records.at(-1)?.model).toBe("openai/gpt-5-nano");
      const chunk = (choice: Record<string, unknown>, extra: Record<string, unknown> = {}) => `data: ${JSON.stringify({ id: "gen-s", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, ...choice }], ...extra })}\n\n`;
      nextBody = chunk({ delta: { role: "assistant", content: "Fine." }, finish_reason: null }) + chunk({ delta: {}, finish_reason: "stop" }, { usage: { prompt_tokens: 3, completion_tokens: 2 } }) + "data: [DONE]\n\n";
      const streamed = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, stream: true, messages: [{ role: "user", content: "hi" }] }) });
      expect(streamed.headers.get("x-switchyard-model")).toBe("openai/gpt-5-nano");
      await streamed.text();
      expect(gateway.records.at(-1)).toMatchObject({ stream: true, model: "openai/gpt-5-nano" });
    }
    // A real id the upstream switched to (OpenRouter's own `models` fallback) is still believed.
    nextBody = { ...completion({ content: "Fine." }, "stop"), model: "mistralai/mistral-small-3.2-24b-instruct" };
    await (await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }) })).text();
    expect(gateway.records.at(-1)?.model).toBe("mistralai/mistral-small-3.2-24b-instruct");
  });
});

describe("a 200 whose usage is nonsense", () => {
  it("never reports a negative cost in the header or the record", async () => {
    nextBody = completion({ content: "Fine." }, "stop", { prompt_tokens: -1_000_000, completion_tokens: 5, total_tokens: 5, cost: -3 });
    const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }) });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get("x-switchyard-cost-usd"))).toBeGreaterThanOrEqual(0);
    expect(gateway.records.at(-1)?.costUsd).toBeGreaterThanOrEqual(0);
    expect(guard.settled.at(-1)?.actualUsd).toBeGreaterThanOrEqual(0);
  });

  it("charges what was reserved when the token counts cannot be believed (1e309 reads as Infinity)", async () => {
    // Written as text: JSON.stringify would send Infinity as null.
    nextBody = JSON.stringify(completion({ content: "Fine." }, "stop", { prompt_tokens: 10, completion_tokens: "HUGE", total_tokens: "HUGE" })).replaceAll('"HUGE"', "1e309");
    const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }) });
    expect(response.status).toBe(200);
    const record = gateway.records.at(-1);
    expect(record?.estimatedCostUsd).toBeGreaterThan(0);
    expect(record?.costUsd).toBeGreaterThanOrEqual(record?.estimatedCostUsd ?? Infinity);
    expect(Number(response.headers.get("x-switchyard-cost-usd"))).toBeGreaterThanOrEqual(record?.estimatedCostUsd ?? Infinity);
  });

  it("an answer with no readable usage is recorded with the tokens it was priced on, not 0 beside its cost", async () => {
    const content = "An answer whose upstream reported no usage at all.";
    nextBody = completion({ content }, "stop", {});
    const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }) });
    expect(response.status).toBe(200);
    const record = gateway.records.at(-1);
    expect(record?.costUsd).toBeGreaterThan(0);
    expect(record?.inputTokens).toBeGreaterThan(0);
    expect(record?.outputTokens).toBe(Math.ceil(content.length / 4));
  });

  it("logs whole token counts: a fractional, astronomical or non-numeric count never reaches the record as it came", async () => {
    // 1.5 and 2^70 failed Postgres' BIGINT columns (the whole log stopped shipping) and summed to Infinity in reports.
    const cases: [string, number, number][] = [
      ['"prompt_tokens":1.5,"completion_tokens":1180591620717411303424', 2, MAX_BELIEVABLE_TOKENS],
      ['"prompt_tokens":-3,"completion_tokens":1e308', 0, MAX_BELIEVABLE_TOKENS],
    ];
    for (const [usage, inputTokens, outputTokens] of cases) {
      nextBody = JSON.stringify(completion({ content: "Fine." }, "stop", {})).replace('"usage":{}', `"usage":{${usage},"cost":0.001}`);
      const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }) });
      expect(response.status).toBe(200);
      expect(gateway.records.at(-1)).toMatchObject({ inputTokens, outputTokens, costUsd: 0.001 });
    }
  });

  it("charges an answer whose usage is missing or unreadable for its prompt and text, as a stream is, not nothing", async () => {
    for (const usage of [undefined, { prompt_tokens: "10", completion_tokens: "5", cost: "0.5" }]) {
      const body = completion({ content: "A reply of some forty characters, or so." }, "stop");
      nextBody = usage === undefined ? { ...body, usage: undefined } : { ...body, usage };
      const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }) });
      expect(response.status).toBe(200);
      // It was settled at 0: an upstream that left usage out answered past every cap for free.
      expect(gateway.records.at(-1)?.costUsd).toBeGreaterThan(0);
      expect(Number(response.headers.get("x-switchyard-cost-usd"))).toBeGreaterThan(0);
      expect(guard.settled.at(-1)?.actualUsd).toBeGreaterThan(0);
    }
  });

  it("refuses a whole answer far past max_tokens as malformed and fails over, each attempt charged its worst case, with or without usage", async () => {
    // A 10 MB answer to max_tokens 50 was charged all its text (round 24), then up to the stream's bound, and served
    // whole to the client either way (round 25): an upstream that ignores max_tokens gave the client megabytes it
    // capped at 50 tokens. A stream's first content already past the bound fails over (ADR 0085); a whole answer
    // now does the same: the next model answers.
    const reserved: number[] = [];
    const reserve = guard.reserve.bind(guard);
    guard.reserve = async (input) => {
      reserved.push(input.amountUsd);
      return reserve(input);
    };
    try {
      for (const usage of [undefined, { prompt_tokens: 10, completion_tokens: 50, total_tokens: 60 }]) {
        for (const message of [{ content: "word ".repeat(2_000_000) }, { content: "", reasoning: "think ".repeat(100_000) }, { content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "f", arguments: `{"q":"${"a b ".repeat(100_000)}"}` } }] }]) {
          const settledBefore = guard.settled.length;
          reserved.length = 0;
          queued.push(JSON.stringify({ ...completion(message, "stop"), usage }));
          nextBody = completion({ content: "Fine." }, "stop");
          const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, max_tokens: 50, messages: [{ role: "user", content: "hi" }] }) });
          expect(response.status).toBe(200);
          expect(((await response.json()) as { choices: { message: { content: string } }[] }).choices[0]?.message.content).toBe("Fine.");
          const record = gateway.records.at(-1);
          expect(record?.attempts.map((attempt) => attempt.errorType ?? null)).toEqual(["malformed", null]);
          // Generated, so billed: the runaway attempt is charged what was reserved for it, no more.
          const settles = guard.settled.slice(settledBefore);
          expect(settles).toHaveLength(2);
          expect(settles[0]!.actualUsd).toBeCloseTo(reserved[0]!, 12);
          expect(record?.costUsd).toBeCloseTo(settles[0]!.actualUsd + settles[1]!.actualUsd, 12);
          expect(guard.open.size).toBe(0);
        }
      }
      // With every model answering so, the client gets the door's 502 naming the bound.
      nextBody = { ...completion({ content: "word ".repeat(2_000_000) }, "stop"), usage: undefined };
      const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, max_tokens: 50, messages: [{ role: "user", content: "hi" }] }) });
      expect(response.status).toBe(502);
      expect(await response.text()).toMatch(/past max_tokens/);
      expect(guard.open.size).toBe(0);
    } finally {
      guard.reserve = reserve;
    }
  });

  it("serves a whole answer of exactly max_tokens long tokens (128 spaces each): the bound never refuses an honest one", async () => {
    nextBody = completion({ content: `Answer:${" ".repeat(128 * 49)}done.` }, "stop", { prompt_tokens: 10, completion_tokens: 50, total_tokens: 60 });
    const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, max_tokens: 50, messages: [{ role: "user", content: "hi" }] }) });
    expect(response.status).toBe(200);
    expect(gateway.records.at(-1)?.attempts.map((attempt) => attempt.errorType ?? null)).toEqual([null]);
  });

  it("does not believe a cost no call to the model could reach (1e308): it prices the tokens instead of emptying every budget", async () => {
    for (const usage of ['"prompt_tokens":10,"completion_tokens":5,"cost":1e308', '"prompt_tokens":1e308,"completion_tokens":1e308,"cost":1e308']) {
      nextBody = JSON.stringify(completion({ content: "Fine." }, "stop", {})).replace('"usage":{}', `"usage":{${usage}}`);
      const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }) });
      expect(response.status).toBe(200);
      const record = gateway.records.at(-1);
      // Believable tokens are priced; unbelievable ones are charged the worst case reserved, never 1e308.
      expect(record?.costUsd).toBeLessThan(1);
      expect(record?.costUsd).toBeGreaterThan(0);
      expect(Number(response.headers.get("x-switchyard-cost-usd"))).toBeLessThan(1);
      expect(guard.settled.at(-1)?.actualUsd).toBeLessThan(1);
    }
  });
});

describe("a 200 whose body is JSON but not an object", () => {
  it("is a malformed answer (fails over, then a 502 saying so), not a connection failure quoting a TypeError; each attempt is charged its worst case", async () => {
    for (const body of ["null", "{}", "not json at all"]) {
      nextBody = body;
      const settledBefore = guard.settled.length;
      const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }) });
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(text).toContain(body === "{}" ? "the body has no choices" : body.startsWith("not") ? "the body is not JSON" : "the body is not a JSON object");
      expect(text).not.toMatch(/Cannot read properties|connection failed/);
      const record = gateway.records.at(-1);
      expect(record?.attempts[0]).toMatchObject({ errorType: "malformed" });
      // The answer came whole (the upstream generated it, and bills it), so each attempt is settled at its worst
      // case, not released, and the record's cost says so.
      const settles = guard.settled.slice(settledBefore);
      expect(settles.length).toBe(record?.attempts.length);
      expect(settles.every((settle) => settle.actualUsd > 0)).toBe(true);
      expect(record?.costUsd).toBeCloseTo(settles.reduce((sum, settle) => sum + settle.actualUsd, 0), 12);
      expect(guard.open.size).toBe(0);
    }
  });
});

describe("an unreadable answer, then a good one from the fallback", () => {
  it("charges both: the ledger, the record and the cost header agree", async () => {
    const settledBefore = guard.settled.length;
    queued.push("not json at all");
    nextBody = completion({ content: "Fine." }, "stop", { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, cost: 0.00001 });
    const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }) });
    expect(response.status).toBe(200);
    const settles = guard.settled.slice(settledBefore);
    expect(settles).toHaveLength(2);
    const ledger = settles.reduce((sum, settle) => sum + settle.actualUsd, 0);
    expect(settles[0]?.actualUsd).toBeGreaterThan(0.00001);
    expect(gateway.records.at(-1)?.costUsd).toBeCloseTo(ledger, 12);
    expect(Number(response.headers.get("x-switchyard-cost-usd"))).toBeCloseTo(ledger, 8);
    expect(guard.open.size).toBe(0);
  });

  it("charges an unreadable answer that said it was JSON in capitals: a media type is case-insensitive", async () => {
    const settledBefore = guard.settled.length;
    queued.push("not json at all");
    nextContentType = "Application/JSON; charset=utf-8";
    nextBody = completion({ content: "Fine." }, "stop", { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, cost: 0.00001 });
    const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }) });
    expect(response.status).toBe(200);
    const settles = guard.settled.slice(settledBefore);
    expect(settles).toHaveLength(2);
    expect(settles[0]?.actualUsd).toBeGreaterThan(0.00001);
    expect(gateway.records.at(-1)?.costUsd).toBeCloseTo(settles.reduce((sum, settle) => sum + settle.actualUsd, 0), 12);
    expect(guard.open.size).toBe(0);
  });

  it("charges nothing for a page that never said it was JSON (a proxy's, a wrong base URL's)", async () => {
    const settledBefore = guard.settled.length;
    nextBody = "<!doctype html><title>Bad gateway</title>";
    const response = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "hi" }] }) });
    expect(response.status).toBe(502);
    expect(guard.settled.length).toBe(settledBefore);
    expect(gateway.records.at(-1)?.costUsd).toBe(0);
    expect(guard.open.size).toBe(0);
  });
});

describe("a model that refuses (Chat Completions' `refusal`, content null)", () => {
  const REFUSAL = "I'm sorry, I can't help with that.";
  const streamOf = (...pieces: string[]): string =>
    [
      ...pieces.map((piece, index) => ({ id: "gen-r", model: "openai/gpt-5-nano", choices: [{ index: 0, delta: { ...(index === 0 ? { role: "assistant", content: null } : {}), refusal: piece }, finish_reason: null }] })),
      { id: "gen-r", model: "openai/gpt-5-nano", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] },
      { id: "gen-r", choices: [], usage: { prompt_tokens: 10, completion_tokens: 9, total_tokens: 19, cost: 0.00001 } },
    ]
      .map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`)
      .join("") + "data: [DONE]\n\n";

  it("Responses: the message item holds a refusal part, whole or streamed (response.refusal.*), never an empty output_text", async () => {
    nextBody = completion({ content: null, refusal: REFUSAL }, "stop");
    const whole = await gateway.client.responses.create({ model: MODEL, input: "hi" });
    expect(whole.output).toEqual([expect.objectContaining({ type: "message", content: [{ type: "refusal", refusal: REFUSAL }] })]);
    expect(whole.output_text).toBe("");
    nextBody = streamOf("I'm sorry, ", "I can't help with that.");
    const stream = gateway.client.responses.stream({ model: MODEL, input: "hi" });
    const types: string[] = [];
    stream.on("event", (event) => void types.push(event.type));
    const final = await stream.finalResponse();
    expect(types).toEqual(expect.arrayContaining(["response.refusal.delta", "response.refusal.done", "response.completed"]));
    expect(types).not.toContain("response.output_text.delta");
    expect(final.output).toEqual([expect.objectContaining({ type: "message", status: "completed", content: [expect.objectContaining({ type: "refusal", refusal: REFUSAL })] })]);
  });

  it("Messages: the refusal is the answer's text, whole or streamed", async () => {
    nextBody = completion({ content: null, refusal: REFUSAL }, "stop");
    const whole = await post("/v1/messages", { model: MODEL, max_tokens: 50, messages: [{ role: "user", content: "hi" }] });
    expect(whole.json.content).toEqual([{ type: "text", text: REFUSAL }]);
    nextBody = streamOf("I'm sorry, ", "I can't help with that.");
    const response = await fetch(`${gateway.url}/v1/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, max_tokens: 50, stream: true, messages: [{ role: "user", content: "hi" }] }) });
    const text = [...(await response.text()).matchAll(/"text_delta","text":("(?:[^"\\]|\\.)*")/g)].map((match) => JSON.parse(match[1] ?? '""') as string).join("");
    expect(text).toBe(REFUSAL);
  });
});

describe("a 200 whose message content is a list of parts", () => {
  it("Messages and Responses answer its text, not an empty answer", async () => {
    nextBody = completion({ content: [{ type: "text", text: "Paris is " }, { type: "text", text: "sunny." }] }, "stop");
    const message = await post("/v1/messages", { model: MODEL, max_tokens: 50, messages: [{ role: "user", content: "hi" }] });
    expect(message.json.content).toEqual([{ type: "text", text: "Paris is sunny." }]);
    const response = await post("/v1/responses", { model: MODEL, input: "hi" });
    expect(response.json.output_text).toBe("Paris is sunny.");
  });

  it("is not an empty answer to the quality checks either: no escalation, no second paid call", async () => {
    nextBody = completion({ content: [{ type: "text", text: "Blue." }] }, "stop");
    const answer = await post("/v1/chat/completions", { model: "switchyard/tier/budget", messages: [{ role: "user", content: "Name a colour." }] });
    expect(answer.status).toBe(200);
    expect(gateway.records.at(-1)).toMatchObject({ escalatedTo: null, qualityChecks: [] });
  });

  it("streamed as parts, is content: every door streams its text instead of failing over as empty", async () => {
    const chunk = (delta: Record<string, unknown>, finish: string | null = null) => `data: ${JSON.stringify({ id: "gen-p", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    nextBody = chunk({ role: "assistant", content: [{ type: "text", text: "Paris is " }] }) + chunk({ content: [{ type: "text", text: "sunny." }] }) + chunk({}, "stop") + "data: [DONE]\n\n";
    const stream = (path: string, body: Record<string, unknown>) => fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: MODEL, stream: true, ...body }) });
    const messages = await stream("/v1/messages", { max_tokens: 50, messages: [{ role: "user", content: "hi" }] });
    expect(messages.status).toBe(200);
    expect([...(await messages.text()).matchAll(/"text_delta","text":("(?:[^"\\]|\\.)*")/g)].map((match) => JSON.parse(match[1] ?? '""') as string).join("")).toBe("Paris is sunny.");
    const responses = await stream("/v1/responses", { input: "hi" });
    expect(await responses.text()).toContain('"output_text":"Paris is sunny."');
    const chat = await stream("/v1/chat/completions", { messages: [{ role: "user", content: "hi" }] });
    expect(chat.status).toBe(200);
    expect(await chat.text()).toContain("data: [DONE]");
  });
});

describe("a 200 whose tool-call arguments are a JSON object, not its text", () => {
  const call = { id: "call_1", type: "function", function: { name: "lookup", arguments: { city: "Paris" } } };
  const tools = [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }];

  it("is serialized by the Chat Completions door, whole and streamed, so the OpenAI SDK can parse it", async () => {
    nextBody = completion({ content: null, tool_calls: [call] }, "tool_calls");
    const whole = await gateway.client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: "Look it up." }], tools: tools as never });
    expect(whole.choices[0]?.message.tool_calls?.[0]).toMatchObject({ function: { name: "lookup", arguments: '{"city":"Paris"}' } });
    const chunk = (delta: Record<string, unknown>, finish: string | null = null) => `data: ${JSON.stringify({ id: "gen-a", object: "chat.completion.chunk", created: 1, model: "openai/gpt-5-nano", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    nextBody = chunk({ role: "assistant", tool_calls: [{ index: 0, ...call }] }) + chunk({}, "tool_calls") + "data: [DONE]\n\n";
    let args = "";
    for await (const part of await gateway.client.chat.completions.create({ model: MODEL, stream: true, messages: [{ role: "user", content: "Look it up." }], tools: tools as never })) {
      args += part.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? "";
    }
    expect(JSON.parse(args)).toEqual({ city: "Paris" });
  });
});
