import { expect, it } from "vitest";
import { chooseHost } from "./start-server.js";

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
