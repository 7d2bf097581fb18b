/**
 * Where a routed conversation's remembered model may still answer from: a tier of the current config that holds it
 * (an explicit id, or a `cheapest` selector whose terms it meets) and that the caller's key may use. A memory outlives
 * the config it was made under (the SQLite and Redis stores keep it across restarts, ADR 0069): a model taken out of
 * every tier, a free model once free models are no longer allowed, or a tier the key lost is not kept by affinity.
 * @module
 */
import { explainRejection, type ModelCatalog, type ModelFilter } from "../../catalog/model-catalog.js";
import type { ModelEntry } from "../../catalog/model-entry.js";
import type { SwitchyardConfig, TierModel } from "../../config/config-schema.js";
import type { ChainCandidate } from "../routing-plan.js";
import { ownValue } from "../../core/own-property.js";
import { sameModel } from "./conversation-affinity.js";

/** The tier the kept model answers as (undefined: this turn's own), or why it may not be kept. */
export type AffinityHome = { tier: string | undefined; refused?: undefined } | { refused: string };

/** Inputs of findAffinityHome. */
export interface AffinityHomeInput {
  config: SwitchyardConfig;
  catalog: ModelCatalog;
  /** The remembered model and the tier it was chosen on. */
  model: string;
  tier: string | undefined;
  /** The key's allowed tiers (null or undefined: all). */
  allowedTiers: readonly string[] | null | undefined;
  /** This turn's routed chain: a model in it (an experiment's model, a widened context) may be kept as this turn's. */
  chain: readonly ChainCandidate[];
  now: number;
}

/** The remembered tier when it still holds the model, else the first tier that does, else this turn's chain. */
export function findAffinityHome(input: AffinityHomeInput): AffinityHome {
  const { config, model: id } = input;
  const model = input.catalog.get(id) ?? input.catalog.get(id.split(":")[0] ?? id);
  // Not in the catalog: keepConversationModel says so.
  if (!model) return { tier: undefined };
  const holding = Object.keys(config.tiers).filter((tier) => tierHolds(config, input.catalog, tier, id, model, input.now));
  const allowed = holding.filter((tier) => input.allowedTiers == null || input.allowedTiers.includes(tier));
  if (input.tier !== undefined && allowed.includes(input.tier)) return { tier: input.tier };
  if (allowed[0] !== undefined) return { tier: allowed[0] };
  if (input.chain.some((candidate) => sameModel(candidate.id, id))) return { tier: undefined };
  if (holding.length > 0) return { refused: `which is a model of the ${holding.join(", ")} tier${holding.length > 1 ? "s" : ""} only, and this key may not use ${holding.length > 1 ? "them" : "it"}` };
  return { refused: `which no tier of the config holds any more${model.isFree ? " (a free model, and no tier allows free models)" : ""}` };
}

/** True when the tier lists the model (or one of its variants), or a selector of the tier admits it. */
function tierHolds(config: SwitchyardConfig, catalog: ModelCatalog, name: string, id: string, model: ModelEntry, now: number): boolean {
  const tier = ownValue(config.tiers, name);
  if (!tier) return false;
  const includeFree = config.routing.include_free || tier.include_free === true;
  const base: ModelFilter = { needs: [], minContext: 0, includeFree, allowAuthors: config.routing.allow_authors, denyAuthors: config.routing.deny_authors };
  // A tier's `variant` is appended to the ids it resolved (build-chain.ts): `variant: free` over `x` calls `x:free`, a
  // model the tier chose as `x` (a paid model passes its filter). Such an id is judged as the tier judged it: as `x`.
  const suffix = tier.variant === undefined ? undefined : `:${tier.variant}`;
  const chosenAs = suffix !== undefined && id.endsWith(suffix) ? catalog.get(id.slice(0, -suffix.length)) : undefined;
  return tier.models.some((entry) => entryAdmits(entry, id, chosenAs ?? model, base, now));
}

function entryAdmits(entry: TierModel, id: string, model: ModelEntry, base: ModelFilter, now: number): boolean {
  if (typeof entry === "string") return sameModel(entry, id) && explainRejection(model, base, now) === undefined;
  const selector = entry.cheapest;
  const filter: ModelFilter = {
    ...base,
    needs: selector.needs,
    minContext: selector.min_context ?? 0,
    ...(selector.max_price !== undefined ? { maxUsdPerMillionTokens: selector.max_price } : {}),
    ...(selector.min_price !== undefined ? { minUsdPerMillionOutputTokens: selector.min_price } : {}),
    includeFree: selector.include_free || base.includeFree === true,
    allowAuthors: selector.authors ?? base.allowAuthors ?? [],
  };
  return explainRejection(model, filter, now) === undefined;
}
