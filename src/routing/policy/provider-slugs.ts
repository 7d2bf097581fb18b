/**
 * OpenRouter provider slugs as the enforced provider policy compares them: case-insensitively (so `DeepInfra`
 * cannot slip past a denied `deepinfra`), and an endpoint slug (`deepinfra/turbo`) as part of its provider
 * (`deepinfra`), so denying a provider denies each of its endpoints and allowing it allows them.
 * @module
 */

import { isWithin } from "../../config/provider-policy-issues.js";

export { isWithin };

/** True when `slug` falls under any of `providers`. */
export function isWithinAny(slug: string, providers: readonly string[]): boolean {
  return providers.some((provider) => isWithin(slug, provider));
}

/** True when the operator's lists let `slug` serve: under an allowed provider (when any are listed) and no denied one. */
export function isPermitted(slug: string, allow: readonly string[], deny: readonly string[]): boolean {
  return (allow.length === 0 || isWithinAny(slug, allow)) && !isWithinAny(slug, deny);
}

/**
 * The providers both lists admit: each client slug under an allowed provider, and each allowed slug narrower than a
 * client's (a client's `deepinfra` with an allowed `deepinfra/turbo` admits `deepinfra/turbo`). An empty `allow`
 * admits every client slug.
 */
export function intersectSlugs(client: readonly string[], allow: readonly string[]): string[] {
  if (allow.length === 0) return [...client];
  const kept = client.flatMap((slug) => (isWithinAny(slug, allow) ? [slug] : allow.filter((allowed) => isWithin(allowed, slug))));
  return uniqueSlugs(kept);
}

/** The slugs of both lists, each once (compared case-insensitively), the first list's first. */
export function unionSlugs(first: readonly string[], second: readonly string[]): string[] {
  return uniqueSlugs([...first, ...second]);
}

function uniqueSlugs(slugs: readonly string[]): string[] {
  const seen = new Set<string>();
  return slugs.filter((slug) => {
    const key = slug.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
