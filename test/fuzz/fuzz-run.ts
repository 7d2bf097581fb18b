/**
 * The fuzz loops, shared by the CI test (fixed seed) and `npm run fuzz` (any seed, any length).
 * @module
 */
import fc from "fast-check";
import { requestCase, type RequestCase } from "./fuzz-arbitraries.js";
import { checkAnswer, checkLogs, send, type EnvelopeCheck, type FuzzTarget } from "./fuzz-target.js";
import { rawAnswerProblem, rawExchange } from "./raw-http.js";

/** The batch sent last (a failing run's replay material: `npm run fuzz -- --replay FILE`). */
export let lastBatch: readonly RequestCase[] = [];

/** Totals of one run. */
export interface FuzzStats {
  cases: number;
  byStatus: Record<string, number>;
  maxElapsedMs: number;
  maxRssMb: number;
}

/** Options of a run. */
export interface FuzzRunOptions {
  runs: number;
  seed: number;
  /** Requests in flight at once (each fast-check case sends a batch this big). */
  concurrency?: number;
  /** Shrink a failing case to a minimal one (default true). */
  shrink?: boolean;
  /** RSS may not exceed this many MB at any check. */
  maxRssMb?: number;
  onProgress?: (stats: FuzzStats) => void;
}

/** Where a fuzz loop sends its cases and how that endpoint's errors must look. */
export interface FuzzEndpoint {
  path: string;
  cases: fc.Arbitrary<RequestCase>;
  envelope?: EnvelopeCheck;
}

/** Mutated and adversarial chat requests against `POST /v1/chat/completions`; throws on the first breach (shrunk). */
export function fuzzChatRequests(target: FuzzTarget, options: FuzzRunOptions): Promise<FuzzStats> {
  return fuzzRequests(target, { path: "/v1/chat/completions", cases: requestCase }, options);
}

/** Sends `endpoint`'s cases in concurrent batches, checking every answer and the log; throws on the first breach (shrunk). */
export async function fuzzRequests(target: FuzzTarget, endpoint: FuzzEndpoint, options: FuzzRunOptions): Promise<FuzzStats> {
  const concurrency = options.concurrency ?? 4;
  const stats: FuzzStats = { cases: 0, byStatus: {}, maxElapsedMs: 0, maxRssMb: 0 };
  let logPosition = target.logs.length;
  const sendCase = async (testCase: RequestCase): Promise<void> => {
    const headers: Record<string, string> = { ...testCase.headers };
    if (headers["content-type"] === "") delete headers["content-type"];
    const context = `${endpoint.path} ${JSON.stringify(headers)} ${testCase.body}`;
    const answer = await send(target, "POST", endpoint.path, testCase.body, headers).catch((error: unknown) => {
      throw new Error(`no answer (${(error as Error).message}) for ${context.slice(0, 600)}`);
    });
    checkAnswer(answer, context, endpoint.envelope);
    stats.cases += 1;
    stats.byStatus[answer.status] = (stats.byStatus[answer.status] ?? 0) + 1;
    stats.maxElapsedMs = Math.max(stats.maxElapsedMs, answer.elapsedMs);
  };
  await fc.assert(
    fc.asyncProperty(fc.array(endpoint.cases, { minLength: concurrency, maxLength: concurrency }), async (batch) => {
      lastBatch = batch;
      await Promise.all(batch.map(sendCase));
      logPosition = checkLogs(target.logs, logPosition);
      if (stats.cases % 200 < concurrency) {
        const rssMb = process.memoryUsage().rss / 1024 / 1024;
        stats.maxRssMb = Math.max(stats.maxRssMb, rssMb);
        if (options.maxRssMb !== undefined && rssMb > options.maxRssMb) throw new Error(`RSS ${rssMb.toFixed(0)} MB is over ${options.maxRssMb} MB`);
        options.onProgress?.(stats);
      }
    }),
    { numRuns: Math.ceil(options.runs / concurrency), seed: options.seed, endOnFailure: options.shrink === false },
  );
  return stats;
}

const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "CONNECT", "BREW", "get", "", "P OST"];
const PATHS = ["/v1/chat/completions", "/v1/models", "/v1/models/openai%2Fgpt-5-nano", "/v1/models/%E0%A4%A", "/%zz", "/v1/feedback", "/api/keys", "/api/decisions/%00", "/healthz", "*", "http://evil.example/v1/models", "/v1/../../etc/passwd", "//", "/v1/chat/completions?x=%", "/\u00e9"];
const HEADER_LINES = [
  "Host: x",
  "Content-Length: 5",
  "Content-Length: -1",
  "Content-Length: abc",
  "Content-Length: 99999999999999999999",
  // Over the default body limit: with `Expect: 100-continue` the 413 comes before the body (expect-continue.ts).
  "Content-Length: 20000000",
  "Transfer-Encoding: chunked",
  "Transfer-Encoding: gzip, chunked",
  "Transfer-Encoding: xchunked",
  "Content-Type: application/json",
  // A second Host or Content-Type beside the ones above: a 400 duplicate_header (single-credential.ts).
  "Host: other.example",
  "Content-Type: text/plain",
  "Expect: 100-continue",
  "Connection: close",
  "Connection: upgrade",
  "Upgrade: websocket",
  " folded: continuation",
  "NoColon",
  ": empty-name",
  "X-Bad\u0000: v",
  "X-Ctl: a\u0007b",
  "X-Switchyard-Task: __proto__",
  "Authorization: Bearer sk-sy-\u00ff",
  "Authorization: Bearer sk-sy-second",
  // Past Node's default of 2,000 header lines, which it dropped without a word (http-hardening.ts reads them all).
  Array.from({ length: 2_050 }, (_, n) => `h${n}:`).join("\r\n"),
];
const BODIES = ["", "{}", "zz\r\n", "5\r\nhello\r\n0\r\n\r\n", "0\r\n\r\n", "ffffffffffffffff\r\n", '{"model":"switchyard/auto","messages":[{"role":"user","content":"hi"}]}', "\u0000\u0001\u0002"];

/** Random request lines, header lines and bodies written straight to a socket. */
export async function fuzzRawHttp(target: FuzzTarget, options: { runs: number; seed: number }): Promise<number> {
  let cases = 0;
  const line = fc.record({
    method: fc.oneof(fc.constantFrom(...METHODS), fc.string({ maxLength: 8 })),
    path: fc.oneof(fc.constantFrom(...PATHS), fc.string({ maxLength: 20 })),
    version: fc.constantFrom("HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/1.2", "HTTP/1.1 extra", ""),
    headers: fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HEADER_LINES) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) }), { maxLength: 5 }),
    eol: fc.constantFrom("\r\n", "\r\n", "\n", "\r"),
    body: fc.oneof(fc.constantFrom(...BODIES), fc.string({ unit: "binary", maxLength: 40 })),
  });
  await fc.assert(
    fc.asyncProperty(line, async ({ method, path, version, headers, eol, body }) => {
      const text = `${method} ${path} ${version}${eol}${headers.join(eol)}${headers.length > 0 ? eol : ""}${eol}${body}`;
      const answer = await rawExchange(target.url, Buffer.from(text, "utf8"), 1_500, true);
      const problem = rawAnswerProblem(answer, { head: method === "HEAD" });
      if (problem) throw new Error(`${problem} for ${JSON.stringify(text).slice(0, 300)}`);
      cases += 1;
    }),
    { numRuns: options.runs, seed: options.seed },
  );
  return cases;
}
