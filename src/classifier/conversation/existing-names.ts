/**
 * The names of items already there, asked for (round 43, dev-196: "just the names of the crashlooping ones" after
 * `kubectl get pods`; "names only, the failing ones"): the items' name field picked out, extraction. The model reads
 * "names" as names to invent (brainstorming); names to invent are asked as ideas, suggestions or names *for* something.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

const NAMES_OF_ITEMS = /\b(?:(?:just|only) (?:give me )?(?:the )?names\b|names only\b|(?:just |only )?the names of (?:the|these|those|all|every|each|any)\b|nur (?:die )?namen\b|solo (?:los |i )?nombres\b|solo (?:i )?nomi\b|seulement les noms\b|s[óo] os nomes\b|только (?:их )?(?:имена|названия)\b)/u;
/** Names to invent: ideas, suggestions, names for something. */
const NAMES_TO_INVENT = /\b(?:ideas?|suggest\w*|come up|brainstorm\w*|new names?|names? for|naming|catchy|creative|alternatives?|options)\b/;
/** A turn this long at most picks from what came before; a longer one brings its own material. */
const MAX_ASK_CHARS = 160;

/** Names of items already in the conversation, asked for: extraction (see the module comment). */
export function existingNamesGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "brainstorming" || reading.latestIndex < 1 || reading.latestLower.length > MAX_ASK_CHARS) return undefined;
  const text = reading.latestLower;
  if (!NAMES_OF_ITEMS.test(text) || NAMES_TO_INVENT.test(text)) return undefined;
  return { task: "extraction", why: "asks for the names of items already in the conversation, not names to invent" };
}
