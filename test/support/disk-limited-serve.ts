/**
 * Test helper: `switchyard serve --simulate` whose every written file is limited to a size (a soft `ulimit -f`, which
 * fails SQLite's writes as a full disk does, and which `prlimit` can lift on the running process), and a sender that
 * fills that disk with large stored prompts until the gateway refuses requests it cannot record (ADR 0068, 0072).
 * @module
 */
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/switchyard.js", import.meta.url));

/** Starts `serve --simulate` in `dir` (its SQLite file there, and Postgres when given) with files limited to `limitKb`. */
export async function serveOnLimitedDisk(dir: string, limitKb: number, postgresUrl?: string): Promise<{ child: ChildProcess; url: string }> {
  const postgres = postgresUrl === undefined ? "" : `  postgres_url: ${postgresUrl}\n`;
  writeFileSync(path.join(dir, "switchyard.yaml"), `storage:\n  sqlite: ${path.join(dir, "gateway.db")}\n${postgres}log:\n  store_prompts: true\n`);
  // SIGXFSZ ignored, so a write past the limit fails (EFBIG) instead of killing the process.
  const child = spawn("bash", ["-c", `trap '' XFSZ; ulimit -S -f ${limitKb}; exec "${process.execPath}" "${BIN}" serve --simulate --port 0 --config switchyard.yaml`], { cwd: dir, env: { ...process.env, SWITCHYARD_ADMIN_KEY: "" }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (found?.[1]) resolve(found[1]);
    });
    child.on("exit", (code) => reject(new Error(`serve exited ${String(code)}: ${out}`)));
  });
  return { child, url };
}

/**
 * Sends 200 KB prompts (stored with their records, they fill a 1 MB disk within a few requests) until `refusals`
 * requests were refused 503 `storage_unavailable`; every other answer must be a 200. Returns how many were refused.
 */
export async function sendUntilRefused(url: string, refusals = 3, most = 40): Promise<number> {
  const prompt = "lorem ipsum dolor sit amet ".repeat(8_000);
  let refused = 0;
  for (let sent = 0; sent < most && refused < refusals; sent += 1) {
    const response = await fetch(`${url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/auto", messages: [{ role: "user", content: `${prompt} ${sent}` }] }) });
    const body = (await response.json()) as { error?: { code?: string } };
    if (response.status === 503) {
      expect(body.error?.code).toBe("storage_unavailable");
      refused += 1;
    } else expect(response.status).toBe(200);
  }
  return refused;
}
