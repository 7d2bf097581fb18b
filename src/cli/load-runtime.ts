/**
 * Loads config and catalog for CLI commands, from flags, files and the environment.
 * @module
 */
import { whyUnreadable } from "../core/why-unreadable.js";
import { mkdir, readFile, readdir, stat } from "node:fs/promises";
import { readRegularFile, readRegularFileBytes } from "../core/read-regular-file.js";
import { configFileText } from "./config-file-text.js";
import path from "node:path";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { loadCatalog, type CatalogCache } from "../catalog/catalog-loader.js";
import { ModelCatalog } from "../catalog/model-catalog.js";
import { parseCatalogText } from "../catalog/parse-catalog.js";
import type { ConversationClassifier } from "../classifier/classifier.js";
import { withIssueLines } from "../config/config-issue-lines.js";
import { defaultConfig, parseConfig } from "../config/parse-config.js";
import { readConfigDocument } from "../config/read-config-yaml.js";
import type { SwitchyardConfig } from "../config/config-schema.js";
import { SYSTEM_CLOCK } from "../core/clock.js";
import { closestName } from "../core/closest-name.js";
import { extensionKeyWarnings, usedAnchorHolders } from "../config/extension-key-warnings.js";
import { writeFileAtomic } from "../core/write-file-atomic.js";
import { CatalogError, ConfigError, InvalidRequestError } from "../core/errors/index.js";
import { createClassifier, CLASSIFIER_NAMES } from "../classifier/create-classifier.js";

/** The largest config file read (bytes). */
const MAX_CONFIG_BYTES = 1_000_000;

/** The default config file looked for in the working directory. */
export const DEFAULT_CONFIG_FILE = "switchyard.yaml";

/**
 * Reads and validates a config file; with no file, `./switchyard.yaml` if present, else the defaults. `onWarning`
 * hears of a file that holds no settings, or only `x-` keys, and of an `x-` key named like a setting (`serve` and
 * `config check` pass it; both then say the same words).
 */
export async function loadConfigFile(file: string | undefined, cwd: string, onWarning?: (message: string) => void): Promise<SwitchyardConfig> {
  const target = file ? path.resolve(cwd, file) : path.resolve(cwd, DEFAULT_CONFIG_FILE);
  let bytes: Buffer;
  try {
    // A config is a page of YAML: a file past the bound is a mistake (a log, a dump), refused before it is parsed.
    const { size } = await stat(target);
    if (size > MAX_CONFIG_BYTES) throw new ConfigError([{ path: "", message: `the config file is ${(size / 1e6).toFixed(1)} MB; a config is at most ${MAX_CONFIG_BYTES / 1e6} MB` }], target);
    bytes = await readRegularFileBytes(target);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      if (!file) {
        // A config saved under a near name (switchyard.yml) would otherwise be passed over without a word: a gateway
        // started with none of its budgets.
        const near = await nearDefaultConfigFile(cwd);
        if (near) onWarning?.(`${path.join(cwd, near)} is not read: without --config the config file is ./${DEFAULT_CONFIG_FILE}, so the built-in defaults apply (no budgets, no experiments). Rename it to ${DEFAULT_CONFIG_FILE}, or pass --config ${near}.`);
        return defaultConfig();
      }
      throw ConfigError.fileNotFound(target, await nearConfigFileHint(target));
    }
    throw new ConfigError([{ path: "", message: `cannot read the config file: ${(error as Error).message}` }], target);
  }
  const text = configFileText(bytes, target);
  const parsed = readConfigDocument(text, target);
  const input = parsed.value;
  // An empty file runs on the defaults as no file does, but one meant to hold budgets may have come out empty (a
  // failed copy, a template that rendered nothing): a gateway then starts with no spend cap, so it is said.
  if (input === null || input === undefined) onWarning?.(`${target} holds no settings (it is empty or only comments), so the built-in defaults apply: no budgets, no experiments, the default tiers and tasks.`);
  for (const warning of extensionKeyWarnings(input, target, usedAnchorHolders(parsed.document))) onWarning?.(warning);
  try {
    return parseConfig(input, target);
  } catch (error) {
    throw error instanceof ConfigError ? withIssueLines(error, parsed) : error;
  }
}

