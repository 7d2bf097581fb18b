/**
 * The progress line `eval --online` prints after a batch refit (`online-batch-refitter.ts`).
 * @module
 */
import { DEFAULT_MIN_Z, gateRefusal, type FitAdapterResult } from "../learning/adapter.js";

/**
 * The progress line for one refit: fitted, routing on the pooled rule, started by the stream's evidence or kept
 * routing by the latch (`by`), or refused with the checks that failed.
 */
export function refitNote(fitted: FitAdapterResult, routes: boolean, bar: number, minZ = DEFAULT_MIN_Z, by?: "latch" | "evidence"): string {
  if (by === "evidence" && "adapter" in fitted) {
    const v = fitted.adapter.validation;
    return `adapter starts on the stream's evidence (the outcomes scored so far show a ranking gain; this refit: holdout z ${v.z}, ranking z ${v.rank_z})`;
  }
  if (by !== undefined) {
    const v = "adapter" in fitted ? fitted.adapter.validation : fitted.validation;
    const newest = "adapter" in fitted ? "the newest refit" : "the last refit that predicted better";
    return `adapter keeps routing (${newest}; no harm shown by the outcomes scored since it started${v ? `; this refit: holdout z ${v.z}, ranking z ${v.rank_z}` : ""})`;
  }
  // The fit ran with no ranking bar (the rule applies it), so its own refusal would quote "needs ≥ -Infinity".
  if ("refused" in fitted) return fitted.validation ? gateRefusal(fitted.validation, minZ, bar) : fitted.refused;
  const v = fitted.adapter.validation;
  if (v.rank_z >= bar) return `adapter fitted (holdout z ${v.z}, ranking z ${v.rank_z})`;
  if (routes) return `adapter routes on the pooled rule (holdout z ${v.z}, ranking z ${v.rank_z} alone, the mean of the last refits ≥ ${bar})`;
  return gateRefusal(v, minZ, bar);
}
