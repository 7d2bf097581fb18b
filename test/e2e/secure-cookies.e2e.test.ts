/**
 * `server.secure_cookies` through real HTTP (`serve --simulate` on 127.0.0.1): behind a TLS-terminating proxy that
 * sends no `X-Forwarded-Proto`, a page load (no Origin) cannot show the browser is on https, so a session carried
 * over from the plain cookie name (ADR 0087) went out without `Secure`; `always` puts it on every session cookie
 * (ADR 0091).
 * @module
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { startServe, type ServeHandle } from "../../src/cli/commands/serve.js";

const ADMIN_KEY = "s".repeat(40);
const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-secure-cookies-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function serve(yaml: string): Promise<ServeHandle> {
  const file = path.join(cwd, `config-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, yaml);
  const io: CliIo = { stdout: () => {}, stderr: () => {}, env: { SWITCHYARD_ADMIN_KEY: ADMIN_KEY }, cwd };
  return startServe({ simulate: true, port: "0", config: file }, io);
}

/** A session token, from a sign-in posted from the https page the proxy serves. */
async function token(url: string): Promise<string> {
  const response = await fetch(`${url}/dashboard/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: url },
    body: new URLSearchParams({ admin_key: ADMIN_KEY }).toString(),
  });
  expect(response.status).toBe(303);
  return /=([^;]+);/.exec(response.headers.get("set-cookie") ?? "")?.[1] ?? "";
}

/** The Set-Cookie of a page load (no Origin) carrying only the plain-name cookie of an older gateway. */
async function carriedOver(url: string, headers: Record<string, string> = {}): Promise<string> {
  const page = await fetch(`${url}/dashboard`, { redirect: "manual", headers: { cookie: `switchyard_session=${await token(url)}`, ...headers } });
  expect(page.status).toBe(200);
  const set = page.headers.get("set-cookie") ?? "";
  expect(set).toMatch(/^switchyard_session_\d+=/);
  return set;
}

describe("server.secure_cookies", () => {
  it("'always' marks a session carried over on a page load Secure, behind a proxy that sends no X-Forwarded-Proto", async () => {
    const gateway = await serve("server:\n  secure_cookies: always\n");
    try {
      expect(await carriedOver(gateway.server.url)).toMatch(/; Secure$/);
      // A sign-in posted from the http page the proxy forwards (Origin http) is Secure too, and so is the clearing of
      // a session the gateway no longer accepts on the sign-in page.
      const signIn = await fetch(`${gateway.server.url}/dashboard/sign-in`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: gateway.server.url },
        body: new URLSearchParams({ admin_key: ADMIN_KEY }).toString(),
      });
      expect(signIn.headers.get("set-cookie")).toMatch(/^switchyard_session_\d+=[^;]+;.*; Secure$/);
      const port = new URL(gateway.server.url).port;
      const ended = await fetch(`${gateway.server.url}/dashboard/sign-in`, { headers: { cookie: `switchyard_session_${port}=ended` } });
      expect(ended.headers.get("set-cookie")).toMatch(/Max-Age=0; Secure$/);
      // Sign-out clears both names, each Secure too.
      const own = await token(gateway.server.url);
      const out = await fetch(`${gateway.server.url}/dashboard/sign-out`, { method: "POST", redirect: "manual", headers: { origin: gateway.server.url, cookie: `switchyard_session=${own}` } });
      expect(out.status).toBe(303);
      const cleared = out.headers.getSetCookie();
      expect(cleared).toHaveLength(2);
      for (const cookie of cleared) expect(cookie).toMatch(/Max-Age=0; Secure$/);
    } finally {
      await gateway.close();
    }
  });

  it("'auto' (the default) goes by what the request shows: Secure with X-Forwarded-Proto: https, not without", async () => {
    const gateway = await serve("{}\n");
    try {
      expect(await carriedOver(gateway.server.url)).not.toContain("Secure");
      expect(await carriedOver(gateway.server.url, { "x-forwarded-proto": "https" })).toMatch(/; Secure$/);
    } finally {
      await gateway.close();
    }
  });

  it("names the two settings when the config has another", async () => {
    await expect(serve("server:\n  secure_cookies: yes\n")).rejects.toThrow(/secure_cookies/);
  });
});
