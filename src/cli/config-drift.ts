/**
 * What SIGHUP does not reload: the config file itself. `serve` reads it once; SIGHUP re-reads only the files it
 * names (`routing.weights`, `routing.shadow`, the router state file). An operator who edits the config and sends
 * SIGHUP was told "Reloaded routers" and kept running the old config (an invalid edit too, in silence); this says so.
 * The file is watched even when it was absent at start (the gateway then runs on the built-in defaults): writing a
 * first `./switchyard.yaml` and sending SIGHUP applies it no more than an edit does. A changed file that does not load
 * (not YAML, an unknown tier, a budget below zero) is named with its error instead of "Restart the gateway to apply
 * it": a restart into it would not start (ADR 0073).
 * @module
 */
import { readFileSync } from "node:fs";

const NOT_REREAD = "SIGHUP does not re-read it (only the files it names: routing.weights, routing.shadow, the router state file). Restart the gateway to apply it; `switchyard config check` checks it first.";

const INVALID = "SIGHUP does not re-read it, and it is invalid, so a restart would not start; the gateway keeps running on the config it read at start. Fix it (`switchyard config check` checks it) before restarting:";

/**
 * Remembers the config file's text at start (or its absence); `note()` says whether it has changed since, and, with
 * `load` (what a restart would load: throws its error when it would not start), whether a restart would still start.
 * A removed or unreadable file is asked too: a `--config` it named is then not found, and a restart would not start.
 */
export function watchConfigDrift(file: string, load?: () => Promise<unknown>): { note(): Promise<string> } {
  const read = (): string | undefined => {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
  };
  const atStart = read();
  return {
    async note() {
      const now = read();
      if (now === atStart) return "";
      const error = !load ? undefined : await load().then(() => undefined, (failure: unknown) => (failure instanceof Error ? failure.message : String(failure)));
      if (error !== undefined && now === undefined) return `note: ${file} has been removed since the gateway started (or cannot be read), and a restart would not start; the gateway keeps running on the config it read then:\n${error}\n`;
      if (error !== undefined) return `note: ${file} has ${atStart === undefined ? "appeared" : "changed"} since the gateway started, and ${INVALID}\n${error}\n`;
      if (atStart === undefined) return `note: ${file} did not exist when the gateway started (it runs on the built-in defaults), and ${NOT_REREAD}\n`;
      if (now === undefined) return `note: ${file} has been removed since the gateway started; the gateway still runs on the config it read then.\n`;
      return `note: ${file} has changed since the gateway started, and ${NOT_REREAD}\n`;
    },
  };
}
