/**
 * What SIGHUP does not reload: the config file itself. `serve` reads it once; SIGHUP re-reads only the files it
 * names (`routing.weights`, `routing.shadow`, the router state file). An operator who edits the config and sends
 * SIGHUP was told "Reloaded routers" and kept running the old config (an invalid edit too, in silence); this says so.
 * @module
 */
import { readFileSync } from "node:fs";

/** Remembers the config file's text at start; `note()` says whether it has changed since. */
export function watchConfigDrift(file: string | undefined): { note(): string } {
  const read = (): string | undefined => {
    if (file === undefined) return undefined;
    try {
      return readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
  };
  const atStart = read();
  return {
    note() {
      if (file === undefined || read() === atStart) return "";
      return `note: ${file} has changed since the gateway started, and SIGHUP does not re-read it (only the files it names: routing.weights, routing.shadow, the router state file). Restart the gateway to apply the change; \`switchyard config check\` checks it first.\n`;
    },
  };
}
