/**
 * Reads the `model` field: a virtual Switchyard model or a real OpenRouter id.
 * @module
 */

/** What the `model` field asks for. */
export type ModelRequest =
  | { mode: "auto" }
  | { mode: "cheapest" }
  | { mode: "task"; task: string }
  | { mode: "tier"; tier: string }
  | { mode: "explicit"; id: string };

/** The virtual model names the gateway lists. */
export const VIRTUAL_MODEL_PREFIX = "switchyard/";

/** Parses `switchyard/auto`, `switchyard/cheapest`, `switchyard/task/<t>`, `switchyard/tier/<t>`, or a real id. */
export function parseModelName(model: string | undefined): ModelRequest {
  if (!model || model === "switchyard/auto" || model === "switchyard") return { mode: "auto" };
  if (model === "switchyard/cheapest") return { mode: "cheapest" };
  if (model.startsWith("switchyard/task/")) return { mode: "task", task: model.slice("switchyard/task/".length) };
  if (model.startsWith("switchyard/tier/")) return { mode: "tier", tier: model.slice("switchyard/tier/".length) };
  return { mode: "explicit", id: model };
}
