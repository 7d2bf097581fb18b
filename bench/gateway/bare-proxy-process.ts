/**
 * Child-process entry of the gateway benchmark: the floor of any proxy hop on this machine. A bare
 * `node:http` server that forwards POST bodies to the upstream with an undici keep-alive Pool and pipes
 * the answer back (streams included), with no parsing, routing, logging or accounting at all.
 * What Switchyard adds beyond this leg is the cost of its features; up to it is the cost of one more hop.
 *
 * Usage: node bench/gateway/bare-proxy-process.js <port> <upstreamBaseUrl>
 * @module
 */
import { createServer } from "node:http";
import { Pool } from "undici";

const [portText = "0", upstreamBaseUrl = ""] = process.argv.slice(2);
const upstream = new URL(upstreamBaseUrl);
const pool = new Pool(upstream.origin, { connections: 256, keepAliveTimeout: 30_000 });
const pathPrefix = upstream.pathname.replace(/\/+$/, "");

const server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const path = `${pathPrefix}${(request.url ?? "/").replace(/^\/v1/, "")}`;
    pool
      .request({ path, method: "POST", headers: { "content-type": "application/json" }, body: Buffer.concat(chunks) })
      .then(async (answer) => {
        const contentType = answer.headers["content-type"];
        response.writeHead(answer.statusCode, typeof contentType === "string" ? { "content-type": contentType } : {});
        for await (const chunk of answer.body) response.write(chunk);
        response.end();
      })
      .catch(() => {
        if (!response.headersSent) response.writeHead(502);
        response.end();
      });
  });
});

server.listen(Number(portText), "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === "object" && address ? address.port : portText}\n`);
});
process.once("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => void pool.close().then(() => process.exit(0)));
});
