/**
 * The line `serve` writes after SIGHUP reloaded the routers: what was re-read, from where, and which routers are in
 * use now ("Reloaded routers: default shipped." named neither the files nor what "shipped" is).
 * @module
 */
import type { RouterStatus } from "../server/router-control.js";

type Ref = RouterStatus["active"];

/** One router as a person reads it: the shipped one, or an adapter's id and its file. */
function describe(ref: Ref): string {
  return ref.weights === null ? (ref.id === "shipped" ? "the shipped one (no adapter)" : ref.id) : `${ref.id} from ${ref.weights}`;
}

/** The reload line for `status`, re-read from the config's router files and the router state file `stateFile`. */
export function routerReloadLine(status: RouterStatus, stateFile: string): string {
  const parts = [`default router: ${describe(status.active)}`, `shadow: ${status.shadow ? `${describe(status.shadow)} (logged, no effect on traffic)` : "none"}`];
  for (const [experiment, ref] of Object.entries(status.arms)) parts.push(`experiment ${experiment}'s variant: ${describe(ref)}`);
  return `Reloaded the routers on SIGHUP (routing.weights, routing.shadow and the router state file ${stateFile}): ${parts.join("; ")}.\n`;
}
