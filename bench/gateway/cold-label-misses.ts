/**
 * What one explicit-model label costs when it runs cache-cold, as it does at 200 req/s between the other processes'
 * work: valgrind's callgrind with its cache simulation (64 KB L1s, a 4 MB last-level cache) counts the instructions and
 * the cache lines each label reads from memory, with the caches flushed before each one. Deterministic for a tree,
 * where timing a cold call on this shared machine is not. Subtract the `evict` mode's counts (the flush itself) from
 * the others'.
 *
 * Usage: npx tsx bench/gateway/cold-label-misses.ts TREE [n=40] [label|regex|evict]
 * (TREE: a copy of `src/` inside the repository, e.g. `git archive <commit> src | tar -x -C .old`, or `.` for this one;
 * see `cold-label-child.ts` for the modes.)
 * @module
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const [tree = ".", count = "40", mode = "label"] = process.argv.slice(2);
const directory = mkdtempSync(path.join(tmpdir(), "cold-label-"));
const out = path.join(directory, "callgrind.out");
const cache = ["--cache-sim=yes", "--I1=65536,4,64", "--D1=65536,4,64", "--LL=4194304,16,64"];
const child = spawn(
  "valgrind",
  ["--tool=callgrind", "--instr-atstart=no", ...cache, `--callgrind-out-file=${out}`, process.execPath, "--single-threaded", "--predictable", "--import", "tsx", "bench/gateway/cold-label-child.ts", tree, count, mode],
  { cwd: repoRoot, stdio: ["pipe", "pipe", "pipe"] },
);
let stderr = "";
child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
let text = "";
child.stdout.on("data", (chunk: Buffer) => {
  text += chunk.toString();
  if (text.includes("warm\n")) {
    text = text.replace("warm\n", "");
    execFileSync("callgrind_control", ["-i", "on", String(child.pid)]);
    child.stdin.write("go\n");
  }
  if (/done \d+\n/.test(text)) {
    text = "";
    execFileSync("callgrind_control", ["-d", String(child.pid)]);
    execFileSync("callgrind_control", ["-i", "off", String(child.pid)]);
    child.stdin.write("exit\n");
  }
});
child.on("exit", () => {
  const dump = readdirSync(directory).filter((file) => file.startsWith("callgrind.out.")).sort()[0];
  const textOut = dump === undefined ? "" : readFileSync(path.join(directory, dump), "utf8");
  rmSync(directory, { recursive: true, force: true });
  const events = /^events:\s+(.*)$/m.exec(textOut)?.[1]?.split(/\s+/) ?? [];
  const totals = /^(?:summary|totals):\s+(.*)$/m.exec(textOut)?.[1]?.split(/\s+/).map(Number) ?? [];
  if (totals.length === 0) {
    console.log(`no callgrind totals:\n${stderr}`);
    process.exit(1);
  }
  const per = (name: string): number => (totals[events.indexOf(name)] ?? 0) / Number(count);
  const lines = per("ILmr") + per("DLmr") + per("DLmw");
  console.log(`${tree} ${mode}, per call: ${per("Ir").toFixed(0)} instructions; lines from memory ${lines.toFixed(0)} (code ${per("ILmr").toFixed(0)}, data read ${per("DLmr").toFixed(0)}, written ${per("DLmw").toFixed(0)}); L1 misses code ${per("I1mr").toFixed(0)}, data ${(per("D1mr") + per("D1mw")).toFixed(0)}`);
});
