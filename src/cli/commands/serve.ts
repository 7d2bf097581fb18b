/**
 * `switchyard serve`: the OpenAI-compatible gateway. `--simulate` runs the OpenRouter simulator behind it so
 * anyone can try it without a key.
 * @module
 */
import { envTypoNotes } from "../env-typos.js";
import path from "node:path";
import type { Command } from "commander";
import { fetchAndCache, loadCatalog } from "../../catalog/catalog-loader.js";
import type { ModelCatalog } from "../../catalog/model-catalog.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { existsSync } from "node:fs";
import { ConfigError, InvalidRequestError } from "../../core/errors/index.js";
import { DEFAULT_PORT, startServer, type RunningServer } from "../../server/start-server.js";
import { isListenFailure } from "../../server/listen-error.js";
import type { Simulator } from "../../testing/simulator/index.js";
import type { UpstreamClient } from "../../upstream/upstream-client.js";
import type { CliIo } from "../cli-io.js";
import { DEFAULT_CONFIG_FILE, fileCatalogCache, loadCatalogFile, loadConfigFile } from "../load-runtime.js";
import { tuneHeapForServing } from "../tune-heap.js";
import { waitForShutdownSignal } from "../wait-for-shutdown-signal.js";
import { parseWholeNumber } from "../parse-options.js";
import { watchConfigDrift } from "../config-drift.js";
import { routerReloadLine } from "../router-reload-line.js";
import { noticeIfSlow } from "../notice-if-slow.js";
import { configStartLine } from "../config-summary.js";
import { configWarnings } from "../../config/config-warnings.js";
import { CATALOG_FETCH_TIMEOUT_MS } from "../../upstream/read-catalog-body.js";

/** Flags of `serve`, as commander hands them over. */
export interface ServeOptions {
  port?: string;
  host?: string;
  config?: string;
  catalog?: string;
  upstreamUrl?: string;
  simulate?: boolean;
  latencySeed?: string;
}

/** A running `serve`: the gateway and, with `--simulate`, its simulator. */
export interface ServeHandle {
  server: RunningServer;
  simulator: Simulator | undefined;
  close(): Promise<void>;
}

