/**
 * An OpenRouter-compatible upstream on a real `node:http` server, with per-request fault injection.
 * Tests, benchmarks and `switchyard simulate-upstream` point the gateway's upstream URL at it.
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { builtinModels } from "../../catalog/builtin-catalog.js";
import { ModelCatalog } from "../../catalog/model-catalog.js";
import type { ModelEntry } from "../../catalog/model-entry.js";
import { parseCatalog } from "../../catalog/parse-catalog.js";
import { handleChatCompletion, type ChatHandlerState } from "./handle-chat-completion.js";
import { errorBody } from "./openrouter-payloads.js";
import { renderModelsBody } from "./render-models-body.js";
import type { RecordedCall } from "./recorded-call.js";
import { sendJson } from "./send-json.js";
import { checkedFault, type SimulatorFault } from "./simulator-fault.js";
import type { OutcomeTable } from "./outcome-table.js";

export type { RecordedCall } from "./recorded-call.js";

/** Options of {@link createSimulator}. Every field is optional. */
export interface SimulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind; default `127.0.0.1`. */
  host?: string;
  /** A `/models` body to serve and price from (e.g. a parsed `models-2026-06-16.json`). Default: the built-in catalog. */
  catalogBody?: unknown;
  /** Delay before the first byte of every chat answer, in ms. Default 0. */
  latencyMs?: number;
  /** Delay between streamed chunks, in ms. Default 0. */
  chunkDelayMs?: number;
  /** Content chunks per streamed answer. Default 4. */
  chunkCount?: number;
  /** How long `slow_first_token` sends only keep-alive comments, in ms. Default 3000. */
  slowMs?: number;
  /** Interval of `: OPENROUTER PROCESSING` comments while thinking, in ms. Default 250. */
  processingIntervalMs?: number;
  /** Fault per model id (exact id, or the id without a `:variant`). */
  faults?: Record<string, SimulatorFault>;
  /** Keep every request in `calls`. Default true; benchmarks turn it off. */
  recordCalls?: boolean;
  /** Answer models missing from the catalog (priced at 0, 128k context) instead of a 400. Default false. */
  acceptUnknownModels?: boolean;
  /** When set, requests must send `Authorization: Bearer <apiKey>` or get a 401. */
  apiKey?: string;
  /** The `provider` field of answers. Default: derived from the model's author. */
  providerName?: string;
  /** Put `usage.cost` in answers, as OpenRouter does. Default true; false answers usage with tokens only. */
  reportCost?: boolean;
  /** Outcome mode: answer each known prompt with the model's known score (`parseOutcomeTable`, docs/learning.md). */
  outcomes?: OutcomeTable;
}

/** A running simulator. */
export interface Simulator {
  /** Base URL to use as the upstream, e.g. `http://127.0.0.1:41234/api/v1`. */
  url: string;
  port: number;
  /** Every request received, oldest first (when `recordCalls` is on). */
  calls: RecordedCall[];
  /** Sets (or with null, clears) the fault for every request to `model`. */
  setFault(model: string, fault: SimulatorFault | null): void;
  /** Clears `calls`, the faults set with setFault (back to `options.faults`) and the flapping counters. */
  reset(): void;
  /** Stops listening and destroys every socket, hung requests included. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** Starts an OpenRouter simulator on 127.0.0.1 (random port by default). */
export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  for (const [model, fault] of Object.entries(options.faults ?? {})) checkedFault(model, fault, "faults");
  const models = options.catalogBody === undefined ? builtinModels() : parseCatalog(options.catalogBody, "catalogBody").models;
  const modelsText = JSON.stringify(options.catalogBody ?? renderModelsBody(models));
  const state = createState(options, models);
  const sockets = new Set<Socket>();
  const server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
    response.on("error", () => undefined);
    void route(request, response, state, modelsText).catch(() => {
      if (!response.headersSent) sendJson(response, 500, errorBody(500, "Simulator error", { error_type: "server" }));
      else response.destroy();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("clientError", (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = !options.host || options.host === "0.0.0.0" ? "127.0.0.1" : options.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/api/v1`,
    port,
    calls: state.calls,
    setFault(model, fault) {
      if (fault === null) state.faults.delete(model);
      else state.faults.set(model, checkedFault(model, fault));
    },
    reset() {
      state.calls.length = 0;
      state.flapCounts.clear();
      state.faults.clear();
      for (const [model, fault] of Object.entries(options.faults ?? {})) state.faults.set(model, fault);
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of state.timers) clearTimeout(timer);
        state.timers.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

function createState(options: SimulatorOptions, models: readonly ModelEntry[]): ChatHandlerState {
  const timers = new Set<NodeJS.Timeout>();
  return {
    catalog: new ModelCatalog(models, { source: "file" }),
    calls: [],
    faults: new Map(Object.entries(options.faults ?? {})),
    flapCounts: new Map(),
    timers,
    sequence: { next: 0 },
    ...(options.outcomes ? { outcomes: options.outcomes } : {}),
    options: {
      latencyMs: options.latencyMs ?? 0,
      chunkDelayMs: options.chunkDelayMs ?? 0,
      chunkCount: Math.max(1, options.chunkCount ?? 4),
      slowMs: options.slowMs ?? 3000,
      processingIntervalMs: Math.max(1, options.processingIntervalMs ?? 250),
      recordCalls: options.recordCalls ?? true,
      acceptUnknownModels: options.acceptUnknownModels ?? false,
      apiKey: options.apiKey,
      providerName: options.providerName,
      reportCost: options.reportCost ?? true,
    },
    sleep: (ms) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, ms);
        timers.add(timer);
      }),
  };
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  state: ChatHandlerState,
  modelsText: string,
): Promise<void> {
  const url = request.url ?? "/";
  const queryAt = url.indexOf("?");
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  const endpoint = path.replace(/^\/api\/v1(?=\/)|^\/v1(?=\/)/, "");
  if (endpoint === "/models" && request.method === "GET") {
    record(state, request, path, undefined).status = 200;
    response.writeHead(200, { "content-type": "application/json" }).end(modelsText);
    return;
  }
  if (endpoint === "/chat/completions" && request.method === "POST") {
    const text = await readBody(request);
    if (text === undefined) {
      record(state, request, path, undefined).status = 413;
      sendJson(response, 413, errorBody(413, "Request body too large.", { error_type: "payload_too_large" }));
      return;
    }
    await handleChatCompletion(request, response, text, record(state, request, path, text), state);
    return;
  }
  record(state, request, path, undefined).status = 404;
  sendJson(response, 404, errorBody(404, `No route for ${request.method ?? "GET"} ${path}.`, { error_type: "not_found" }));
}

function record(state: ChatHandlerState, request: IncomingMessage, path: string, text: string | undefined): RecordedCall {
  const call: RecordedCall = {
    method: request.method ?? "GET",
    path,
    headers: headersOf(request),
    body: state.options.recordCalls ? parseBody(text) : undefined,
    model: null,
    fault: null,
    status: null,
    receivedAt: Date.now(),
  };
  if (state.options.recordCalls) state.calls.push(call);
  return call;
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

function parseBody(text: string | undefined): unknown {
  if (text === undefined || text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
