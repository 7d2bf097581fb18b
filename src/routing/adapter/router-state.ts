/**
 * The router state file (`routing.state_file`, default `./.switchyard/router-state.json`): which adapter
 * routes by default, which one runs in shadow, and every promotion and rollback. `switchyard router
 * promote|rollback|shadow` write it; the gateway reads it at start and on reload (SIGHUP,
 * `POST /api/router/reload`). Once it names an active router, that wins over `routing.weights`.
 * @module
 */
import { createHash } from "node:crypto";
import { mkdir, open, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import { ConfigError } from "../../core/errors/index.js";

/** A router the state names: its id and the adapter file (copied next to the state file), or the shipped router. */
export interface RouterRef {
  id: string;
  /** Absolute path of the adapter file; null for the shipped router. */
  weights: string | null;
  /** The quality knob the router was tested with (the experiment variant's `quality`), used instead of `routing.quality`. */
  quality?: number;
}

/** One promotion or rollback. */
export interface RouterChange {
  action: "promote" | "rollback";
  /** ISO time. */
  at: string;
  by: string;
  from: RouterRef;
  to: RouterRef;
  experiment: string | null;
  /** The experiment's verdict sentence, or why the gate was skipped. */
  verdict: string;
  forced: boolean;
}

/** The file's content. */
export interface RouterState {
  format: "switchyard-router-state-v1";
  /** Null until the first promotion: `routing.weights` (or the shipped router) applies. */
  active: RouterRef | null;
  /** The routers a rollback goes back to, newest last. */
  previous: RouterRef[];
  /** Null when no shadow was set with `router shadow`: `routing.shadow` applies. */
  shadow: RouterRef | null;
  history: RouterChange[];
}

/** The shipped router, as the state names it. */
export const SHIPPED_ROUTER: RouterRef = { id: "shipped", weights: null };

/** An empty state. */
export function emptyRouterState(): RouterState {
  return { format: "switchyard-router-state-v1", active: null, previous: [], shadow: null, history: [] };
}

/** Reads the state; an absent file is an empty state, a corrupt one a clear error. */
export async function readRouterState(file: string): Promise<RouterState> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return emptyRouterState();
    throw new ConfigError([{ path: "routing.state_file", message: `cannot read ${file}: ${(error as Error).message}` }]);
  }
  let data: Partial<RouterState>;
  try {
    data = JSON.parse(text) as Partial<RouterState>;
  } catch {
    throw new ConfigError([{ path: "routing.state_file", message: `${file} is not valid JSON; restore it or delete it to start over` }]);
  }
  if (data.format !== "switchyard-router-state-v1") throw new ConfigError([{ path: "routing.state_file", message: `${file} is not a switchyard-router-state-v1 file` }]);
  return { ...emptyRouterState(), ...data };
}

/** Writes the state atomically (temporary file, then rename). */
export async function writeRouterState(file: string, state: RouterState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`);
  await rename(temporary, file);
}

/** How long a router command waits for another one's lock, and when a lock is a crashed command's leftover. */
const LOCK_WAIT_MS = 15_000;
const LOCK_STALE_MS = 120_000;

/**
 * Runs `run` (a read, change and write of the state file) while holding `<file>.lock`, so two `router promote` or
 * `rollback` commands at once cannot both read the same state and lose one's record. The lock is a file created
 * exclusively; one older than two minutes is a crashed command's and is taken over.
 */
export async function withRouterStateLock<T>(file: string, run: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  await mkdir(path.dirname(file), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(lock, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw new ConfigError([{ path: "routing.state_file", message: `cannot lock ${lock}: ${(error as Error).message}` }]);
      const age = await stat(lock).then((info) => Date.now() - info.mtimeMs, () => 0);
      // Taken over by renaming it away, which only one waiter can do; the winner then creates its own.
      if (age > LOCK_STALE_MS) await takeOver(lock);
      else if (Date.now() > deadline) throw new ConfigError([{ path: "routing.state_file", message: `${lock} is held by another switchyard router command; try again (delete it if no such command is running)` }]);
      else await sleep(20 + Math.floor(Math.random() * 30));
    }
  }
  // The holder touches its lock while it works, so a long promotion (its gate queries a large log) never looks stale.
  const touch = setInterval(() => void utimes(lock, new Date(), new Date()).catch(() => undefined), LOCK_STALE_MS / 4);
  touch.unref();
  try {
    return await run();
  } finally {
    clearInterval(touch);
    await rm(lock, { force: true });
  }
}

/** Moves a stale lock aside (atomic: a second waiter's rename finds nothing) and deletes it. */
async function takeOver(lock: string): Promise<void> {
  const aside = `${lock}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    await rename(lock, aside);
    await rm(aside, { force: true });
  } catch {
    // Another waiter took it over first: try again to create our own.
  }
}

/** The id of an adapter file's content: `adapter-` and 12 hex digits of its sha256. */
export function adapterId(text: string): string {
  return `adapter-${createHash("sha256").update(text).digest("hex").slice(0, 12)}`;
}

/**
 * Copies an adapter file into `routers/` next to the state file under its id, so later edits of the original
 * cannot change what was promoted. Returns its reference.
 */
export async function storeAdapterFile(stateFile: string, adapterFile: string): Promise<RouterRef> {
  let text: string;
  try {
    text = await readFile(adapterFile, "utf8");
  } catch (error) {
    throw new ConfigError([{ path: "weights", message: `cannot read the adapter file ${adapterFile}: ${(error as Error).message}` }]);
  }
  const id = adapterId(text);
  const target = path.join(path.dirname(stateFile), "routers", `${id}.json`);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  return { id, weights: target };
}
