/**
 * Starts and stops the benchmark's processes: the simulator, Switchyard's gateway and Portkey's
 * gateway, each in its own Node process so the load generator measures them over real sockets.
 * @module
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A child process the benchmark started. */
export interface BenchProcess {
  name: string;
  pid: number;
  /** Everything the process printed, for error reports. */
  output(): string;
  /** Resolves with the exit code once the process ended. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `node <args>` in the repo root and keeps the tail of its output. With `stdoutFile`, stdout goes
 * to that file instead (a gateway logs a line per request; piping that into the load generator would
 * make the load generator pay for it).
 */
export function startNode(name: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, stdoutFile?: string): BenchProcess {
  const stdoutFd = stdoutFile === undefined ? undefined : openSync(stdoutFile, "a");
  const child: ChildProcess = spawn(process.execPath, [...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", stdoutFd ?? "pipe", "pipe"],
  });
  if (stdoutFd !== undefined) closeSync(stdoutFd);
  let output = "";
  const keep = (chunk: Buffer): void => {
    output += chunk.toString();
    if (output.length > 256 * 1024) output = output.slice(-128 * 1024);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    name,
    pid: child.pid ?? -1,
    output: () => (stdoutFile ? `${output}\n(stdout: ${stdoutFile})` : output),
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Waits until `probe` succeeds, the process exits, or `timeoutMs` passes. */
export async function waitUntilReady(process: BenchProcess, probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void process.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${process.name} exited before it was ready:\n${process.output().slice(-2000)}`);
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${process.name} was not ready after ${timeoutMs} ms:\n${process.output().slice(-2000)}`);
}

/** Waits for a line of output matching `pattern` and returns its first group. */
export async function waitForOutput(process: BenchProcess, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  let match: RegExpExecArray | null = null;
  await waitUntilReady(process, async () => (match = pattern.exec(process.output())) !== null, timeoutMs);
  const found = match as RegExpExecArray | null;
  return found?.[1] ?? "";
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kilobytes = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
  return kilobytes / 1024;
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (10 ms resolution). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/**
 * CPU ms of `pid`'s threads: the main thread (whose id is the pid) and the rest together (V8's compiler and GC
 * workers, libuv's pool). Threads that ended before the call are not counted in `others`.
 */
export function cpuMsByThread(pid: number): { main: number; others: number } {
  let others = 0;
  let main = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let ms = 0;
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
    } catch {
      continue; // the thread ended meanwhile
    }
    if (tid === String(pid)) main = ms;
    else others += ms;
  }
  return { main, others };
}

/** Linux's USER_HZ, which /proc reports times in; 100 on every mainstream kernel. */
const CLOCK_TICKS_PER_SECOND = 100;

/** True when `url` answers any HTTP status below 500. */
export async function answersHttp(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
  await response.arrayBuffer();
  return response.status < 500;
}
