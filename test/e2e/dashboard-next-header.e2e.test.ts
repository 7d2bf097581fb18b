/**
 * The sign-in's `next` (the dashboard page to return to) becomes a `Location` header. Node refuses a header value
 * with a control character or a character past Latin-1, and the redirect wrote it as sent: a crafted link
 * (`/dashboard/sign-in?next=/dashboard/%C4%80`) answered a signed-in admin, and a correct sign-in, with a 500 in
 * Fastify's own format (`ERR_INVALID_CHAR`), and the sign-in's session cookie was lost with it. Real `startServer`
 * (SQLite) over HTTP on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUZZ_ADMIN_KEY, startFuzzTarget, type FuzzTarget } from "../fuzz/fuzz-target.js";

let target: FuzzTarget;
beforeAll(async () => {
  target = await startFuzzTarget();
});
afterAll(async () => {
  await target.close();
});

const HOSTILE = ["/dashboard/\u0100", "/dashboard/\u0000", "/dashboard/decisions?key=\u007f", "/dashboard?x=\u00e9", "/dashboard/\u2028"];

function signIn(next?: string): Promise<Response> {
  const body = new URLSearchParams({ admin_key: FUZZ_ADMIN_KEY, ...(next !== undefined ? { next } : {}) }).toString();
  return fetch(`${target.url}/dashboard/sign-in`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", origin: target.url }, body });
}

describe("a sign-in `next` that is no printable ASCII", () => {
  it.each(HOSTILE)("signing in with next %j goes to the dashboard, with its session cookie", async (next) => {
    const answer = await signIn(next);
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("/dashboard");
    expect(answer.headers.get("set-cookie")).toMatch(/^switchyard_session_\d+=/);
  });

  it.each(HOSTILE)("a signed-in admin opening the sign-in page with next %j is sent to the dashboard", async (next) => {
    const cookie = (await signIn()).headers.get("set-cookie")?.split(";")[0] ?? "";
    const answer = await fetch(`${target.url}/dashboard/sign-in?next=${encodeURIComponent(next)}`, { redirect: "manual", headers: { cookie } });
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("/dashboard");
  });

  it("a printable next still returns to its page", async () => {
    const answer = await signIn("/dashboard/decisions?tier=budget");
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("/dashboard/decisions?tier=budget");
  });
});
