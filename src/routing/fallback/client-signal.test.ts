import { describe, expect, it } from "vitest";
import { ClientGoneSignal } from "./client-signal.js";

describe("ClientGoneSignal", () => {
  it("runs each listener once, in order, on the first abort only", () => {
    const signal = new ClientGoneSignal();
    const calls: string[] = [];
    signal.addEventListener("abort", () => calls.push("a"));
    signal.addEventListener("abort", () => calls.push("b"), { once: true });
    expect(signal.aborted).toBe(false);
    signal.abort();
    signal.abort();
    expect(signal.aborted).toBe(true);
    expect(calls).toEqual(["a", "b"]);
  });

  it("does not run a removed listener, nor one added after the abort", () => {
    const signal = new ClientGoneSignal();
    const calls: string[] = [];
    const removed = (): void => {
      calls.push("removed");
    };
    signal.addEventListener("abort", removed);
    signal.removeEventListener("abort", removed);
    signal.abort();
    signal.addEventListener("abort", () => calls.push("late"));
    expect(calls).toEqual([]);
  });
});
