/**
 * Child-process entry of the gateway benchmark: the same bare forwarder as bare-proxy-process.ts, but on
 * Fastify (the framework the gateway runs on), with its body read as a Buffer and no parsing, routing,
 * logging or accounting. The gap between this leg and `bare-proxy` is what the framework alone costs per
 * request; the gap between it and `switchyard` is what Switchyard's own features cost.
 *
 * Usage: node bench/gateway/fastify-proxy-process.js <port> <upstreamBaseUrl>
 * @module
 */
import Fastify from "fastify";
import { Pool } from "undici";

const [portText = "0", upstreamBaseUrl = ""] = process.argv.slice(2);
const upstream = new URL(upstreamBaseUrl);
const pool = new Pool(upstream.origin, { connections: 256, keepAliveTimeout: 30_000 });
const pathPrefix = upstream.pathname.replace(/\/+$/, "");

const app = Fastify({ logger: false, requestIdHeader: false, keepAliveTimeout: 60_000 });
app.removeAllContentTypeParsers();
app.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
app.post("/v1/chat/completions", async (request, reply) => {
  const answer = await pool.request({ path: `${pathPrefix}/chat/completions`, method: "POST", headers: { "content-type": "application/json" }, body: request.body as Buffer });
  const contentType = answer.headers["content-type"];
  void reply.code(answer.statusCode);
  if (typeof contentType === "string") void reply.type(contentType);
  return reply.send(answer.body);
});

const address = await app.listen({ port: Number(portText), host: "127.0.0.1" });
process.stdout.write(`listening ${new URL(address).port}\n`);
process.once("SIGTERM", () => {
  void app.close().then(() => pool.close()).then(() => process.exit(0));
});
