/**
 * The library's words for an upstream that refuses the router's own credentials (HTTP 401/402/403). The engine says
 * "a gateway configuration problem, not the caller's", right for a gateway's client; in the library the caller is
 * the one who configured the router, so the error names what to change in their own code.
 * @module
 */
import { GatewayError } from "./core/errors/index.js";

/** How the router reaches its upstream: with an apiKey, without one, or through an upstream client of the caller's. */
export type LibraryCredentials = "api_key" | "no_api_key" | "own_client";

const REFUSAL_CODES = new Set(["upstream_auth_failed", "upstream_payment_required"]);

/** Rethrows `error`, in the library's words when it is an upstream refusing the router's credentials. */
export function inLibraryWords(credentials: LibraryCredentials): (error: unknown) => never {
  return (error) => {
    if (!GatewayError.isInstance(error) || error.code === null || !REFUSAL_CODES.has(error.code)) throw error;
    const cause: unknown = error.cause;
    const refused = GatewayError.isInstance(cause) && "model" in cause ? `The upstream refused the call to ${String(cause.model)} (${cause.message}).` : "The upstream refused the call.";
    throw new GatewayError({ message: `${refused} ${fixFor(error.code, credentials)}`, status: error.status, type: error.type, code: error.code, param: error.param, cause });
  };
}

/** What to change, by what was refused and how the router was given its credentials. */
function fixFor(code: string, credentials: LibraryCredentials): string {
  if (credentials === "own_client") return "Check the credentials of the upstream client given as deps.upstream.";
  if (code === "upstream_payment_required") return "The account of the apiKey given to createRouter cannot pay for it: add credits, or use another key.";
  if (credentials === "no_api_key") return "createRouter was given no apiKey: pass the upstream's key as createRouter(config, { apiKey: process.env.OPENROUTER_API_KEY }); the library never reads the environment itself.";
  return "Check the apiKey given to createRouter: it must be a key the upstream takes (for OpenRouter, sk-or-...).";
}
