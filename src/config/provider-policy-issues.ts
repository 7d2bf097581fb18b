/**
 * What `routing.provider_policy: enforce` makes of the rest of the config (ADR 0054): the author rule every model a
 * request names is held to, and the settings that rule would refuse on every use, reported by `config check` and at
 * start instead of failing each request (or each judge call) later.
 * @module
 */
import { authorOfId } from "../catalog/model-author.js";
import type { ConfigIssue } from "../core/errors/index.js";
import type { SwitchyardConfig } from "./config-schema.js";

type RoutingConfig = SwitchyardConfig["routing"];

/** OpenRouter's router models answer with a model of their choosing; their author is `openrouter`. */
const ROUTER_AUTHOR = "openrouter";

/** What the catalog knows of a model, when it lists it. */
export interface KnownModel {
  author: string;
  isRouter: boolean;
}

/**
 * Why the author lists refuse the model `id` under enforce, or undefined when they permit it. Without a catalog entry
 * the author is the id's first segment (`anthropic/claude-…` is by `anthropic`), as the catalog reads it.
 */
export function authorRefusal(routing: RoutingConfig, id: string, known?: KnownModel): string | undefined {
  const { allow_authors: allow, deny_authors: deny } = routing;
  if (allow.length === 0 && deny.length === 0) return undefined;
  const author = known?.author ?? authorOfId(id);
  if (known?.isRouter === true || author === ROUTER_AUTHOR) return `${id} is a router that may answer with any author's model, and the author lists (routing.allow_authors / deny_authors) are enforced`;
  if (deny.some((denied) => denied.toLowerCase() === author)) return `${id} is by ${author}, which routing.deny_authors lists`;
  if (allow.length > 0 && !allow.some((allowed) => allowed.toLowerCase() === author)) return `${id} is by ${author}, not one of routing.allow_authors (${allow.join(", ")})`;
  return undefined;
}

/** Settings `enforce` would refuse every time: none unless the policy is `enforce`. */
export function providerPolicyIssues(config: SwitchyardConfig): ConfigIssue[] {
  const { routing } = config;
  if (routing.provider_policy !== "enforce") return [];
  const issues: ConfigIssue[] = [];
  routing.allow_providers.forEach((slug, index) => {
    const denied = routing.deny_providers.find((provider) => isWithin(slug, provider));
    if (denied !== undefined) {
      issues.push({ path: `routing.allow_providers[${index}]`, message: `"${slug}" is also denied by routing.deny_providers ("${denied}"): under provider_policy: enforce a provider cannot be both; remove it from one list` });
    }
  });
  const judge = config.learning.judge?.model;
  const judgeRefusal = judge === undefined ? undefined : authorRefusal(routing, judge);
  if (judgeRefusal !== undefined) {
    issues.push({ path: "learning.judge.model", message: `${judgeRefusal}: under provider_policy: enforce the judge would send every sampled conversation to it; choose a judge model by a permitted author` });
  }
  config.experiments.forEach((experiment, index) => {
    const model = experiment.variant.model;
    const refusal = model === undefined ? undefined : authorRefusal(routing, model);
    if (refusal !== undefined) {
      issues.push({ path: `experiments[${index}].variant.model`, message: `${refusal}: under provider_policy: enforce the variant could never be served; choose a model by a permitted author` });
    }
  });
  return issues;
}

/**
 * True when the provider slug `slug` names `provider` or one of its endpoints (`deepinfra/turbo` is `deepinfra`'s),
 * compared case-insensitively, so `DeepInfra` cannot slip past a denied `deepinfra`.
 */
export function isWithin(slug: string, provider: string): boolean {
  const a = slug.toLowerCase();
  const b = provider.toLowerCase();
  return a === b || a.startsWith(`${b}/`);
}
