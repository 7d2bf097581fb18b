/**
 * `switchyard route`: the routing decision for a prompt, a request file or a JSONL batch, with no call made.
 * @module
 */
import { open } from "node:fs/promises";
import { readRegularFileBytes } from "../../core/read-regular-file.js";
import { whyUnreadable } from "../../core/why-unreadable.js";
import { bodyText } from "../../server/request-shape/body-text.js";
import { assertJsonWithinLimits, jsonLimitsOf, type JsonLimits } from "../../server/request-shape/json-limits.js";
import path from "node:path";
import type { Command } from "commander";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { didYouMean } from "../../core/closest-name.js";
import { GatewayError, InvalidRequestError } from "../../core/errors/index.js";
import type { ChatRequest, RoutingDecision } from "../../core/types.js";
import { createRequestRouter, type RequestRouter } from "../../routing/request-router.js";
import { loadRouterLearning } from "../../routing/adapter/load-router-learning.js";
import { readPreviewRequest, type PreviewRequest } from "../../server/doors/read-preview-request.js";
import { batchLineRequest, promptRequest, unreadKeysNote } from "../batch-line-request.js";
import type { CliIo } from "../cli-io.js";
import { formatDecision } from "../format-decision.js";
import { classifierFor, loadConfigFile, loadOfflineCatalog } from "../load-runtime.js";
import { parseQuality } from "../parse-options.js";
import { readLines } from "../read-lines.js";

/**
 * The longest batch line read (bytes). A line is one request, and the gateway takes bodies up to
 * `server.body_limit_bytes` (10 MB by default); past this bound a line is reported, never held in memory.
 */
const MAX_LINE_BYTES = 64 * 1024 * 1024;

interface RouteOptions {
  task?: string;
  tier?: string;
  quality?: string;
  router?: string;
  catalog?: string;
  config?: string;
  json?: boolean;
  request?: string;
  jsonl?: string;
}

/** Registers `route`. */
export function registerRouteCommand(program: Command, io: CliIo): void {
  program
    .command("route")
    .description("show the routing decision for a prompt, with no call made")
    .addHelpText("after", `
Examples:
  $ switchyard route "Write a Python function that merges two sorted lists"
  $ switchyard route --task summarization --quality 0.8 --json "Summarize this thread"
  $ switchyard route --request request.json
  $ switchyard route --jsonl requests.jsonl > decisions.jsonl
`)
    .argument("[prompt...]", "the prompt (or use --request / --jsonl)")
    .option("--task <task>", "force a task type")
    .option("--tier <tier>", "force a tier")
    .option("--quality <q>", "0..1, how much quality to buy (default 0.5)")
    .option("--router <name>", "classifier: heuristic or learned (default: routing.classifier, learned)")
    .option("--catalog <file>", "read a /models JSON file instead of the cached or built-in catalog")
    .option("--config <file>", "config file (default ./switchyard.yaml if present)")
    .option("--request <file>", "a request as JSON: Chat Completions, Anthropic Messages or OpenAI Responses (detected)")
    .option("--jsonl <file>", 'batch: one {"prompt": ...} or {"request": {...}} per line ("-" reads standard input); prints one decision (or {"line", "error"}) per line')
    .option("--json", "print the decision as JSON")
    .action(async (words: string[], options: RouteOptions) => {
      const config = await loadConfigFile(options.config, io.cwd);
      const catalog = await loadOfflineCatalog(options, config, io);
      // The default router as the gateway would use it: a promoted adapter or routing.weights, and any shadow.
      const { learning } = await loadRouterLearning(config, io.cwd);
      const router = createRequestRouter({ config, catalog, classifier: classifierFor(options.router, config), clock: SYSTEM_CLOCK, learning });
      if (options.jsonl && (words.length > 0 || options.request)) throw new InvalidRequestError("--jsonl routes the lines of its file: give it alone, without a prompt or --request.");
      if (options.jsonl) {
        // Checked once: a batch under an unknown --tier or --task printed that one error on every line.
        checkFlagName("tier", options.tier, Object.keys(config.tiers));
        checkFlagName("task", options.task, router.tasks);
        return routeBatch(router, options, io, jsonLimitsOf(config.server));
      }
      if (options.request && words.length > 0) throw new InvalidRequestError(`--request routes the request in its file: give it alone, without a prompt (got "${words.join(" ").slice(0, 60)}").`);
      const { request, refused } = options.request ? await readRequestFile(options.request, io.cwd, jsonLimitsOf(config.server)) : { request: promptRequest(words.join(" ")), refused: undefined };
      const decision = decide(router, request, options);
      const shown = refused ? { ...publicDecision(decision), gateway_error: lineError(refused) } : publicDecision(decision);
      io.stdout(options.json ? `${JSON.stringify(shown, null, 2)}\n` : formatDecision(decision, catalog.source));
      if (refused && !options.json) io.stderr(`note: the gateway would refuse this request as sent (400): ${refused.message}\n`);
    });
}

