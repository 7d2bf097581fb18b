/**
 * A key revoke is a write that cannot be taken back: `DELETE /api/keys/team?dry_run=1` (or `?confirm=false`) revoked
 * the key, the parameter ignored as a GET's cache-buster is. A DELETE now refuses any query parameter with a 400
 * naming it, and the key stays active (ADR 0061).
 * @module
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAnswer, FUZZ_ADMIN_KEY, send, startFuzzTarget, type FuzzTarget } from "../fuzz/fuzz-target.js";

let target: FuzzTarget;
beforeAll(async () => {
  target = await startFuzzTarget();
});
afterAll(async () => target.close());

const ADMIN = { authorization: `Bearer ${FUZZ_ADMIN_KEY}`, "content-type": "application/json" };

async function call(method: string, path: string, body?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const answer = await send(target, method, path, body, ADMIN);
  checkAnswer(answer, path);
  return { status: answer.status, json: JSON.parse(answer.body) as Record<string, unknown> };
}

async function revokedAt(name: string): Promise<unknown> {
  const list = (await call("GET", "/api/keys")).json as { data: { name: string; revoked_at: unknown }[] };
  return list.data.find((key) => key.name === name)?.revoked_at;
}

describe("a key revoke with a query parameter", () => {
  it("is refused, naming the parameter, and the key stays active", async () => {
    expect((await call("POST", "/api/keys", JSON.stringify({ name: "keep-me" }))).status).toBe(201);
    for (const query of ["dry_run=1", "confirm=false", "x[]=1"]) {
      const answer = await call("DELETE", `/api/keys/keep-me?${query}`);
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.json)).toContain(query.split(/[=[]/)[0]);
      expect(await revokedAt("keep-me")).toBeNull();
    }
  });

  it("still revokes without one", async () => {
    expect((await call("POST", "/api/keys", JSON.stringify({ name: "drop-me" }))).status).toBe(201);
    expect((await call("DELETE", "/api/keys/drop-me")).status).toBe(200);
    expect(await revokedAt("drop-me")).not.toBeNull();
  });
});
