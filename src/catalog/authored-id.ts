/**
 * The catalog id a model name without an author stands for (`gpt-4o-mini`, as OpenAI's own SDK code names it, is
 * `openai/gpt-4o-mini`): the one catalog model whose name after its author is that name (a `:variant` kept), else
 * undefined. OpenRouter refuses such a name, so the gateway calls the model it names; the provider policy reads the
 * same id, so a name cannot reach an author the policy refuses by leaving the author out.
 * @module
 */
import type { ModelCatalog } from "./model-catalog.js";

export function authoredId(catalog: Pick<ModelCatalog, "list" | "has">, name: string): string | undefined {
  if (name.includes("/") || name.length === 0) return undefined;
  const authors = new Set(catalog.list().flatMap((model) => (model.id.indexOf("/") > 0 ? [model.id.slice(0, model.id.indexOf("/"))] : [])));
  const found = [...authors].map((author) => `${author}/${name}`).filter((candidate) => catalog.has(candidate));
  return found.length === 1 ? found[0] : undefined;
}
