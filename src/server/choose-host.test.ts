import { expect, it } from "vitest";
import { chooseBinding, chooseHost } from "./choose-host.js";

it("binds loopback unless told, and says how to listen wider once keys exist", () => {
  const notes: string[] = [];
  expect(chooseHost(undefined, 0, (note) => notes.push(note))).toBe("127.0.0.1");
  expect(chooseHost("0.0.0.0", 0, (note) => notes.push(note))).toBe("127.0.0.1");
  expect(chooseHost(undefined, 2, (note) => notes.push(note))).toBe("127.0.0.1");
  expect(chooseHost("0.0.0.0", 2, (note) => notes.push(note))).toBe("0.0.0.0");
  expect(notes).toEqual([
    expect.stringMatching(/No virtual keys exist/),
    expect.stringMatching(/binds 127\.0\.0\.1 only \(not 0\.0\.0\.0\)/),
    expect.stringMatching(/Virtual keys exist, but the gateway listens on 127\.0\.0\.1 only.*--host 0\.0\.0\.0/),
  ]);
});

it("binds the requested host when the key store could not say whether keys exist, and then refuses keyless requests beyond loopback", () => {
  const notes: string[] = [];
  expect(chooseBinding("0.0.0.0", undefined, (text) => notes.push(text))).toEqual({ host: "0.0.0.0", keylessAllowed: false });
  expect(notes.join(" ")).toMatch(/not reachable.*refuses requests without one/);
  expect(chooseBinding(undefined, undefined, () => {})).toEqual({ host: "127.0.0.1", keylessAllowed: true });
  expect(chooseBinding("0.0.0.0", 0, () => {})).toEqual({ host: "127.0.0.1", keylessAllowed: true });
});

it("refuses keyless requests beyond loopback even when keys existed at start (all of them may be revoked later)", () => {
  expect(chooseBinding("0.0.0.0", 1, () => {})).toEqual({ host: "0.0.0.0", keylessAllowed: false });
  expect(chooseBinding("127.0.0.1", 1, () => {})).toEqual({ host: "127.0.0.1", keylessAllowed: true });
  expect(chooseBinding(undefined, 3, () => {})).toEqual({ host: "127.0.0.1", keylessAllowed: true });
});

it("reads loopback in every spelling (a bracketed [::1], the whole 127.0.0.0/8, IPv4-mapped, LOCALHOST), and binds it without the brackets", () => {
  for (const requested of ["[::1]", "::1", "0:0:0:0:0:0:0:1", "127.0.0.2", "::ffff:127.0.0.1", "LOCALHOST"]) {
    const notes: string[] = [];
    const binding = chooseBinding(requested, 0, (text) => notes.push(text));
    expect(binding, requested).toEqual({ host: requested === "[::1]" ? "::1" : requested, keylessAllowed: true });
    expect(notes.join(" "), requested).not.toMatch(/binds 127\.0\.0\.1 only \(not/);
    expect(chooseBinding(requested, undefined, () => {}), requested).toEqual(binding);
  }
  for (const wider of ["0.0.0.0", "::", "[::]", "10.0.0.1", "::2", "::ffff:10.0.0.1", "localhost.example.com"]) {
    expect(chooseBinding(wider, 0, () => {}), wider).toEqual({ host: "127.0.0.1", keylessAllowed: true });
    expect(chooseBinding(wider, 1, () => {}).keylessAllowed, wider).toBe(false);
  }
  expect(chooseBinding("[::]", 1, () => {}).host).toBe("::");
});
