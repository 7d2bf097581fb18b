/**
 * A request that turns reasoning off (`reasoning: {enabled: false}` or `effort: "none"`), per model of its chain.
 * OpenRouter refuses the switch with a 400 for a model whose reasoning is mandatory (its model schema's
 * `reasoning.mandatory`: "reasoning cannot be disabled and effort \"none\" is rejected"; GPT-5, the o-series, R1), and
 * a 400 does not move the chain on. Such a model gets the request without the switch, and reasons as it must. A model
 * the catalog says can turn reasoning off gets the switch. For a model the catalog says nothing about (a snapshot
 * older than the field, the builtin catalog, an id it does not list), a translating door (Messages, Responses), whose
 * client wrote no OpenRouter field, sends nothing, as before (ADR 0082); a chat client's own switch is forwarded as sent.
 * Only the switch is left out: the rest of the request's `reasoning` (`exclude`, a budget, a summary) still goes, so a
 * chat client that asked for no reasoning text, or a small budget, still gets that from a model that must reason.
 * OpenRouter's shorthand `reasoning_effort: "none"` ("equivalent to setting reasoning.effort") is a switch too.
 * @module
 */
import type { ModelEntry } from "../catalog/model-entry.js";

/** How a plan sends its off switch: where the catalog says the model can take it, or everywhere but where it cannot. */
export type ReasoningOff = "where-optional" | "unless-mandatory";

/** Whether a request turns reasoning off: its `reasoning` (`enabled: false`, `effort: "none"`) or `reasoning_effort: "none"`. */
export function turnsReasoningOff(request: Readonly<Record<string, unknown>>): boolean {
  const { reasoning, reasoning_effort: shorthand } = request;
  if (shorthand === "none") return true;
  if (typeof reasoning !== "object" || reasoning === null) return false;
  const { enabled, effort } = reasoning as { enabled?: unknown; effort?: unknown };
  return enabled === false || effort === "none";
}

/** A request's members without its off switch, in order: `reasoning` keeps its other keys (left out when none is left). */
export function withoutOffSwitch(members: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(members)) {
    if (key === "reasoning_effort" && value === "none") continue;
    const kept = key === "reasoning" ? reasoningWithoutSwitch(value) : value;
    if (kept !== undefined) out[key] = kept;
  }
  return out;
}

function reasoningWithoutSwitch(reasoning: unknown): unknown {
  if (typeof reasoning !== "object" || reasoning === null || Array.isArray(reasoning)) return reasoning;
  const kept = Object.fromEntries(Object.entries(reasoning).filter(([key, value]) => !(key === "enabled" && value === false) && !(key === "effort" && value === "none")));
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * The decision's lines for the models of a chain that go without the off switch, so a caller sees why a model
 * reasoned (and billed for it) after reasoning was turned off: one line for the models whose reasoning the catalog says
 * is mandatory, one for those it says nothing about. None when every model gets the switch.
 */
export function offSwitchReasons(off: ReasoningOff | undefined, chain: readonly { id: string; model: ModelEntry | undefined }[]): string[] {
  if (off === undefined) return [];
  const dropped = chain.filter((candidate) => dropsReasoningOff(off, candidate.model));
  const mandatory = dropped.filter((candidate) => candidate.model?.reasoningMandatory === true).map((candidate) => candidate.id);
  const unknown = dropped.filter((candidate) => candidate.model?.reasoningMandatory === undefined).map((candidate) => candidate.id);
  const lines: string[] = [];
  if (mandatory.length > 0) lines.push(`Reasoning was asked off, but the catalog says ${fewIds(mandatory)} must reason: sent without the off switch, so it reasons and bills for it.`);
  if (unknown.length > 0) lines.push(`Reasoning was asked off, but the catalog does not say whether ${fewIds(unknown)} can turn it off: sent without the off switch, so it answers with its default reasoning.`);
  return lines;
}

/** The first three ids and how many more: the decision record cuts a reason at 400 characters, and the why is at the end. */
function fewIds(ids: readonly string[]): string {
  return ids.length <= 3 ? ids.join(", ") : `${ids.slice(0, 3).join(", ")} and ${ids.length - 3} more`;
}

/** Whether an attempt on `model` goes without the request's `reasoning` (the plan's off switch, when it has one). */
export function dropsReasoningOff(off: ReasoningOff | undefined, model: ModelEntry | undefined): boolean {
  if (off === undefined) return false;
  const mandatory = model?.reasoningMandatory;
  if (mandatory !== undefined) return mandatory;
  return off === "where-optional";
}
