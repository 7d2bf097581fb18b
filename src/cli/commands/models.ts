/**
 * `switchyard models`: query the catalog, cheapest first.
 * @module
 */
import type { Command } from "commander";
import { blendedUsdPerMillionTokens, type ModelCatalog, type ModelFilter } from "../../catalog/model-catalog.js";
import type { ModelEntry } from "../../catalog/model-entry.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { didYouMean } from "../../core/closest-name.js";
import { InvalidRequestError } from "../../core/errors/index.js";
import { CAPABILITIES, type Capability } from "../../core/types.js";
import type { CliIo } from "../cli-io.js";
import { loadConfigFile, loadOfflineCatalog } from "../load-runtime.js";
import { parseList, parseNonNegative } from "../parse-options.js";

interface ModelsOptions {
  needs?: string;
  minContext?: string;
  maxPrice?: string;
  includeFree?: boolean;
  catalog?: string;
  config?: string;
  json?: boolean;
  limit?: string;
}

/** Registers `models`. */
export function registerModelsCommand(program: Command, io: CliIo): void {
  program
    .command("models")
    .description("query the catalog, cheapest first")
    .addHelpText("after", `
Examples:
  $ switchyard models --needs tools,json --min-context 100000
  $ switchyard models --max-price 1 --include-free --json
`)
    .option("--needs <list>", `comma-separated capabilities: ${CAPABILITIES.join(", ")}`)
    .option("--min-context <n>", "minimum context window in tokens")
    .option("--max-price <p>", "maximum price, USD per million tokens (the larger of input and output)")
    .option("--include-free", "include free models")
    .option("--limit <n>", "show at most this many rows (table only)", "40")
    .option("--catalog <file>", "read a /models JSON file")
    .option("--config <file>", "config file")
    .option("--json", "print an array of catalog entries")
    .action(async (options: ModelsOptions) => {
      const config = await loadConfigFile(options.config, io.cwd);
      const catalog = await loadOfflineCatalog(options, config, io);
      const filter = toFilter(options);
      const models = catalog.query(filter, SYSTEM_CLOCK.now());
      const limit = parseLimit(options.limit ?? "40");
      if (options.json) io.stdout(`${JSON.stringify(models, null, 2)}\n`);
      else if (models.length > 0) io.stdout(formatTable(models, limit, catalog, filter));
      // An empty answer says so, and which filter left nothing (on stderr with --json, whose stdout stays `[]`).
      if (models.length === 0) (options.json ? io.stderr : io.stdout)(`${noMatch(catalog, filter, options)}\n`);
    });
}

function parseLimit(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new InvalidRequestError(`--limit must be a whole number >= 1 (got "${value}").`);
  return limit;
}

function toFilter(options: ModelsOptions): ModelFilter {
  const needs = options.needs ? parseList(options.needs) : [];
  for (const need of needs) {
    if (!(CAPABILITIES as readonly string[]).includes(need)) {
      throw new InvalidRequestError(`Unknown capability "${need}" in --needs. Valid: ${CAPABILITIES.join(", ")}.${didYouMean(need, CAPABILITIES)}`);
    }
  }
  const filter: ModelFilter = { needs: needs as Capability[], includeFree: options.includeFree === true };
  if (options.minContext !== undefined) filter.minContext = parseNonNegative("--min-context", options.minContext);
  if (options.maxPrice !== undefined) filter.maxUsdPerMillionTokens = parseNonNegative("--max-price", options.maxPrice);
  return filter;
}

/** Why no model matched: each filter that alone leaves none, else that only their combination does. */
function noMatch(catalog: ModelCatalog, filter: ModelFilter, options: ModelsOptions): string {
  const now = SYSTEM_CLOCK.now();
  const base: ModelFilter = { includeFree: filter.includeFree === true };
  const alone: [string, ModelFilter][] = [
    ...(filter.needs ?? []).map((need): [string, ModelFilter] => [`--needs ${need}`, { ...base, needs: [need] }]),
    ...(filter.minContext !== undefined ? [[`--min-context ${options.minContext ?? ""}`, { ...base, minContext: filter.minContext }] as [string, ModelFilter]] : []),
    ...(filter.maxUsdPerMillionTokens !== undefined ? [[`--max-price ${options.maxPrice ?? ""}`, { ...base, maxUsdPerMillionTokens: filter.maxUsdPerMillionTokens }] as [string, ModelFilter]] : []),
  ];
  const empty = alone.filter(([, single]) => catalog.query(single, now).length === 0).map(([flag]) => flag);
  const free = !filter.includeFree && catalog.query({ ...filter, includeFree: true }, now).length > 0 ? " Free models match: add --include-free." : "";
  const why =
    empty.length > 0
      ? `no model meets ${empty.join(", nor ")}${hint(catalog, filter, empty)}`
      : alone.length > 1
        ? `each filter alone is met by some model, but none meets all of them`
        : "";
  return `No model of the ${catalog.size} in the ${catalog.source} catalog matches${why ? `: ${why}` : ""}.${free}`;
}

/** The catalog's extreme for a filter that matched nothing on its own (largest context, lowest price). */
function hint(catalog: ModelCatalog, filter: ModelFilter, empty: readonly string[]): string {
  const all = catalog.query({ includeFree: filter.includeFree === true }, SYSTEM_CLOCK.now());
  const parts: string[] = [];
  if (empty.some((flag) => flag.startsWith("--min-context"))) parts.push(`the largest context is ${Math.max(0, ...all.map((model) => model.contextLength)).toLocaleString("en-US")} tokens`);
  if (empty.some((flag) => flag.startsWith("--max-price")) && all[0]) parts.push(`the cheapest is ${all[0].id} at $${Math.max(all[0].pricing.usdPerMillionInputTokens, all[0].pricing.usdPerMillionOutputTokens).toFixed(3)}/M`);
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}

function formatTable(models: ModelEntry[], limit: number, catalog: ModelCatalog, filter: ModelFilter): string {
  const header = ["model", "$/M in", "$/M out", "context", "capabilities"];
  const rows = models.slice(0, limit).map((model) => [
    model.id,
    model.pricing.usdPerMillionInputTokens.toFixed(3),
    model.pricing.usdPerMillionOutputTokens.toFixed(3),
    String(model.contextLength),
    model.capabilities.join(","),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const render = (row: string[]): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  const more = models.length > limit ? `\n… ${models.length - limit} more (use --limit or --json)` : "";
  const cheapest = models[0] ? `cheapest blended: ${models[0].id} at $${blendedUsdPerMillionTokens(models[0]).toFixed(3)}/M in+out` : "no model matches";
  return `${render(header)}\n${rows.map(render).join("\n")}${more}\n\n${matched(models.length, catalog, filter)}; ${cheapest}\n`;
}

/**
 * "37 of the 41 models in the builtin catalog match (free ones left out: --include-free)": "37 models from the
 * builtin catalog" read as the catalog's size, which `config check` gives as 41.
 */
function matched(count: number, catalog: ModelCatalog, filter: ModelFilter): string {
  const free = filter.includeFree ? 0 : catalog.query({ ...filter, includeFree: true }, SYSTEM_CLOCK.now()).length - count;
  const freeNote = free > 0 ? ` (${free} free ${free === 1 ? "one" : "ones"} left out: --include-free)` : "";
  return `${count} of the ${catalog.size} models in the ${catalog.source} catalog match${freeNote}`;
}
