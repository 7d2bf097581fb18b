/**
 * Parses and validates `switchyard.yaml`, merging the user's tiers and tasks over the defaults.
 * @module
 */
import { appendConfigPath } from "../core/config-path.js";
import { ConfigError, type ConfigIssue } from "../core/errors/index.js";
import { configSchema, type SwitchyardConfig } from "./config-schema.js";
import { DEFAULT_TASKS, DEFAULT_TIERS } from "./default-config.js";
import { formatConfigIssues } from "./format-config-issues.js";
import { providerPolicyIssues } from "./provider-policy-issues.js";
import { closestName } from "../core/closest-name.js";
import { hasOwnKey } from "../core/own-property.js";
import { readConfigYaml } from "./read-config-yaml.js";

/** Result of `safeParseConfig`. */
export type SafeParseConfigResult =
  | { success: true; value: SwitchyardConfig }
  | { success: false; error: ConfigError };

/** Validates a config object (already parsed from YAML). Throws ConfigError listing every issue. */
export function parseConfig(input: unknown, file?: string): SwitchyardConfig {
  const result = safeParseConfig(input, file);
  if (!result.success) throw result.error;
  return result.value;
}

/** Validates a config object without throwing. */
export function safeParseConfig(given: unknown, file?: string): SafeParseConfigResult {
  const input = withoutExtensionKeys(given);
  const reserved = reservedKeyPaths(input);
  if (reserved.length > 0) {
    return { success: false, error: new ConfigError(reserved.map((path) => ({ path, message: "__proto__ is reserved and cannot name anything in the config (it would silently vanish); choose another name" })), file) };
  }
  const loop = loopPath(input);
  if (loop !== undefined) {
    return { success: false, error: new ConfigError([{ path: loop, message: "refers to a value that contains it (a YAML alias inside its own anchor): a config cannot be a loop; write the value out" }], file) };
  }
  const parsed = configSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const issues = formatConfigIssues(parsed.error.issues, input, configSchema).map((issue) => taskTierShapeIssue(issue, input));
    // A task mapped to a misspelt tier is reported with the shape errors, not in a second round after they are fixed.
    const seen = new Set(issues.map((issue) => issue.path));
    const tierIssues = rawTaskTierIssues(input).filter((issue) => !seen.has(issue.path));
    return { success: false, error: new ConfigError([...issues, ...tierIssues], file) };
  }
  const config = mergeDefaults(parsed.data);
  const issues = [...checkReferences(config), ...providerPolicyIssues(config)];
  if (issues.length > 0) return { success: false, error: new ConfigError(issues, file) };
  return { success: true, value: config };
}

/**
 * The config without its top-level `x-` keys: a place to keep anchors that tiers reuse (`x-defaults: &tier {...}`), as
 * Docker Compose files do, read by nothing. Only the top level: below it an `x-` key is a typo like any other.
 */
function withoutExtensionKeys(input: unknown): unknown {
  if (!isRecord(input) || !Object.keys(input).some(isExtensionKey)) return input;
  return Object.fromEntries(Object.entries(input).filter(([key]) => !isExtensionKey(key)));
}

/** `x-defaults`, `X-Anchors`: a top-level key the config does not read. */
export function isExtensionKey(key: string): boolean {
  return /^[xX]-/.test(key);
}

/**
 * Paths of every `__proto__` key in the parsed YAML. YAML keeps such a key, but the validated config cannot:
 * a tier or task so named would be dropped without a word.
 */
function reservedKeyPaths(input: unknown, path = "", seen = new Set<object>()): string[] {
  if (typeof input !== "object" || input === null || seen.has(input)) return [];
  seen.add(input);
  const paths: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    const at = appendConfigPath(path, Array.isArray(input) ? Number(key) : key);
    if (key === "__proto__") paths.push(at);
    else paths.push(...reservedKeyPaths(value, at, seen));
  }
  return paths;
}

/**
 * The path of the first value that contains itself (`models: &m [*m]` in YAML), or undefined. Such a value has no
 * end: validating it would quote it forever, and no setting can be one.
 */
function loopPath(input: unknown, path = "", ancestors = new Set<object>()): string | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  if (ancestors.has(input)) return path;
  ancestors.add(input);
  for (const [key, value] of Object.entries(input)) {
    const found = loopPath(value, appendConfigPath(path, Array.isArray(input) ? Number(key) : key), ancestors);
    if (found !== undefined) return found;
  }
  ancestors.delete(input);
  return undefined;
}

/**
 * `tasks.<task>: unknown tier` read from the raw input, for a config whose shape is invalid elsewhere: the tiers are
 * the defaults plus every name under `tiers:` (valid or not), so only a name found nowhere is reported.
 */
function rawTaskTierIssues(input: unknown): ConfigIssue[] {
  if (!isRecord(input) || !isRecord(input.tasks)) return [];
  const tiers = tierNamesIn(input);
  return Object.entries(input.tasks).flatMap(([task, tier]) => (typeof tier === "string" && !tiers.includes(tier) ? [{ path: `tasks.${task}`, message: unknownName("tier", tier, tiers) }] : []));
}

/**
 * A task given no tier name (`tasks: { chat: }` is null, `chat: 3`, `chat: { tier: mid }`): "must be a string" left
 * the user to guess which string. The message says a tier goes there and lists the tiers, as for a misspelt name.
 */
