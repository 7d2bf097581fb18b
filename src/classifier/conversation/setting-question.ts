/**
 * A setting asked for (twentieth round): "what temp should I serve it at?", "which grit do I start with?", "what size
 * drill bit for a 6mm plug?". A short question after a recommendation or a recipe looks up one value; it weighs nothing.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { AskedWork } from "./asked-work.js";

/** The question opens with the setting, and ends with its question mark: at most a short clause between. */
const SETTING_QUESTION =
  /^(?:(?:ok|okay|and|so|also|oh|quick q|quick question)[,:]?\s+)?(?:what|which) (?:temp|temperature|oven temp|heat|setting|size|gauge|dose|dosage|pressure|psi|speed|rpm|wattage|voltage|angle|depth|grit)\b[^?.!\n]{0,40}\?\s*$/;
/** A choice between values named in the question ("the 12 or the 14 inch?") is weighed, not looked up. */
const CHOICE = /\bor\b|\bvs\.?\b|\bversus\b/;
/** Readings a setting asked for is mistaken for: advice, reasoning or small talk about the thing it is for. */
const SETTING_MISREAD = new Set(["analysis", "deep_reasoning", "chat", "brainstorming"]);

/** A quick answer for a short question that asks for one setting. */
export function settingQuestionGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  if (!SETTING_MISREAD.has(task) || reading.agent.coding) return undefined;
  const text = reading.latestLower.trim();
  if (!SETTING_QUESTION.test(text) || CHOICE.test(text)) return undefined;
  return { task: "simple_qa", why: "asks for one setting" };
}
