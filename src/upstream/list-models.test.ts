import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalogBody } from "./read-catalog-body.js";
import { createUpstreamClient } from "./upstream-client.js";

let server: Server;
let base = "";
const timers = new Set<NodeJS.Timeout>();
beforeAll(async () => {
  // /hang answers nothing; /drip sends a byte every 50 ms for ever (undici's own timeouts restart with each one).
  server = createServer((request, response) => {
    if (request.url?.startsWith("/drip")) {
      response.writeHead(200, { "content-type": "application/json" });
      const timer = setInterval(() => response.write(" "), 50);
      timers.add(timer);
      response.on("close", () => clearInterval(timer));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("GET /models", () => {
  it("gives up on a stalled or dripping catalog at its deadline, saying so (serve waited five minutes, or for ever)", async () => {
    for (const path of ["/hang/api/v1", "/drip/api/v1"]) {
      const upstream = createUpstreamClient({ baseUrl: `${base}${path}`, connectTimeoutMs: 1_000, catalogTimeoutMs: 300 });
      const started = Date.now();
      await expect(upstream.listModels()).rejects.toThrow(/GET \/models did not finish within/);
      expect(Date.now() - started).toBeLessThan(3_000);
      await upstream.close();
    }
  });

  it("refuses a body past its bound instead of holding it all in memory (2 million models took 2.3 GB)", async () => {
    await expect(readCatalogBody(Readable.from([Buffer.alloc(600, 32), Buffer.alloc(600, 32)]), 1_000)).rejects.toThrow(/GET \/models sent more than/);
    expect(await readCatalogBody(Readable.from([Buffer.from('{"data":'), Buffer.from("[]}")]), 1_000)).toEqual({ data: [] });
  });
});
