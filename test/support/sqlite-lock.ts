/**
 * Helper for tests of another process holding a SQLite file's write lock (the event loop meanwhile: loop-held.ts).
 * @module
 */
import { spawn } from "node:child_process";

/**
 * A child process that takes the file's write lock, runs argv[2] (SQL, may be empty) in it, says "ready", and commits
 * when told (a line on its stdin) or, with argv[3] set, after that many ms on its own.
 */
const HOLDER = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1]);
db.exec("BEGIN IMMEDIATE");
if (process.argv[2]) db.exec(process.argv[2]);
const commit = () => { db.exec("COMMIT"); db.close(); process.exit(0); };
process.stdout.write("ready\\n");
process.stdin.once("data", commit);
if (process.argv[3]) setTimeout(commit, Number(process.argv[3]));
`;

/**
 * Another process holding `path`'s write lock until `release` (which resolves once the process has exited); it runs
 * `sql` inside the held transaction first, and with `commitAfterMs` commits by itself (for a caller that blocks).
 */
export async function holdSqliteLock(path: string, { sql = "", commitAfterMs }: { sql?: string; commitAfterMs?: number } = {}): Promise<{ release(): Promise<void> }> {
  const args = ["-e", HOLDER, path, sql, ...(commitAfterMs === undefined ? [] : [String(commitAfterMs)])];
  const child = spawn(process.execPath, args, { cwd: process.cwd(), stdio: ["pipe", "pipe", "inherit"] });
  // A holder that committed by itself has gone: a later `release` writes to a closed pipe.
  child.stdin?.on("error", () => {});
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.stdout?.once("data", () => resolve());
  });
  return {
    release() {
      child.stdin?.write("commit\n");
      return exited;
    },
  };
}
