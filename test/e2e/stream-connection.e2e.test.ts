/**
 * An event stream's connection is kept or closed as any answer's is (the client's `Connection: close`,
 * `server.max_requests_per_socket`), and a gateway that served streams to keep-alive clients still closes at once.
 * Raw sockets, so what the server does with the connection is seen, not a client pool's view of it.
 */
import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSocket } from "../fuzz/raw-http.js";
import { startGateway, type Gateway } from "./gateway-harness.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const BODY = JSON.stringify({ model: "switchyard/tier/e2e", stream: true, messages: [{ role: "user", content: "hi" }] });
const HEALTH = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";

function streamRequest(connection?: string): string {
  const header = connection ? `Connection: ${connection}\r\n` : "";
  return `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n${header}Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(BODY)}\r\n\r\n${BODY}`;
}

/** A raw socket that keeps what it receives and notes when the server closed it. */
interface Watched {
  socket: Socket;
  text(): string;
  /** Resolves true when the server closes the socket within `ms`, false otherwise. */
  closedWithin(ms: number): Promise<boolean>;
  /** Resolves once `count` streams ended on it ([DONE]), or rejects after 5 s. */
  streamsDone(count: number): Promise<void>;
}

async function watch(url: string): Promise<Watched> {
  const socket = await openSocket(url);
  const chunks: Buffer[] = [];
  socket.on("data", (chunk: Buffer) => chunks.push(chunk));
  socket.on("error", () => undefined);
  const closed = new Promise<true>((resolve) => socket.once("close", () => resolve(true)));
  const text = (): string => Buffer.concat(chunks).toString("latin1");
  return {
    socket,
    text,
    closedWithin: (ms) => Promise.race([closed, sleep(ms).then(() => false)]),
    async streamsDone(count) {
      for (let waited = 0; (text().match(/data: \[DONE\]/g) ?? []).length < count; waited += 20) {
        if (waited > 5_000) throw new Error(`no end of stream ${count} after 5 s: ${text().slice(-200)}`);
        await sleep(20);
      }
    },
  };
}

/** The head of each response on the socket, in order. */
function heads(text: string): string[] {
  return text.split(/(?=HTTP\/1\.1 \d{3} )/).map((answer) => answer.split("\r\n\r\n")[0] ?? "");
}

describe("a stream's connection (default keep_alive_timeout_ms, 72 s)", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway({ simulator: { chunkCount: 5, chunkDelayMs: 5 } });
  });
  afterAll(async () => gateway.close());

  it("is closed by the server once the stream ends when the client sent Connection: close", async () => {
    const client = await watch(gateway.url);
    client.socket.write(streamRequest("close"));
    await client.streamsDone(1);
    // Without it the server said keep-alive and held the socket until the idle timeout (72 s).
    expect(await client.closedWithin(2_000)).toBe(true);
    const [head] = heads(client.text());
    expect(head).toMatch(/^HTTP\/1\.1 200/);
    expect(head).toMatch(/\r\ncontent-type: text\/event-stream/i);
    expect(head).toMatch(/\r\nconnection: close/i);
  });

  it("is kept for the next request when the client did not ask to close it", async () => {
    const client = await watch(gateway.url);
    client.socket.write(streamRequest());
    await client.streamsDone(1);
    client.socket.write(streamRequest("keep-alive"));
    await client.streamsDone(2);
    expect(await client.closedWithin(300)).toBe(false);
    const answers = heads(client.text());
    expect(answers).toHaveLength(2);
    for (const head of answers) expect(head).toMatch(/\r\nconnection: keep-alive/i);
    client.socket.destroy();
  });
});

describe("a stream as the last request server.max_requests_per_socket allows", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway({ simulator: { chunkCount: 5, chunkDelayMs: 5 }, config: { server: { max_requests_per_socket: 2 } } });
  });
  afterAll(async () => gateway.close());

  it("says Connection: close and the server closes the socket after it", async () => {
    const client = await watch(gateway.url);
    client.socket.write(HEALTH);
    await sleep(200);
    client.socket.write(streamRequest());
    await client.streamsDone(1);
    expect(await client.closedWithin(2_000)).toBe(true);
    const answers = heads(client.text());
    expect(answers).toHaveLength(2);
    expect(answers[1]).toMatch(/\r\ncontent-type: text\/event-stream/i);
    expect(answers[1]).toMatch(/\r\nconnection: close/i);
  });

  it("counts a request answered 417 (an Expect other than 100-continue), as Node does, and still closes after the last", async () => {
    const client = await watch(gateway.url);
    client.socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nExpect: something-else\r\n\r\n");
    await sleep(200);
    client.socket.write(HEALTH);
    expect(await client.closedWithin(2_000)).toBe(true);
    const answers = heads(client.text());
    expect(answers).toHaveLength(2);
    expect(answers[0]).toMatch(/^HTTP\/1\.1 417/);
    expect(answers[1]).toMatch(/\r\nconnection: close/i);
  });
});

describe("closing a gateway that served streams to keep-alive clients", () => {
  it("app.close() resolves at once, with a served keep-alive socket and one connected that never sent a request", async () => {
    const gateway = await startGateway({ simulator: { chunkCount: 5, chunkDelayMs: 5 } });
    const sockets: Socket[] = [];
    try {
      const served = await watch(gateway.url);
      sockets.push(served.socket);
      served.socket.write(streamRequest());
      await served.streamsDone(1);
      // A client pool's spare connection (undici's fetch leaves such sockets after aborted requests): Node counts it
      // busy, not idle, so server.close() waited for the client to give it up.
      const unused = await watch(gateway.url);
      sockets.push(unused.socket);
      const startedAt = performance.now();
      const closed = await Promise.race([gateway.app.close().then(() => true), sleep(2_000).then(() => false)]);
      expect(closed).toBe(true);
      expect(performance.now() - startedAt).toBeLessThan(2_000);
      expect(await served.closedWithin(500)).toBe(true);
      expect(await unused.closedWithin(500)).toBe(true);
    } finally {
      for (const socket of sockets) socket.destroy();
      await gateway.close().catch(() => undefined);
    }
  });
});
