/**
 * A reload asked for while another is reading the files must read them again afterwards: sharing the running read
 * answered a SIGHUP sent after `router promote` with the routers read before the promotion.
 */
import { describe, expect, it, vi } from "vitest";
import { parseConfig } from "../config/parse-config.js";
import type { LoadedRouterLearning } from "../routing/adapter/load-router-learning.js";
import { createRouterControl } from "./router-control.js";

const loads = vi.hoisted(() => ({ pending: [] as ((id: string) => void)[], started: 0 }));

vi.mock("../routing/adapter/load-router-learning.js", () => ({
  loadRouterLearning: () => {
    loads.started += 1;
    return new Promise<LoadedRouterLearning>((resolve, reject) => {
      loads.pending.push((id) => (id === "bad file" ? reject(new Error("bad file")) : resolve({ learning: {}, active: { id, weights: null }, shadow: null, arms: {} })));
    });
  },
}));

/** Answers the oldest read still waiting with router `id` (`bad file`: the read fails). */
function finishRead(id: string): void {
  const next = loads.pending.shift();
  if (!next) throw new Error("no read is waiting");
  next(id);
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe("router reloads", () => {
  it("reads the files again for a reload asked during another's read, and folds further asks into that one", async () => {
    const applied: string[] = [];
    const starting = createRouterControl({ config: parseConfig({}), cwd: "/nowhere", clock: { now: () => 0 }, apply: () => applied.push("applied") });
    finishRead("shipped");
    const control = await starting;
    const first = control.reload();
    // The promotion lands on disk now, then its SIGHUP (and a second, impatient one) arrive.
    const second = control.reload();
    const third = control.reload();
    finishRead("before-promote");
    expect((await first).active.id).toBe("before-promote");
    await tick();
    expect(loads.started).toBe(3);
    finishRead("promoted");
    expect((await second).active.id).toBe("promoted");
    expect((await third).active.id).toBe("promoted");
    expect(control.status().active.id).toBe("promoted");
    expect(applied).toHaveLength(2);
  });

  it("reads again after a read that failed, and keeps the routers the failed read would have replaced", async () => {
    const starting = createRouterControl({ config: parseConfig({}), cwd: "/nowhere", clock: { now: () => 0 }, apply: () => undefined });
    finishRead("shipped");
    const control = await starting;
    const failing = control.reload();
    const after = control.reload();
    finishRead("bad file");
    await expect(failing).rejects.toThrow("bad file");
    expect(control.status().active.id).toBe("shipped");
    await tick();
    finishRead("fixed");
    expect((await after).active.id).toBe("fixed");
  });
});
