/**
 * A body over `server.body_limit_bytes` is refused with a 413 before it is read, and the connection closes. Closing a
 * socket whose client is still sending makes the kernel reset the connection, and a reset throws away the answer the
 * client had not read yet: Node's fetch (the OpenAI and Anthropic SDKs' transport) saw `EPIPE` or `ECONNRESET`
 * instead of the 413 for most such requests (7 of 10 at 12 MB, round 27). The gateway now reads and drops the rest
 * of the body for a while before it closes, so the client hears why it was refused. The built gateway (`serve`, run
 * `npm run build` first) runs in a process of its own: in the test's own process the timing hid the reset.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/switchyard.js", import.meta.url));
let dir: string;
let child: ChildProcess;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "sy-oversized-"));
  writeFileSync(path.join(dir, "switchyard.yaml"), `storage:\n  sqlite: ${path.join(dir, "gateway.db")}\nserver:\n  body_limit_bytes: 1000000\n`);
  child = spawn(process.execPath, [BIN, "serve", "--simulate", "--port", "0", "--config", "switchyard.yaml"], { cwd: dir, env: { ...process.env, SWITCHYARD_ADMIN_KEY: "" }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (found?.[1]) resolve(found[1]);
    });
    child.on("exit", (code) => reject(new Error(`serve exited ${String(code)}: ${out}`)));
  });
}, 30_000);
afterAll(async () => {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  rmSync(dir, { recursive: true, force: true });
});

/** Twelve times the limit: the client is still sending when the 413 is written. */
const BODY = JSON.stringify({ model: "switchyard/auto", max_tokens: 10, messages: [{ role: "user", content: "x".repeat(12_000_000) }] });

describe("a body over the limit", () => {
  for (const door of ["/v1/chat/completions", "/v1/messages", "/v1/responses"]) {
    it(`is answered 413, not with a reset connection, at ${door}`, async () => {
      const outcomes: string[] = [];
      for (let i = 0; i < 8; i += 1) {
        try {
          const response = await fetch(`${url}${door}`, { method: "POST", headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" }, body: BODY });
          const text = await response.text();
          outcomes.push(response.status === 413 && text.includes("request_too_large") ? "413" : `${response.status} ${text.slice(0, 80)}`);
        } catch (error) {
          outcomes.push(String((error as { cause?: { code?: string } }).cause?.code ?? error));
        }
      }
      expect(outcomes).toEqual(Array.from({ length: 8 }, () => "413"));
    }, 60_000);
  }
});
