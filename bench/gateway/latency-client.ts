/**
 * Our own load client for sub-millisecond latency: undici keep-alive pools, requests fired open-loop
 * at a fixed rate, `performance.now()` around each one, every response checked.
 * @module
 */
import { Pool } from "undici";

/** One path under test (direct, through a gateway, ...). */
export interface Target {
  name: string;
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** e.g. `/v1/chat/completions`. */
  path: string;
  headers: Record<string, string>;
  /** The JSON request body without `stream`. */
  body: Record<string, unknown>;
  /** The process that does this leg's work (simulator, gateway or Portkey), for CPU per request. */
  pid?: number;
}

/** What one block of requests measured. */
export interface BlockResult {
  /** ms from send to the last byte (non-streaming) or to the first content chunk (streaming). */
  samples: number[];
  /** Streaming only: ms from send to the end of the stream. */
  totals: number[];
  ok: number;
  /** Non-200 statuses, bodies that failed validation, and transport errors. */
  errors: number;
  firstError: string | undefined;
}

const pools = new Map<string, Pool>();

/** A shared keep-alive pool per origin. */
export function poolFor(origin: string): Pool {
  let pool = pools.get(origin);
  if (!pool) {
    pool = new Pool(origin, { connections: 16, pipelining: 1, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 600_000 });
    pools.set(origin, pool);
  }
  return pool;
}

/** Closes every pool. */
export async function closePools(): Promise<void> {
  await Promise.all([...pools.values()].map((pool) => pool.close()));
  pools.clear();
}

/** Sends `count` requests at `ratePerSecond`, open-loop, and waits for all of them. */
export async function runFixedRate(target: Target, options: { ratePerSecond: number; count: number; stream: boolean }): Promise<BlockResult> {
  const result: BlockResult = { samples: [], totals: [], ok: 0, errors: 0, firstError: undefined };
  const body = JSON.stringify({ ...target.body, stream: options.stream });
  const intervalMs = 1000 / options.ratePerSecond;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const due = started + index * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(sendOne(target, body, options.stream, result));
  }
  await Promise.all(inFlight);
  return result;
}

async function sendOne(target: Target, body: string, stream: boolean, result: BlockResult): Promise<void> {
  const headers = { "content-type": "application/json", ...target.headers };
  const sentAt = performance.now();
  try {
    const response = await poolFor(target.origin).request({ path: target.path, method: "POST", headers, body });
    if (stream) {
      const { firstContentAt, text } = await readStream(response.body);
      const endedAt = performance.now();
      if (response.statusCode !== 200 || firstContentAt === undefined || !text.includes("data: [DONE]")) {
        return fail(result, `${target.name}: status ${response.statusCode}, stream ${text.slice(0, 200)}`);
      }
      result.samples.push(firstContentAt - sentAt);
      result.totals.push(endedAt - sentAt);
    } else {
      const text = await response.body.text();
      const endedAt = performance.now();
      if (response.statusCode !== 200 || !hasAnswer(text)) return fail(result, `${target.name}: status ${response.statusCode}, body ${text.slice(0, 200)}`);
      result.samples.push(endedAt - sentAt);
    }
    result.ok += 1;
  } catch (error) {
    fail(result, `${target.name}: ${(error as Error).message}`);
  }
}

/** Reads an SSE body; notes when the first data chunk with non-empty `delta.content` arrived. */
async function readStream(body: AsyncIterable<Buffer>): Promise<{ firstContentAt: number | undefined; text: string }> {
  let text = "";
  let firstContentAt: number | undefined;
  for await (const chunk of body) {
    text += chunk.toString("utf8");
    if (firstContentAt === undefined && hasContentChunk(text)) firstContentAt = performance.now();
  }
  return { firstContentAt, text };
}

function hasContentChunk(text: string): boolean {
  for (const block of text.split("\n\n")) {
    const line = block.trim();
    if (!line.startsWith("data:") || line.endsWith("[DONE]")) continue;
    try {
      const chunk = JSON.parse(line.slice(5)) as { choices?: { delta?: { content?: string | null } }[] };
      if (chunk.choices?.[0]?.delta?.content) return true;
    } catch {
      // An incomplete event: wait for more bytes.
    }
  }
  return false;
}

function hasAnswer(text: string): boolean {
  try {
    const body = JSON.parse(text) as { choices?: { message?: { content?: string | null } }[] };
    return typeof body.choices?.[0]?.message?.content === "string";
  } catch {
    return false;
  }
}

function fail(result: BlockResult, message: string): void {
  result.errors += 1;
  result.firstError ??= message;
}
