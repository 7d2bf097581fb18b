/**
 * Linux `perf` around a benchmark process (`profile-gateway.ts --perf`): `perf record -e cpu-clock` samples only while
 * the process is on a CPU, in user or kernel mode, so a share here is a share of CPU time, where V8's `--cpu-prof`
 * samples wall-clock time (a thread descheduled inside a system call is counted in it). JavaScript frames are named
 * through the `/tmp/perf-<pid>.map` that `node --perf-basic-prof` writes.
 * @module
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";

/** Starts sampling `pid` at 999 Hz into `file`. */
export function startPerf(pid: number, file: string): ChildProcess {
  return spawn("perf", ["record", "-q", "-g", "-e", "cpu-clock", "-F", "999", "-p", String(pid), "-o", file], { stdio: "ignore" });
}

/** Stops the recorder (SIGINT, as perf expects) and waits for it to write its file. */
export async function stopPerf(recorder: ChildProcess): Promise<void> {
  const exited = once(recorder, "exit");
  recorder.kill("SIGINT");
  await exited;
}

/** Prints the `top` symbols and the shared objects by share of samples. */
export function printPerfReport(file: string, top: number): void {
  for (const sort of ["sym", "dso"]) {
    const text = execFileSync("perf", ["report", "-i", file, "--stdio", "--no-children", "--sort", sort, "--percent-limit", "0.3"], { encoding: "utf8", maxBuffer: 64 << 20 });
    const rows = text.split("\n").filter((line) => /^\s+\d/.test(line)).slice(0, top);
    console.log(`\nperf, on-CPU samples by ${sort}`);
    for (const row of rows) console.log(row.trimEnd());
  }
}
