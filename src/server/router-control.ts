/**
 * The gateway's router holder: loads the learning hooks (features, default adapter, shadow, experiment arms)
 * from config and the router state file, and reloads them without a restart (SIGHUP, `POST /api/router/reload`).
 * A reload that fails keeps the routers in use.
 * @module
 */
import type { SwitchyardConfig } from "../config/config-schema.js";
import type { Clock } from "../core/clock.js";
import { loadRouterLearning, type LoadedRouterLearning } from "../routing/adapter/load-router-learning.js";
import type { RouterLearning } from "../routing/adapter/routing-adapter.js";
import { readRouterState, type RouterChange, type RouterRef, type RouterState } from "../routing/adapter/router-state.js";
import { stat } from "node:fs/promises";
import path from "node:path";

/** Which routers are in use (as `GET /api/router` answers). */
export interface RouterStatus {
  active: { id: string; weights: string | null };
  shadow: { id: string; weights: string | null } | null;
  arms: Record<string, { id: string; weights: string | null }>;
  /** ISO time of the last (re)load. */
  loaded_at: string;
  /** Online mode's counters on this instance, when it is on. */
  online?: { decisions: number; explored: number; outcomes: number; adapterActive: boolean };
}

/**
 * What the router state file records (as `GET /api/router` adds it): read when asked, so a promotion or rollback made
 * by the CLI shows at once, also before the gateway reloads.
 */
export interface RouterRecord {
  /** Absolute path of `routing.state_file`. */
  state_file: string;
  /** The newest {@link HISTORY_SHOWN} promotions and rollbacks, oldest first (`router status` prints them all). */
  history: RouterChange[];
  /** How many the file records in all. */
  history_total: number;
  /** The default router the state file names when this gateway still runs another (reload to apply it), else null. */
  pending: RouterRef | null;
  /** Why the state file could not be read (the routers in use are still shown), else null. */
  state_error: string | null;
}

/**
 * How many changes `GET /api/router` answers, the newest: years of automated promotions make a file of megabytes,
 * which every request answered whole to a page that drew each row.
 */
export const HISTORY_SHOWN = 100;

/** What the routes call (the server's router holder). */
export interface RouterControl {
  status(): RouterStatus;
  /** The state file's history and any promotion not yet reloaded. */
  record(): Promise<RouterRecord>;
  /** Reloads from config and the state file; rejects (keeping the current routers) when a file is bad. */
  reload(): Promise<RouterStatus>;
}

/** Loads the routers once and returns their holder; `apply` receives every (re)loaded set of hooks. */
export async function createRouterControl(options: {
  config: SwitchyardConfig;
  cwd: string;
  clock: Clock;
  apply: (learning: RouterLearning) => void;
}): Promise<RouterControl & { learning(): RouterLearning }> {
  const { config, cwd, clock } = options;
  let loaded: LoadedRouterLearning = await loadRouterLearning(config, cwd);
  let loadedAt = clock.now();
  const status = (): RouterStatus => ({ active: loaded.active, shadow: loaded.shadow, arms: loaded.arms, loaded_at: new Date(loadedAt).toISOString() });
  let reading: Promise<RouterStatus> | undefined;
  let next: Promise<RouterStatus> | undefined;
  const read = (): Promise<RouterStatus> =>
    loadRouterLearning(config, cwd)
      .then((loadedNow) => {
        loaded = loadedNow;
        loadedAt = clock.now();
        options.apply(loadedNow.learning);
        return status();
      })
      .finally(() => {
        reading = undefined;
      });
  const reload = (): Promise<RouterStatus> => {
    if (reading === undefined) return (reading = read());
    // A reload asked during a read may follow a change that read has missed (`router promote`, then SIGHUP): one
    // more read starts once it ends, and every ask until then shares that read.
    next ??= reading
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return reload();
      });
    return next;
  };
  const stateFile = path.resolve(cwd, config.routing.state_file);
  const resolveWeights = (weights: string | null): string | null => (weights === null ? null : path.resolve(cwd, weights));
  // The state as last read, with the identity of the file it was read from: parsing and checking a long history
  // blocks the event loop, so an unchanged file is not read again. `router promote` replaces the file by a rename
  // (a new inode), and an edit in place changes its size or times.
  let cached: { key: string; state: RouterState } | undefined;
  const readState = async (): Promise<RouterState> => {
    const key = await stat(stateFile).then(
      (stats) => `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`,
      () => undefined,
    );
    if (key !== undefined && cached?.key === key) return cached.state;
    const state = await readRouterState(stateFile);
    cached = key === undefined ? undefined : { key, state };
    return state;
  };
  const record = async (): Promise<RouterRecord> => {
    try {
      const state = await readState();
      // Compared by the file and the knob a reload would load, not by id: a router config names by file (a rollback
      // to routing.weights) is recorded with the id its content had then, or as `file:<path>` by an older CLI, while
      // the gateway names what it loads by the content's id now, so ids could differ for ever and no reload helped.
      const names = state.active;
      const pending = names && (resolveWeights(names.weights) !== resolveWeights(loaded.active.weights) || names.quality !== loaded.active.quality) ? names : null;
      return { state_file: stateFile, history: state.history.slice(-HISTORY_SHOWN), history_total: state.history.length, pending, state_error: null };
    } catch (error) {
      return { state_file: stateFile, history: [], history_total: 0, pending: null, state_error: (error as Error).message };
    }
  };
  return {
    learning: () => loaded.learning,
    status,
    reload,
    record,
  };
}
