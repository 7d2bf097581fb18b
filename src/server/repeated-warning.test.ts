import { expect, it } from "vitest";
import { repeatedWarning } from "./repeated-warning.js";

it("logs the first warning at once, then one a minute with the count of those folded in", () => {
  let now = 0;
  const lines: { code: string; repeats?: number }[] = [];
  const warn = repeatedWarning<{ code: string }>((fields) => lines.push(fields), () => now);
  for (; now < 125_000; now += 100) warn({ code: "SQLITE_CORRUPT" });
  expect(lines).toEqual([{ code: "SQLITE_CORRUPT" }, { code: "SQLITE_CORRUPT", repeats: 599 }, { code: "SQLITE_CORRUPT", repeats: 599 }]);
});
