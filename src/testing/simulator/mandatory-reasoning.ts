/**
 * Models whose reasoning OpenRouter marks `mandatory` ("reasoning cannot be disabled and effort \"none\" is rejected",
 * its model schema): a request that turns reasoning off (`reasoning.enabled: false` or `effort: "none"`) is a 400
 * there, "Reasoning is mandatory for this endpoint and cannot be disabled." Reported for OpenAI's GPT-5 and o-series
 * and DeepSeek R1; the catalog snapshots do not carry the flag, so the simulator names them, and its `/models` says so
 * (`reasoning.mandatory`, as OpenRouter's does since mid-2026).
 * @module
 */

const MANDATORY_PREFIXES = ["openai/gpt-5", "openai/o1", "openai/o3", "openai/o4", "deepseek/deepseek-r1"] as const;

/** OpenRouter's message for a request that turns off a mandatory reasoning. */
export const REASONING_MANDATORY_MESSAGE = "Reasoning is mandatory for this endpoint and cannot be disabled.";

/** Whether `model` reasons whatever the request says (GPT-5's chat variant does not reason). */
export function reasoningIsMandatory(model: string): boolean {
  return MANDATORY_PREFIXES.some((prefix) => model.startsWith(prefix)) && !model.includes("-chat");
}

/** Whether a request body's `reasoning` turns reasoning off. */
export function turnsReasoningOff(reasoning: unknown): boolean {
  if (typeof reasoning !== "object" || reasoning === null) return false;
  const { enabled, effort } = reasoning as { enabled?: unknown; effort?: unknown };
  return enabled === false || effort === "none";
}
