/**
 * Test helper: a TCP forwarder on 127.0.0.1 in front of a real server (Postgres, Redis), so a test can make that
 * server "go down" (connections cut, new ones refused) and "come back" without touching it, or cut one connection
 * right after the server answered (the reply is lost, as in a network drop after the command ran).
 * @module
 */
import { createServer, connect, type Server, type Socket } from "node:net";

/** A running forwarder. */
export interface TcpForwarder {
  /** The port clients connect to. */
  port: number;
  /** `url` with its host and port replaced by the forwarder's. */
  urlFor(url: string): string;
  /** Cuts every connection and refuses new ones (the port stays reserved for `up`). */
  down(): Promise<void>;
  /** Accepts connections again, on the same port. */
  up(): Promise<void>;
  /** The next bytes the server sends are dropped and that connection is cut: the command ran, its reply is lost. */
  cutNextReply(): void;
  /** How many connections were accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

/** Starts a forwarder to `target` (a URL such as `redis://127.0.0.1:6379`); `up: false` starts it down. */
export async function startTcpForwarder(target: string, { up: startUp = true }: { up?: boolean } = {}): Promise<TcpForwarder> {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set<Socket>();
  let cutPending = false;
  let accepted = 0;
  const onConnection = (client: Socket): void => {
    accepted += 1;
    const server = connect({ host: hostname, port: Number(targetPort) });
    sockets.add(client).add(server);
    const cut = (): void => {
      client.destroy();
      server.destroy();
    };
    client.on("close", () => sockets.delete(client)).on("error", cut);
    server.on("close", () => sockets.delete(server)).on("error", cut);
    client.on("data", (chunk: Buffer) => server.write(chunk));
    server.on("data", (chunk: Buffer) => {
      if (cutPending) {
        cutPending = false;
        cut();
        return;
      }
      client.write(chunk);
    });
    client.on("end", cut);
    server.on("end", cut);
  };
  let listener: Server | undefined;
  let port = 0;
  const listen = async (): Promise<void> => {
    const server = createServer(onConnection);
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve()));
    const address = server.address();
    if (typeof address === "object" && address) port = address.port;
    listener = server;
  };
  const down = async (): Promise<void> => {
    const server = listener;
    listener = undefined;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  // The port is picked once, by a first listen, so `up` after `down` comes back where clients expect it.
  await listen();
  if (!startUp) await down();
  return {
    get port() {
      return port;
    },
    urlFor(url) {
      const parsed = new URL(url);
      parsed.hostname = "127.0.0.1";
      parsed.port = String(port);
      return parsed.toString();
    },
    down,
    async up() {
      if (!listener) await listen();
    },
    cutNextReply() {
      cutPending = true;
    },
    connections: () => accepted,
    close: down,
  };
}
