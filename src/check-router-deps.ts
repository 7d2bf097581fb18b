/**
 * Checks the keys of `createRouter`'s `deps`. TypeScript catches a misspelt key in an object literal, JavaScript
 * does not: `{ baseUrl: simulator.url }` was ignored, and the router called the real OpenRouter.
 * @module
 */
import { closestName } from "./core/closest-name.js";
import { ConfigError } from "./core/errors/index.js";

/** Every key of `RouterDeps`, in the order its documentation lists them. */
const DEPS_KEYS = ["catalog", "classifier", "apiKey", "upstream", "spendGuard", "decisionLog", "breaker", "clock", "generateId", "learning"] as const;

/** Settings a caller may look for in `deps` that live in the config. */
const CONFIG_SETTINGS: Readonly<Record<string, string>> = {
  baseurl: "the upstream URL is the config's upstream.base_url",
  base_url: "the upstream URL is the config's upstream.base_url",
  url: "the upstream URL is the config's upstream.base_url",
  upstreamurl: "the upstream URL is the config's upstream.base_url",
  budgets: "budgets are the config's budgets",
  tiers: "tiers are the config's tiers",
};

/**
 * Throws a ConfigError naming every key of `deps` that is not a router dependency, with the fix, or saying that
 * `deps` is no object at all (`createRouter(config, "sk-or-...")`: a key where `{ apiKey }` goes). null and undefined
 * are no deps, as the parameter's default: a JavaScript caller's `createRouter(config, null)` failed on a TypeError
 * ("Cannot convert undefined or null to object").
 */
export function checkRouterDeps(deps: unknown): void {
  if (deps === undefined || deps === null) return;
  if (typeof deps !== "object" || Array.isArray(deps)) {
    const shown = Array.isArray(deps) ? "an array" : typeof deps === "string" ? "a string" : typeof deps;
    throw new ConfigError([{ path: "deps", message: `must be an object of router dependencies, such as { apiKey: process.env.OPENROUTER_API_KEY } (got ${shown}); valid keys: ${DEPS_KEYS.join(", ")}` }]);
  }
  const known: readonly string[] = DEPS_KEYS;
  const issues = Object.keys(deps)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const setting = CONFIG_SETTINGS[key.toLowerCase()];
      const guess = closestName(key, known, 1 / 3);
      const fix = setting ?? (guess !== undefined ? `did you mean "${guess}"?` : `valid: ${known.join(", ")}`);
      return { path: `deps.${key}`, message: `not a router dependency; ${fix}` };
    });
  if (issues.length > 0) throw new ConfigError(issues);
}
