/**
 * What a request's `service_tier` does to its worst case. OpenRouter passes `service_tier` to providers that sell
 * capacity at other prices (OpenAI's `priority`, alias `fast`, lists at up to twice the standard price; `flex` at
 * half), while the catalog lists standard prices only. An answer is charged what OpenRouter reports (`usage.cost`),
 * so the settled cost is right either way; the reservation made before the call is not, and a hard cap could be
 * overshot by every priority request in flight at once. So a priority request reserves its worst case at
 * `PRIORITY_PRICE_FACTOR` times the list price, and is held to `max_cost_usd` at that price too. Cheaper tiers keep
 * the list price (a reservation above the charge is released at settle). An answer the gateway prices itself (no
 * `usage.cost`) is priced at the tier the upstream says served it (`settledPriceFactor`): a provider may serve a
 * priority request on its default tier, and it then bills the list price. It is never priced above the tier reserved.
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

/** The tiers an upstream answer may say it was served on (`auto` is none): OpenAI's, Anthropic's `standard`, OpenRouter's `fast`. */
const SERVED_TIERS: ReadonlySet<unknown> = new Set(["default", "standard", "flex", "scale", "priority", "fast"]);

/**
 * The factor an answer is settled at: that of the tier the upstream says served it (OpenRouter's chat answer and
 * chunks carry the provider's `service_tier`), else the request's, which its reservation was made at. A priority
 * request served on the default tier was charged twice the list price the provider billed. Never above the request's:
 * the reservation was made at it, and a charge above the reservation could overspend a cap (an `auto` request a
 * provider served on priority stays at the list price, as it was reserved).
 */
export function settledPriceFactor(requestFactor: number, servedTier: unknown): number {
  return SERVED_TIERS.has(servedTier) ? Math.min(requestFactor, servicePriceFactor(servedTier).factor) : requestFactor;
}

/** The `service_tier` an upstream chat answer or chunk carries, if any. */
export function reportedServiceTier(answer: unknown): unknown {
  return typeof answer === "object" && answer !== null ? (answer as { service_tier?: unknown }).service_tier : undefined;
}