/** An unknown `--tier` or `--task`, refused in the gateway's words with the flag named. */
function checkFlagName(kind: "tier" | "task", name: string | undefined, valid: readonly string[]): void {
  if (name === undefined || valid.includes(name)) return;
  throw new InvalidRequestError(`Unknown ${kind} "${name}" in --${kind}. Valid ${kind}s: ${valid.join(", ")}.${didYouMean(name, valid)}`);
}

/**
 * One output line per input line, in order, each printed as soon as its line arrives (a pipe is never read whole
 * first, so memory stays flat however long the batch). A line that cannot be read or routed prints `{"line",
 * "error"}` in its place and the batch goes on; the command then fails naming the lines that did. A blank line is
 * such a line, so a caller pairing its requests with the output by position stays in step; blank lines that only end
 * the input (an editor's trailing newlines) precede no request and print nothing.
 */
async function routeBatch(router: RequestRouter, options: RouteOptions, io: CliIo, limits: JsonLimits): Promise<void> {
  const fromStdin = options.jsonl === "-";
  const file = fromStdin ? "stdin" : path.resolve(io.cwd, options.jsonl ?? "");
  if (fromStdin && !io.stdin) throw new InvalidRequestError("--jsonl -: there is no standard input to read.");
  const chunks = fromStdin && io.stdin ? io.stdin() : await openBatchFile(file, options.jsonl ?? "");
  let count = 0;
  const failed: number[] = [];
  const fail = (number: number, error: unknown): void => {
    failed.push(number);
    io.stdout(`${JSON.stringify({ line: number, error: lineError(error) })}\n`);
  };
  const unread = new UnreadKeys();
  let blankLines: number[] = [];
  for await (const line of readLines(chunks, MAX_LINE_BYTES)) {
    if ("text" in line && !line.text.trim()) {
      blankLines.push(line.number);
      continue;
    }
    for (const blank of blankLines) fail(blank, new InvalidRequestError(`line ${blank} is blank: each line is one JSON object, {"request": {...}} or {"prompt": "..."}`));
    count += blankLines.length + 1;
    blankLines = [];
    try {
      if ("notUtf8AtByte" in line) throw notUtf8Line(line.notUtf8AtByte);
      if (!("text" in line)) throw new InvalidRequestError(`the line is ${(line.overLimitBytes / 1024 / 1024).toFixed(1)} MB; a batch line is at most ${MAX_LINE_BYTES / 1024 / 1024} MB`);
      const { request, refused, unread: keys } = batchLineRequest(line.text, limits);
      unread.add(keys, line.number);
      const decision = decide(router, request, options);
      io.stdout(`${JSON.stringify(refused ? { ...publicDecision(decision), gateway_error: lineError(refused) } : publicDecision(decision))}\n`);
    } catch (error) {
      fail(line.number, error);
    }
    if (count % 1000 === 0) io.stderr(`routed ${count} requests\n`);
    if (io.drained) await io.drained();
  }
  const note = unread.note();
  if (note) io.stderr(note);
  // An empty batch printed nothing and exited 0: stdin never connected (cron, a writer that failed) or a wrong file
  // looked like a batch routed (round 25). `eval` refuses an empty dataset the same way.
  if (count === 0) throw noRequest(fromStdin ? "--jsonl -: standard input" : file, blankLines.length > 0);
  if (failed.length > 0) {
    const lines = failed.slice(0, 10).join(", ") + (failed.length > 10 ? ", ..." : "");
    throw new InvalidRequestError(`${file}: ${failed.length} of ${count} line${count === 1 ? "" : "s"} could not be routed (line${failed.length === 1 ? "" : "s"} ${lines}); each printed {"line", "error"} in its place.`);
  }
}

/** The line keys a batch held and did not read (at most 20 names), told once at its end rather than on every line. */
class UnreadKeys {
  private readonly counts = new Map<string, number>();
  private firstLine = 0;

