/**
 * What a request's `service_tier` does to its worst case. OpenRouter passes `service_tier` to providers that sell
 * capacity at other prices (OpenAI's `priority`, alias `fast`, lists at up to twice the standard price; `flex` at
 * half), while the catalog lists standard prices only. An answer is charged what OpenRouter reports (`usage.cost`),
 * so the settled cost is right either way; the reservation made before the call is not, and a hard cap could be
 * overshot by every priority request in flight at once. So a priority request reserves its worst case at
 * `PRIORITY_PRICE_FACTOR` times the list price, and is held to `max_cost_usd` at that price too. Cheaper tiers keep
 * the list price (a reservation above the charge is released at settle).
 * @module
 */

/** How much dearer than the catalog's list price a priority call may be: OpenAI's priority prices are 1.75–2×. */
export const PRIORITY_PRICE_FACTOR = 2;

/** The service tiers that may cost more than the list price (`fast` is OpenRouter's alias for `priority`). */
const DEARER_TIERS: ReadonlySet<unknown> = new Set(["priority", "fast"]);

/** The factor the request's worst case is reserved at, and the reason it says so (none at list price). */
export function servicePriceFactor(serviceTier: unknown): { factor: number; reason?: string } {
  if (!DEARER_TIERS.has(serviceTier)) return { factor: 1 };
  return {
    factor: PRIORITY_PRICE_FACTOR,
    reason: `service_tier ${String(serviceTier)} may be billed above the catalog's list prices, so each attempt's worst case is reserved, and held to max_cost_usd, at ${PRIORITY_PRICE_FACTOR}× the list price.`,
  };
}
