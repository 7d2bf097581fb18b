import { describe, expect, it } from "vitest";
import { createAdminSessions, sessionCookie, sessionIdFromCookie } from "./admin-sessions.js";

describe("admin sessions", () => {
  it("issues random ids that are valid until they expire or are destroyed", () => {
    let now = 1_000;
    const sessions = createAdminSessions({ clock: { now: () => now }, ttlInMs: 60_000 });
    const first = sessions.create();
    const second = sessions.create();
    expect(first).not.toBe(second);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sessions.isValid(first)).toBe(true);
    expect(sessions.isValid("forged")).toBe(false);
    expect(sessions.isValid(undefined)).toBe(false);
    sessions.destroy(second);
    expect(sessions.isValid(second)).toBe(false);
    now += 60_000;
    expect(sessions.isValid(first)).toBe(false);
  });

  it("reads its cookie among others and writes HttpOnly, SameSite=Strict, Path=/ (Secure over https)", () => {
    expect(sessionIdFromCookie("a=1; switchyard_session=abc; b=2")).toBe("abc");
    expect(sessionIdFromCookie("a=1")).toBeUndefined();
    expect(sessionIdFromCookie(undefined)).toBeUndefined();
    expect(sessionCookie("abc", 60, false)).toBe("switchyard_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=60");
    expect(sessionCookie("abc", 60, true)).toContain("; Secure");
  });
});
