/**
 * `routing.provider_policy: enforce` through the gateway (ADR 0054): the operator's provider lists are a rule a client
 * cannot lift, and a model by a denied author is refused, on every door. Real HTTP on 127.0.0.1, the simulator
 * upstream (which records what it received), real SQLite.
 */
import { startSqliteGateway, type SqliteGateway } from "../support/sqlite-gateway.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openSqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";

let database = "";
const JUDGE = "openai/gpt-5-mini";
const ENFORCED = { only: ["openai", "azure"], ignore: ["deepinfra"] };
let gateway: SqliteGateway | undefined;
let simulator: SqliteGateway["simulator"];
let server: SqliteGateway["server"];

beforeAll(async () => {
  gateway = await startSqliteGateway("provider-policy", {
    tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } },
    routing: { provider_policy: "enforce", allow_providers: ["openai", "azure"], deny_providers: ["deepinfra"], deny_authors: ["anthropic"] },
    learning: { judge: { model: JUDGE, share: 1, budget_usd: 1, tiers: ["e2e"] } },
    budgets: [{ scope: "global", window: "day", limit_usd: 5 }],
  });
  ({ server, simulator } = gateway);
  database = gateway.database;
});

afterAll(async () => {
  await gateway?.close();
});

beforeEach(() => simulator.reset());

interface Reply {
  status: number;
  decisionId: string | null;
  body: { error?: { param?: string; message?: string; type?: string; code?: string }; type?: string };
}

async function post(path: string, body: Record<string, unknown>): Promise<Reply> {
  const response = await fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, decisionId: response.headers.get("x-switchyard-decision-id"), body: response.headers.get("content-type")?.includes("json") === true ? JSON.parse(text) : {} };
}

