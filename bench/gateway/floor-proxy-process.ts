/**
 * Child-process entry of the gateway benchmark: the correctness floor. The Fastify forwarder of
 * fastify-proxy-process.ts plus only the work no correct Switchyard request can skip under the other issues'
 * guarantees, and nothing else (no classification, routing, budget, metrics, log line or headers):
 * - parse the request body as JSON (routing and edge validation need its structure) and serialize the
 *   upstream body again (the gateway sets the model and the usage flag);
 * - parse the upstream answer as JSON (cost accounting needs `usage`);
 * - commit one decision record to a local SQLite file in WAL mode before the response's last byte (the crash
 *   guarantee: every completed response has its record), group-committed per event-loop turn like the gateway.
 * Whatever this leg adds over `bare-proxy` is a lower bound on what Switchyard must add. When it alone exceeds a
 * goal, that goal cannot be met without giving up a guarantee.
 *
 * Usage: node bench/gateway/floor-proxy-process.js <port> <upstreamBaseUrl> <sqliteFile>
 * @module
 */
import Database from "better-sqlite3";
import Fastify from "fastify";
import { Pool } from "undici";

const [portText = "0", upstreamBaseUrl = "", sqliteFile = ":memory:"] = process.argv.slice(2);
const upstream = new URL(upstreamBaseUrl);
const pool = new Pool(upstream.origin, { connections: 256, keepAliveTimeout: 30_000 });
const pathPrefix = upstream.pathname.replace(/\/+$/, "");

const db = new Database(sqliteFile);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.exec("CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, record TEXT NOT NULL)");
const insert = db.prepare("INSERT INTO outbox (id, record) VALUES (?, ?)");
const insertAll = db.transaction((records: readonly { id: string; text: string }[]) => {
  for (const record of records) insert.run(record.id, record.text);
});

let waiting: { id: string; text: string }[] = [];
let committed: Promise<void> | undefined;
/** Commits the record with the others of this event-loop turn; resolves once it is on disk. */
function commit(id: string, text: string): Promise<void> {
  waiting.push({ id, text });
  committed ??= new Promise<void>((resolve) =>
    setImmediate(() => {
      const records = waiting;
      waiting = [];
      committed = undefined;
      insertAll(records);
      resolve();
    }),
  );
  return committed;
}

let sequence = 0;
/** A record of the same shape and size class as the gateway's (no features, no candidates list). */
function recordText(id: string, startedAt: number, model: string, usage: unknown, status: number): string {
  return JSON.stringify({ id, createdAt: startedAt, model, usage: usage ?? null, latencyMs: Date.now() - startedAt, status });
}

/** The usage object of the last complete `data:` line of a piece, if any. */
function lastUsage(piece: string): unknown {
  const line = piece.split("\n").filter((candidate) => candidate.startsWith("data: {")).at(-1);
  try {
    return line ? (JSON.parse(line.slice(6)) as { usage?: unknown }).usage : undefined;
  } catch {
    return undefined; // an event split across pieces: the floor only needs to have tried
  }
}

const app = Fastify({ logger: false, requestIdHeader: false, keepAliveTimeout: 60_000 });
app.post("/v1/chat/completions", async (request, reply) => {
  const startedAt = Date.now();
  const body = request.body as { model: string; stream?: boolean; messages: unknown[] };
  const answer = await pool.request({
    path: `${pathPrefix}/chat/completions`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...body, model: body.model, usage: { include: true } }),
  });
  sequence += 1;
  const id = `dec_floor_${sequence}`;
  if (body.stream === true) {
    // Relay each upstream piece as it comes; hold back the one with [DONE] until the record (with the usage of
    // the last data line before it) is committed.
    reply.hijack();
    reply.raw.writeHead(answer.statusCode, { "content-type": "text/event-stream" });
    let lastData = "";
    let rest = "";
    for await (const piece of answer.body) {
      const text = (piece as Buffer).toString("utf8");
      const done = text.indexOf("data: [DONE]");
      const head = done >= 0 ? text.slice(0, done) : text;
      if (done >= 0) rest += text.slice(done);
      if (head.length > 0) {
        reply.raw.write(head);
        lastData = head;
      }
    }
    await commit(id, recordText(id, startedAt, body.model, lastUsage(lastData), answer.statusCode));
    reply.raw.end(rest);
    return reply;
  }
  const text = await answer.body.text();
  const parsed = JSON.parse(text) as { model?: string; usage?: unknown };
  await commit(id, recordText(id, startedAt, parsed.model ?? body.model, parsed.usage, answer.statusCode));
  void reply.code(answer.statusCode).type("application/json");
  return reply.send(text);
});

const address = await app.listen({ port: Number(portText), host: "127.0.0.1" });
process.stdout.write(`listening ${new URL(address).port}\n`);
process.once("SIGTERM", () => {
  void app.close().then(() => pool.close()).then(() => {
    db.close();
    process.exit(0);
  });
});
