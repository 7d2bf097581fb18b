/**
 * The upstream's `provider` object under `routing.provider_policy`: `prefer` keeps the operator's lists as defaults a
 * client's own lists replace (read-what-was-asked.ts), `enforce` makes them, and the author lists for the models a
 * request names, a rule (ADR 0054). Run before the tier is chosen, so a refusal costs no routing and no reservation.
 * @module
 */
import type { ModelCatalog, ModelFilter } from "../../catalog/model-catalog.js";
import type { SwitchyardConfig } from "../../config/config-schema.js";
import type { ChatRequest } from "../../core/types.js";
import { providerPreferences, type Asked } from "../read-what-was-asked.js";
import { refuseUnpermittedModels } from "./enforce-authors.js";
import { enforceProviders } from "./enforce-providers.js";

/** The `provider` object to send (undefined: leave the request's as it is), and the reason to record, if any. */
export interface ProviderPolicyOutcome {
  provider: ChatRequest["provider"] | undefined;
  note: string | undefined;
  /** The author lists a model picked outside the chain (a wider context) keeps to, under either policy; absent when both are empty. */
  authorLists?: Pick<ModelFilter, "allowAuthors" | "denyAuthors">;
}

const PREFER_NOTHING: ProviderPolicyOutcome = { provider: undefined, note: undefined };

/** Applies the provider policy to a request. Throws a 400 naming the field when `enforce` refuses it. */
export function applyProviderPolicy(config: SwitchyardConfig, catalog: ModelCatalog, request: ChatRequest, asked: Asked): ProviderPolicyOutcome {
  const { routing } = config;
  const authors = routing.allow_authors.length > 0 || routing.deny_authors.length > 0;
  const authorLists = authors ? { allowAuthors: routing.allow_authors, denyAuthors: routing.deny_authors } : undefined;
  if (routing.provider_policy !== "enforce") {
    const provider = providerPreferences(config, request.provider);
    if (authorLists) return { provider, note: undefined, authorLists };
    return provider === undefined ? PREFER_NOTHING : { provider, note: undefined };
  }
  const explicitId = asked.named.mode === "explicit" && asked.tier === undefined ? asked.named.id : undefined;
  // A model read from the list's first id is refused as that entry (`models[0]`), the field the client wrote.
  refuseUnpermittedModels(routing, catalog, asked.modelParam === "model" ? explicitId : undefined, request.models);
  const { provider, changes } = enforceProviders(routing, request.provider);
  if (authors) changes.push(explicitId === undefined && !request.models?.length ? "routed models keep to the author lists" : "the models the request names are by permitted authors");
  return {
    provider,
    note: changes.length > 0 ? `routing.provider_policy is enforce: ${changes.join("; ")}.` : undefined,
    ...(authorLists ? { authorLists } : {}),
  };
}
