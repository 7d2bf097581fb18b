/**
 * What the fuzzer sends: valid chat requests (streaming or not, tools, response_format, the `switchyard` field,
 * OpenRouter extras), then random mutations of them with adversarial values, plus raw bodies no object can express
 * (truncated JSON, ten thousand levels of nesting, huge arrays).
 * @module
 */
import fc from "fast-check";

/** Names that reach Object.prototype on a plain object. */
export const PROTOTYPE_NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype", "__defineGetter__", "isPrototypeOf"] as const;

/** Strings that broke or could break gateways: header-illegal, huge, injection-shaped, odd Unicode. */
export const adversarialString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    ...PROTOTYPE_NAMES,
    "",
    " ",
    "\u0000",
    "a\r\nx-injected: 1",
    "\n\n\n",
    "é",
    "日本語",
    "💥",
    "\ud800",
    "\udfff\ud800",
    "\u202e",
    "%00%0d%0a",
    "../../../etc/passwd",
    "<script>alert(1)</script>",
    "${jndi:ldap://x}",
    "{{7*7}}",
    "switchyard/tier/__proto__",
    "switchyard/task/constructor",
    "switchyard/tier/",
    "switchyard/task/",
    "openai/gpt-5-nano:nitro",
    "sk-or-v1-looks-like-a-key",
    "NaN",
    "-1",
    "1e309",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer({ min: 1_000, max: 70_000 }).map((n) => "x".repeat(n)),
  fc.integer({ min: 100, max: 5_000 }).map((n) => "\u0001é".repeat(n)),
);

/** Any JSON-ish value a field could be replaced with. */
export const adversarialValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: adversarialString },
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308, [], {}, [null], [1, "a"], { type: null }, { type: 42 }, { text: 1 }, { type: "text" }, { type: "image_url" }, { type: "image_url", image_url: null }, { role: "user" }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.constantFrom(...PROTOTYPE_NAMES, "type", "role", "content", "text"), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.integer({ min: 50, max: 300 }).map((depth) => nest(depth)),
);

function nest(depth: number): unknown {
  let value: unknown = "deep";
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { v: value };
  return value;
}

const VALID_MODELS = ["switchyard/auto", "switchyard/tier/e2e", "switchyard/cheapest", "switchyard/task/probe", "switchyard/tier/budget", "openai/gpt-5-nano", "switchyard"] as const;

const message = fc.oneof(
  fc.record({ role: fc.constantFrom("user", "system", "developer"), content: fc.string({ maxLength: 200 }) }),
  fc.record({
    role: fc.constant("user"),
    content: fc.array(fc.oneof(fc.record({ type: fc.constant("text"), text: fc.string({ maxLength: 100 }) }), fc.constant({ type: "image_url", image_url: { url: "https://example.com/cat.png" } })), { minLength: 1, maxLength: 3 }),
  }),
  // A tool turn: the call and the tool message that answers it (a call left unanswered, or an answer to no call, is a 400).
  fc.constant([{ role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: "{\"city\":\"Paris\"}" } }] }, { role: "tool", tool_call_id: "call_1", content: "sunny" }]),
);

const tool = { type: "function", function: { name: "get_weather", description: "Weather", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } } };

/** A valid request body, as an object. */
export const validRequest: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      model: fc.constantFrom(...VALID_MODELS),
      messages: fc.array(message, { minLength: 1, maxLength: 4 }).map((messages) => [...messages.flat(), { role: "user", content: "Say hello to the gateway." }]),
      stream: fc.boolean(),
      max_tokens: fc.integer({ min: 1, max: 300 }),
      temperature: fc.double({ min: 0, max: 2, noNaN: true }),
      tools: fc.constant([tool]),
      tool_choice: fc.constantFrom("auto", "none"),
      response_format: fc.constantFrom({ type: "json_object" }, { type: "json_schema", json_schema: { name: "answer", schema: { type: "object", properties: { answer: { type: "string" } } } } }, { type: "text" }),
      switchyard: fc.record(
        {
          task: fc.constantFrom("probe", "chat", "code_generation"),
          tier: fc.constantFrom("e2e", "budget", "premium"),
          quality: fc.double({ min: 0, max: 1, noNaN: true }),
          max_cost_usd: fc.double({ min: 0.000001, max: 1, noNaN: true }),
          max_latency_ms: fc.integer({ min: 1, max: 60_000 }),
          requires: fc.subarray(["tools", "json", "vision"]),
          resume: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      provider: fc.constantFrom({ sort: "price" }, { order: ["openai"], allow_fallbacks: true }, { only: ["openai"] }),
      models: fc.constant(["openai/gpt-5-nano"]),
      transforms: fc.constant(["middle-out"]),
      route: fc.constant("fallback"),
      user: fc.string({ maxLength: 20 }),
      stream_options: fc.constant({ include_usage: true }),
    },
    { requiredKeys: ["model", "messages"] },
  )
  .map((request) => withoutConflictingTier(request) as Record<string, unknown>);

/**
 * A tier beside a model that names another tier, a model id or switchyard/cheapest is a 400 `conflicting_routing`
 * (ADR 0064), so a valid request drops it there; mutations still reach that refusal.
 */
