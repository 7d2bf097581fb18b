/**
 * Instructions per routing decision, counted by valgrind's callgrind (deterministic where wall time on these shared
 * machines is not): the child builds the default learned router from TREE's src/, warms it up, and callgrind counts
 * only the measured calls (a fresh messages array each, as a gateway request has). `foreign` routes four short turns in
 * Spanish, German, Chinese and Russian in turn instead of the bench's English prompt.
 *
 * Run: `npx tsx bench/routing/count-instructions.ts TREE [tokens=100] [warm=1500] [n=1500] [route|foreign]`, with
 * `NODE_FLAGS="--single-threaded --predictable"` (the default is `--single-threaded`; `--predictable` makes two runs
 * of one tree agree within 0.1%; add `--expose-gc` and the child runs a full GC before the measured calls, so a
 * mark-compact that the warm-up's leftovers would set off inside the window, in one tree and not the other, does not
 * decide the comparison). Compare trees that sit at the same depth inside the repository (e.g. `.old` from
 * `git archive main src`, and a copy of this `src/`): tsx compiles a tree outside it without the project's tsconfig, and
 * the same code then counts ~20% more, and the path alone moves a count by ~1%.
 * @module
 */
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const [tree = repoRoot, tokens = "100", warm = "1500", n = "1500", what = "route"] = process.argv.slice(2);
const dir = mkdtempSync(path.join(tmpdir(), "speed-cg-"));
const out = path.join(dir, "cg.out");
const child = spawn("valgrind", ["--tool=callgrind", "--instr-atstart=no", `--callgrind-out-file=${out}`, process.execPath, ...(process.env.NODE_FLAGS ?? "--single-threaded").split(" ").filter(Boolean), "--import", "tsx", path.join(repoRoot, "bench/routing/count-instructions-child.ts"), tree!, tokens, warm, n, what], { cwd: repoRoot, stdio: ["pipe", "pipe", "pipe"] });
let err = ""; child.stderr.on("data", (d) => (err += d));
let text = "";
child.stdout.on("data", (d) => {
  text += d;
  if (text.includes("warm\n")) { text = text.replace("warm\n", ""); execFileSync("callgrind_control", ["-i", "on", String(child.pid)]); child.stdin.write("go\n"); }
  if (text.includes("done\n")) { text = text.replace("done\n", ""); execFileSync("callgrind_control", ["-d", String(child.pid)]); execFileSync("callgrind_control", ["-i", "off", String(child.pid)]); child.stdin.write("exit\n"); }
});
child.on("exit", () => {
  const files = readdirSync(dir).filter((f) => f.startsWith("cg.out.")).sort();
  const dump = readFileSync(path.join(dir, files[0]!), "utf8");
  const total = Number(/^(?:summary|totals):\s+(\d+)/m.exec(dump)?.[1]);
  console.log(`${tree} ${what} ${tokens}: ${(total / Number(n)).toFixed(0)} instructions per decision (${files.join(",")})`);
  if (!total) console.log(err.slice(-2000));
});
