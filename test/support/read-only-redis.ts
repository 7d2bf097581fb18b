/**
 * Test helper: a Redis of the test's own that refuses every write (a replica of a primary that is not there:
 * `READONLY You can't write against a read only replica`) and still answers reads, as a store whose disk turned
 * read-only does. Needs `redis-server` on the PATH, as .ci/run has it.
 * @module
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { Redis } from "ioredis";
import { freePort } from "./free-port.js";

/** A running read-only Redis and a client on it. */
export interface ReadOnlyRedis {
  redis: Redis;
  close(): Promise<void>;
}

/** Starts the server and waits until the client's PING is answered. */
export async function startReadOnlyRedis(): Promise<ReadOnlyRedis> {
  const port = await freePort();
  const absentPrimary = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--replicaof", "127.0.0.1", String(absentPrimary)], { stdio: "ignore" });
  const exited = once(child, "exit");
  const redis = new Redis({ host: "127.0.0.1", port, maxRetriesPerRequest: 40, retryStrategy: () => 50 });
  redis.on("error", () => undefined); // refused connections while the server starts; each command still rejects
  await redis.ping();
  return {
    redis,
    async close() {
      redis.disconnect();
      child.kill("SIGTERM");
      await exited;
    },
  };
}
