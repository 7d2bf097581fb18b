/**
 * The system under fuzz: the real `startServer` composition (pino logs, SQLite decision log, key auth, admin API)
 * over real HTTP, the OpenRouter simulator as upstream, and the invariants every answer must keep.
 * @module
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { Agent, request } from "undici";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import type { ConfigInput } from "../../src/config/config-schema.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";

/** The upstream key the gateway holds; it must never show up in an answer or a log line. */
export const FUZZ_UPSTREAM_KEY = "sk-or-v1-fuzz-upstream-secret-9f8e7d6c5b4a";
/** The admin key of the fuzzed gateway. */
export const FUZZ_ADMIN_KEY = "fuzz-admin-key-0123456789abcdef";
/** How long any one answer may take (upstream total timeout plus slack). */
export const ANSWER_TIMEOUT_MS = 8_000;

/** A stack frame, a source path, or a key: none may appear in a body, a header or a log line. */
const LEAKS: readonly RegExp[] = [
  /\n\s+at [^\n]+\(?[^\s()]+:\d+:\d+\)?/,
  /\/(?:work|home|tmp|usr|src|node_modules)\/[\w./-]+\.(?:[cm]?js|ts)\b/,
  /[\w-]+\.(?:ts|js):\d+:\d+/,
  new RegExp(FUZZ_UPSTREAM_KEY),
  new RegExp(FUZZ_ADMIN_KEY),
];

/** A running target. */
export interface FuzzTarget {
  url: string;
  server: RunningServer;
  simulator: Simulator;
  logs: string[];
  agent: Agent;
  close(): Promise<void>;
}

/** Starts simulator + gateway on default config plus a fast test tier. */
export async function startFuzzTarget(config: ConfigInput = {}): Promise<FuzzTarget> {
  const simulator = await createSimulator({ apiKey: FUZZ_UPSTREAM_KEY, recordCalls: false, slowMs: 500, processingIntervalMs: 100 });
  const dir = await mkdtemp(path.join(tmpdir(), "switchyard-fuzz-"));
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (logs.length < 50_000) logs.push(chunk.toString());
      callback();
    },
  });
  const server = await startServer({
    config: parseConfig({
      tiers: { e2e: { models: ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct"], max_tokens: 300 } },
      tasks: { probe: "e2e" },
      upstream: { timeouts: { connect_ms: 1_000, first_token_ms: 2_000, idle_ms: 1_000, total_ms: 5_000 }, max_retry_after_ms: 100 },
      storage: { sqlite: path.join(dir, "fuzz.db") },
      ...config,
    }),
    catalog: builtinCatalog(),
    env: { OPENROUTER_API_KEY: FUZZ_UPSTREAM_KEY, SWITCHYARD_ADMIN_KEY: FUZZ_ADMIN_KEY, SWITCHYARD_LOG_LEVEL: "debug" },
    cwd: dir,
    port: 0,
    upstreamUrl: simulator.url,
    logStream,
  });
  const agent = new Agent({ connections: 16, keepAliveTimeout: 4_000, headersTimeout: ANSWER_TIMEOUT_MS, bodyTimeout: ANSWER_TIMEOUT_MS });
  return {
    url: server.url,
    server,
    simulator,
    logs,
    agent,
    async close() {
      await agent.close();
      await server.close();
      await simulator.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** An answer as the invariants read it. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  elapsedMs: number;
}

/** Sends one request and reads the whole answer (a stream to its end), or throws when it takes too long. */
export async function send(target: FuzzTarget, method: string, urlPath: string, body: string | undefined, headers: Record<string, string>): Promise<Answer> {
  const startedAt = performance.now();
  const response = await request(`${target.url}${urlPath}`, {
    method: method as "POST",
    headers,
    ...(body !== undefined ? { body } : {}),
    dispatcher: target.agent,
    signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
  });
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, body: text, elapsedMs: performance.now() - startedAt };
}

/** What is wrong with a non-2xx JSON body for a door's error format, or undefined when it is right. */
export type EnvelopeCheck = (body: unknown, status: number) => string | undefined;

/** OpenAI's `{"error":{message,type,code,param}}`; a 5xx must be an upstream error. */
export const openAiEnvelope: EnvelopeCheck = (body, status) => {
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  if (!error || typeof error.message !== "string" || typeof error.type !== "string" || !("code" in error) || !("param" in error)) return "not an OpenAI envelope";
  return status >= 500 && error.type !== "upstream_error" ? "a 5xx that is not an upstream error" : undefined;
};

/**
 * Throws with a description when the answer breaks an invariant: no 500, no leak, in time, and every non-2xx a
 * JSON body in the door's error format (`envelope`, OpenAI's by default).
 */
export function checkAnswer(answer: Answer, context: string, envelope: EnvelopeCheck = openAiEnvelope): void {
  const fail = (what: string): never => {
    throw new Error(`${what} (status ${answer.status}) for ${context.slice(0, 300)}: ${answer.body.slice(0, 300)}`);
  };
  if (answer.status === 500) fail("a 500");
  if (answer.elapsedMs > ANSWER_TIMEOUT_MS) fail("answered too late");
  const wire = `${JSON.stringify(answer.headers)}\n${answer.body}`;
  for (const leak of LEAKS) if (leak.test(wire)) fail(`leaked ${leak.source}`);
  if (answer.status < 300) return;
  const type = String(answer.headers["content-type"] ?? "");
  if (!type.startsWith("application/json")) fail(`non-JSON error content type "${type}"`);
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    fail("an error body that is not JSON");
  }
  const problem = envelope(body, answer.status);
  if (problem) fail(problem);
}

/** Throws when a log line written since `from` leaks; returns the new position. */
export function checkLogs(logs: readonly string[], from: number): number {
  for (let index = from; index < logs.length; index += 1) {
    const line = logs[index] ?? "";
    for (const leak of LEAKS) if (leak.test(line)) throw new Error(`log line leaked ${leak.source}: ${line.slice(0, 400)}`);
  }
  return logs.length;
}