  add(keys: readonly string[], line: number): void {
    if (keys.length > 0 && this.firstLine === 0) this.firstLine = line;
    for (const key of keys) if (this.counts.size < 20 || this.counts.has(key)) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  note(): string {
    return this.counts.size === 0 ? "" : unreadKeysNote(this.counts, this.firstLine);
  }
}

/** A batch that held no request: nothing was routed, which a caller must not take for a batch done. */
function noRequest(source: string, onlyBlank: boolean): InvalidRequestError {
  return new InvalidRequestError(`${source} holds no request (${onlyBlank ? "only blank lines" : "it is empty"}): each line is one JSON object, {"request": {...}} or {"prompt": "..."}.`);
}

/** A batch line that is not UTF-8: refused as the gateway refuses such a body (the offset counts from the line's start). */
function notUtf8Line(offset: number): InvalidRequestError {
  return new InvalidRequestError(
    `the line is not valid JSON: it is not UTF-8 (byte ${offset} of the line starts an invalid sequence). JSON must be UTF-8 (RFC 8259 §8.1): re-encode the file (a Latin-1 or Windows-1252 file, or binary data, gives this).`,
    { code: "invalid_json" },
  );
}

/** The batch file as a stream, after checking it can be read: a folder or a missing file is named before any line. */
async function openBatchFile(file: string, given: string): Promise<AsyncIterable<Buffer>> {
  const cannotRead = (why: string): InvalidRequestError => new InvalidRequestError(`--jsonl ${given}: cannot read ${file} (${why}).`);
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    throw cannotRead(error.code === "ENOENT" ? "no such file" : error.message);
  });
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw cannotRead("it is a folder");
  }
  return handle.createReadStream();
}

/** An error as a batch line shows it: the gateway's OpenAI envelope fields (`message`, `type`, `code`, `param`). */
function lineError(error: unknown): { message: string; type: string; code: string | null; param: string | null } {
  if (GatewayError.isInstance(error)) return error.toEnvelope().error;
  if (error instanceof SyntaxError) return { message: `not JSON: ${error.message}`, type: "invalid_request_error", code: "invalid_json", param: null };
  return { message: error instanceof Error ? error.message : String(error), type: "internal_error", code: null, param: null };
}

function decide(router: RequestRouter, request: ChatRequest, options: RouteOptions): RoutingDecision {
  const switchyard = { ...request.switchyard };
  if (options.task) switchyard.task = options.task;
  if (options.tier) switchyard.tier = options.tier;
  if (options.quality !== undefined) switchyard.quality = parseQuality(options.quality);
  return router.route({ ...request, ...(options.tier ? { model: forcedTierModel(request) } : {}), switchyard }).decision;
}

/**
 * `--tier` forces the tier over whatever the request names (the gateway refuses a model id or a named tier beside
 * `switchyard.tier` as a conflict; here the flag is the user's own override): a named task is kept as the label.
 */
function forcedTierModel(request: ChatRequest): string {
  const model = request.model || request.models?.[0];
  return typeof model === "string" && model.startsWith("switchyard/task/") ? model : "switchyard/auto";
}

/** The decision as `route --json` prints it (PRODUCT §5). */
export function publicDecision(decision: RoutingDecision): Record<string, unknown> {
  const { task, task_confidence, difficulty, tier, model, fallbacks, max_tokens, estimated_cost_usd, reasons } = decision;
  return { task, task_confidence, difficulty, tier, model, fallbacks, max_tokens, estimated_cost_usd, reasons };
}

async function readRequestFile(file: string, cwd: string, limits: JsonLimits): Promise<PreviewRequest> {
  const target = path.resolve(cwd, file);
  let value: unknown;
  try {
    // Bytes that are not UTF-8 are refused naming the first bad one, as the gateway refuses such a body (they were
    // decoded to U+FFFD and routed as text the file does not hold); a byte order mark is read past. So is a body
    // nested deeper (or an array longer) than the gateway's limits take.
    const text = bodyText(await readRegularFileBytes(target));
    assertJsonWithinLimits(text, limits);
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidRequestError(`Cannot read the request file ${target}: ${whyUnreadable(error)}`);
  }
  try {
    return readPreviewRequest(value);
  } catch (error) {
    // A --jsonl line saved as a file: "Invalid messages" named neither the wrapper nor the flag that reads it.
    if (isBatchLine(value)) throw new InvalidRequestError(`${target} holds {"request": {...}}, the shape of a --jsonl line: route it with --jsonl ${file}, or put the inner request alone in the file.`);
    throw new InvalidRequestError(`${target} is not a request the gateway would accept: ${(error as Error).message}`);
  }
}

/** A `{"request": {...}}` object holding no key of a door's body. */
function isBatchLine(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.includes("request") && !keys.some((key) => key === "messages" || key === "input" || key === "model");
}
