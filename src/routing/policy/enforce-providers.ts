/**
 * `routing.provider_policy: enforce` for the upstream's `provider` object: the operator's provider lists become a
 * rule a client cannot lift (ADR 0054).
 * - `only`: the client's `only` within `allow_providers` (or `allow_providers` itself when the client gave none),
 *   less anything denied; a client `only` that leaves nothing is a 400 before routing.
 * - `ignore`: the client's `ignore` plus every `deny_providers` entry, never dropped.
 * - `order`: entries the lists do not permit are dropped (an order is a preference among providers, not a
 *   requirement; the rest of it still applies), and the record says which.
 * Every other field passes as sent.
 * @module
 */
import type { SwitchyardConfig } from "../../config/config-schema.js";
import { InvalidRequestError } from "../../core/errors/index.js";
import type { ChatRequest } from "../../core/types.js";
import { intersectSlugs, isPermitted, isWithinAny, unionSlugs } from "./provider-slugs.js";

type RoutingConfig = SwitchyardConfig["routing"];
type Provider = NonNullable<ChatRequest["provider"]>;

/** The provider object to send, and what the policy did to it (phrases for the decision's reasons). */
export interface EnforcedProviders {
  provider: Provider | undefined;
  changes: string[];
}

/** The client's `provider` object with the operator's lists enforced on it. Throws a 400 when they leave no provider. */
export function enforceProviders(routing: RoutingConfig, given: ChatRequest["provider"] | null): EnforcedProviders {
  const { allow_providers: allow, deny_providers: deny } = routing;
  if (allow.length === 0 && deny.length === 0) return { provider: given ?? undefined, changes: [] };
  const provider: Provider = { ...given };
  const changes: string[] = [];
  const only = enforcedOnly(readSlugs(provider.only, "provider.only"), allow, deny);
  if (only !== undefined) {
    provider.only = only;
    changes.push(`provider.only is ${list(only)}`);
  }
  if (deny.length > 0) {
    provider.ignore = unionSlugs(readSlugs(provider.ignore, "provider.ignore") ?? [], deny);
    changes.push(`provider.ignore holds routing.deny_providers ${list(deny)}`);
  }
  const dropped = dropUnpermittedOrder(provider, allow, deny);
  if (dropped.length > 0) changes.push(`provider.order lost ${list(dropped)}, which the provider lists do not permit`);
  return { provider, changes };
}

/** The `only` to send: the client's within the allowed and outside the denied, else the allowed list, else none. */
function enforcedOnly(clientOnly: string[] | undefined, allow: readonly string[], deny: readonly string[]): string[] | undefined {
  // An empty `only` restricts nothing (OpenRouter reads it as unset), so it is read as absent, not as "no provider".
  if (clientOnly === undefined || clientOnly.length === 0) return allow.length > 0 ? allow.filter((slug) => !isWithinAny(slug, deny)) : undefined;
  const only = intersectSlugs(clientOnly, allow).filter((slug) => !isWithinAny(slug, deny));
  if (only.length > 0) return only;
  const lists = [allow.length > 0 ? `routing.allow_providers is ${list(allow)}` : "", deny.length > 0 ? `routing.deny_providers is ${list(deny)}` : ""].filter(Boolean).join(" and ");
  throw new InvalidRequestError(
    `provider.only ${list(clientOnly)} leaves no provider this gateway may use: routing.provider_policy is enforce, and ${lists}. Name an allowed provider in provider.only, or leave it out.`,
    { param: "provider.only", code: "provider_policy" },
  );
}

/** Removes the `order` entries the lists do not permit (and `order` itself when none is left); returns the removed. */
function dropUnpermittedOrder(provider: Provider, allow: readonly string[], deny: readonly string[]): string[] {
  const order = readSlugs(provider.order, "provider.order");
  if (order === undefined) return [];
  const kept = order.filter((slug) => isPermitted(slug, allow, deny));
  if (kept.length === order.length) return [];
  if (kept.length > 0) provider.order = kept;
  else delete provider.order;
  return order.filter((slug) => !kept.includes(slug));
}

/**
 * A list of provider slugs, or undefined for an absent or null one. The gateway's request schema has already held
 * these to lists of strings; the library's callers have not, and a list the policy cannot read is not sent.
 */
function readSlugs(value: unknown, param: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value) && value.every((slug): slug is string => typeof slug === "string")) return value;
  throw new InvalidRequestError(`${param} must be a list of provider slugs (strings), e.g. ["openai", "anthropic"].`, { param });
}

/** A list as a message quotes it: at most 8 names, each at most 64 characters. */
export function list(names: readonly string[]): string {
  const shown = names.slice(0, 8).map((name) => JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}…` : name));
  return `[${shown.join(", ")}${names.length > 8 ? `, … ${names.length - 8} more` : ""}]`;
}
