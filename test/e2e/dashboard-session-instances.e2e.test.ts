import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServe } from "../../src/cli/commands/serve.js";
import type { CliIo } from "../../src/cli/cli-io.js";
import { sessionCookieName } from "../../src/server/auth/admin-sessions.js";

const ADMIN_KEY = "b".repeat(40);

describe("dashboard sessions across gateway instances", () => {
  const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-sessions-"));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it("a sign-in on one instance is honoured by another with the same admin key (no sticky balancer needed)", async () => {
    const io: CliIo = { stdout: () => {}, stderr: () => {}, env: { SWITCHYARD_ADMIN_KEY: ADMIN_KEY }, cwd };
    const a = await startServe({ simulate: true, port: "0" }, io);
    const b = await startServe({ simulate: true, port: "0" }, io);
    try {
      const signIn = await fetch(`${a.server.url}/dashboard/sign-in`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: a.server.url },
        body: new URLSearchParams({ admin_key: ADMIN_KEY }).toString(),
      });
      expect(signIn.status).toBe(303);
      const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      expect(cookie).toMatch(new RegExp(`^${sessionCookieName(new URL(a.server.url).host)}=.+`));
      expect(cookie).not.toContain(ADMIN_KEY);
      // The balancer sends the next requests to instance B. Behind it both are reached at one address, so the browser
      // sends the same cookie; here each listens on its own port, which names its cookie, so the token goes under B's.
      const token = cookie.slice(cookie.indexOf("=") + 1);
      const cookieB = `${sessionCookieName(new URL(b.server.url).host)}=${token}`;
      const overview = await fetch(`${b.server.url}/api/overview`, { headers: { cookie: cookieB } });
      expect(overview.status).toBe(200);
      const page = await fetch(`${b.server.url}/dashboard`, { headers: { cookie: cookieB }, redirect: "manual" });
      expect(page.status).toBe(200);
      // A made-up cookie is refused there as before.
      expect((await fetch(`${b.server.url}/api/overview`, { headers: { cookie: `${sessionCookieName(new URL(b.server.url).host)}=forged` } })).status).toBe(401);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
