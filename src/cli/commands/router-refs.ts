/**
 * How `switchyard router` names routers: a promoted one with the quality it runs at, and one that config names by file
 * (`routing.weights`, `routing.shadow`) by its adapter id, as the gateway's `GET /api/router` and the dashboard do.
 * @module
 */
import path from "node:path";
import type { SwitchyardConfig } from "../../config/config-schema.js";
import { readAdapterFile } from "../../routing/adapter/load-router-learning.js";
import { SHIPPED_ROUTER, type RouterRef, type RouterState } from "../../routing/adapter/router-state.js";

/** A router as status names it: its id, and the quality knob it runs at when it was promoted with one (it replaces `routing.quality`). */
export function routerName(ref: RouterRef): string {
  return ref.quality === undefined ? ref.id : `${ref.id} at quality ${ref.quality}`;
}

/**
 * The router in use now: the state's active one, else `routing.weights`, else the shipped router. `routing.weights` is
 * named by its adapter id, as the gateway (`GET /api/router`) names it; `file:<path>` only when the file cannot be read.
 */
export async function currentDefault(state: RouterState, config: SwitchyardConfig, cwd: string): Promise<RouterRef> {
  if (state.active) return state.active;
  return config.routing.weights ? fileRouter(config.routing.weights, cwd) : SHIPPED_ROUTER;
}

/** A router config names by file, by its adapter id as the gateway names it (`file:<path>` when the file cannot be read). */
export async function fileRouter(file: string, cwd: string): Promise<RouterRef> {
  const weights = path.resolve(cwd, file);
  return { id: await readAdapterFile(weights).then((read) => read.id, () => `file:${file}`), weights };
}
