/**
 * Helpers for tests of another process holding a SQLite file's write lock, and of the event loop meanwhile.
 * @module
 */
import { spawn } from "node:child_process";

/** A child process that takes the file's write lock, says "ready", and commits when told (a line on its stdin). */
const HOLDER = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1]);
db.exec("BEGIN IMMEDIATE");
process.stdout.write("ready\\n");
process.stdin.once("data", () => { db.exec("COMMIT"); db.close(); process.exit(0); });
`;

/** Another process holding `path`'s write lock until `release` (which resolves once the process has exited). */
export async function holdSqliteLock(path: string): Promise<{ release(): Promise<void> }> {
  const child = spawn(process.execPath, ["-e", HOLDER, path], { cwd: process.cwd(), stdio: ["pipe", "pipe", "inherit"] });
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

/** The worst lateness, in ms, of a 10 ms timer re-armed until `stop` is called. */
export function watchLateness(): { stop(): number } {
  let worst = 0;
  let timer: NodeJS.Timeout;
  const arm = (): void => {
    const due = performance.now() + 10;
    timer = setTimeout(() => {
      worst = Math.max(worst, performance.now() - due);
      arm();
    }, 10);
  };
  arm();
  return {
    stop() {
      clearTimeout(timer);
      return worst;
    },
  };
}
