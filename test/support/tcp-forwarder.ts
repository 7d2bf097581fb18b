/**
 * Test helper: a TCP forwarder on 127.0.0.1 in front of a real server (Postgres, Redis), so a test can make that
 * server "go down" (connections cut, new ones refused) and "come back" without touching it, cut one connection
 * right after the server answered (the reply is lost, as in a network drop after the command ran), or stall every
 * connection (bytes held both ways, sockets open: a partition or a frozen server, which no error reveals).
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
  /** Holds every byte, both ways, on every connection (they stay open and silent) until `resume`. */
  stall(): void;
  /** Delivers what `stall` held, in order, and forwards again. */
  resume(): void;
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
  /** While stalled, the deliveries held back, in order. */
  let held: (() => void)[] | undefined;
  const deliver = (send: () => void): void => {
    if (held) held.push(send);
    else send();
  };
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
    client.on("data", (chunk: Buffer) => deliver(() => server.write(chunk)));
    server.on("data", (chunk: Buffer) =>
      deliver(() => {
        if (cutPending) {
          cutPending = false;
          cut();
          return;
        }
        client.write(chunk);
      }),
    );
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
    stall() {
      held ??= [];
    },
    resume() {
      const sends = held ?? [];
      held = undefined;
      for (const send of sends) send();
    },
    connections: () => accepted,
    close: down,
  };
}
