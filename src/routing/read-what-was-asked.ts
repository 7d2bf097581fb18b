/**
 * What a chat request asks of the router, read and checked before anything is classified: the named model, task
 * or tier, the quality knob, the max_tokens cap, and config's provider preferences in OpenRouter's own fields.
 * @module
 */
import type { SwitchyardConfig } from "../config/config-schema.js";
import { didYouMean } from "../core/closest-name.js";
import { InvalidRequestError } from "../core/errors/index.js";
import { escapeSentText, quoteSentText, quoteSentValue } from "../core/quote-sent-text.js";
import { hasOwnKey } from "../core/own-property.js";
import type { ChatRequest } from "../core/types.js";
import { parseModelName, VIRTUAL_MODEL_PREFIX } from "./parse-model-name.js";

/** What the request itself asks for: a named model, task or tier, and the quality knob. */
export interface Asked {
  named: ReturnType<typeof parseModelName>;
  task: string | undefined;
  tier: string | undefined;
  /** The quality knob in force: the request's own, else `routing.quality`. */
  quality: number;
  /** True when the request set `switchyard.quality` itself (a promoted router's knob then does not replace it). */
  qualityGiven: boolean;
  /** The field the named model came from: `model`, or `models[0]` when the body left `model` out (or empty). */
  modelParam: "model" | "models[0]";
}

/** Reads and checks what was asked (unknown task or tier, bad quality or max_tokens: a 400 naming the field). */
export function readWhatWasAsked(
  { config, tiers, tasks }: { config: SwitchyardConfig; tiers: readonly string[]; tasks: readonly string[] },
  request: ChatRequest,
  context: { taskHeader?: string | undefined; tierOverride?: string | undefined },
): Asked {
  validateRequest(request);
  const switchyard = request.switchyard ?? {};
  // OpenRouter starts a body that carries `models` without `model` at the list's first id; read as switchyard/auto, it
  // went to a model the client never listed. An empty `model` is no model here as everywhere (parseModelName), and
  // an SDK whose `model` is required sends "" beside a list.
  const lead = !request.model && typeof request.models?.[0] === "string" ? request.models[0] : undefined;
  const modelParam = lead === undefined ? "model" : "models[0]";
  const named = parseModelName(lead ?? request.model);
  if (named.mode === "explicit" && named.id.startsWith(VIRTUAL_MODEL_PREFIX)) throw unknownVirtualModel(named.id, tiers, tasks, modelParam);
  if (named.mode === "task") refuseConflict("task", named.task, switchyard.task);
  if (named.mode === "tier") refuseConflict("tier", named.tier, switchyard.tier);
  if (named.mode === "explicit" || named.mode === "cheapest") refuseModelBesideTier(named.mode === "explicit" ? named.id : "switchyard/cheapest", modelParam, switchyard.tier);
  const ownTask = (named.mode === "task" ? named.task : undefined) ?? switchyard.task;
  if (ownTask !== undefined && !hasOwnKey(config.tasks, ownTask)) {
    // `param` is the field the name was sent in, as for every other 400: "task" is no field of any request.
    const param = named.mode === "task" ? modelParam : "switchyard.task";
    throw new InvalidRequestError(`Unknown task ${quoteSentText(ownTask, 64)}. Valid tasks: ${tasks.join(", ")}.${didYouMean(ownTask, tasks)}`, { param, code: "unknown_task" });
  }
  // Checked even when the request's own task wins over it: a header naming no task is a client's (or a proxy's)
  // mistake that would otherwise go unseen until a request without a task of its own is refused.
  const header = context.taskHeader;
  if (header !== undefined && !hasOwnKey(config.tasks, header)) {
    throw new InvalidRequestError(`Unknown task ${quoteSentText(header, 64)} in the x-switchyard-task header. Valid tasks: ${tasks.join(", ")}.${didYouMean(header, tasks)}`, { param: "x-switchyard-task", code: "unknown_task" });
  }
  const task = ownTask ?? header;
  const tier = context.tierOverride ?? (named.mode === "tier" ? named.tier : undefined) ?? switchyard.tier;
  if (tier !== undefined && !hasOwnKey(config.tiers, tier)) {
    const param = context.tierOverride === undefined ? (named.mode === "tier" ? modelParam : "switchyard.tier") : "tier";
    throw new InvalidRequestError(`Unknown tier ${quoteSentText(tier, 64)}. Valid tiers: ${tiers.join(", ")}.${didYouMean(tier, tiers)}`, { param, code: "unknown_tier" });
  }
  const quality = switchyard.quality ?? config.routing.quality;
  if (typeof quality !== "number" || quality < 0 || quality > 1) {
    throw new InvalidRequestError(`switchyard.quality must be a number from 0 to 1 (got ${quoteSentValue(quality, 64)}).`, { param: "switchyard.quality" });
  }
  return { named, task, tier, quality, qualityGiven: switchyard.quality !== undefined, modelParam };
}

/**
 * A `switchyard/task/<task>` or `switchyard/tier/<tier>` model and a `switchyard` field naming another one: the
 * model's won and the field was dropped without a word. The `x-switchyard-task` header is not compared: it is a
 * default (a proxy may set it for every request), and the request's own field or model wins over it (a header naming
 * no task is still refused, above).
 */
