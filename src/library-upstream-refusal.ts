/**
 * The library's words for an upstream that refuses the router's own credentials (HTTP 401/402/403). The engine says
 * "a gateway configuration problem, not the caller's", right for a gateway's client; in the library the caller is
 * the one who configured the router, so the error names what to change in their own code.
 * @module
 */
import { GatewayError, type UpstreamError } from "./core/errors/index.js";

/** How the router reaches its upstream: with an apiKey, without one, or through an upstream client of the caller's. */
export type LibraryCredentials = "api_key" | "no_api_key" | "own_client";

const REFUSAL_CODES = new Set(["upstream_auth_failed", "upstream_payment_required"]);

/** Rethrows `error`, in the library's words when it is an upstream refusing the router's credentials. */
export function inLibraryWords(credentials: LibraryCredentials): (error: unknown) => never {
  return (error) => {
    if (!GatewayError.isInstance(error) || error.code === null || !REFUSAL_CODES.has(error.code)) throw error;
    const cause: unknown = error.cause;
    const failure = upstreamFailure(cause);
    const refused = failure ? `The upstream refused the call to ${failure.model} (${failure.message}).` : "The upstream refused the call.";
    const upstreamStatus = failure?.upstreamStatus;
    throw new GatewayError({ message: `${refused} ${fixFor(error.code, upstreamStatus, credentials)}`, status: error.status, type: error.type, code: error.code, param: error.param, cause });
  };
}

/** The upstream attempt's failure behind the client-facing error (isInstance alone holds for any GatewayError). */
function upstreamFailure(cause: unknown): Pick<UpstreamError, "model" | "message" | "upstreamStatus"> | undefined {
  return GatewayError.isInstance(cause) && "model" in cause && "upstreamStatus" in cause ? (cause as UpstreamError) : undefined;
}

/**
 * What to change, by what was refused and how the router was given its credentials. Only a 401 says the key itself
 * was not taken: a 403 comes with a key the upstream knows (OpenRouter's "Key limit exceeded" for a key past its own
 * spend limit, a model or provider the account may not use), so "check the key" would send the caller the wrong way.
 */
function fixFor(code: string, upstreamStatus: number | undefined, credentials: LibraryCredentials): string {
  if (credentials === "no_api_key") return "createRouter was given no apiKey: pass the upstream's key as createRouter(config, { apiKey: process.env.OPENROUTER_API_KEY }); the library never reads the environment itself.";
  const given = credentials === "own_client" ? "the upstream client given as deps.upstream" : "the apiKey given to createRouter";
  if (code === "upstream_payment_required") return `The account of ${given} cannot pay for it: add credits, or use another key.`;
  if (upstreamStatus === 403) return `The upstream knows ${given} but will not serve this call with it (a key past its own spend limit, a model or provider the account may not use: its words above say which); change that setting in the upstream's account (for OpenRouter, https://openrouter.ai/settings/keys), or use another key.`;
  if (credentials === "own_client") return "Check the credentials of the upstream client given as deps.upstream.";
  return "Check the apiKey given to createRouter: it must be a key the upstream takes (for OpenRouter, sk-or-...).";
}
