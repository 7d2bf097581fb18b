/**
 * The "Server listening at" JSON log line: Fastify's default for a gateway started on its own, dropped when the
 * caller prints its own plain line (`switchyard serve`), with the addresses it named handed back instead.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer } from "../../src/server/start-server.js";

const dir = mkdtempSync(join(tmpdir(), "switchyard-listen-line-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function startedLog(listenLogLine: boolean | undefined): Promise<{ log: string; url: string; addresses: string[] }> {
  const lines: string[] = [];
  const logStream = new Writable({ write: (chunk: Buffer, _encoding, callback) => (lines.push(chunk.toString()), callback()) });
  const config = parseConfig({ tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 100 } }, storage: { sqlite: join(dir, `${String(listenLogLine)}.db`) } });
  const server = await startServer({ config, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, upstreamUrl: "http://127.0.0.1:9/unused", keyOptional: true, logStream, ...(listenLogLine === undefined ? {} : { listenLogLine }) });
  const result = { url: server.url, addresses: [...server.addresses] };
  // A request still logs as JSON: only the listen line is dropped.
  await fetch(`${server.url}/healthz`);
  server.logger.info("after listen");
  await server.close();
  return { log: lines.join(""), ...result };
}

describe("the listen log line", () => {
  it("is Fastify's JSON line by default", async () => {
    const { log, url, addresses } = await startedLog(undefined);
    expect(log).toContain(`"msg":"Server listening at ${url}"`);
    expect(addresses).toEqual([url]);
  });

  it("is dropped with listenLogLine: false, the addresses handed back and every other line still written", async () => {
    const { log, url, addresses } = await startedLog(false);
    expect(log).not.toContain("listening");
    expect(log).not.toContain("switchyard:listen");
    expect(log).toContain('"msg":"after listen"');
    expect(addresses).toEqual([url]);
  });
});