/** A file in `cwd` named a few letters off ./switchyard.yaml (switchyard.yml, Switchyard.yaml), or undefined. */
async function nearDefaultConfigFile(cwd: string): Promise<string | undefined> {
  const names = await readdir(cwd).catch(() => []);
  return closestName(DEFAULT_CONFIG_FILE, names.filter((name) => name !== DEFAULT_CONFIG_FILE && /\.(ya?ml|json)$/i.test(name)), 0.2);
}

/** For a named config file that is not there: the near name in its folder when there is one, else what to check. */
async function nearConfigFileHint(target: string): Promise<string> {
  const names = await readdir(path.dirname(target)).catch(() => []);
  const near = closestName(path.basename(target), names.filter((name) => /\.(ya?ml|json)$/i.test(name)), 0.2);
  return near ? `did you mean ${near}?` : "check the path (without a file named, ./switchyard.yaml is read when present, else the defaults)";
}

/** Reads a `/models` JSON file given with `--catalog`. */
export async function loadCatalogFile(file: string, cwd: string): Promise<ModelCatalog> {
  const target = path.resolve(cwd, file);
  let text: string;
  try {
    text = await readRegularFile(target);
  } catch (error) {
    throw new CatalogError(`Cannot read the catalog file ${target}: ${whyUnreadable(error)}.`, error);
  }
  const { models, skipped } = parseCatalogText(text, `The catalog file ${target}`);
  const why = skipped[0] ? ` (data[${skipped[0].index}]: ${skipped[0].reason}${skipped.length > 1 ? `; ${skipped.length} rows skipped` : ""})` : "";
  if (models.length === 0) throw new CatalogError(`The catalog file ${target} lists no models${why}.`);
  return new ModelCatalog(models, { source: "file" });
}

/** A file-backed catalog cache under the config's cache directory. */
export function fileCatalogCache(directory: string): CatalogCache {
  const file = path.join(directory, "catalog.json");
  return {
    async read() {
      try {
        const parsed = JSON.parse(await readFile(file, "utf8")) as { fetchedAt?: unknown; body?: unknown };
        return typeof parsed.fetchedAt === "number" ? { body: parsed.body, fetchedAt: parsed.fetchedAt } : undefined;
      } catch {
        return undefined;
      }
    },
    async write(body, fetchedAt) {
      await mkdir(directory, { recursive: true });
      await writeFileAtomic(file, JSON.stringify({ fetchedAt, body }));
    },
  };
}

/**
 * The catalog for offline commands: `--catalog F`, else a cached copy of the live catalog, else built-in.
 * Offline commands never fetch; `catalog refresh` and `serve` do.
 */
export async function loadOfflineCatalog(
  options: { catalog?: string },
  config: SwitchyardConfig,
  io: { cwd: string; stderr(text: string): void },
): Promise<ModelCatalog> {
  if (options.catalog) return loadCatalogFile(options.catalog, io.cwd);
  const cache = fileCatalogCache(path.resolve(io.cwd, config.catalog.cache_dir));
  const catalog = await loadCatalog({ cache, clock: SYSTEM_CLOCK, ttlInMs: Number.POSITIVE_INFINITY });
  return catalog.size > 0 ? catalog : builtinCatalog();
}

/** Resolves `--router NAME` to a classifier, with a clear error for unknown names. */
export function classifierFor(name: string | undefined, config: SwitchyardConfig): ConversationClassifier {
  const chosen = name ?? config.routing.classifier;
  if (!(CLASSIFIER_NAMES as readonly string[]).includes(chosen)) {
    throw new InvalidRequestError(`Unknown router "${chosen}". Valid routers: ${CLASSIFIER_NAMES.join(", ")}.`, { param: "router" });
  }
  return createClassifier(chosen as (typeof CLASSIFIER_NAMES)[number]);
}
