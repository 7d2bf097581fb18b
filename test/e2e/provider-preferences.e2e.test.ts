/**
 * OpenRouter's `provider` object at the chat door (red-team round 12). It was passed through unread: `only:
 * "openai"`, `sort: "zzz"`, `order: {}` were routed, reserved for and sent, for OpenRouter to refuse with a 400
 * (`provider.sort: Invalid input`) on whichever model the route reached first. Now a malformed one is a 400 naming
 * the field, before routing, a reservation or a decision record; a well-formed one (every field of OpenRouter's spec)
 * still reaches the upstream as sent, and `provider: null` (the spec allows it) is read as absent, so the operator's
 * `deny_providers` still applies. Real HTTP on 127.0.0.1, the simulator upstream, real SQLite.
 */
import { startSqliteGateway, type SqliteGateway } from "../support/sqlite-gateway.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";

let database = "";
let gateway: SqliteGateway | undefined;
let simulator: SqliteGateway["simulator"];
let server: SqliteGateway["server"];

beforeAll(async () => {
  gateway = await startSqliteGateway("provider-prefs", {
    tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } },
    routing: { deny_providers: ["deepinfra"] },
    budgets: [{ scope: "global", window: "day", limit_usd: 5 }],
  });
  ({ server, simulator } = gateway);
  database = gateway.database;
});

afterAll(async () => {
  await gateway?.close();
});

const send = async (provider: unknown, stream = false): Promise<{ status: number; body: { error?: { param?: string; message?: string; type?: string } } }> => {
  const response = await fetch(`${server.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "switchyard/tier/e2e", stream, messages: [{ role: "user", content: "hello" }], provider }),
  });
  const text = await response.text();
  return { status: response.status, body: response.headers.get("content-type")?.includes("json") === true ? JSON.parse(text) : {} };
};

/** The `provider` object the upstream received in the simulator's `index`th call. */
const sentProvider = (index: number): unknown => (simulator.calls[index]?.body as { provider?: unknown } | undefined)?.provider;

/** The decision records so far: a request refused at the door is recorded too, with no candidate and no attempt. */
const decisions = (): { status: number; candidates: string; attempts: string }[] => {
  const db = openSqliteDatabase(database);
  try {
    return db.prepare<[], { status: number; candidates: string; attempts: string }>("SELECT status, candidates, attempts FROM decisions").all();
  } finally {
    db.close();
  }
};

describe("the provider object at the chat door", () => {
  it("refuses a malformed provider object with a 400 naming the field, before routing or a reservation (its record names no candidate)", async () => {
    const cases: [unknown, string][] = [
      ["openai", "provider"],
      [["openai"], "provider"],
      [{ only: "openai" }, "provider.only"],
      [{ ignore: "deepinfra" }, "provider.ignore"],
      [{ order: {} }, "provider.order"],
      [{ order: ["openai", 7] }, "provider.order[1]"],
      [{ sort: "zzz" }, "provider.sort"],
      [{ sort: "PRICE" }, "provider.sort"],
      [{ sort: { by: "zzz" } }, "provider.sort"],
      [{ sort: { by: "price", partition: "all" } }, "provider.sort"],
      [{ sort: 1 }, "provider.sort"],
      [{ allow_fallbacks: "no" }, "provider.allow_fallbacks"],
      [{ require_parameters: 1 }, "provider.require_parameters"],
      [{ zdr: "true" }, "provider.zdr"],
      [{ data_collection: "maybe" }, "provider.data_collection"],
      [{ data_collection: true }, "provider.data_collection"],
      [{ quantizations: "fp8" }, "provider.quantizations"],
      [{ max_price: 1 }, "provider.max_price"],
      [{ max_price: { prompt: -1 } }, "provider.max_price.prompt"],
      [{ max_price: { completion: "cheap" } }, "provider.max_price.completion"],
      [{ preferred_max_latency: "fast" }, "provider.preferred_max_latency"],
      [{ preferred_min_throughput: { p50: -5 } }, "provider.preferred_min_throughput"],
    ];
    for (const [provider, param] of cases) {
      for (const stream of [false, true]) {
        const { status, body } = await send(provider, stream);
        expect(status, JSON.stringify(provider)).toBe(400);
        expect(body.error, JSON.stringify(provider)).toMatchObject({ type: "invalid_request_error", param });
      }
    }
    expect(simulator.calls).toEqual([]);
    // Each record is durable in the outbox before its answer; it reaches the decisions table in a batch soon after
    // (read at once, a loaded machine found none there yet).
    await expect.poll(() => decisions().length, { timeout: 10_000 }).toBe(cases.length * 2);
    const records = decisions();
    expect(records.filter((record) => record.status !== 400 || record.candidates !== "[]" || record.attempts !== "[]")).toEqual([]);
    const sort = await send({ sort: "zzz" });
    expect(sort.body.error?.message).toContain('"price", "throughput", "latency", "exacto"');
  });

  it("forwards a well-formed provider object as sent, and reads provider: null (or a null list) as absent", async () => {
    simulator.reset();
    const full = {
      order: ["openai", "azure"],
      only: ["openai", "azure"],
      ignore: ["together"],
      allow_fallbacks: false,
      require_parameters: true,
      data_collection: "deny",
      zdr: true,
      enforce_distillable_text: false,
      quantizations: ["fp8", "bf16", "a-new-format"],
      sort: { by: "throughput", partition: "none" },
      max_price: { prompt: 1, completion: "2.5", request: 0 },
      preferred_max_latency: { p50: 2, p90: 5 },
      preferred_min_throughput: 50,
      a_newer_preference: true,
    };
    for (const provider of [full, { sort: "exacto" }, { sort: null, order: null }, {}]) {
      const { status } = await send(provider);
      expect(status, JSON.stringify(provider)).toBe(200);
    }
    expect(sentProvider(0)).toEqual(full);
    expect(sentProvider(1)).toEqual({ sort: "exacto", ignore: ["deepinfra"] });
    simulator.reset();
    for (const provider of [null, { ignore: null }]) expect((await send(provider)).status, JSON.stringify(provider)).toBe(200);
    // The operator's deny list applies when the client's own list is null (OpenRouter reads null as unset).
    expect([sentProvider(0), sentProvider(1)]).toEqual([{ ignore: ["deepinfra"] }, { ignore: ["deepinfra"] }]);
  });
});
