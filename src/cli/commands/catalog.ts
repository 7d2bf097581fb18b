/**
 * `switchyard catalog refresh`: fetch the live catalog and cache it.
 * @module
 */
import path from "node:path";
import type { Command } from "commander";
import { request } from "undici";
import { fetchAndCache } from "../../catalog/catalog-loader.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { CatalogError } from "../../core/errors/index.js";
import type { CliIo } from "../cli-io.js";
import { fileCatalogCache, loadConfigFile } from "../load-runtime.js";
import { catalogDeadline, catalogFetchError, readCatalogBody } from "../../upstream/read-catalog-body.js";
import { trimTrailingSlashes } from "../../core/trim-trailing-slashes.js";
import { helpExamples } from "../help-examples.js";

/** Registers `catalog refresh`. */
export function registerCatalogCommand(program: Command, io: CliIo): void {
  const catalog = program.command("catalog").description("manage the cached model catalog")
    .addHelpText("after", helpExamples("switchyard catalog refresh", "OPENROUTER_API_KEY=sk-or-... switchyard catalog refresh --config switchyard.yaml"));
  catalog
    .command("refresh")
    .description("fetch GET {upstream}/models and cache it")
    .addHelpText("after", helpExamples("switchyard catalog refresh", "switchyard catalog refresh --upstream-url http://127.0.0.1:8789/api/v1   # from a running simulate-upstream"))
    .option("--config <file>", "config file")
    .option("--upstream-url <url>", "override upstream.base_url")
    .action(async (options: { config?: string; upstreamUrl?: string }) => {
      const config = await loadConfigFile(options.config, io.cwd);
      const baseUrl = trimTrailingSlashes(options.upstreamUrl ?? config.upstream.base_url);
      const cacheDir = path.resolve(io.cwd, config.catalog.cache_dir);
      io.stderr(`fetching ${baseUrl}/models …\n`);
      const fresh = await fetchAndCache({
        clock: SYSTEM_CLOCK,
        cache: fileCatalogCache(cacheDir),
        fetchModels: () => fetchModels(baseUrl, config.upstream.timeouts.total_ms),
      }).catch((error: unknown) => {
        // Offline, a bare "getaddrinfo ENOTFOUND openrouter.ai" told the user neither what was kept nor what to do.
        throw new CatalogError(`Cannot fetch the catalog from ${baseUrl}/models: ${(error instanceof Error ? error.message : String(error)).replace(/\.$/, "")}. Any cached copy in ${cacheDir} is unchanged; offline commands use it, else the built-in catalog. Try again when the upstream is reachable, or pass --upstream-url (e.g. a \`switchyard simulate-upstream\` URL).`, error);
      });
      io.stdout(`cached ${fresh.size} models in ${path.join(cacheDir, "catalog.json")}\n`);
    });
}

/** GETs `{baseUrl}/models` and returns the parsed body. */
export async function fetchModels(baseUrl: string, timeoutInMs: number): Promise<unknown> {
  // One deadline for the whole fetch (undici's timeouts restart with every byte, so a dripping body never ended).
  let response: Awaited<ReturnType<typeof request>>;
  try {
    response = await request(`${baseUrl}/models`, { method: "GET", signal: catalogDeadline(timeoutInMs) });
  } catch (error) {
    throw new CatalogError(`${catalogFetchError(error, timeoutInMs).message} (${baseUrl}).`, error);
  }
  if (response.statusCode !== 200) {
    await response.body.dump();
    throw new CatalogError(`GET ${baseUrl}/models answered HTTP ${response.statusCode}.`);
  }
  try {
    return await readCatalogBody(response.body);
  } catch (error) {
    throw new CatalogError(`${catalogFetchError(error, timeoutInMs).message} (${baseUrl}).`, error);
  }
}
