/**
 * A client that trickles half a request (slowloris) while the gateway closes: Node stops applying
 * `server.header_timeout_ms` once `server.close()` runs, so such a socket held `app.close()` open for ever. It now
 * gets its 408 within the header timeout, while a request that was fully received is still answered.
 * @module
 */
import { connect, type Socket } from "node:net";
import { expect, it } from "vitest";
import { ask, CHAIN, startGateway, type Gateway, type GatewayOptions } from "./gateway-harness.js";

const HEADER_TIMEOUT_MS = 800;
/** The 408's socket is destroyed a second after its answer when the client does not close its side. */
const MARGIN_MS = 1_800;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A raw socket that keeps what it receives and never closes its own side when the server does (a stubborn client). */
async function rawSocket(url: string): Promise<{ socket: Socket; received: () => string; ended: () => Promise<void> }> {
  const socket = connect({ port: Number(new URL(url).port), host: "127.0.0.1", allowHalfOpen: true });
  let text = "";
  socket.on("data", (data: Buffer) => (text += data.toString()));
  socket.on("error", () => undefined);
  const end = new Promise<void>((resolve) => {
    socket.once("end", () => resolve());
    socket.once("close", () => resolve());
  });
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  // app.close() resolves once the server has let go of its sockets, maybe before this side has read what they sent.
  return { socket, received: () => text, ended: () => Promise.race([end, sleep(2_000)]) };
}

/** Resolves with the ms app.close() took, or null if it did not resolve within `ms`. */
async function timeClose(close: () => Promise<unknown>, ms: number): Promise<number | null> {
  const startedAt = performance.now();
  const closed = await Promise.race([close().then(() => true), sleep(ms).then(() => false)]);
  return closed ? performance.now() - startedAt : null;
}

/** A whole chat request, written by hand. */
function chatPost(): string {
  const body = JSON.stringify(ask());
  return `POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

type RawSocket = Awaited<ReturnType<typeof rawSocket>>;

/** Runs `test` against a gateway started with `options`; its raw sockets and the gateway are closed afterwards. */
async function withGateway(options: GatewayOptions, test: (gateway: Gateway, open: () => Promise<RawSocket>) => Promise<void>): Promise<void> {
  const gateway = await startGateway(options);
  const sockets: Socket[] = [];
  const open = async (): Promise<RawSocket> => {
    const raw = await rawSocket(gateway.url);
    sockets.push(raw.socket);
    return raw;
  };
  try {
    await test(gateway, open);
  } finally {
    for (const socket of sockets) socket.destroy();
    await gateway.close().catch(() => undefined);
  }
}

it("app.close() resolves within server.header_timeout_ms with a socket that sent half a request line; it gets the 408", async () => {
  await withGateway({ config: { server: { header_timeout_ms: HEADER_TIMEOUT_MS } } }, async (gateway, open) => {
    const fresh = await open();
    fresh.socket.write("POST /v1/chat/compl");
    // A kept-alive socket that was served, then started a second request it never finishes.
    const served = await open();
    served.socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    await sleep(200);
    served.socket.write("GET /heal");
    const tookMs = await timeClose(() => gateway.app.close(), HEADER_TIMEOUT_MS + MARGIN_MS + 3_000);
    expect(tookMs).not.toBeNull();
    expect(tookMs).toBeLessThan(HEADER_TIMEOUT_MS + MARGIN_MS);
    await Promise.all([fresh.ended(), served.ended()]);
    expect(fresh.received()).toMatch(/^HTTP\/1\.1 408/);
    expect(fresh.received()).toMatch(/"code":"request_timeout"/);
    expect(served.received()).toMatch(/^HTTP\/1\.1 200/);
    expect(served.socket.destroyed || served.socket.readableEnded).toBe(true);
  });
}, 15_000);

it("a request fully received before the close is still answered, even when its answer takes longer than the header timeout", async () => {
  await withGateway({ config: { server: { header_timeout_ms: 500 } } }, async (gateway, open) => {
    gateway.simulator.setFault(CHAIN[0], "slow_first_token");
    const client = await open();
    client.socket.write(chatPost());
    await sleep(100);
    const slowloris = await open();
    slowloris.socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0");
    await sleep(100);
    expect(await timeClose(() => gateway.app.close(), 10_000)).not.toBeNull();
    await Promise.all([client.ended(), slowloris.ended()]);
    expect(client.received()).toMatch(/^HTTP\/1\.1 200/);
    expect(slowloris.received()).toMatch(/^HTTP\/1\.1 408/);
  });
}, 20_000);

it("a request whose body stalls when the close begins gets its 408 at server.request_timeout_ms, and the close ends", async () => {
  await withGateway({ config: { server: { header_timeout_ms: 500, request_timeout_ms: 1_000 } } }, async (gateway, open) => {
    const client = await open();
    // Headers whole, a body of 100 bytes promised, 2 sent.
    client.socket.write('POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"');
    await sleep(100);
    const tookMs = await timeClose(() => gateway.app.close(), 6_000);
    expect(tookMs).not.toBeNull();
    expect(tookMs).toBeLessThan(1_000 + MARGIN_MS);
    await client.ended();
    expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
  });
}, 15_000);

it("an answer still being made when the close begins says Connection: close, so the close ends with it", async () => {
  // The answer takes 0.8 s; without the close header its socket would then hold the close for the 4 s header timeout.
  await withGateway({ simulator: { slowMs: 800 }, config: { server: { header_timeout_ms: 4_000 } } }, async (gateway, open) => {
    gateway.simulator.setFault(CHAIN[0], "slow_first_token");
    const client = await open();
    client.socket.write(chatPost());
    await sleep(100);
    const tookMs = await timeClose(() => gateway.app.close(), 10_000);
    await client.ended();
    const head = client.received().split("\r\n\r\n")[0] ?? "";
    expect(head).toMatch(/^HTTP\/1\.1 200/);
    expect(head).toMatch(/\r\nconnection: close/i);
    expect(tookMs).not.toBeNull();
    expect(tookMs).toBeLessThan(3_000);
  });
}, 20_000);
