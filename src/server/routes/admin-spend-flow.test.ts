/**
 * Spend control end to end: the real gateway (createApp) over the OpenRouter simulator on 127.0.0.1, with the
 * SQLite-backed SpendGuard, decision log and keys, and the admin API.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { createSpendGuard, type BudgetGuard } from "../../budget/create-spend-guard.js";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import type { ConfigInput } from "../../config/config-schema.js";
import { parseConfig } from "../../config/parse-config.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import type { SpendReport } from "../../log/build-report.js";
import { createDecisionLog } from "../../log/create-decision-log.js";
import type { DecisionLogStore } from "../../log/decision-log-store.js";
import { premiumReferenceModel } from "../../log/premium-reference-model.js";
import { openStorage, type Storage } from "../../storage/open-storage.js";
import { createSimulator, type Simulator } from "../../testing/simulator/index.js";
import { createUpstreamClient } from "../../upstream/upstream-client.js";
import { createKeyAuth } from "../auth/create-key-auth.js";
import { createApp } from "../create-app.js";
import { registerAdminRoutes } from "./admin-routes.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-spend-flow-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ADMIN = "admin-key-for-tests";

interface Gateway {
  url: string;
  guard: BudgetGuard;
  decisions: DecisionLogStore;
  simulator: Simulator;
  close(): Promise<void>;
}

async function startGateway(file: string, configInput: ConfigInput, models: string[] = ["openai/gpt-5-nano"], latencyMs = 3): Promise<Gateway> {
  const simulator = await createSimulator({ latencyMs });
  const config = parseConfig({ tiers: { e2e: { models, max_tokens: 300 } }, tasks: { probe: "e2e" }, ...configInput });
  const storage: Storage = await openStorage({ storage: { sqlite: join(dir, file) }, cwd: dir });
  const catalog = builtinCatalog();
  const guard = createSpendGuard({ ledger: storage.ledger, budgets: config.budgets, clock: SYSTEM_CLOCK, keys: storage.keys });
  const decisions = createDecisionLog({ backend: storage.decisionBackend });
  const keyAuth = createKeyAuth({ keys: storage.keys, clock: SYSTEM_CLOCK, rateLimiter: storage.rateLimiter, cacheTtlInMs: 0 });
  const upstream = createUpstreamClient({ baseUrl: simulator.url, apiKey: "sk-or-test", connectTimeoutMs: 1_000, xTitle: "t", httpReferer: "https://t.test" });
  const app: FastifyInstance = await createApp({
    config,
    catalog,
    upstream,
    spendGuard: guard,
    decisionLog: decisions,
    authenticate: keyAuth,
    plugins: [(a) => registerAdminRoutes(a, { adminKey: ADMIN, decisions, keys: storage.keys, spendGuard: guard, premiumModel: () => premiumReferenceModel(config, catalog), clock: SYSTEM_CLOCK, tiers: () => Object.keys(config.tiers) })],
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    url,
    guard,
    decisions,
    simulator,
    async close() {
      await app.close();
      await decisions.close(); // drains the log
      await storage.close();
      await upstream.close();
      await simulator.close();
    },
  };
}

const chat = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "Say hello to the gateway." }] }),
  });
const admin = (url: string, path: string, init: RequestInit = {}) =>
  fetch(`${url}${path}`, { ...init, headers: { authorization: `Bearer ${ADMIN}`, ...(init.body ? { "content-type": "application/json" } : {}) } });

describe("spend control through the gateway", () => {
  it("200 racing requests stay under one global daily cap, every refusal is a 402 that fit no more, the report matches the headers, and a restart remembers", async () => {
    const limitUsd = 0.002;
    const config: ConfigInput = { budgets: [{ scope: "global", window: "day", limit_usd: limitUsd }] };
    // The upstream holds each answer 25 ms, so the burst's reservations overlap even on a loaded machine (with 3 ms
    // a slow gateway could settle each request before the next one reserved, and nothing would be refused).
    const gateway = await startGateway("race.db", config, undefined, 25);
    const responses = await Promise.all(Array.from({ length: 200 }, () => chat(gateway.url)));
    let headerSum = 0;
    let served = 0;
    const refusals: string[] = [];
    for (const response of responses) {
      const body = (await response.json()) as { error?: { type: string; code: string; message: string } };
      if (response.status === 200) {
        served += 1;
        headerSum += Number(response.headers.get("x-switchyard-cost-usd"));
        continue;
      }
      expect(response.status).toBe(402);
      expect(body.error).toMatchObject({ type: "budget_exceeded", code: "budget_exceeded" });
      refusals.push(body.error?.message ?? "");
    }
    expect(served).toBeGreaterThan(0);
    expect(refusals.length).toBeGreaterThan(0);
    for (const message of refusals) {
      const [, left, asked] = /Budget global\/day has \$(\d+\.\d+) left, but this request may cost up to \$(\d+\.\d+)/.exec(message) ?? [];
      expect(Number(left)).toBeLessThan(Number(asked)); // refused only when the worst case did not fit
    }
    expect(headerSum).toBeLessThanOrEqual(limitUsd);
    // The burst was refused while reservations held the money; once they settled, serving goes on up to the cap.
    let sequential = 0;
    for (;;) {
      const response = await chat(gateway.url);
      sequential += 1;
      if (response.status === 402) break;
      expect(response.status).toBe(200);
      served += 1;
      headerSum += Number(response.headers.get("x-switchyard-cost-usd"));
    }
    refusals.push("sequential");
    const [status] = await gateway.guard.status();
    expect(status?.reservedUsd).toBe(0);
    expect(status?.spentUsd).toBeCloseTo(headerSum, 6);
    expect(headerSum).toBeLessThanOrEqual(limitUsd);
    // Refused only once the next worst case (300 output tokens at $0.4/M plus the prompt) no longer fits.
    expect(limitUsd - (status?.spentUsd ?? 0)).toBeLessThan(0.000125);

    const report = (await (await admin(gateway.url, "/api/report?since=1d&by=tier")).json()) as SpendReport;
    expect(report.total.requests).toBe(200 + sequential); // one record per request, refused ones included
    expect(report.total.served).toBe(served);
    expect(report.total.refused).toBe(refusals.length);
    expect(report.total.cost_usd).toBeCloseTo(headerSum, 6);
    expect(report.total.premium_equivalent_usd).toBeGreaterThan(report.total.cost_usd);
    await gateway.close();

    const restarted = await startGateway("race.db", config);
    expect((await restarted.guard.status())[0]?.spentUsd).toBeCloseTo(headerSum, 6);
    const after = await chat(restarted.url);
    expect(after.status).toBe(402);
    await restarted.close();
  });

  it("a fallback to a dearer model near the cap reserves again: refused when its worst case does not fit, served when it does", async () => {
    const chain = ["openai/gpt-5-nano", "anthropic/claude-sonnet-4.5"];
    const gateway = await startGateway("fallback.db", { budgets: [{ scope: "global", window: "day", limit_usd: 0.001 }] }, chain);
    gateway.simulator.setFault("openai/gpt-5-nano", "server_error");
    const failed = await chat(gateway.url);
    expect(failed.status).not.toBe(200);
    const refusal = ((await failed.json()) as { error: { message: string } }).error.message;
    // The error names the failed cheap model and quotes the budget's refusal of the dearer fallback.
    expect(refusal).toMatch(/openai\/gpt-5-nano/);
    expect(refusal).toMatch(/The budget refused the fallback anthropic\/claude-sonnet-4\.5: Budget global\/day has \$\d+\.\d+ left, but this request may cost up to/);
    expect((await gateway.guard.status())[0]).toMatchObject({ spentUsd: 0, reservedUsd: 0 }); // the failed attempt was released
    const [record] = await gateway.decisions.list({ limit: 1 });
    expect(record?.attempts.map((a) => [a.model, a.errorType])).toEqual([
      ["openai/gpt-5-nano", "http"],
      ["anthropic/claude-sonnet-4.5", "budget_exceeded"],
    ]);
    expect(gateway.simulator.calls.filter((c) => c.model === "anthropic/claude-sonnet-4.5")).toHaveLength(0);
    await gateway.close();

    const roomy = await startGateway("fallback-roomy.db", { budgets: [{ scope: "global", window: "day", limit_usd: 1 }] }, chain);
    roomy.simulator.setFault("openai/gpt-5-nano", "server_error");
    const served = await chat(roomy.url);
    expect(served.status).toBe(200);
    expect(served.headers.get("x-switchyard-model")).toBe("anthropic/claude-sonnet-4.5");
    expect((await roomy.guard.status())[0]).toMatchObject({ reservedUsd: 0 });
    expect((await roomy.guard.status())[0]?.spentUsd).toBeCloseTo(Number(served.headers.get("x-switchyard-cost-usd")), 7);
    await roomy.close();
  });

  it("a priority request reserves twice the list price: refused where a standard one still fits, served once the cap has room", async () => {
    const ask = (url: string, serviceTier?: string) =>
      fetch(`${url}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: "openai/gpt-5-nano", max_tokens: 300, messages: [{ role: "user", content: "Say hello." }], ...(serviceTier ? { service_tier: serviceTier } : {}) }),
      });
    // gpt-5-nano: 300 output tokens at $0.4/M and a few prompt tokens, about $0.000121 at list price.
    const gateway = await startGateway("priority.db", { budgets: [{ scope: "global", window: "day", limit_usd: 0.0002 }] });
    const refused = await ask(gateway.url, "priority");
    expect(refused.status).toBe(402);
    const [, left, asked] = /has \$(\d+\.\d+) left, but this request may cost up to \$(\d+\.\d+)/.exec(((await refused.json()) as { error: { message: string } }).error.message) ?? [];
    expect(Number(left)).toBeCloseTo(0.0002, 8);
    expect(Number(asked)).toBeGreaterThan(0.0002);
    expect(gateway.simulator.calls).toHaveLength(0);
    const standard = await ask(gateway.url);
    expect(standard.status).toBe(200);
    await gateway.close();
    const roomy = await startGateway("priority-roomy.db", { budgets: [{ scope: "global", window: "day", limit_usd: 0.001 }] });
    const served = await ask(roomy.url, "fast");
    expect(served.status).toBe(200);
    expect(roomy.simulator.calls.at(-1)?.body).toMatchObject({ service_tier: "fast" });
    expect((await roomy.guard.status())[0]).toMatchObject({ reservedUsd: 0 });
    await roomy.close();
  });

  it("requires a key once one exists, limits its rate with a clear 429, and guards the admin API", async () => {
    const gateway = await startGateway("keys.db", {});
    expect((await chat(gateway.url)).status).toBe(200); // no keys yet: open
    expect((await fetch(`${gateway.url}/api/keys`)).status).toBe(401);
    // A key limited to a tier that does not exist could never be used; a budget past what the ledger counts exactly neither.
    const badTier = await admin(gateway.url, "/api/keys", { method: "POST", body: JSON.stringify({ name: "team-x", tiers: ["nope"] }) });
    expect(badTier.status).toBe(400);
    expect(((await badTier.json()) as { error: { message: string } }).error.message).toMatch(/unknown tier "nope"\. Valid tiers: .*\be2e\b/);
    const huge = await admin(gateway.url, "/api/keys", { method: "POST", body: JSON.stringify({ name: "team-y", daily_budget_usd: 1e308 }) });
    expect(huge.status).toBe(400);
    // A field the API does not have is named in `param` and the message, with the fields it does have; a body that is no object has no param.
    const unknownField = await admin(gateway.url, "/api/keys", { method: "POST", body: JSON.stringify({ name: "team-z", metadata: { team: "z" } }) });
    expect(((await unknownField.json()) as { error: unknown }).error).toMatchObject({ param: "metadata", message: 'Invalid key request: unknown field "metadata"; the fields are name, daily_budget_usd, monthly_budget_usd, rpm, tiers.' });
    const notAnObject = await admin(gateway.url, "/api/keys", { method: "POST", body: "[1]" });
    expect(((await notAnObject.json()) as { error: unknown }).error).toMatchObject({ param: null, message: expect.stringMatching(/^Invalid key request: body: /) });
    const created = await admin(gateway.url, "/api/keys", { method: "POST", body: JSON.stringify({ name: "team-a", rpm: 2, tiers: ["e2e"] }) });
    expect(created.status).toBe(201);
    const { secret, key } = (await created.json()) as { secret: string; key: { id: string } };
    // The admin API's convention (docs/admin-api.md): snake_case, the names the POST body uses, times in ms. It
    // answered the store's camelCase (`createdAt`, `allowedTiers`) while /api/budgets answered snake_case.
    const keyFields = { id: key.id, name: "team-a", prefix: secret.slice(0, 10), created_at: expect.any(Number), revoked_at: null, daily_budget_usd: null, monthly_budget_usd: null, rpm: 2, tiers: ["e2e"] };
    expect(key).toStrictEqual(keyFields);
    expect(((await (await admin(gateway.url, "/api/keys")).json()) as { data: unknown[] }).data).toStrictEqual([keyFields]);

    const anonymous = await chat(gateway.url);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { message: expect.stringContaining("Missing API key"), type: "authentication_error", code: "invalid_api_key", param: null } });
    expect((await chat(gateway.url, { authorization: "Bearer sk-sy-not-a-real-key-000000" })).status).toBe(401);

    const auth = { authorization: `Bearer ${secret}` };
    expect((await chat(gateway.url, auth)).status).toBe(200);
    expect((await chat(gateway.url, auth)).status).toBe(200);
    const limited = await chat(gateway.url, auth);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await limited.json()) as { error: { type: string; message: string } }).error).toMatchObject({ type: "rate_limit_error", message: expect.stringContaining("2 requests per minute") });

    const decisions = (await (await admin(gateway.url, `/api/decisions?key=${key.id}`)).json()) as { data: { status: number }[] };
    // The key's own refusal (its rate limit) is on the key too, newest first.
    expect(decisions.data.map((d) => d.status)).toEqual([429, 200, 200]);
    const all = (await (await admin(gateway.url, "/api/decisions")).json()) as { data: { status: number }[] };
    expect(all.data.map((d) => d.status).sort()).toEqual([200, 200, 200, 401, 401, 429]); // no path loses a record
    // Refused before routing (no key, a bad key, the key's rate limit): counted, under no tier and no task.
    for (const by of ["tier", "task"]) {
      const report = (await (await admin(gateway.url, `/api/report?since=1d&by=${by}`)).json()) as SpendReport;
      expect(report.rows.map((row) => [row.group, row.requests, row.refused]), by).toEqual([["(none)", 3, 3], [by === "tier" ? "e2e" : "chat", 3, 0]]);
    }
    const revoked = await admin(gateway.url, "/api/keys/team-a", { method: "DELETE" });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toStrictEqual({ ...keyFields, revoked_at: expect.any(Number) });
    expect((await admin(gateway.url, "/api/report?by=colour")).status).toBe(400);
    await gateway.close();
  });
});