/** Starts the gateway as `serve` would, without waiting for a signal (tests call this). */
export async function startServe(options: ServeOptions, io: CliIo): Promise<ServeHandle> {
  const fileWarnings: string[] = [];
  const config = await loadConfigFile(options.config, io.cwd, (warning) => fileWarnings.push(warning));
  const configFile = options.config ?? (existsSync(path.resolve(io.cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : undefined);
  // What SIGHUP will not re-read, as it was read now.
  // With no file named, ./switchyard.yaml is watched even when absent: one written later is not applied either.
  // What a restart would load: the same flag, so a removed ./switchyard.yaml means the defaults, a removed --config file no start.
  const drift = watchConfigDrift(path.resolve(io.cwd, options.config ?? DEFAULT_CONFIG_FILE), () => loadConfigFile(options.config, io.cwd));
  const port = options.port === undefined ? DEFAULT_PORT : parsePort(options.port);
  if (options.simulate && options.upstreamUrl !== undefined) {
    throw new InvalidRequestError(`--simulate runs its own upstream, so --upstream-url ${options.upstreamUrl} would be ignored: pass one or the other (a simulator of your own: \`switchyard simulate-upstream\`, then --upstream-url alone).`);
  }
  // A long-running gateway must not keep every simulated call in memory (tests read them; a user never does).
  // Loaded only with --simulate: a gateway in front of OpenRouter never needs it.
  const simulator = options.simulate ? await (await import("../../testing/simulator/index.js")).createSimulator({ recordCalls: false }) : undefined;
  const upstreamUrl = simulator?.url ?? (options.upstreamUrl === undefined ? undefined : parseUpstreamUrl(options.upstreamUrl));
  // Startup notes and catalog warnings wait until the gateway listens: a port already taken is then said alone.
  const startup = heldLines(io.stderr);
  // What `config check` warns about, said where a user looks: a tier no task reaches started quietly here.
  for (const warning of [...fileWarnings, ...configWarnings(config)]) startup.write(`warning: ${warning}\n`);
  // A variable one underscore off (SWITCHYARD_ADMINKEY) left the gateway saying no admin key was set, and no more.
  for (const note of envTypoNotes(io.env, config.upstream.api_key_env)) startup.write(`warning: ${note}\n`);
  const cache = simulator ? undefined : fileCatalogCache(path.resolve(io.cwd, config.catalog.cache_dir));
  const catalog = options.catalog
    ? await loadCatalogFile(options.catalog, io.cwd)
    : (upstream: UpstreamClient): Promise<ModelCatalog> =>
        // The notes wait for the listen, and a live fetch may take up to its deadline: a silent terminal looked hung.
        noticeIfSlow(
          loadCatalog({
            fetchModels: () => upstream.listModels(),
            // The simulator's catalog is not OpenRouter's: never cache it over the real one.
            ...(cache ? { cache } : {}),
            clock: SYSTEM_CLOCK,
            ttlInMs: simulator ? 0 : config.catalog.ttl_ms,
            onWarning: (message) => startup.write(`warning: ${message}\n`),
          }),
          SLOW_CATALOG_NOTICE_MS,
          () => io.stderr(`note: Waiting for the model catalog from ${upstreamUrl ?? config.upstream.base_url}/models (up to ${CATALOG_FETCH_TIMEOUT_MS / 1_000} s); without it the gateway starts on the ${cache ? "cached or " : ""}built-in copy.\n`),
        );
  const server = await startServer({
    config,
    catalog,
    env: io.env,
    cwd: io.cwd,
    port,
    ...(options.host ? { host: options.host } : {}),
    ...(upstreamUrl ? { upstreamUrl } : {}),
    ...(options.latencySeed ? { latencySeed: options.latencySeed } : {}),
    keyOptional: simulator !== undefined,
    // A live catalog is re-fetched every catalog.ttl_ms in the background; a --catalog file is fixed.
    ...(options.catalog || simulator
      ? {}
      : { refreshCatalog: (upstream: UpstreamClient) => fetchAndCache({ fetchModels: () => upstream.listModels(), ...(cache ? { cache } : {}), clock: SYSTEM_CLOCK }) }),
    onNotice: (text) => startup.write(`note: ${text}\n`),
    // The catalog's findings are `config check`'s warnings: a `note:` here read the same finding as milder.
    onWarning: (text) => startup.write(`warning: ${text}\n`),
    // The line below says where it listens in plain words: no JSON "Server listening at" line among them.
    listenLogLine: false,
  }).catch(async (error: unknown) => {
    // A start that fails (bad seed file, storage) must not leave the simulator listening.
    await simulator?.close();
    // Notes about a gateway that could not listen only stand between the user and the one thing to fix.
    if (!isListenFailure(error)) startup.release();
    // The seed file came from --latency-seed, not the config: name the flag, not a config that does not hold it.
    if (error instanceof ConfigError && options.latencySeed !== undefined && error.issues.some((issue) => issue.path === "routing.latency_seed")) {
      throw new InvalidRequestError(`--latency-seed: ${error.issues.map((issue) => issue.message).join("; ")}.`);
    }
    // A file the config names (routing.weights, routing.shadow, ...) failed: say which config named it.
    if (error instanceof ConfigError && error.file === undefined && configFile !== undefined) throw new ConfigError(error.issues, path.resolve(io.cwd, configFile));
    throw error;
  });
  startup.release();
  const upstreamLabel = simulator ? `the built-in simulator at ${simulator.url}` : (upstreamUrl ?? config.upstream.base_url);
  // A wildcard bind (0.0.0.0, ::) is no address to open: browsers refuse http://0.0.0.0, so the URLs printed are
  // the loopback ones, and the line says every interface is served.
  const local = loopbackUrl(server.url);
  const where = local === server.url ? server.url : `all interfaces (${server.url}); on this machine ${local}`;
  io.stdout(`Switchyard gateway listening on ${where} (OpenAI base URL: ${local}/v1), upstream: ${upstreamLabel}\n`);
  // Each interface's address, as the log line this replaces named them (the one URL above says it all otherwise).
  if (local !== server.url) io.stdout(`Interfaces served: ${server.addresses.join(", ")}\n`);
  // SIGHUP reloads the routers (routing.weights, routing.shadow, the router state file) without a restart.
  const onHangup = (): void => {
    void server.reloadRouter().then(
      async (status) => io.stderr(`${routerReloadLine(status, path.resolve(io.cwd, config.routing.state_file))}${await drift.note()}`),
      async (error: unknown) => io.stderr(`Router reload failed, keeping the current routers: ${error instanceof Error ? error.message : String(error)}\n${await drift.note()}`),
    );
  };
  process.on("SIGHUP", onHangup);
  io.stdout(configStartLine(config, configFile, io.cwd));
  // With N instances, the one line that shows this one joined the shared Redis and Postgres, not a local file.
  const { stores } = server;
  io.stdout(`Storage: budgets in ${stores.ledger}, rate limits in ${stores.rateLimiter}, decisions in ${stores.decisions}, keys in ${stores.keys}.\n`);
  io.stdout(dashboardNotice(local, Boolean(io.env.SWITCHYARD_ADMIN_KEY)));
  const adminKeyWarning = weakAdminKeyWarning(io.env.SWITCHYARD_ADMIN_KEY);
  if (adminKeyWarning) io.stderr(`warning: ${adminKeyWarning}\n`);
  return {
    server,
    simulator,
    async close() {
      process.off("SIGHUP", onHangup);
      await server.close();
      await simulator?.close();
    },
  };
}

/** How long a catalog fetch at start runs before `serve` says it is waiting for it. */
const SLOW_CATALOG_NOTICE_MS = 2_000;

/** Registers `serve`. */
export function registerServeCommand(program: Command, io: CliIo): void {
  program
    .command("serve")
    .description("run the OpenAI-compatible gateway")
    .addHelpText("after", `
Examples:
  $ switchyard serve --simulate                      # no key, no network: the built-in simulator answers
  $ OPENROUTER_API_KEY=sk-or-... switchyard serve --config switchyard.yaml --port 8787
  $ export SWITCHYARD_ADMIN_KEY=$(openssl rand -hex 24); echo "$SWITCHYARD_ADMIN_KEY"   # the key to sign in with
  $ switchyard serve --simulate                      # then open the Dashboard URL it prints and enter that key
`)
    .option("--port <n>", `port to listen on (0 = any free port)`, String(DEFAULT_PORT))
    .option("--host <host>", "interface to bind (default 127.0.0.1; another one only once a virtual key exists)")
    .option("--config <file>", "config file (default ./switchyard.yaml when present)")
    .option("--catalog <file>", "read a /models JSON file instead of the live catalog")
    .option("--upstream-url <url>", "override upstream.base_url, e.g. a simulator")
    .option("--simulate", "run the OpenRouter simulator behind the gateway (no key needed)")
    .option("--latency-seed <file>", "seed per-model latency from a JSON file in OpenRouter's endpoints format (overrides routing.latency_seed)")
    .action(async (options: ServeOptions) => {
      // The process is the gateway's alone from here on (not so for startServe, which tests call in theirs).
      tuneHeapForServing();
      const handle = await startServe(options, io);
      const signal = await waitForShutdownSignal();
      io.stderr(`Received ${signal}, draining and shutting down.\n`);
      await handle.close();
    });
}

/** The shortest admin key taken without a warning: `openssl rand -hex 24` gives 48 characters. */
const MIN_ADMIN_KEY_LENGTH = 24;

/** A warning for an admin key short enough to guess (it opens keys, budgets and the decision log), else undefined. */
export function weakAdminKeyWarning(adminKey: string | undefined): string | undefined {
  if (!adminKey || adminKey.length >= MIN_ADMIN_KEY_LENGTH) return undefined;
  return `SWITCHYARD_ADMIN_KEY is only ${adminKey.length} characters; whoever guesses it controls keys, budgets and the decision log. Use a random one: export SWITCHYARD_ADMIN_KEY=$(openssl rand -hex 24)`;
}

/** Where the dashboard is and how to sign in (README's first journey). */
export function dashboardNotice(url: string, adminKeySet: boolean): string {
  const how = adminKeySet
    ? "sign in with the value of SWITCHYARD_ADMIN_KEY in the Admin key field"
    : 'no admin key is set, so nobody can sign in: run `export SWITCHYARD_ADMIN_KEY=$(openssl rand -hex 24); echo "$SWITCHYARD_ADMIN_KEY"`, restart serve, and enter that key in the Admin key field';
  return `Dashboard: ${url}/dashboard (${how})\n`;
}

/** The URL with a wildcard host (0.0.0.0, ::) replaced by the loopback address of its family; others unchanged. */
export function loopbackUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.hostname === "0.0.0.0") parsed.hostname = "127.0.0.1";
  else if (parsed.hostname === "[::]") parsed.hostname = "[::1]";
  else return url;
  return parsed.origin;
}

/** Lines held back until `release()`, then written as they come. */
function heldLines(write: (text: string) => void): { write(text: string): void; release(): void } {
  let held: string[] | undefined = [];
  return {
    write: (text) => (held ? void held.push(text) : write(text)),
    release() {
      for (const text of held ?? []) write(text);
      held = undefined;
    },
  };
}

/** `--port`: decimal digits from 0 to 65535 (`1e3` listened on port 1000, `-0` on any free port). */
function parsePort(value: string): number {
  return parseWholeNumber("--port", value, 0, 65_535);
}

/** `--upstream-url`, named in the error: a bare "Invalid URL" from deep in the client does not say which input. */
function parseUpstreamUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new InvalidRequestError(`--upstream-url must be an http:// or https:// URL such as http://127.0.0.1:8789/api/v1 (got "${value}").`);
  }
  return value;
}
