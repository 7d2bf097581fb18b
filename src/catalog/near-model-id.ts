/**
 * The catalog model an unknown id is a few letters off (`gpt-4o-mnii` → `openai/gpt-4o-mini`), for the "did you mean"
 * of an error about a model id.
 * @module
 */
import { closestName } from "../core/closest-name.js";

/** The catalog id `id` is a few letters off, by full id or, for an id without its author, by the name after it. */
export function nearModelId(id: string, ids: readonly string[]): string | undefined {
  const full = closestName(id, ids, 1 / 3);
  if (full !== undefined || id.includes("/")) return full;
  const byName = new Map<string, string>();
  for (const candidate of ids) {
    const name = candidate.slice(candidate.indexOf("/") + 1);
    if (!byName.has(name)) byName.set(name, candidate);
  }
  const name = closestName(id, [...byName.keys()], 1 / 3);
  return name === undefined ? undefined : byName.get(name);
}
