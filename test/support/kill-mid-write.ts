/**
 * Runs the CLI in a real child process that stalls halfway through writing a file whose name matches `stall` (a
 * regular expression; see stall-writes.cjs), SIGKILLs it there, and returns what it printed on standard error.
 * @module
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "./shared-data.js";

export async function killedMidWrite(argv: string[], stall: string, cwd: string): Promise<string> {
  const script = `const { runCli } = await import(${JSON.stringify(path.join(REPO_ROOT, "src/cli/main.ts"))}); process.exitCode = await runCli(${JSON.stringify(argv)});`;
  const child = spawn(process.execPath, ["--require", path.join(REPO_ROOT, "test/support/stall-writes.cjs"), "--import", pathToFileURL(path.join(REPO_ROOT, "node_modules/tsx/dist/esm/index.mjs")).href, "-e", script], {
    cwd,
    env: { ...process.env, SWITCHYARD_TEST_STALL_WRITES: stall },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes("stalled ")) resolve();
    });
    void exited.then(() => reject(new Error(`the command ended without stalling: ${stderr}`)));
  });
  child.kill("SIGKILL");
  await exited;
  return stderr;
}
