/**
 * `POST /api/keys`'s 400 for a field the API does not have: the name is the caller's text, so it is quoted escaped
 * (quote-sent-text.ts), as the feedback route and the doors quote an unknown field's name.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { parseConfig } from "../../config/parse-config.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { createDecisionLog } from "../../log/create-decision-log.js";
import { createMemoryDecisionLogBackend } from "../../storage/memory/memory-decision-log.js";
import { createMemoryKeyStore } from "../../storage/memory/memory-key-store.js";
import { createUpstreamClient } from "../../upstream/upstream-client.js";
import { createApp } from "../create-app.js";
import { registerAdminRoutes } from "./admin-routes.js";

const ADMIN = "admin-keys-unit-admin-key";

describe("POST /api/keys with an unknown field", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    // Nothing listens there: key requests never call upstream.
    const upstream = createUpstreamClient({ baseUrl: "http://127.0.0.1:9/api/v1", connectTimeoutMs: 100, xTitle: "t" });
    const decisions = createDecisionLog({ backend: createMemoryDecisionLogBackend() });
    app = await createApp({
      config: parseConfig({}),
      catalog: builtinCatalog(),
      upstream,
      plugins: [(instance, gateway) => registerAdminRoutes(instance, { adminKey: ADMIN, decisions, keys: createMemoryKeyStore(), clock: SYSTEM_CLOCK, router: gateway.router, tiers: () => gateway.router().tiers })],
    });
  });
  afterAll(() => app.close());

  it("quotes the field's name escaped and cut, never echoed raw", async () => {
    // The name was put between quotes raw: an escape sequence, a newline or a direction override in it rewrote the
    // message where an admin tool printed it, and a quote in it closed the quotes early.
    const send = (field: string) => app.inject({ method: "POST", url: "/api/keys", headers: { authorization: `Bearer ${ADMIN}` }, payload: { name: "team-z", [field]: 1 } });
    const hostile = await send('team"\u001b[31m\n\u202eok');
    expect(hostile.statusCode).toBe(400);
    expect((hostile.json() as { error: { message: string } }).error.message).toBe('Invalid key request: unknown field "team\\"\\u001b[31m\\n\\u202eok"; the fields are name, daily_budget_usd, monthly_budget_usd, rpm, tiers.');
    const long = await send("x".repeat(500));
    expect((long.json() as { error: { message: string } }).error.message).toContain(`unknown field "${"x".repeat(64)}…";`);
  });

  it("quotes an unknown field of the route playground (POST /api/route) the same way", async () => {
    // zod's own "Unrecognized key" quoted it with JSON.stringify, which leaves a direction override and C1 controls raw.
    const refused = await app.inject({ method: "POST", url: "/api/route", headers: { authorization: `Bearer ${ADMIN}` }, payload: { prompt: "hi", "x\u202e\u009b": 1 } });
    expect(refused.statusCode).toBe(400);
    expect((refused.json() as { error: { message: string } }).error.message).toBe('Invalid playground request: body: unknown field(s) "x\\u202e\\u009b"');
  });

  it("quotes a key id, a key name and a tier it does not know escaped, and cuts a param without halving an emoji", async () => {
    const auth = { authorization: `Bearer ${ADMIN}` };
    const message = (response: { json: () => unknown }) => (response.json() as { error: { message: string; param?: string } }).error;
    // The id or name in the path, and in /api/budgets?key=, was put between quotes raw.
    const revoke = await app.inject({ method: "DELETE", url: `/api/keys/${encodeURIComponent('a"\n\u202eb')}`, headers: auth });
    expect(revoke.statusCode).toBe(404);
    expect(message(revoke).message).toBe('No active key with id or name "a\\"\\n\\u202eb".');
    const tier = await app.inject({ method: "POST", url: "/api/keys", headers: auth, payload: { name: "team-t", tiers: ["x\u202e"] } });
    expect(message(tier).message).toContain('unknown tier "x\\u202e"');
    // A 64th character that is half an emoji left a lone surrogate in the answer's param.
    const field = `${"x".repeat(63)}\u{1f600}`;
    const cut = await app.inject({ method: "POST", url: "/api/keys", headers: auth, payload: { name: "team-c", [field]: 1 } });
    expect(message(cut).param).toBe(`${"x".repeat(63)}…`);
    // Escaped as the message quotes it: it was cut but raw, a direction override reaching what printed it (round 26 review).
    const hostile = await app.inject({ method: "POST", url: "/api/keys", headers: auth, payload: { name: "team-h", "a\u202eb": 1 } });
    expect(message(hostile).param).toBe("a\\u202eb");
  });
});

