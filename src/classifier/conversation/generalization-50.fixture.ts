/** Round 50's coding-run fixture, shared by its test and its review's: a turn after the agent showed a memo cache's diff. */
import type { ChatMessage } from "../../core/types.js";
import { inLongRun } from "./generalization-44.fixture.js";

const MEMO_DIFF =
  "--- a/src/prices.ts\n+++ b/src/prices.ts\n+const memo = new Map<string, Price[]>();\n export async function loadPrices(sku: string) {\n+  if (memo.has(sku)) return memo.get(sku)!;\n   const rows = await db.prices.find(sku);\n+  memo.set(sku, rows);\n   return rows;\n }";

/** `turn` in a long coding run, after `git diff` showed the memo cache put in front of `loadPrices`. */
export function afterMemoDiff(turn: string): ChatMessage[] {
  return inLongRun("put a memo cache in front of loadPrices", "bash", '{"command":"git diff"}', MEMO_DIFF, turn);
}
