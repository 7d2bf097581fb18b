/**
 * A slow live catalog at start: `serve` holds its notes until it listens (so a taken port is said alone), and the
 * catalog fetch may take up to its 30 s deadline. The user must not stare at a silent terminal meanwhile: once the
 * fetch has taken a couple of seconds, a line says what the gateway is waiting for and what happens if it never comes.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { startServe } from "../../src/cli/commands/serve.js";
import type { CliIo } from "../../src/cli/cli-io.js";

const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-slow-catalog-"));
let upstream: Server | undefined;
afterAll(async () => {
  await new Promise((resolve) => upstream?.close(resolve) ?? resolve(undefined));
  rmSync(cwd, { recursive: true, force: true });
});

it("says it is waiting for the catalog while a slow fetch holds the start, before it listens", async () => {
  const events: string[] = [];
  // /models answers after 3.5 s with an error: the gateway then starts on the built-in catalog.
  upstream = createServer((_request, response) => void setTimeout(() => response.writeHead(503).end(), 3_500));
  await new Promise<void>((resolve) => upstream!.listen(0, "127.0.0.1", resolve));
  const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/api/v1`;
  const io: CliIo = { stdout: (text) => void events.push(`out:${text}`), stderr: (text) => void events.push(`err:${text}`), env: {}, cwd };
  const started = Date.now();
  const handle = await startServe({ port: "0", upstreamUrl }, io);
  try {
    const waiting = events.findIndex((line) => line.startsWith("err:") && line.includes("Waiting for the model catalog"));
    const listening = events.findIndex((line) => line.startsWith("out:") && line.includes("listening on"));
    expect(Date.now() - started).toBeGreaterThan(3_000);
    expect(waiting).toBeGreaterThanOrEqual(0);
    expect(waiting).toBeLessThan(listening);
    expect(events[waiting]).toContain(`${upstreamUrl}/models`);
    expect(events[waiting]).toContain("up to 30 s");
    // The notes held until the listen still come, after it: the missing key and the catalog fallback.
    expect(events.join("")).toContain("OPENROUTER_API_KEY is not set");
    expect(events.join("")).toContain("Could not fetch the live catalog");
  } finally {
    await handle.close();
  }
});
