/**
 * Raw HTTP over node:net, for what no HTTP client will send: broken framing, illegal bytes, slow senders.
 * @module
 */
import { connect, type Socket } from "node:net";

/** What came back on the socket. */
export interface RawAnswer {
  /** Everything received until the server closed or the wait ended. */
  text: string;
  /** The status of the first response, or null when none arrived. */
  status: number | null;
  /** True when the server closed the connection. */
  closed: boolean;
  elapsedMs: number;
}

/** Opens a socket to `url`'s host and port. */
export function openSocket(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => resolve(socket));
    socket.once("error", reject);
  });
}

/**
 * Writes `bytes` (all at once) and collects the answer until one full response arrived, the server closed, or
 * `waitMs` passed. `halfClose` ends our side after writing (the server then knows no more bytes are coming).
 */
export async function rawExchange(url: string, bytes: string | Buffer, waitMs = 3_000, halfClose = false): Promise<RawAnswer> {
  const socket = await openSocket(url);
  const answer = collect(socket, waitMs);
  if (halfClose) socket.end(bytes);
  else socket.write(bytes);
  return answer;
}

/** Collects what the socket receives until it closes or `waitMs` passes (then it is destroyed). */
export function collect(socket: Socket, waitMs: number): Promise<RawAnswer> {
  const startedAt = performance.now();
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    let done = false;
    const finish = (closed: boolean): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString("latin1");
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ text, status: match ? Number(match[1]) : null, closed, elapsedMs: performance.now() - startedAt });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      if (hasFullResponse(Buffer.concat(chunks).toString("latin1"))) finish(false);
    });
    socket.on("close", () => finish(true));
    socket.on("error", () => finish(true));
  });
}

/** Splits the first response of a raw answer into headers (lower-case names) and body. */
export function parseFirstResponse(text: string): { headers: Record<string, string>; body: string } {
  const end = text.indexOf("\r\n\r\n");
  const head = end === -1 ? text : text.slice(0, end);
  const headers: Record<string, string> = {};
  for (const line of head.split("\r\n").slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = end === -1 ? "" : text.slice(end + 4);
  const length = Number(headers["content-length"]);
  if (Number.isFinite(length)) body = body.slice(0, length);
  return { headers, body };
}

/**
 * The framing invariant: either the server closed without answering (allowed where HTTP says to drop the
 * connection), or its first response is not a 500 and, when not 2xx, is an OpenAI envelope sent as JSON (for HEAD,
 * which has no body, a JSON content type).
 * Returns a description of the breach, or null.
 */
export function rawAnswerProblem(answer: RawAnswer, options: { head?: boolean } = {}): string | null {
  if (answer.status === null) return answer.closed || answer.text === "" ? null : `not HTTP: ${JSON.stringify(answer.text.slice(0, 80))}`;
  if (answer.status === 500) return "a 500";
  if (answer.status < 300 || answer.status === 101) return null;
  const { headers, body } = parseFirstResponse(answer.text);
  // A response to HEAD has headers only (RFC 9110 §9.3.2), whatever its Content-Length says: the bytes after it
  // belong to the next response. Its content type is all there is to check.
  if (options.head) return (headers["content-type"] ?? "").startsWith("application/json") ? null : `HEAD answered ${answer.status} with content type ${headers["content-type"] ?? "none"}`;
  if (!(headers["content-type"] ?? "").startsWith("application/json")) return `status ${answer.status} with content type ${headers["content-type"] ?? "none"}`;
  try {
    const error = (JSON.parse(body) as { error?: { message?: unknown; type?: unknown } }).error;
    if (typeof error?.message !== "string" || typeof error.type !== "string") return `status ${answer.status} without an envelope: ${body.slice(0, 120)}`;
  } catch {
    return `status ${answer.status} with a body that is not JSON: ${body.slice(0, 120)}`;
  }
  return null;
}

/** True once the text holds a status line, headers and a Content-Length body in full. */
function hasFullResponse(text: string): boolean {
  const end = text.indexOf("\r\n\r\n");
  if (end === -1) return false;
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, end));
  return length !== null && Buffer.byteLength(text.slice(end + 4), "latin1") >= Number(length[1]);
}
