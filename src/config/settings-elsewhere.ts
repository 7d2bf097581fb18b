/**
 * Hints for unknown config keys that are real settings written in the wrong place or the wrong way: nothing a few
 * letters off, so "did you mean" says nothing, and "unknown key" alone left the user to find how it is written.
 * @module
 */
import { KEY_LIKE } from "./key-like.js";

/** A budget names what it caps with `name:`; `task: chat` beside `scope: task` is the natural first guess. */
const BUDGET_TARGETS = new Set(["task", "tier", "key"]);

/** What a short plain value reads as in a hint; anything else is not echoed. */
const PLAIN_VALUE = /^[\w./:-]{1,64}$/;

/** The hint (`; ...`) for the unknown `keys` of the object at `path`, whose value is `value`, or "". */
export function settingElsewhereHint(keys: readonly string[], path: readonly PropertyKey[], value: unknown): string {
  const hints: string[] = [];
  if (path.length === 2 && path[0] === "budgets" && typeof value === "object" && value !== null) {
    for (const key of keys.filter((name) => BUDGET_TARGETS.has(name))) {
      const named = (value as Record<string, unknown>)[key];
      // `key: sk-sy-...` (the key itself where its name goes) is a secret a hint must not repeat into a log.
      if (typeof named === "string" && KEY_LIKE.test(named)) hints.push(`; a ${key} budget names its ${key} with name: (its name, not the key itself)`);
      else hints.push(`; a ${key} budget names its ${key} with name: (name: ${typeof named === "string" && PLAIN_VALUE.test(named) ? named : "..."})`);
    }
  }
  if ((path.length === 0 || (path.length === 1 && path[0] === "server")) && keys.some((key) => key === "port" || key === "host")) {
    hints.push("; the port and host are `switchyard serve --port N --host H`, not config keys");
  }
  return hints.join("");
}
