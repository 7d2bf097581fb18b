/**
 * `switchyard route`: the routing decision for a prompt, a request file or a JSONL batch, with no call made.
 * @module
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { InvalidRequestError } from "../../core/errors/index.js";
import type { ChatRequest, RoutingDecision } from "../../core/types.js";
import { createRequestRouter, type RequestRouter } from "../../routing/request-router.js";
import { loadRouterLearning } from "../../routing/adapter/load-router-learning.js";
import type { CliIo } from "../cli-io.js";
import { formatDecision } from "../format-decision.js";
import { classifierFor, loadConfigFile, loadOfflineCatalog } from "../load-runtime.js";
import { parseQuality } from "../parse-options.js";

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
    .argument("[prompt...]", "the prompt (or use --request / --jsonl)")
    .option("--task <task>", "force a task type")
    .option("--tier <tier>", "force a tier")
    .option("--quality <q>", "0..1, how much quality to buy (default 0.5)")
    .option("--router <name>", "classifier: heuristic or learned (default: routing.classifier, learned)")
    .option("--catalog <file>", "read a /models JSON file instead of the cached or built-in catalog")
    .option("--config <file>", "config file (default ./switchyard.yaml if present)")
    .option("--request <file>", "an OpenAI chat request as JSON")
    .option("--jsonl <file>", 'batch: one {"prompt": ...} or {"request": {...}} per line ("-" reads standard input); prints one decision per line')
    .option("--json", "print the decision as JSON")
    .action(async (words: string[], options: RouteOptions) => {
      const config = await loadConfigFile(options.config, io.cwd);
      const catalog = await loadOfflineCatalog(options, config, io);
      // The default router as the gateway would use it: a promoted adapter or routing.weights, and any shadow.
      const { learning } = await loadRouterLearning(config, io.cwd);
      const router = createRequestRouter({ config, catalog, classifier: classifierFor(options.router, config), clock: SYSTEM_CLOCK, learning });
      if (options.jsonl) return routeBatch(router, options, io);
      const request = options.request ? await readRequestFile(options.request, io.cwd) : promptRequest(words.join(" "));
      const decision = decide(router, request, options);
      io.stdout(options.json ? `${JSON.stringify(publicDecision(decision), null, 2)}\n` : formatDecision(decision, catalog.source));
    });
}

async function routeBatch(router: RequestRouter, options: RouteOptions, io: CliIo): Promise<void> {
  const fromStdin = options.jsonl === "-";
  const file = fromStdin ? "stdin" : path.resolve(io.cwd, options.jsonl ?? "");
  if (fromStdin && !io.stdin) throw new InvalidRequestError("--jsonl -: there is no standard input to read.");
  const text = fromStdin && io.stdin ? await io.stdin() : await readFile(file, "utf8");
  const lines = text.split("\n");
  let count = 0;
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    let request: ChatRequest;
    try {
      request = batchLineRequest(JSON.parse(line) as unknown);
    } catch (error) {
      throw new InvalidRequestError(`${file}:${index + 1}: ${(error as Error).message}`);
    }
    io.stdout(`${JSON.stringify(publicDecision(decide(router, request, options)))}\n`);
    if (++count % 1000 === 0) io.stderr(`routed ${count} requests\n`);
  }
}

function decide(router: RequestRouter, request: ChatRequest, options: RouteOptions): RoutingDecision {
  const switchyard = { ...request.switchyard };
  if (options.task) switchyard.task = options.task;
  if (options.tier) switchyard.tier = options.tier;
  if (options.quality !== undefined) switchyard.quality = parseQuality(options.quality);
  return router.route({ ...request, switchyard }).decision;
}

/** The decision as `route --json` prints it (PRODUCT §5). */
export function publicDecision(decision: RoutingDecision): Record<string, unknown> {
  const { task, task_confidence, difficulty, tier, model, fallbacks, max_tokens, estimated_cost_usd, reasons } = decision;
  return { task, task_confidence, difficulty, tier, model, fallbacks, max_tokens, estimated_cost_usd, reasons };
}

function promptRequest(prompt: string): ChatRequest {
  if (!prompt.trim()) throw new InvalidRequestError("Give a prompt, --request FILE or --jsonl FILE.");
  return { model: "switchyard/auto", messages: [{ role: "user", content: prompt }] };
}

function batchLineRequest(value: unknown): ChatRequest {
  if (typeof value !== "object" || value === null) throw new Error("each line must be a JSON object");
  const line = value as { prompt?: unknown; request?: unknown };
  if (typeof line.prompt === "string") return promptRequest(line.prompt);
  if (typeof line.request === "object" && line.request !== null) {
    // The whole request is read: every message (system, developer, user, assistant, tool), tool calls included.
    if (!Array.isArray((line.request as { messages?: unknown }).messages)) throw new Error('"request" needs a "messages" array');
    return line.request as ChatRequest;
  }
  throw new Error('each line needs "prompt" (a string) or "request" (an object)');
}

async function readRequestFile(file: string, cwd: string): Promise<ChatRequest> {
  const target = path.resolve(cwd, file);
  let value: unknown;
  try {
    value = JSON.parse(await readFile(target, "utf8"));
  } catch (error) {
    throw new InvalidRequestError(`Cannot read the request file ${target}: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || !Array.isArray((value as ChatRequest).messages)) {
    throw new InvalidRequestError(`${target} is not a chat request: it needs a "messages" array.`);
  }
  return value as ChatRequest;
}
