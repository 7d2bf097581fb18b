/**
 * "security wants every distinct client IP and user that got a 403" after a log query, "todas las IPs distintas que…",
 * "alle eindeutigen Benutzer, die…", "все уникальные IP", "去重后的所有用户": every distinct value of a field, pulled out
 * of what a tool returned, is an extraction (forty-first round: read as code_generation or a lookup). Read only after a
 * tool result, in a turn of a few sentences that asks no change.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";
import { CHANGE_REQUEST } from "./task-words.js";

/** A turn this long at most is the ask and its reason. */
const MAX_CHARS = 240;
/** Every distinct value of a field, or the values without repeats, in the ten cue languages. */
const DISTINCT_VALUES =
  /\b(?:every|all(?: the)?|each|list (?:of )?(?:the |all )?) ?(?:distinct|unique|deduplicated|deduped) (?=[a-z])|\bwithout (?:duplicates|repeats)\b|(?<!\p{L})(?:todos los|todas las|todos os|todas as|tous les|toutes les|tutti gli|tutti i|tutte le) [^\s,.;]{1,30}(?: [^\s,.;]{1,30})? (?:distint[oa]s|[uú]nic[oa]s|distinct(?:e)?s|uniques|distint[ie]|unic[ih]e?)(?!\p{L})|sin (?:repetir|duplicados)|sans doublons|senza (?:duplicati|ripetizioni)|sem (?:repeti[çc][ãa]o|duplicados)|(?<!\p{L})alle (?:eindeutigen|distinkten) |ohne (?:duplikate|doppelte)|(?<!\p{L})вс[еёя]\S{0,2} (?:уникальн|различн)|без (?:повторов|дубликатов)|去重|不重复的|所有不同的|重複(?:を除いた|なし|なく|を除いて)|ユニークな|중복 ?(?:없이|제거)|고유한/u;
/** Readings a list of a tool's distinct values gets (code work, a lookup, a weighing, a summary). */
const MISREAD: ReadonlySet<string> = new Set(["code_generation", "code_review", "analysis", "simple_qa", "chat", "summarization", "classification"]);

/** Extraction for a short turn that asks every distinct value of what a tool returned (see the module comment). */
export function distinctValuesGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.agent.toolMessages === 0) return undefined;
  const text = reading.latestLower;
  if (text.length > MAX_CHARS || CHANGE_REQUEST.test(text)) return undefined;
  const asked = DISTINCT_VALUES.exec(text);
  return asked === null ? undefined : { task: "extraction", why: `'${asked[0].trim()}' asks every distinct value of the tool's results` };
}
