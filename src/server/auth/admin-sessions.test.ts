import { describe, expect, it } from "vitest";
import { createAdminSessions, sessionCookie, sessionCookieName, sessionIdFromCookie } from "./admin-sessions.js";

describe("admin sessions", () => {
  it("issues random tokens that are valid until they expire or are signed out", () => {
    let now = 1_000;
    const sessions = createAdminSessions({ clock: { now: () => now }, secret: "admin-key-1", ttlInMs: 60_000 });
    const first = sessions.create();
    const second = sessions.create();
    expect(first).not.toBe(second);
    expect(first).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
    expect(first).not.toContain("admin-key-1");
    expect(sessions.isValid(first)).toBe(true);
    expect(sessions.isValid("forged")).toBe(false);
    expect(sessions.isValid(undefined)).toBe(false);
    sessions.destroy(second);
    expect(sessions.isValid(second)).toBe(false);
    now += 60_000;
    expect(sessions.isValid(first)).toBe(false);
  });

  it("is accepted by every instance that shares the admin key, so N instances need no sticky load balancer", () => {
    // Journey 5: a round-robin balancer sent every other dashboard request to an instance that had never seen the
    // session, and the signed-in team lead was bounced to the sign-in page.
    const clock = { now: () => 5_000 };
    const instanceA = createAdminSessions({ clock, secret: "shared-admin-key" });
    const instanceB = createAdminSessions({ clock, secret: "shared-admin-key" });
    const token = instanceA.create();
    expect(instanceB.isValid(token)).toBe(true);
    // Another admin key (a rotated one, or another deployment) accepts none of them.
    expect(createAdminSessions({ clock, secret: "rotated-admin-key" }).isValid(token)).toBe(false);
    expect(createAdminSessions({ clock, secret: undefined }).isValid(token)).toBe(false);
    expect(createAdminSessions({ clock, secret: undefined }).isValid(createAdminSessions({ clock, secret: undefined }).create())).toBe(false);
    // A token whose expiry or nonce was changed no longer matches its signature.
    const [expiry, nonce, mac] = token.split(".");
    expect(instanceB.isValid(`${(Number.parseInt(expiry ?? "0", 36) + 86_400_000).toString(36)}.${nonce}.${mac}`)).toBe(false);
    expect(instanceB.isValid(`${expiry}.${"A".repeat(43)}.${mac}`)).toBe(false);
  });

  it("reads its cookie among others and writes HttpOnly, SameSite=Strict, Path=/ (Secure over https)", () => {
    expect(sessionIdFromCookie("a=1; switchyard_session=abc; b=2")).toBe("abc");
    expect(sessionIdFromCookie("switchyard_session=other; switchyard_session_8787=abc", "switchyard_session_8787")).toBe("abc");
    expect(sessionIdFromCookie("switchyard_session_8788=other", "switchyard_session_8787")).toBeUndefined();
    expect(sessionIdFromCookie("a=1")).toBeUndefined();
    expect(sessionIdFromCookie(undefined)).toBeUndefined();
    expect(sessionCookie("switchyard_session", "abc", 60, false)).toBe("switchyard_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=60");
    expect(sessionCookie("switchyard_session_8787", "abc", 60, true)).toBe("switchyard_session_8787=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=60; Secure");
  });

  it("names the cookie by the port the browser reaches the gateway on, so two gateways on one host keep their own", () => {
    expect(sessionCookieName("127.0.0.1:8787")).toBe("switchyard_session_8787");
    expect(sessionCookieName("127.0.0.1:8788")).toBe("switchyard_session_8788");
    expect(sessionCookieName("[::1]:9000")).toBe("switchyard_session_9000");
    // The default port (no port in Host) keeps the plain name, over http and https alike.
    expect(sessionCookieName("gw.example.com")).toBe("switchyard_session");
    expect(sessionCookieName("[::1]")).toBe("switchyard_session");
    expect(sessionCookieName(undefined)).toBe("switchyard_session");
    // A default port written out, or a port with leading zeros, is the same address and the same name.
    expect(sessionCookieName("gw.example.com:443")).toBe("switchyard_session");
    expect(sessionCookieName("gw.example.com:80")).toBe("switchyard_session");
    expect(sessionCookieName("127.0.0.1:08787")).toBe("switchyard_session_8787");
    // Only digits ever reach the name (it is a header's token).
    expect(sessionCookieName("evil;x=1:80a")).toBe("switchyard_session");
  });
});
