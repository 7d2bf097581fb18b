/**
 * "getting this in prod, can you fix the function?" above a stack trace and the code, outside an agent's run: the change
 * asked to be made, code_generation, as the same ask in a coding agent's run already is (`agent-guard.ts`), not the
 * review the pasted error pulls the reading to (thirty-sixth round). A diagnosis asked with it ("why does it crash?",
 * "how do I fix it?", "explain, I'll fix it myself") keeps the review.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Characters of the turn's first line, above the paste, where the ask is read. */
const HEAD_CHARS = 200;
/**
 * Asks for the fix to be made: "can you fix the function?", "please fix it", "fix this", "¿puedes arreglarlo?", "kannst du
 * das beheben?", "peux-tu corriger…", "pode corrigir…", "puoi correggere…", "исправь", "帮我修一下", "直して", "고쳐 줘". Not
 * "what would you change?", which asks for advice.
 */
const FIX_ASK =
  /\b(?:(?:can|could|would|will) you(?: please)?|please|pls|just) (?:fix|patch)\b|^(?:fix|patch) (?:it|this|that|the)\b|(?:puedes|podr[ií]as) (?:arreglar|corregir)|arr[ée]glalo|corr[ií]gelo|kannst du (?:das|es|ihn|sie) (?:beheben|fixen|reparieren)|peux-tu (?:le |la |les )?(?:corriger|r[ée]parer)|corrige-(?:le|la)|pode (?:corrigir|consertar)|corrija|puoi (?:correggere|sistemare)|correggilo|sistemalo|исправь(?![а-яё])|почини(?![а-яё])|修复一下|帮我修|修一下|直して|修正して|고쳐 ?(?:줘|주세요|줄래)/;
/** A diagnosis asked alongside: the review stays. */
const DIAGNOSIS =
  /\bwhy\b|\bwhat'?s (?:wrong|going on|happening|the (?:bug|problem|issue|cause))|\bwhat would you\b|\bhow (?:do|can|should|would|to) (?:i|we)?\b|\bexplain\b|\bmyself\b|por ?qu[eé]|warum|wieso|pourquoi|perch[eé]|почему|что (?:происходит|не так)|как (?:это |его |её )?(?:починить|исправить)|c[oó]mo (?:lo )?(?:arreglo|soluciono|arreglar|corrijo)|wie (?:kann ich|behebe ich|behebt man)|comment (?:le |la )?(?:corriger|r[ée]parer)|como (?:corrijo|conserto|resolvo)|come (?:lo )?(?:correggo|sistemo)|为什么|為什麼|怎么(?:修|解决|改)|なぜ|どうして|どう直|왜|어떻게 고치/;

/** Code generation for a review reading of a turn whose first line asks for the fix to be made (see the module comment). */
export function fixRequestGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "code_review" || reading.agent.coding) return undefined;
  const text = reading.latestLower;
  const line = text.indexOf("\n");
  const head = text.slice(0, Math.min(line < 0 ? text.length : line, HEAD_CHARS));
  const asked = FIX_ASK.exec(head);
  if (asked === null || DIAGNOSIS.test(head)) return undefined;
  return { task: "code_generation", why: `'${asked[0]}' asks for the fix to be made` };
}
