import { afterEach, describe, expect, it, vi } from "vitest";
import { AttemptTimeout } from "../../upstream/classify-network-error.js";
import { AttemptController, ClientGone, ClientTooSlow } from "./attempt-controller.js";

afterEach(() => {
  vi.useRealTimers();
});

/** Runs an attempt with a 1,000 ms total, held from `holdFrom` to `holdUntil` (ms after its start), to its deadline. */
function reasonAtDeadline(holdFrom: number, holdUntil: number): unknown {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  const controller = new AttemptController({ clientSignal: undefined, remainingMs: 1_000, totalMs: 1_000 });
  vi.advanceTimersByTime(holdFrom);
  controller.hold();
  vi.advanceTimersByTime(Math.min(holdUntil, 1_000) - holdFrom);
  if (holdUntil < 1_000) controller.release();
  vi.advanceTimersByTime(1_000 - Math.min(holdUntil, 1_000) + 1);
  controller.dispose();
  return controller.reason;
}

describe("the total deadline of an attempt", () => {
  it("is the client's when the gateway spent most of the attempt waiting for it to read", () => {
    const reason = reasonAtDeadline(100, 2_000);
    expect(reason).toBeInstanceOf(ClientTooSlow);
    // Everything that treats a client that left as no failure of the model's treats this one so too.
    expect(reason).toBeInstanceOf(ClientGone);
  });

  it("is the client's even when it fired in a moment between two waits, if the waits were most of the time", () => {
    expect(reasonAtDeadline(50, 990)).toBeInstanceOf(ClientTooSlow);
  });

  it("is the model's when the gateway mostly waited for the upstream, even if the client was slow at the end", () => {
    const reason = reasonAtDeadline(800, 2_000);
    expect(reason).toBeInstanceOf(AttemptTimeout);
    expect((reason as AttemptTimeout).phase).toBe("total");
  });
});