export function withoutConflictingTier<T extends { model: string; switchyard?: { tier?: string } }>(request: T): T {
  const tier = request.switchyard?.tier;
  if (tier === undefined || request.model === "switchyard/auto" || request.model.startsWith("switchyard/task/") || request.model === `switchyard/tier/${tier}`) return request;
  const { tier: _dropped, ...switchyard } = request.switchyard ?? {};
  return { ...request, switchyard };
}

/** One mutation: a path of picks (each picks a key or index of whatever is there) and what to do at the end. */
export interface Mutation {
  picks: number[];
  action: "set" | "delete" | "wrap" | "addKey";
  value: unknown;
  key: string;
}

/** One random change somewhere in a request (shared by the chat and door fuzzers). */
export const mutation: fc.Arbitrary<Mutation> = fc.record({
  picks: fc.array(fc.nat(50), { minLength: 0, maxLength: 5 }),
  action: fc.constantFrom("set", "set", "set", "delete", "wrap", "addKey"),
  value: adversarialValue,
  key: fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES, "model", "messages", "content", "switchyard", "stream", "tier", "task", "type"), fc.string({ maxLength: 10 })),
});

/** Applies the mutations to a deep copy. */
export function mutate(request: Record<string, unknown>, mutations: readonly Mutation[]): unknown {
  const root: { body: unknown } = { body: structuredClone(request) };
  for (const change of mutations) {
    let parent: Record<string, unknown> | unknown[] = root as Record<string, unknown>;
    let key: string | number = "body";
    for (const pick of change.picks) {
      const current: unknown = (parent as Record<string | number, unknown>)[key];
      if (typeof current !== "object" || current === null) break;
      const keys: (string | number)[] = Array.isArray(current) ? current.map((_v, i) => i) : Object.keys(current);
      if (keys.length === 0) break;
      parent = current as Record<string, unknown>;
      key = keys[pick % keys.length] as string | number;
    }
    applyAt(parent, key, change);
  }
  return root.body;
}

function applyAt(parent: Record<string, unknown> | unknown[], key: string | number, mutation: Mutation): void {
  // constantFrom hands out the same object to every case: copy it, so no case mutates another's value.
  const change = { ...mutation, value: structuredClone(mutation.value) };
  const target = parent as Record<string | number, unknown>;
  if (change.action === "delete") {
    if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
    else delete target[key];
  } else if (change.action === "wrap") {
    target[key] = [target[key]];
  } else if (change.action === "addKey" && typeof target[key] === "object" && target[key] !== null && !Array.isArray(target[key])) {
    Object.defineProperty(target[key], change.key, { value: change.value, enumerable: true, configurable: true, writable: true });
  } else {
    target[key] = change.value;
  }
}

/** Bodies as text, for what no object expresses. */
export const rawBody: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1_000, max: 100_000 }).map((depth) => `{"model":"switchyard/auto","messages":[{"role":"user","content":${"[".repeat(depth)}${"]".repeat(depth)}}]}`),
  fc.integer({ min: 1_000, max: 50_000 }).map((depth) => `${"{\"a\":".repeat(depth)}1${"}".repeat(depth)}`),
  fc.integer({ min: 10_001, max: 40_000 }).map((length) => `{"model":"switchyard/auto","messages":[${Array.from({ length }, () => "1").join(",")}]}`),
  fc.integer({ min: 10_001, max: 40_000 }).map((length) => `{"model":"switchyard/auto","messages":[{"role":"user","content":"hi"}],"stop":[${Array.from({ length }, () => '"x"').join(",")}]}`),
  fc.constantFrom("", "null", "[]", "{", '{"model":', "\u0000", '{"messages":[{"role":"user","content":"hi"}]}garbage', '{"__proto__":{"polluted":1},"messages":[{"role":"user","content":"hi"}]}', '{"constructor":{"prototype":{"x":1}},"messages":[{"role":"user","content":"hi"}]}'),
  fc.string({ unit: "binary", maxLength: 200 }),
  validRequest.chain((request) => fc.nat({ max: 200 }).map((cut) => JSON.stringify(request).slice(0, cut))),
);

/** Request headers a client may send (values limited to what HTTP clients can put on the wire). */
export const extraHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    "x-switchyard-task": fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES, "probe", "chat", ""), fc.string({ maxLength: 30 })),
    "x-switchyard-user": fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.string({ maxLength: 30 })),
    "content-type": fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16", "", "*/*"),
    accept: fc.constantFrom("text/event-stream", "*/*", "application/json"),
  },
  { requiredKeys: [] },
).map((headers) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, value.replace(/[^\x20-\x7e]/g, "").trim()])));

/** One fuzz case against `POST /v1/chat/completions`. */
export interface RequestCase {
  body: string;
  headers: Record<string, string>;
}

/** The case mix: mostly mutated valid requests, some untouched, some raw text. */
export const requestCase: fc.Arbitrary<RequestCase> = fc.record({
  body: fc.oneof(
    { weight: 6, arbitrary: fc.tuple(validRequest, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([request, mutations]) => safeStringify(mutate(request, mutations))) },
    { weight: 2, arbitrary: validRequest.map((request) => JSON.stringify(request)) },
    { weight: 1, arbitrary: rawBody },
  ),
  headers: extraHeaders,
});

function safeStringify(value: unknown): string {
  return JSON.stringify(value) ?? "null";
}
