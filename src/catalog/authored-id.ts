/**
 * The catalog id a model name without an author stands for (`gpt-4o-mini`, as OpenAI's own SDK code names it, is
 * `openai/gpt-4o-mini`): the one catalog model whose name after its author is that name (a `:variant` kept), else
 * undefined. OpenRouter refuses such a name, so the gateway calls the model it names; the provider policy reads the
 * same id, so a name cannot reach an author the policy refuses by leaving the author out.
 * @module
 */
import type { ModelCatalog } from "./model-catalog.js";

/** Per catalog: the ids under each name after the author, built once (a request may name thousands of models). */
const byName = new WeakMap<object, Map<string, string[]>>();

export function authoredId(catalog: Pick<ModelCatalog, "list" | "has">, name: string): string | undefined {
  if (name.includes("/") || name.length === 0) return undefined;
  const names = namesOf(catalog);
  const exact = names.get(name);
  if (exact !== undefined) return exact.length === 1 ? exact[0] : undefined;
  // "gpt-4o-mini:nitro": the model's name, then a variant the catalog serves it under.
  const colon = name.indexOf(":");
  const ids = colon > 0 ? names.get(name.slice(0, colon))?.map((id) => id + name.slice(colon)).filter((id) => catalog.has(id)) : undefined;
  return ids?.length === 1 ? ids[0] : undefined;
}

function namesOf(catalog: Pick<ModelCatalog, "list">): Map<string, string[]> {
  let names = byName.get(catalog);
  if (names !== undefined) return names;
  names = new Map();
  for (const { id } of catalog.list()) {
    const slash = id.indexOf("/");
    if (slash <= 0) continue;
    const name = id.slice(slash + 1);
    names.set(name, [...(names.get(name) ?? []), id]);
  }
  byName.set(catalog, names);
  return names;
}
