/**
 * A request that turns reasoning off (`reasoning: {enabled: false}` or `effort: "none"`), per model of its chain.
 * OpenRouter refuses the switch with a 400 for a model whose reasoning is mandatory (its model schema's
 * `reasoning.mandatory`: "reasoning cannot be disabled and effort \"none\" is rejected"; GPT-5, the o-series, R1), and
 * a 400 does not move the chain on. Such a model gets the request without the switch, and reasons as it must. A model
 * the catalog says can turn reasoning off gets the switch. For a model the catalog says nothing about (a snapshot
 * older than the field, the builtin catalog, an id it does not list), a translating door (Messages, Responses), whose
 * client wrote no OpenRouter field, sends nothing, as before (ADR 0082); a chat client's own switch is forwarded as sent.
 * @module
 */
import type { ModelEntry } from "../catalog/model-entry.js";

/** How a plan sends its off switch: where the catalog says the model can take it, or everywhere but where it cannot. */
export type ReasoningOff = "where-optional" | "unless-mandatory";

/** Whether a request's `reasoning` turns reasoning off. */
export function turnsReasoningOff(reasoning: unknown): boolean {
  if (typeof reasoning !== "object" || reasoning === null) return false;
  const { enabled, effort } = reasoning as { enabled?: unknown; effort?: unknown };
  return enabled === false || effort === "none";
}

/** Whether an attempt on `model` goes without the request's `reasoning` (the plan's off switch, when it has one). */
export function dropsReasoningOff(off: ReasoningOff | undefined, model: ModelEntry | undefined): boolean {
  if (off === undefined) return false;
  const mandatory = model?.reasoningMandatory;
  if (mandatory !== undefined) return mandatory;
  return off === "where-optional";
}