const chat = (extra: Record<string, unknown>): Promise<Reply> => post("/v1/chat/completions", { model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hello" }], ...extra });

/** The routed calls the upstream received (the sampled judge's calls aside). */
const routedCalls = (): { model?: string; provider?: unknown }[] =>
  simulator.calls.map((call) => call.body as { model?: string; provider?: unknown }).filter((body) => body.model !== JUDGE);

/** A decision record, read from the SQLite log once it is written. */
async function record(id: string | null): Promise<{ status: number; candidates: string; attempts: string; reasons: string | null }> {
  for (let tries = 0; tries < 50; tries += 1) {
    const db = openSqliteDatabase(database);
    try {
      const row = db.prepare<[string], { status: number; candidates: string; attempts: string; reasons: string | null }>("SELECT status, candidates, attempts, reasons FROM decisions WHERE id = ?").get(id ?? "");
      if (row) return row;
    } finally {
      db.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no decision record ${id}`);
}

describe("provider_policy: enforce at the chat door", () => {
  it("sends allow_providers as provider.only and deny_providers as provider.ignore, and the record says the policy applied", async () => {
    const reply = await chat({});
    expect(reply.status).toBe(200);
    expect(routedCalls()[0]?.provider).toEqual(ENFORCED);
    const { reasons } = await record(reply.decisionId);
    expect(JSON.parse(reasons ?? "[]")[0]).toMatch(/^routing\.provider_policy is enforce: provider\.only is \["openai", "azure"\]; provider\.ignore holds routing\.deny_providers \["deepinfra"\]/);
  });

  it("narrows a client's only to the allowed providers, and merges its ignore with the denied ones (an empty ignore lifts nothing)", async () => {
    const cases: [unknown, unknown][] = [
      [{ only: ["azure", "together"], sort: "price" }, { only: ["azure"], sort: "price", ignore: ["deepinfra"] }],
      [{ only: ["OpenAI", "deepinfra"] }, { only: ["OpenAI"], ignore: ["deepinfra"] }],
      [{ only: [] }, ENFORCED],
      [{ ignore: [] }, ENFORCED],
      [{ ignore: ["together"] }, { only: ["openai", "azure"], ignore: ["together", "deepinfra"] }],
      [null, ENFORCED],
    ];
    for (const [provider] of cases) expect((await chat({ provider })).status, JSON.stringify(provider)).toBe(200);
    expect(routedCalls().map((body) => body.provider)).toEqual(cases.map(([, sent]) => sent));
  });

  it("drops order entries the lists do not permit, keeping the rest of the client's order, and says so in the record", async () => {
    const reply = await chat({ provider: { order: ["deepinfra/turbo", "azure", "together", "openai"], allow_fallbacks: false } });
    expect(reply.status).toBe(200);
    expect(routedCalls()[0]?.provider).toEqual({ order: ["azure", "openai"], allow_fallbacks: false, ...ENFORCED });
    expect((await chat({ provider: { order: ["deepinfra"] } })).status).toBe(200);
    expect(routedCalls()[1]?.provider).toEqual(ENFORCED);
    expect(JSON.parse((await record(reply.decisionId)).reasons ?? "[]")[0]).toContain('provider.order lost ["deepinfra/turbo", "together"]');
  });

  it("refuses a client only that leaves no permitted provider with a 400 naming the field and the policy, before routing or a reservation", async () => {
    for (const stream of [false, true]) {
      for (const only of [["together"], ["deepinfra"], ["DeepInfra/turbo"]]) {
        const reply = await chat({ stream, provider: { only } });
        expect(reply.status, JSON.stringify(only)).toBe(400);
        expect(reply.body.error).toMatchObject({ type: "invalid_request_error", param: "provider.only", code: "provider_policy" });
        expect(reply.body.error?.message).toMatch(/routing\.provider_policy is enforce, and routing\.allow_providers is \["openai", "azure"\] and routing\.deny_providers is \["deepinfra"\]/);
        expect(await record(reply.decisionId)).toMatchObject({ status: 400, candidates: "[]", attempts: "[]" });
      }
    }
    expect(routedCalls()).toEqual([]);
  });

  it("refuses an explicit model, a models entry or a router by a denied author, and routes around the author for a tier", async () => {
    const refused: [Record<string, unknown>, string][] = [
      [{ model: "anthropic/claude-sonnet-4.5" }, "model"],
      [{ model: "anthropic/claude-haiku-4.5:nitro", stream: true }, "model"],
      [{ model: "anthropic/claude-new-unlisted" }, "model"],
      [{ model: "openrouter/auto" }, "model"],
      [{ model: "openai/gpt-5-nano", models: ["openai/gpt-5-mini", "anthropic/claude-haiku-4.5"] }, "models[1]"],
      // No `model`: the list's first id is the model (OpenRouter's reading), still named as the entry the client wrote.
      [{ model: undefined, models: ["anthropic/claude-haiku-4.5", "openai/gpt-5-nano"] }, "models[0]"],
    ];
    for (const [body, param] of refused) {
      const reply = await chat(body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error, JSON.stringify(body)).toMatchObject({ param, code: "provider_policy", message: expect.stringContaining("routing.provider_policy is enforce") as unknown });
    }
    expect(routedCalls()).toEqual([]);
    expect((await chat({ model: "openai/gpt-5-nano" })).status).toBe(200);
    // The premium tier's chain starts with anthropic/claude-sonnet-4.5: routing skips it, as it does under prefer.
    expect((await chat({ model: "switchyard/tier/premium" })).status).toBe(200);
    expect(routedCalls().map((body) => [body.model?.split("/")[0], body.provider])).toEqual([["openai", ENFORCED], ["openai", ENFORCED]]);
  });

  it("sends the sampled judge's calls with the enforced provider lists too", async () => {
    expect((await chat({})).status).toBe(200);
    for (let tries = 0; tries < 100 && !simulator.calls.some((call) => (call.body as { model?: string }).model === JUDGE); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const judged = simulator.calls.map((call) => call.body as { model?: string; provider?: unknown }).find((body) => body.model === JUDGE);
    expect(judged?.provider).toEqual(ENFORCED);
  });
});

describe("provider_policy: enforce at the Messages and Responses doors", () => {
  it("Messages: sends the enforced provider object, and refuses a Claude model name by a denied author in Anthropic's format", async () => {
    const served = await post("/v1/messages", { model: "switchyard/tier/e2e", max_tokens: 50, messages: [{ role: "user", content: "hello" }] });
    expect(served.status).toBe(200);
    expect(routedCalls()[0]?.provider).toEqual(ENFORCED);
    for (const stream of [false, true]) {
      const refused = await post("/v1/messages", { model: "claude-sonnet-4-5-20250929", max_tokens: 50, stream, messages: [{ role: "user", content: "hello" }] });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ type: "error", error: { type: "invalid_request_error", message: expect.stringContaining("anthropic/claude-sonnet-4.5 is by anthropic, which routing.deny_authors lists") as unknown } });
    }
    expect(routedCalls()).toHaveLength(1);
  });

  it("Responses: sends the enforced provider object, and refuses a model by a denied author", async () => {
    const served = await post("/v1/responses", { model: "switchyard/tier/e2e", store: false, input: "hello" });
    expect(served.status).toBe(200);
    expect(routedCalls()[0]?.provider).toEqual(ENFORCED);
    const refused = await post("/v1/responses", { model: "anthropic/claude-sonnet-4.5", store: false, input: "hello" });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ param: "model", code: "provider_policy" });
    expect(routedCalls()).toHaveLength(1);
  });
});
