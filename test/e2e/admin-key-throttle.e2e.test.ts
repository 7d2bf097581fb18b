/**
 * The admin-key throttle through real HTTP (`serve --simulate` on 127.0.0.1): per client address as
 * `server.trust_proxy` reads it, never fooled by a forged `X-Forwarded-For`, shared by the sign-in form and `/api`,
 * and account-wide so a guess spread over many addresses is stopped too.
 * @module
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { startServe, type ServeHandle } from "../../src/cli/commands/serve.js";
import { MAX_WRONG_ADMIN_KEYS_PER_ACCOUNT, MAX_WRONG_ADMIN_KEYS_PER_CLIENT } from "../../src/server/auth/admin-key-throttle.js";

const ADMIN_KEY = "t".repeat(40);
const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-throttle-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Starts `serve --simulate` with `server.trust_proxy` set (or not). */
async function serve(trustProxy?: string): Promise<ServeHandle> {
  const file = path.join(cwd, `config-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, trustProxy === undefined ? "{}\n" : `server:\n  trust_proxy: ${trustProxy}\n`);
  const io: CliIo = { stdout: () => {}, stderr: () => {}, env: { SWITCHYARD_ADMIN_KEY: ADMIN_KEY }, cwd };
  return startServe({ simulate: true, port: "0", config: file }, io);
}

function signIn(url: string, key: string, forwardedFor?: string): Promise<Response> {
  return fetch(`${url}/dashboard/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: url, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
    body: new URLSearchParams({ admin_key: key }).toString(),
  });
}

describe("admin-key throttle", () => {
  it("without trust_proxy keys on the socket's address: a forged X-Forwarded-For on each guess does not reset it", async () => {
    const gateway = await serve();
    try {
      const url = gateway.server.url;
      for (let attempt = 0; attempt < MAX_WRONG_ADMIN_KEYS_PER_CLIENT; attempt++) {
        expect((await signIn(url, `wrong-${attempt}`, `198.51.100.${attempt}`)).status).toBe(401);
      }
      const next = await signIn(url, "wrong-again", "198.51.100.200");
      expect(next.status).toBe(429);
      expect(next.headers.get("retry-after")).toBe("60");
      expect(await next.text()).toContain("Too many wrong admin keys from this address");
    } finally {
      await gateway.close();
    }
  });

  it("behind a trusted proxy each client is counted apart: one client's guesses lock out no other admin", async () => {
    const gateway = await serve("[127.0.0.1]");
    try {
      const url = gateway.server.url;
      for (let attempt = 0; attempt < MAX_WRONG_ADMIN_KEYS_PER_CLIENT; attempt++) expect((await signIn(url, `wrong-${attempt}`, "203.0.113.7")).status).toBe(401);
      expect((await signIn(url, "wrong", "203.0.113.7")).status).toBe(429);
      // Another admin behind the same proxy still signs in.
      expect((await signIn(url, ADMIN_KEY, "203.0.113.8")).status).toBe(303);
    } finally {
      await gateway.close();
    }
  });

  it("with a hop count the proxy's own entry names the client: addresses a client prepends do not", async () => {
    const gateway = await serve("1");
    try {
      const url = gateway.server.url;
      // The proxy appends the address it saw (203.0.113.9) to whatever the client sent.
      for (let attempt = 0; attempt < MAX_WRONG_ADMIN_KEYS_PER_CLIENT; attempt++) {
        expect((await signIn(url, `wrong-${attempt}`, `192.0.2.${attempt}, 203.0.113.9`)).status).toBe(401);
      }
      expect((await signIn(url, ADMIN_KEY, "192.0.2.99, 203.0.113.9")).status).toBe(429);
      expect((await signIn(url, ADMIN_KEY, "192.0.2.99, 203.0.113.10")).status).toBe(303);
    } finally {
      await gateway.close();
    }
  });

  it("counts wrong keys on /api with the sign-in form's: the API is no way round the form", async () => {
    const gateway = await serve();
    try {
      const url = gateway.server.url;
      const api = (key: string) => fetch(`${url}/api/overview`, { headers: { authorization: `Bearer ${key}` } });
      for (let attempt = 0; attempt < MAX_WRONG_ADMIN_KEYS_PER_CLIENT; attempt++) expect((await api(`wrong-${attempt}`)).status).toBe(401);
      const refused = await api(ADMIN_KEY);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBe("60");
      expect(await refused.json()).toMatchObject({ error: { type: "rate_limit_error", code: "admin_key_throttled" } });
      expect((await signIn(url, ADMIN_KEY)).status).toBe(429);
    } finally {
      await gateway.close();
    }
  });

  it("stops a guess spread over many addresses, while signed-in sessions keep working", async () => {
    const gateway = await serve("[loopback]");
    try {
      const url = gateway.server.url;
      const session = await signIn(url, ADMIN_KEY, "203.0.113.50");
      const cookie = (session.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const perClient = MAX_WRONG_ADMIN_KEYS_PER_CLIENT - 1;
      const clients = Math.ceil(MAX_WRONG_ADMIN_KEYS_PER_ACCOUNT / perClient);
      const statuses: number[] = [];
      for (let client = 0; client < clients; client++) {
        for (let attempt = 0; attempt < perClient; attempt++) statuses.push((await signIn(url, `wrong-${attempt}`, `10.1.${client}.1`)).status);
      }
      expect(statuses.slice(0, MAX_WRONG_ADMIN_KEYS_PER_ACCOUNT).every((status) => status === 401)).toBe(true);
      expect(statuses.slice(MAX_WRONG_ADMIN_KEYS_PER_ACCOUNT).every((status) => status === 429)).toBe(true);
      const fresh = await signIn(url, "wrong", "10.9.9.9");
      expect(fresh.status).toBe(429);
      expect(await fresh.text()).toContain("from many addresses");
      expect((await fetch(`${url}/api/overview`, { headers: { cookie } })).status).toBe(200);
    } finally {
      await gateway.close();
    }
  });
});
