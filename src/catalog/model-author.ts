/**
 * The author of a model id, as the author lists (`routing.allow_authors` / `deny_authors`, a selector's `authors`)
 * compare it: the id's first segment, lower-cased, without the `~` of OpenRouter's alias ids
 * (`~anthropic/claude-opus-latest` is Anthropic's model, served as its newest version).
 * @module
 */
export function authorOfId(id: string): string {
  const first = id.slice(0, id.includes("/") ? id.indexOf("/") : id.length);
  return (first.startsWith("~") ? first.slice(1) : first).toLowerCase();
}

/** Whether an author list names `author` (already as {@link authorOfId} gives it); the list may be in any case. */
export function listsAuthor(list: readonly string[], author: string): boolean {
  for (const listed of list) if (listed === author || listed.toLowerCase() === author) return true;
  return false;
}
