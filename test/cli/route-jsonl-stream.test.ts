/**
 * `switchyard route --jsonl -` reads standard input as it arrives: each line is decided and printed before the next
 * one comes, so a long pipe is never held whole (memory stays flat) and a live producer gets its answers at once.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const line = (content: string): string => `${JSON.stringify({ request: { messages: [{ role: "user", content }] } })}\n`;

it("answers each line of a pipe before standard input ends", { timeout: 90_000 }, async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "-e", `const { runCli } = await import("./src/cli/main.ts"); process.exitCode = await runCli(["route", "--jsonl", "-"]);`], {
    cwd: repoRoot,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let waiting: (() => void) | undefined;
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    waiting?.();
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (exitCode) => resolve(exitCode)));
  const linesOut = (count: number): Promise<void> =>
    new Promise((resolve, reject) => {
      waiting = () => {
        if (stdout.split("\n").length > count) resolve();
      };
      waiting();
      void exited.then(() => reject(new Error(`exited before answering line ${count}: ${stderr}`)));
    });
  // The first line's decision must come while standard input is still open.
  child.stdin.write(line("Translate 'good morning' into French"));
  await linesOut(1);
  child.stdin.write(line("Write a Python function that merges two sorted lists"));
  await linesOut(2);
  child.stdin.end("{not json\n");
  const code = await exited;
  const out = stdout.trim().split("\n").map((text) => JSON.parse(text) as { task?: string; line?: number });
  expect(out.map((o) => o.task ?? o.line)).toEqual(["translation", "code_generation", 3]);
  expect(code).toBe(1);
  expect(stderr).toMatch(/stdin: 1 of 3 lines could not be routed \(line 3\)/);
});

it("stops reading while its own reader does not keep up, instead of holding the output in memory", { timeout: 90_000 }, async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "-e", `const { runCli } = await import("./src/cli/main.ts"); process.exitCode = await runCli(["route", "--jsonl", "-"]);`], {
    cwd: repoRoot,
    stdio: ["pipe", "pipe", "pipe"],
  });
  child.stdout.pause(); // a reader that does not read (yet)
  const lines = Array.from({ length: 20_000 }, (_, index) => line(`Summarize item ${index} of the quarterly report in one line.`)).join("");
  child.stdin.write(lines);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (exitCode) => resolve(exitCode)));
  // Output fills the pipe (64 KB) and the process's write buffer (16 KB) within a few hundred decisions; from then on
  // the command waits, so most of its input stays unread.
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  expect(child.stdin.writableLength).toBeGreaterThan(lines.length / 2);
  let printed = 0;
  child.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString().split("\n").length - 1));
  child.stdout.resume();
  child.stdin.end();
  expect(await exited).toBe(0);
  expect(printed).toBe(20_000);
});
