/**
 * Each defect class of issue 8's hostile-client report, by hand, against the full `startServer` gateway over
 * real HTTP: header-illegal model ids, prototype names wherever a client names something, malformed content,
 * pathological JSON, and errors that never reach a route (raw sockets). The fuzzer covers the space between.
 * @module
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAnswer, FUZZ_ADMIN_KEY, send, startFuzzTarget, type Answer, type FuzzTarget } from "../fuzz/fuzz-target.js";
import { parseFirstResponse, rawAnswerProblem, rawExchange } from "../fuzz/raw-http.js";
import { PROTOTYPE_NAMES } from "../fuzz/fuzz-arbitraries.js";

let target: FuzzTarget;
beforeAll(async () => {
  target = await startFuzzTarget();
});
afterAll(async () => target.close());

const JSON_HEADERS = { "content-type": "application/json" };

async function chat(body: unknown, headers: Record<string, string> = {}): Promise<Answer & { error: { message: string; code: string | null; param: string | null } }> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const answer = await send(target, "POST", "/v1/chat/completions", text, { ...JSON_HEADERS, ...headers });
  checkAnswer(answer, text.slice(0, 200));
  const parsed = answer.status >= 300 ? (JSON.parse(answer.body) as { error: { message: string; code: string | null; param: string | null } }) : { error: { message: "", code: null, param: null } };
  return { ...answer, error: parsed.error };
}

const user = (content: unknown) => [{ role: "user", content }];

describe("class 1: client values reflected into headers", () => {
  const illegal = ["openai/gpt\u0000-5", "model\r\nx-injected: 1", "модель", "💥/boom", "x".repeat(40_000), "tab\tid"];
  for (const stream of [false, true]) {
    it(`refuses header-illegal model ids up front with a 400 naming model (stream: ${stream})`, async () => {
      for (const model of illegal) {
        const answer = await chat({ model, stream, messages: user("hi") });
        expect(answer.status).toBe(400);
        expect(answer.error).toMatchObject({ param: "model", code: "invalid_model" });
      }
    });
  }

  it("refuses them with the same code on the Messages and Responses doors", async () => {
    for (const [path, body] of [["/v1/messages", { max_tokens: 10, messages: user("hi") }], ["/v1/responses", { input: "hi" }]] as const) {
      const answer = await send(target, "POST", path, JSON.stringify({ ...body, model: "model\r\nx-injected: 1" }), JSON_HEADERS);
      expect(answer.status).toBe(400);
      expect(answer.body).toContain(path === "/v1/responses" ? '"code":"invalid_model"' : '"type":"invalid_request_error"');
    }
  });

  it("every header of a served answer is legal, streaming or not", async () => {
    for (const stream of [false, true]) {
      const answer = await chat({ model: "switchyard/tier/e2e", stream, messages: user("hi") }, { "x-switchyard-user": "ÿ user" });
      expect(answer.status).toBe(200);
      for (const value of Object.values(answer.headers).flat()) expect(String(value)).toMatch(/^[\x20-\x7e]*$/);
    }
  });
});

describe("class 2: prototype names are never found", () => {
  it("as tier or task, in the model, the switchyard field and the task header", async () => {
    for (const name of PROTOTYPE_NAMES) {
      const attempts = [
        { body: { model: `switchyard/tier/${name}`, messages: user("hi") }, code: "unknown_tier" },
        { body: { model: `switchyard/task/${name}`, messages: user("hi") }, code: "unknown_task" },
        { body: { model: "switchyard/auto", switchyard: { tier: name }, messages: user("hi") }, code: "unknown_tier" },
        { body: { model: "switchyard/auto", switchyard: { task: name }, messages: user("hi") }, code: "unknown_task" },
        { body: { model: "switchyard/auto", messages: user("hi") }, headers: { "x-switchyard-task": name }, code: "unknown_task" },
        { body: { model: `switchyard/${name}`, messages: user("hi") }, code: "unknown_model" },
      ];
      for (const { body, headers, code } of attempts) {
        const answer = await chat(body, headers);
        expect(answer.status, `${name} ${JSON.stringify(body)}`).toBe(400);
        expect(answer.error.code).toBe(code);
        expect(answer.error.message).not.toMatch(/function|native code|\[object/);
      }
    }
  });

  it("quotes a long unknown task or tier name only in part", async () => {
    const long = "x".repeat(10_000);
    for (const [body, headers] of [[{ model: "switchyard/auto", messages: user("hi") }, { "x-switchyard-task": long }], [{ model: "switchyard/auto", switchyard: { tier: long.slice(0, 128) }, messages: user("hi") }, {}]] as const) {
      const answer = await chat(body, headers);
      expect(answer.status).toBe(400);
      expect(answer.error.message.length).toBeLessThan(400);
      expect(answer.error.message).toContain("…");
    }
  });

  it("in admin lookups (keys, decisions, budgets) and model ids", async () => {
    const admin = { authorization: `Bearer ${FUZZ_ADMIN_KEY}` };
    for (const name of PROTOTYPE_NAMES) {
      for (const [method, path] of [
        ["GET", `/api/decisions/${name}`],
        ["DELETE", `/api/keys/${name}`],
        ["GET", `/api/budgets?task=${name}&tier=${name}&key=${name}`],
        ["GET", `/api/decisions?key=${name}`],
        ["GET", `/api/experiments?name=${name}`],
        ["GET", `/v1/models/${name}`],
      ] as const) {
        const answer = await send(target, method, path, undefined, admin);
        checkAnswer(answer, `${method} ${path}`);
        expect(answer.status, `${method} ${path}`).toBeLessThan(500);
        expect(answer.body).not.toMatch(/native code/);
      }
    }
  });
});

describe("class 3: malformed message content gets a 400 naming the exact place", () => {
  const cases: [unknown, string][] = [
    [[{ role: "user", content: "a" }, { role: "user", content: "b" }, { role: "user", content: "c" }, { role: "user", content: [{ type: "text", text: "x" }, null] }], "messages[3].content[1]"],
    [user([7]), "messages[0].content[0]"],
    [user([{ text: "no type" }]), "messages[0].content[0].type"],
    [user([{ type: "text", text: 5 }]), "messages[0].content[0].text"],
    [user([{ type: "image_url", image_url: null }]), "messages[0].content[0].image_url"],
    [user(42), "messages[0].content"],
    [[{ role: "wizard", content: "hi" }], "messages[0].role"],
    [[null], "messages[0]"],
    [[], "messages"],
  ];
  it.each(cases)("%j → %s", async (messages, param) => {
    const answer = await chat({ model: "switchyard/auto", messages });
    expect(answer.status).toBe(400);
    expect(answer.error.param).toBe(param);
  });

  it("names other fields the same way", async () => {
    expect((await chat({ messages: user("hi"), max_tokens: -3 })).error.param).toBe("max_tokens");
    expect((await chat({ messages: user("hi"), stream: "yes" })).error.param).toBe("stream");
    expect((await chat({ messages: user("hi"), switchyard: { quality: 7 } })).error.param).toBe("switchyard.quality");
    expect((await chat({ messages: user("hi"), tools: [{}] })).error.param).toBe("tools[0].type");
  });
});

describe("class 4: pathological JSON is bounded before anything walks it", () => {
  it("refuses deep nesting with a 400 naming server.max_json_depth, at any depth up to megabytes", async () => {
    for (const depth of [65, 10_000, 1_000_000]) {
      const answer = await chat(`{"messages":[{"role":"user","content":${"[".repeat(depth)}${"]".repeat(depth)}}]}`);
      expect(answer.status).toBe(400);
      expect(answer.error).toMatchObject({ code: "json_too_deep", message: expect.stringContaining("server.max_json_depth") });
    }
  });

  it("refuses huge arrays with a 400 naming server.max_array_length", async () => {
    const answer = await chat(`{"messages":[{"role":"user","content":"hi"}],"stop":[${Array.from({ length: 10_001 }, () => "1").join(",")}]}`);
    expect(answer.error).toMatchObject({ code: "array_too_long", message: expect.stringContaining("server.max_array_length") });
  });

  it("passes nesting within the limit (a tool schema 40 levels deep) and strings full of brackets", async () => {
    let schema: unknown = { type: "string" };
    for (let level = 0; level < 20; level += 1) schema = { type: "object", properties: { inner: schema } };
    const tools = [{ type: "function", function: { name: "deep", parameters: schema } }];
    expect((await chat({ model: "switchyard/tier/e2e", tools, messages: user(`${"[".repeat(5_000)} {"\\"`) })).status).toBe(200);
  });
});

describe("class 5: errors outside the routes", () => {
  const body = '{"model":"switchyard/tier/e2e","messages":[{"role":"user","content":"hi"}]}';
  const cases: Record<string, [string, number | null]> = {
    "bad chunked encoding": ["POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n", 400],
    "Content-Length with Transfer-Encoding": ["POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400],
    "bare LF framing": [`POST /v1/chat/completions HTTP/1.1\nHost: x\nContent-Length: ${body.length}\n\n${body}`, 400],
    "garbage request line": ["HELLO THERE\r\n\r\n", 400],
    "binary request line": ["\u0000\u0001\u0002\r\n\r\n", 400],
    "bad percent-encoding": ["GET /v1/models/%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    "bad percent-encoding at the root": ["GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    "unknown path": ["GET /nope HTTP/1.1\r\nHost: x\r\n\r\n", 404],
    "wrong method": ["DELETE /v1/chat/completions HTTP/1.1\r\nHost: x\r\n\r\n", 405],
    "compressed body": [`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\nContent-Length: ${body.length}\r\n\r\n${body}`, 415],
    "oversized headers": [`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`, 431],
    "missing Host": ["GET /healthz HTTP/1.1\r\n\r\n", 400],
    "obsolete line folding": ["GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\r\n  b\r\n\r\n", 400],
    "two Content-Lengths": ["POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", 400],
    "control character in a header": ["GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b\r\n\r\n", 400],
    "HTTP/2 preface": ["PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 400],
    "CONNECT tunnel": ["CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n", null],
  };
  it.each(Object.entries(cases))("%s → %s in the envelope (or the connection closed)", async (_name, [text, status]) => {
    const answer = await rawExchange(target.url, text, 3_000, true);
    expect(rawAnswerProblem(answer)).toBeNull();
    expect(answer.status).toBe(status);
    if (status !== null) {
      const { headers, body: errorBody } = parseFirstResponse(answer.text);
      expect(headers["content-type"]).toMatch(/^application\/json/);
      expect(JSON.parse(errorBody)).toMatchObject({ error: { type: "invalid_request_error" } });
    } else {
      expect(answer.closed).toBe(true);
    }
  });

  it("stays healthy after all of it", async () => {
    expect((await send(target, "GET", "/healthz", undefined, {})).status).toBe(200);
  });

  const messagesCases: Record<string, [string, number]> = {
    "bad chunked encoding": ["POST /v1/messages HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n", 400],
    "oversized headers": [`POST /v1/messages HTTP/1.1\r\nHost: x\r\nanthropic-beta: ${"a".repeat(20_000)}\r\n\r\n`, 431],
    "an Expect other than 100-continue": ["POST /v1/messages/count_tokens HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\nContent-Length: 2\r\n\r\n{}", 417],
  };
  it.each(Object.entries(messagesCases).map(([name, [text, status]]) => [name, status, text] as const))("on /v1/messages, %s → %i in Anthropic's envelope", async (_name, status, text) => {
    const answer = await rawExchange(target.url, text, 3_000, true);
    expect(answer.status).toBe(status);
    const { headers, body: errorBody } = parseFirstResponse(answer.text);
    expect(headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(errorBody)).toEqual({ type: "error", error: { type: "invalid_request_error", message: expect.any(String) } });
  });
});

describe("the Messages and Responses doors hold the same edge", () => {
  const doors = [
    { path: "/v1/messages", body: (extra: object) => ({ max_tokens: 64, messages: user("hi"), ...extra }), message: (b: Record<string, { message?: string }>) => b.error?.message ?? "" },
    { path: "/v1/responses", body: (extra: object) => ({ input: "hi", ...extra }), message: (b: Record<string, { message?: string }>) => b.error?.message ?? "" },
  ];
  for (const door of doors) {
    it(`${door.path}: header-illegal model ids and ill-typed switchyard fields get a 400 naming the field, never an upstream call`, async () => {
      const cases: [object, string][] = [
        ...["openai/gpt\u0000-5", "model\r\nx-injected: 1", "модель", "x".repeat(40_000)].map((model): [object, string] => [{ model }, "model"]),
        [{ model: "switchyard/auto", switchyard: { requires: "tools" } }, "switchyard.requires"],
        [{ model: "switchyard/auto", switchyard: { quality: "high" } }, "switchyard.quality"],
        [{ model: "switchyard/auto", switchyard: { task: 5 } }, "switchyard.task"],
      ];
      for (const [extra, param] of cases) {
        const text = JSON.stringify(door.body(extra));
        const answer = await send(target, "POST", door.path, text, JSON_HEADERS);
        expect(answer.status, `${door.path} ${text.slice(0, 80)}`).toBe(400);
        expect(door.message(JSON.parse(answer.body) as Record<string, { message?: string }>)).toContain(param);
        expect(answer.body).not.toMatch(/upstream/i);
      }
    });
  }
});
