/**
 * A gateway behind PgBouncer (or a pooler built on it) that does not pass `statement_timeout` on: the pooler refuses
 * every connect that names it, so a serving pool sending it as a startup parameter could never connect again
 * (/readyz 503 for good, every new key refused). After the first refusal the pool connects without it and says so.
 * The "pooler" here is a real TCP peer in front of the real Postgres that refuses that startup parameter as PgBouncer
 * does (an ErrorResponse, then close) and forwards every other connection.
 */
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, expect, it } from "vitest";
import { createPostgresPools } from "./postgres-pools.js";

const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** An ErrorResponse message, as PgBouncer sends it for a startup parameter it does not know. */
function errorResponse(text: string): Buffer {
  const fields = Buffer.from(`SFATAL\0C08P01\0M${text}\0\0`, "utf8");
  const header = Buffer.alloc(5);
  header.write("E", 0);
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}

async function startPooler(): Promise<{ server: Server; url: string; refused: () => number }> {
  const target = new URL(POSTGRES_URL);
  let refused = 0;
  const server = createServer((client: Socket) => {
    client.once("data", (startup: Buffer) => {
      if (startup.includes("statement_timeout")) {
        refused += 1;
        client.end(errorResponse("unsupported startup parameter: statement_timeout"));
        return;
      }
      const upstream = connect({ host: target.hostname, port: Number(target.port || 5432) });
      upstream.write(startup);
      client.pipe(upstream).pipe(client);
      const cut = (): void => void (client.destroy(), upstream.destroy());
      client.on("error", cut).on("close", cut);
      upstream.on("error", cut).on("close", cut);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const url = new URL(POSTGRES_URL);
  url.host = `127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return { server, url: url.toString(), refused: () => refused };
}

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

it("connects without statement_timeout once a pooler refused it, and says so once", async () => {
  const pooler = await startPooler();
  closers.push(() => new Promise((resolve) => pooler.server.close(() => resolve())));
  const reported: unknown[] = [];
  const pools = await createPostgresPools({ url: pooler.url, queryTimeoutInMs: 2_000, onError: (error) => reported.push(error) });
  closers.unshift(() => pools.end());

  // The first connect names it and is refused: that query fails (a 503 for its request).
  await expect(pools.serving.query("SELECT 1")).rejects.toThrow(/statement_timeout/);
  // Every later one connects without it.
  for (let i = 0; i < 3; i += 1) expect((await pools.serving.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
  expect(pooler.refused()).toBe(1);
  expect(reported).toHaveLength(1);
  expect(String((reported[0] as Error).message)).toMatch(/ignore_startup_parameters = statement_timeout/);
});
