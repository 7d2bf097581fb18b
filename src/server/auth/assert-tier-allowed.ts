/**
 * Enforces a key's allowed tiers.
 * @module
 */
import { PermissionDeniedError } from "../../core/errors/index.js";
import type { KeyIdentity } from "./create-key-auth.js";

/** True when the key may use the tier. */
export function isTierAllowed(identity: KeyIdentity, tier: string): boolean {
  return identity.allowedTiers === null || identity.allowedTiers.includes(tier);
}

/**
 * Throws PermissionDeniedError (403) naming the allowed tiers when the key may not use `tier`. `explicitModel`: the
 * request named a real model id (its decision's tier is "explicit"), so the refusal says how to stay in the key's tiers;
 * `modelAdvice`, the door's sentence on where its client chooses the model, is added to that advice.
 */
export function assertTierAllowed(identity: KeyIdentity, tier: string, explicitModel?: string, modelAdvice?: string): void {
  if (isTierAllowed(identity, tier)) return;
  const key = identity.keyName ?? identity.keyId ?? "";
  const allowed = identity.allowedTiers ?? [];
  const message =
    explicitModel === undefined
      ? `Key ${key} may not use tier "${tier}". Allowed tiers: ${allowed.join(", ")}.`
      : `Key ${key} may not call a model by its id (${explicitModel}): it is limited to the tiers ${allowed.join(", ")}. Ask for model switchyard/auto or switchyard/tier/${allowed[0] ?? "<tier>"} instead.${modelAdvice ? ` ${modelAdvice}` : ""}`;
  throw new PermissionDeniedError(message, "tier_not_allowed");
}

/**
 * A tier-limited key may not send OpenRouter's `models` list: the upstream falls back to those ids when the routed
 * model fails, so the list called models by id, outside the key's tiers and at their prices, past the check above.
 */
export function assertClientModelsAllowed(identity: KeyIdentity, models: readonly string[] | undefined): void {
  const first = models?.[0];
  if (identity.allowedTiers === null || first === undefined) return;
  const key = identity.keyName ?? identity.keyId ?? "";
  const allowed = identity.allowedTiers;
  throw new PermissionDeniedError(
    `Key ${key} may not call a model by its id (${first}, in the request's models list, which OpenRouter falls back to): it is limited to the tiers ${allowed.join(", ")}. Leave models out; the tier's own fallbacks apply.`,
    "tier_not_allowed",
  );
}