function taskTierShapeIssue(issue: ConfigIssue, input: unknown): ConfigIssue {
  if (!isRecord(input) || !isRecord(input.tasks) || !issue.message.startsWith("must be a string")) return issue;
  const task = Object.entries(input.tasks).find(([name]) => issue.path === `tasks.${name}`);
  if (task === undefined || typeof task[1] === "string") return issue;
  return { ...issue, message: `${issue.message.replace(/^must be a string/, "must name a tier")}; valid tiers: ${tierNamesIn(input).join(", ")}` };
}

/** The defaults' tiers and every name under `tiers:` (valid or not). */
function tierNamesIn(input: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(DEFAULT_TIERS), ...(isRecord(input.tiers) ? Object.keys(input.tiers) : [])])];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `unknown tier "cheep"; did you mean "cheap"? Valid tiers: …`, or the valid names alone when none is close. */
function unknownName(kind: "tier" | "task", value: string, choices: readonly string[]): string {
  const guess = closestName(value, choices, 1 / 3);
  const valid = `${kind}s: ${choices.join(", ")}`;
  return guess === undefined ? `unknown ${kind} "${value}"; valid ${valid}` : `unknown ${kind} "${value}"; did you mean "${guess}"? Valid ${valid}`;
}

/** Parses YAML text, then validates it. A YAML syntax error names the line and column. */
export function parseConfigText(text: string, file?: string): SwitchyardConfig {
  return parseConfig(readConfigYaml(text, file), file);
}

/** The config with every default applied: what runs when there is no config file. */
export function defaultConfig(): SwitchyardConfig {
  return parseConfig({});
}

function mergeDefaults(config: SwitchyardConfig): SwitchyardConfig {
  return {
    ...config,
    tiers: { ...structuredClone(DEFAULT_TIERS), ...config.tiers },
    tasks: { ...DEFAULT_TASKS, ...config.tasks },
  };
}

function checkReferences(config: SwitchyardConfig): ConfigIssue[] {
  const tiers = Object.keys(config.tiers);
  const tasks = Object.keys(config.tasks);
  const unknownTier = (tier: string): string => unknownName("tier", tier, tiers);
  const unknownTask = (task: string): string => unknownName("task", task, tasks);
  const issues: ConfigIssue[] = [];
  for (const [task, tier] of Object.entries(config.tasks)) {
    if (!hasOwnKey(config.tiers, tier)) issues.push({ path: `tasks.${task}`, message: unknownTier(tier) });
  }
  for (const [name, tier] of Object.entries(config.tiers)) {
    if (tier.default_max_tokens !== undefined && tier.default_max_tokens > tier.max_tokens) {
      issues.push({ path: `tiers.${name}.default_max_tokens`, message: `${tier.default_max_tokens} is above the tier's max_tokens ${tier.max_tokens}` });
    }
  }
  const firstByName = new Map<string, number>();
  config.experiments.forEach((experiment, index) => {
    const first = firstByName.get(experiment.name);
    // Reports and `router promote` find an experiment by name: a second one of the same name would never be read.
    if (first !== undefined) issues.push({ path: `experiments[${index}].name`, message: `"${experiment.name}" is already the name of experiments[${first}]; names must be unique` });
    else firstByName.set(experiment.name, index);
    const { variant } = experiment;
    if (variant.tier === undefined && variant.model === undefined && variant.quality === undefined && variant.weights === undefined) {
      issues.push({ path: `experiments[${index}].variant`, message: "sets nothing to try: give it a tier, a model, a quality or weights" });
    }
    const tier = experiment.variant.tier;
    if (tier && !hasOwnKey(config.tiers, tier)) issues.push({ path: `experiments[${index}].variant.tier`, message: unknownTier(tier) });
    if (tier !== undefined && variant.weights !== undefined) {
      // The candidate router picks the variant's tier itself: a tier beside it would be silently overridden.
      issues.push({ path: `experiments[${index}].variant`, message: "sets both weights and tier: a candidate router picks the tier itself; test one or the other" });
    }
    const matchTier = experiment.match.tier;
    if (matchTier && !hasOwnKey(config.tiers, matchTier)) issues.push({ path: `experiments[${index}].match.tier`, message: unknownTier(matchTier) });
    const matchTask = experiment.match.task;
    if (matchTask && !hasOwnKey(config.tasks, matchTask)) {
      issues.push({ path: `experiments[${index}].match.task`, message: unknownTask(matchTask) });
    }
  });
  config.budgets.forEach((budget, index) => {
    if (budget.scope === "tier" && budget.name && !hasOwnKey(config.tiers, budget.name)) {
      issues.push({ path: `budgets[${index}].name`, message: unknownTier(budget.name) });
    }
    if (budget.scope === "task" && budget.name && !hasOwnKey(config.tasks, budget.name)) {
      issues.push({ path: `budgets[${index}].name`, message: unknownTask(budget.name) });
    }
  });
  (config.learning.judge?.tiers ?? []).forEach((tier, index) => {
    if (!hasOwnKey(config.tiers, tier)) issues.push({ path: `learning.judge.tiers[${index}]`, message: unknownTier(tier) });
  });
  return issues;
}

