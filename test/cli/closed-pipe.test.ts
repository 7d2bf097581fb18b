import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

it("a reader that closes the pipe early (`route --jsonl FILE | head -1`) ends the command quietly, with no stack", { timeout: 60_000 }, async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "switchyard-pipe-")), "many.jsonl");
  writeFileSync(file, `${JSON.stringify({ request: { messages: [{ role: "user", content: "Translate 'good morning' into French" }] } })}\n`.repeat(3_000));
  const child = spawn(process.execPath, ["--import", "tsx", "-e", `const { runCli } = await import("./src/cli/main.ts"); process.exitCode = await runCli(["route", "--jsonl", ${JSON.stringify(file)}]);`], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // Read the first line, then close the pipe as `head -1` does.
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.once("exit", (exitCode) => resolve(exitCode)));
  expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
  expect(code).toBe(0);
});
