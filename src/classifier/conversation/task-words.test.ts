import { describe, expect, it } from "vitest";
import { asksChange } from "./task-words.js";

describe("a change asked, not a change word told", () => {
  it("reads the user's own change, the session's work named, a change ruled out and a later action as no ask", () => {
    expect(asksChange("nice. honestly i was so nervous about this one, my first change to checkout")).toBe(false);
    expect(asksChange("morning! before we dive into the refactor — how's it going?")).toBe(false);
    expect(asksChange("which node version does this repo require? just tell me, don't change anything")).toBe(false);
    expect(asksChange("what does this flag do? i want to know before i touch it")).toBe(false);
  });
  it("reads a change word outside those phrases as a change asked", () => {
    expect(asksChange("fix the badge so it reads the count from props")).toBe(true);
    expect(asksChange("don't change anything in the tests, but update the handler")).toBe(true);
    expect(asksChange("before we dive into the refactor, rename the module")).toBe(true);
  });
});
