/**
 * A key limited to some tiers (`keys create --tiers`) still gets routed requests answered: where the router read a
 * tier the key may not use, a routed request (`switchyard/auto`, `switchyard/task/...`) moves to the nearest tier it
 * may use, the dearer one on a tie. A request that names its tier or model is the caller's own choice and is
 * refused (403) instead, as before.
 * @module
 */
import type { RoutingMode } from "../core/types.js";

/** The modes whose tier the router chose, not the caller. */
const ROUTED: ReadonlySet<RoutingMode> = new Set<RoutingMode>(["auto", "task"]);

/**
 * The tier a routed request should use under the key's `allowed` tiers: `tier` itself when allowed (or the key has
 * no limit, or the request named its tier), else the nearest allowed tier of the ladder.
 */
export function nearestAllowedTier(ladder: readonly string[], tier: string, mode: RoutingMode, allowed: readonly string[] | null | undefined): string {
  if (!allowed || allowed.includes(tier) || !ROUTED.has(mode)) return tier;
  const at = ladder.indexOf(tier);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  ladder.forEach((candidate, index) => {
    if (!allowed.includes(candidate)) return;
    const distance = Math.abs(index - at);
    // Ties go to the dearer tier: a limit on spend should not cost the answer more quality than it must.
    if (distance < bestDistance || (distance === bestDistance && index > at)) [best, bestDistance] = [candidate, distance];
  });
  return best ?? tier;
}

/** True when the key may use `tier` (escalations and downgrades never leave the key's tiers). */
export function mayUseTier(tier: string, allowed: readonly string[] | null | undefined): boolean {
  return !allowed || allowed.includes(tier);
}
