/**
 * The router state file (`routing.state_file`, default `./.switchyard/router-state.json`): which adapter
 * routes by default, which one runs in shadow, and every promotion and rollback. `switchyard router
 * promote|rollback|shadow` write it; the gateway reads it at start and on reload (SIGHUP,
 * `POST /api/router/reload`). Once it names an active router, that wins over `routing.weights`.
 * @module
 */
import { configPath } from "../../core/config-path.js";
import { whyUnreadable } from "../../core/why-unreadable.js";
import { createHash } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { readRegularFile } from "../../core/read-regular-file.js";
import path from "node:path";
import { z } from "zod";
import { ConfigError } from "../../core/errors/index.js";
import { writeFileAtomic } from "../../core/write-file-atomic.js";

export { withRouterStateLock } from "./router-state-lock.js";

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
    text = await readRegularFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return emptyRouterState();
    throw new ConfigError([{ path: "routing.state_file", message: `cannot read ${file}: ${(error as Error).message}` }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConfigError([{ path: "routing.state_file", message: `${file} is not valid JSON; restore it or delete it to start over` }]);
  }
  if ((data as Partial<RouterState> | null)?.format !== "switchyard-router-state-v1") throw new ConfigError([{ path: "routing.state_file", message: `${file} is not a switchyard-router-state-v1 file` }]);
  // A file edited by hand or by another tool is checked field by field: used as it was, a wrong shape surfaced as a
  // TypeError in whichever command touched it first, or was quietly read as no router.
  const parsed = routerStateSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? configPath(issue.path) : "";
    throw new ConfigError([{ path: "routing.state_file", message: `${file}: ${where || "the file"} ${issue ? stateIssue(issue) : "is malformed"}; restore it or delete it to start over` }]);
  }
  return { ...emptyRouterState(), ...(parsed.data as Partial<RouterState>) };
}

/** "is not what a router state holds" in words a person editing the file can act on. */
function stateIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") return `must be ${issue.expected === "object" ? "a router {id, weights}" : issue.expected === "array" ? "a list" : `a ${issue.expected}`}${issue.path.at(-1) === "active" || issue.path.at(-1) === "shadow" ? " or null" : ""}`;
  if (issue.code === "invalid_value") return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
  return issue.message;
}

const routerRefSchema = z.looseObject({ id: z.string().min(1), weights: z.string().nullable(), quality: z.number().min(0).max(1).optional() });
const routerChangeSchema = z.looseObject({
  action: z.enum(["promote", "rollback"]),
  at: z.string(),
  by: z.string(),
  from: routerRefSchema,
  to: routerRefSchema,
  experiment: z.string().nullable(),
  verdict: z.string(),
  forced: z.boolean(),
});
/** The state file's shape; fields left out take the empty state's values. */
const routerStateSchema = z.looseObject({
  active: routerRefSchema.nullable().optional(),
  previous: z.array(routerRefSchema).optional(),
  shadow: routerRefSchema.nullable().optional(),
  history: z.array(routerChangeSchema).optional(),
});

/** Writes the state atomically (temporary file, flushed, then renamed over the old state). */
export async function writeRouterState(file: string, state: RouterState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
}

/** The id of an adapter file's content: `adapter-` and 12 hex digits of its sha256. */
export function adapterId(text: string): string {
  return `adapter-${createHash("sha256").update(text).digest("hex").slice(0, 12)}`;
}

/**
 * Copies an adapter file into `routers/` next to the state file under its id, so later edits of the original
 * cannot change what was promoted. Returns its reference. The copy replaces any earlier one atomically: promoting a
 * router again rewrites a file the history and the rollback stack name, and a command killed mid-write must not
 * leave it cut in half.
 */
export async function storeAdapterFile(stateFile: string, adapterFile: string): Promise<RouterRef> {
  let text: string;
  try {
    text = await readRegularFile(adapterFile);
  } catch (error) {
    throw new ConfigError([{ path: "weights", message: `cannot read the adapter file ${adapterFile}: ${whyUnreadable(error)}` }]);
  }
  const id = adapterId(text);
  const target = path.join(path.dirname(stateFile), "routers", `${id}.json`);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFileAtomic(target, text);
  return { id, weights: target };
}
