import { afterEach, expect, it, vi } from "vitest";
import { pino, type Logger } from "pino";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import type { ModelCatalog } from "../catalog/model-catalog.js";
import { startCatalogRefresh } from "./catalog-refresh.js";

afterEach(() => vi.useRealTimers());

function capture(): { logger: Logger; lines: { msg: string }[] } {
  const lines: { msg: string }[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line) as { msg: string }) });
  return { logger, lines };
}

it("hands on each fresh catalog every interval, keeps the current one when a fetch fails, and stops", async () => {
  vi.useFakeTimers();
  const { logger, lines } = capture();
  const fresh: ModelCatalog[] = [];
  let calls = 0;
  const stop = startCatalogRefresh({
    fetch: () => (++calls === 2 ? Promise.reject(new Error("catalog fetch failed")) : Promise.resolve(builtinCatalog())),
    intervalMs: 1_000,
    onFresh: (catalog) => fresh.push(catalog),
    logger,
  });
  await vi.advanceTimersByTimeAsync(999);
  expect(calls).toBe(0);
  await vi.advanceTimersByTimeAsync(2_001);
  expect(calls).toBe(3);
  expect(fresh).toHaveLength(2);
  expect(lines.map((line) => line.msg)).toEqual(["catalog refreshed", "catalog refresh failed; keeping the current catalog", "catalog refreshed"]);
  stop();
  await vi.advanceTimersByTimeAsync(5_000);
  expect(calls).toBe(3);
});