function refuseConflict(kind: "task" | "tier", fromModel: string, fromField: string | undefined): void {
  if (fromField === undefined || fromField === fromModel) return;
  throw new InvalidRequestError(`model switchyard/${kind}/${shortName(fromModel)} names the ${kind} ${shortName(fromModel)} and switchyard.${kind} names ${shortName(fromField)}: give one of them.`, {
    param: `switchyard.${kind}`,
    code: "conflicting_routing",
  });
}

/**
 * A real model id (or `switchyard/cheapest`) and a `switchyard.tier`: the tier's chain answered and the model the
 * client named was dropped without a word (a client pinning a model and a tier at once, or a wrapper adding the tier
 * to every request). Which one was meant cannot be known, so neither is guessed.
 */
function refuseModelBesideTier(model: string, modelParam: Asked["modelParam"], tier: string | undefined): void {
  if (tier === undefined) return;
  throw new InvalidRequestError(
    `${modelParam} ${shortName(model)} names a model and switchyard.tier names the tier ${shortName(tier)}: give one of them ` +
      `(model switchyard/tier/${shortName(tier)} routes on the tier; a model id alone passes through as named).`,
    { param: "switchyard.tier", code: "conflicting_routing" },
  );
}

/**
 * Config's allowed and denied providers as OpenRouter's own `provider.only` / `provider.ignore`, so OpenRouter
 * enforces them per endpoint. A caller's own `provider.only` / `provider.ignore` wins; other provider fields pass. A
 * caller's `null` there is no list of its own (OpenRouter reads it as unset), so config's list applies.
 */
export function providerPreferences(config: SwitchyardConfig, given: ChatRequest["provider"]): ChatRequest["provider"] | undefined {
  const { allow_providers: allow, deny_providers: deny } = config.routing;
  if (allow.length === 0 && deny.length === 0) return undefined;
  const provider: Record<string, unknown> = { ...given };
  if (allow.length > 0 && (provider.only === undefined || provider.only === null)) provider.only = allow;
  if (deny.length > 0 && (provider.ignore === undefined || provider.ignore === null)) provider.ignore = deny;
  return provider;
}

/** The max_tokens an attempt gets: the caller's, capped by the tier; without one, the tier's default. Says which in `reasons`. */
export function resolveMaxTokens(
  callerMaxTokens: number | undefined,
  tierConfig: SwitchyardConfig["tiers"][string] | undefined,
  reasons: string[],
): number {
  const tierCap = tierConfig?.max_tokens;
  if (callerMaxTokens === undefined) {
    const fallback = tierConfig?.default_max_tokens ?? tierCap ?? 4096;
    reasons.push(`No max_tokens was given, so the ${tierConfig ? "tier default" : "gateway default"} ${fallback} applies.`);
    return fallback;
  }
  if (tierCap !== undefined && callerMaxTokens > tierCap) {
    reasons.push(`max_tokens ${callerMaxTokens} is capped to the tier maximum ${tierCap}.`);
    return tierCap;
  }
  return callerMaxTokens;
}

/**
 * `switchyard/...` names only Switchyard's own models (no OpenRouter model has that vendor), so a typo there is
 * refused here with the forms that exist, instead of reaching OpenRouter as an unknown model id.
 */
function unknownVirtualModel(id: string, tiers: readonly string[], tasks: readonly string[], param: Asked["modelParam"]): InvalidRequestError {
  const rest = id.slice(VIRTUAL_MODEL_PREFIX.length);
  const guess = tiers.includes(rest) ? `switchyard/tier/${rest}` : tasks.includes(rest) ? `switchyard/task/${rest}` : undefined;
  return new InvalidRequestError(
    `Unknown Switchyard model "${id}".${guess ? ` Did you mean ${guess}?` : ""} Switchyard's models are switchyard/auto, switchyard/cheapest, ` +
      `switchyard/task/<task> and switchyard/tier/<tier> (tiers: ${tiers.join(", ")}); any other id is sent to OpenRouter as a model id.`,
    { param, code: "unknown_model" },
  );
}

function validateRequest(request: ChatRequest): void {
  if (!Array.isArray(request.messages) || request.messages.length === 0) {
    throw new InvalidRequestError("`messages` must be a non-empty array of chat messages.", { param: "messages" });
  }
  const maxTokens = request.max_tokens ?? request.max_completion_tokens;
  if (maxTokens !== undefined && (!Number.isInteger(maxTokens) || maxTokens <= 0)) {
    throw new InvalidRequestError(`max_tokens must be a positive integer (got ${quoteSentValue(maxTokens, 64)}).`, { param: "max_tokens" });
  }
  if (request.model !== undefined && typeof request.model !== "string") {
    throw new InvalidRequestError("`model` must be a string.", { param: "model" });
  }
  // Budgets reserve, and quality checks and the record read, one answer: `n: 8` could spend eight times the reservation.
  const n = (request as { n?: unknown }).n;
  if (n !== undefined && n !== null && n !== 1) {
    throw new InvalidRequestError(`Switchyard answers one choice per request: leave n out or set it to 1 (got ${typeof n === "number" && !Number.isFinite(n) ? `${String(n)}, a number too large for JSON` : quoteSentValue(n, 64)}). Send separate requests for more answers.`, { param: "n" });
  }
}

/** A client's name as an error quotes it: at most 64 characters (a header can carry kilobytes). */
function shortName(name: string): string {
  // Escaped as every echo of a caller's text is: a direction override or C1 control was repeated raw (round 25).
  return escapeSentText(name, 64);
}
