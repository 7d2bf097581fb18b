/**
 * A request refused before routing gets a request id (round 28) but no decision record. Looking that id up in the
 * admin API answered a bare "No decision <id>." (round 29): the user holding the id from an SDK error found nothing
 * and no reason. The instance that refused it now answers the id with what it answered; any id of the gateway's
 * shape without a record is answered with what such ids are.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { generateDecisionId } from "../../src/core/id-generator.js";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import type { DecisionLogStore } from "../../src/log/decision-log-store.js";
import { createKeyAuth } from "../../src/server/auth/create-key-auth.js";
import { registerAdminRoutes } from "../../src/server/routes/admin-routes.js";
import { createMemoryDecisionLogBackend } from "../../src/storage/memory/memory-decision-log.js";
import { createMemoryKeyStore } from "../../src/storage/memory/memory-key-store.js";
import { createMemoryRateLimiter } from "../../src/storage/memory/memory-rate-limiter.js";
import { issueVirtualKey } from "../../src/storage/virtual-key-secret.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const ADMIN = "sy-admin-refused-lookup-0123456789";
let gateway: Gateway;
let decisions: DecisionLogStore;
let secret: string;
beforeAll(async () => {
  const keys = createMemoryKeyStore();
  secret = (await issueVirtualKey(keys, { name: "team-a" }, { now: Date.now() })).secret;
  decisions = createDecisionLog({ backend: createMemoryDecisionLogBackend() });
  gateway = await startGateway({
    config: { server: { body_limit_bytes: 4_000 } },
    app: {
      decisionLog: decisions,
      authenticate: createKeyAuth({ keys, clock: SYSTEM_CLOCK, rateLimiter: createMemoryRateLimiter() }),
      plugins: [(app, view) => registerAdminRoutes(app, { adminKey: ADMIN, decisions, keys, clock: SYSTEM_CLOCK, refusal: view.refusal })],
    },
  });
});
afterAll(async () => {
  await gateway.close();
  await decisions.close();
});

async function lookUp(id: string): Promise<{ status: number; error: { code: string; message: string } }> {
  const response = await fetch(`${gateway.url}/api/decisions/${id}`, { headers: { authorization: `Bearer ${ADMIN}` } });
  return { status: response.status, error: ((await response.json()) as { error: { code: string; message: string } }).error };
}

describe("looking up the request id of a request refused before routing", () => {
  it("Messages (a charset the gateway does not read), Responses (not JSON), Chat (too large), count_tokens (a key refused): what was answered, and when", async () => {
    const refusals: { path: string; header: string; body: string; headers: Record<string, string>; status: number }[] = [
      { path: "/v1/messages", header: "request-id", body: JSON.stringify({ model: "switchyard/auto", max_tokens: 10, messages: [] }), headers: { "x-api-key": secret, "content-type": "application/json; charset=utf-16" }, status: 415 },
      { path: "/v1/responses", header: "x-request-id", body: "{not json", headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, status: 400 },
      { path: "/v1/chat/completions", header: "x-request-id", body: JSON.stringify({ model: "switchyard/auto", messages: [{ role: "user", content: "x".repeat(5_000) }] }), headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, status: 413 },
      { path: "/v1/messages/count_tokens", header: "request-id", body: JSON.stringify({ model: "switchyard/auto", messages: [{ role: "user", content: "hi" }] }), headers: { "x-api-key": "sk-sy-not-a-real-key-000000000000", "content-type": "application/json" }, status: 401 },
    ];
    for (const sent of refusals) {
      const answer = await fetch(`${gateway.url}${sent.path}`, { method: "POST", body: sent.body, headers: sent.headers });
      expect(answer.status, sent.path).toBe(sent.status);
      const id = answer.headers.get(sent.header) ?? "";
      expect(id).toMatch(/^dec_/);
      const found = await lookUp(id);
      expect(found.status, sent.path).toBe(404);
      expect(found.error.code, sent.path).toBe("refused_before_routing");
      expect(found.error.message).toContain(`No decision ${id}: the request (POST ${sent.path}) was refused before routing at `);
      expect(found.error.message).toContain(`answered ${sent.status} `);
    }
  });

  it("a request a door's handler took names its record, answered or refused (a key refused by the door)", async () => {
    for (const [key, status] of [[secret, 200], ["sk-sy-not-a-real-key-000000000000", 401]] as const) {
      const answer = await fetch(`${gateway.url}/v1/chat/completions`, { method: "POST", body: JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }] }), headers: { authorization: `Bearer ${key}`, "content-type": "application/json" } });
      expect(answer.status).toBe(status);
      const id = answer.headers.get("x-request-id") ?? "";
      await decisions.flush();
      const found = await fetch(`${gateway.url}/api/decisions/${id}`, { headers: { authorization: `Bearer ${ADMIN}` } });
      expect(found.status).toBe(200);
      expect(((await found.json()) as { id: string; status: number })).toMatchObject({ id, status });
    }
  });

  it("an id of the gateway's shape this instance does not remember: 404 not_found that says what such ids are", async () => {
    const found = await lookUp(generateDecisionId());
    expect(found).toMatchObject({ status: 404, error: { code: "not_found" } });
    expect(found.error.message).toContain("refused before routing");
  });
});
