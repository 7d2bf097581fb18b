/**
 * Runs the CLI in-process with captured output, as a user would run `switchyard ...`.
 * @module
 */
import { runCli } from "../../src/cli/main.js";
import { REPO_ROOT } from "./shared-data.js";

/** What one CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `switchyard <argv>` with cwd (default: the repository root) and, if given, standard input. */
export async function runCliCaptured(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: options.env ?? {},
    cwd: options.cwd ?? REPO_ROOT,
    ...(options.stdin !== undefined ? { stdin: () => chunksOf(options.stdin ?? "") } : {}),
  });
  return { code, stdout, stderr };
}

/** Standard input as a pipe delivers it: in chunks of bytes (here 1,000), never one line per chunk, a character maybe cut in two. */
async function* chunksOf(text: string): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, "utf8");
  for (let start = 0; start < bytes.length; start += 1_000) yield bytes.subarray(start, start + 1_000);
}
