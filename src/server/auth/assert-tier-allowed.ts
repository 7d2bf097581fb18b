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

/** Throws PermissionDeniedError (403) naming the allowed tiers when the key may not use `tier`. */
export function assertTierAllowed(identity: KeyIdentity, tier: string): void {
  if (isTierAllowed(identity, tier)) return;
  throw new PermissionDeniedError(
    `Key ${identity.keyName ?? identity.keyId ?? ""} may not use tier "${tier}". Allowed tiers: ${(identity.allowedTiers ?? []).join(", ")}.`,
    "tier_not_allowed",
  );
}
