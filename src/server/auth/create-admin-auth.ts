/**
 * The admin key that guards `/api/*` and the dashboard, from `SWITCHYARD_ADMIN_KEY`.
 * @module
 */
import { timingSafeEqual, createHash } from "node:crypto";
import { AuthenticationError } from "../../core/errors/index.js";
import { bearerToken } from "./create-key-auth.js";

/** A key was sent and it is not the admin key (not a missing one): what the admin-key throttle counts. */
export class WrongAdminKeyError extends AuthenticationError {
  constructor() {
    super("Invalid admin key.");
  }
}

/** Checks an Authorization header against the admin key; throws AuthenticationError (401). */
export type AdminAuthenticator = (authorizationHeader: string | undefined) => void;

/**
 * Creates the admin check. Without an admin key every admin request is refused, with a message saying how
 * to set one: the admin API exposes spend and keys, so it is never open by default.
 */
export function createAdminAuth({ adminKey }: { adminKey: string | undefined }): AdminAuthenticator {
  const expected = adminKey ? digest(adminKey) : undefined;
  return (header) => {
    if (!expected) throw new AuthenticationError("The admin API is disabled. Set SWITCHYARD_ADMIN_KEY in the gateway's environment to enable it.");
    const token = bearerToken(header);
    if (!token) throw new AuthenticationError('Missing admin key. Send "Authorization: Bearer <SWITCHYARD_ADMIN_KEY>".');
    // Compare digests so the comparison takes the same time whatever the token's length.
    if (!timingSafeEqual(digest(token), expected)) throw new WrongAdminKeyError();
  };
}

/** Whether `candidate` is the admin key (the dashboard's sign-in), compared in constant time. False without a key. */
export function matchesAdminKey(adminKey: string | undefined, candidate: string): boolean {
  if (!adminKey) return false;
  return timingSafeEqual(digest(candidate), digest(adminKey));
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}
