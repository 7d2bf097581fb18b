/**
 * The catalog model an unknown id is a few letters off (`gpt-4o-mnii` → `openai/gpt-4o-mini`), for the "did you mean"
 * of an error about a model id. A name without its author that several authors' models share is answered with each of
 * them: the id fewest letters off would be whichever author's name is shortest, not the one meant. An author's name
 * alone gets none.
 * @module
 */
import { closestName } from "../core/closest-name.js";

/** The catalog ids `id` is a few letters off, by full id or, for an id without its author, by the name after it. */
export function nearModelIds(id: string, ids: readonly string[]): string[] {
  // An author's name (`openai`, `openai/`): any one of its models would be a guess, the shortest id at that.
  const author = id.endsWith("/") ? id.slice(0, -1) : id;
  if (!author.includes("/") && ids.some((candidate) => candidate.startsWith(`${author}/`))) return [];
  const byName = id.includes("/") ? undefined : idsByName(ids);
  const shared = byName?.get(id);
  if (shared !== undefined && shared.length > 1) return shared;
  const full = closestName(id, ids, 1 / 3);
  if (full !== undefined || byName === undefined) return full === undefined ? [] : [full];
  const name = closestName(id, [...byName.keys()], 1 / 3);
  return name === undefined ? [] : (byName.get(name) ?? []);
}

/** ` Did you mean "X"?`, or one of several authors' models of that name (at most five), or "". */
export function didYouMeanModel(id: string, ids: readonly string[]): string {
  const near = nearModelIds(id, ids);
  if (near.length === 0) return "";
  if (near.length === 1) return ` Did you mean "${near[0] ?? ""}"?`;
  const listed = near.slice(0, 5).map((candidate) => `"${candidate}"`).join(", ");
  return ` Did you mean one of ${listed}${near.length > 5 ? ` (and ${near.length - 5} more)` : ""}? Several authors have a model of that name: name it with its author.`;
}

function idsByName(ids: readonly string[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const candidate of ids) {
    const name = candidate.slice(candidate.indexOf("/") + 1);
    const same = byName.get(name);
    if (same) same.push(candidate);
    else byName.set(name, [candidate]);
  }
  return byName;
}
