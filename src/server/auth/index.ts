/**
 * Authentication for the gateway: virtual keys with rate limits on `/v1/*`, the admin key on `/api/*`.
 * @module
 */
export { createKeyAuth, spendScopeFor, bearerToken, ANONYMOUS, type KeyIdentity, type KeyAuthenticator, type KeyAuthOptions, type KeyHeader, missingKeyMessage } from "./create-key-auth.js";
export { createKeyAuthHook } from "./key-auth-hook.js";
export { createAdminAuth, type AdminAuthenticator } from "./create-admin-auth.js";
export { assertTierAllowed, isTierAllowed } from "./assert-tier-allowed.js";
