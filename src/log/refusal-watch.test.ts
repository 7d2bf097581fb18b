/** The watch of a refusing local disk (ADR 0072): what clears it, and what must not. */
import { describe, expect, it } from "vitest";
import { createRefusalWatch, storedBytes } from "./refusal-watch.js";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("refusal watch", () => {
  it("a probe that passed is no proof for a larger write refused while it waited for a lock", async () => {
    let room = 1_000;
    const probes: number[] = [];
    let unlock: () => void = () => {};
    const locked = new Promise<void>((resolve) => (unlock = resolve));
    const watch = createRefusalWatch({
      probe: (bytes) => {
        probes.push(bytes);
        if (bytes > room) throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
      },
      // The first probe waits for another process's lock, as `retryWhileBusy` does.
      retry: async <T>(run: () => T): Promise<T> => (probes.length === 0 ? (await locked, run()) : run()),
      everyMs: 10,
    });
    watch.refused(500);
    await sleep(30); // the probe of 500 bytes is waiting for the lock
    watch.refused(5_000); // meanwhile a write of 5,000 bytes is refused
    unlock();
    await sleep(50);
    expect(probes[0]).toBe(500);
    expect(watch.holds()).toBe(true); // 500 bytes fitted; 5,000 do not
    room = Infinity;
    for (let waited = 0; watch.holds() && waited < 1_000; waited += 10) await sleep(10);
    expect(watch.holds()).toBe(false);
    expect(probes.at(-1)).toBe(5_000);
    watch.stop();
  });

  it("sizes a write in the bytes it takes on disk, not in characters", () => {
    expect(storedBytes({ prompt: "界界" })).toBe(JSON.stringify({ prompt: "" }).length + 6);
  });
});
