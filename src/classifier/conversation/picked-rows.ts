/**
 * Rows picked out of what an agent's tool returned (thirtieth round): "which ones are nonstop and land before 6pm?
 * flight number and arrival, that's all I need", "which of these need an answer from me today? just the subjects". A
 * which-question over many items of a tool result, answered with some of their fields only, asks for those rows pulled
 * out: extraction, not a fact looked up nor a choice weighed. Read only after a tool result, and never in a coding
 * agent's conversation (there a which-question over findings is a review: `agent-guard.ts`). One item asked for ("which
 * one is cheapest? just the name") is a lookup and is left alone.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** A turn this long at most is a question with its answer's shape, not a new brief. */
const MAX_CHARS = 240;
/**
 * Asks which of many items (plural): "which ones …", "which of these need …", "which of them were …"; not "which of these
 * should we go with", a choice to weigh.
 */
export const WHICH_MANY = new RegExp(
  [
    "\\bwhich (?:ones|of (?:these|them|those) (?:are|were|need|have|had|do|did|don't|still|already|land|leave|arrive|expire|mention|say))\\b",
    // The nine other cue languages (thirty-first round): a plural which-word, "¿cuáles están por debajo del mínimo?",
    // "quali di questi scadono…", "lesquels sont…", "welche davon…", "какие из них…"; not "¿cuál es…?" (one item).
    "(?<![\\p{L}])(?:cu[aá]les (?:no )?(?:de (?:estos|estas|ellos|ellas)|est[aá]n|son|tienen|necesitan|llegan|llegaron|salen|vencen|quedan|faltan|siguen|han|fueron)|quais (?:n[aã]o )?(?:deles|delas|desses|dessas|destes|destas|est[aã]o|s[aã]o|t[eê]m|precisam|chegam|chegaram|vencem|continuam|ainda)|quali (?:non )?(?:di (?:questi|queste|loro)|sono|hanno|devono|scadono|arrivano|mancano|restano)|lesquel(?:le)?s|quels sont ceux|quelles sont celles|welche (?:davon|von (?:ihnen|diesen)|sind|haben|müssen|laufen)|какие из (?:них|этих)|какие (?:ещё|еще|уже) )",
    "哪些|どれとどれ|어떤 것들",
  ].join("|"),
  "u",
);
/** Asks for some fields only: "just the subjects", "only their dates", "flight number and arrival, that's all"; not "not just the contract". */
const FIELDS_ONLY = new RegExp(
  [
    "(?<!\\bnot )\\b(?:just|only) (?:the|their) [a-z]|\\bthat'?s all\\b|\\bnothing else\\b",
    "(?<![\\p{L}])(?:(?:s[oó]lo|solamente|[uú]nicamente) (?:el|la|los|las|su|sus) |nada m[aá]s|(?:s[oó]|somente|apenas) (?:o|a|os|as|seu|seus|sua|suas) |mais nada|(?:solo|soltanto) (?:il|lo|la|i|gli|le|l'|loro) |nient'altro|(?:juste|seulement|uniquement) (?:le|la|les|leur|leurs|l') |rien d'autre|c'est tout|nur (?:die|den|das|deren|ihre|ihren) |sonst nichts|mehr nicht|только (?:номер|назван|им|дат|сумм|код|артикул)|больше ничего)",
    "只要|只给我|只需要|だけ教えて|だけでいい|만 알려",
  ].join("|"),
  "u",
);
/**
 * The whole turn is a which-question over many items and their state, with no judgement asked (thirty-sixth round):
 * "which ones are late?", "which of them are still open?", "¿cuáles están vencidos?", "welche davon sind überfällig?",
 * "哪些还没到货？". Not "which of these should we use?", "which would you pick and why", "which of these are spam? mark
 * each", "which is best": an opinion, a reason, a label or one item asked.
 */
const BARE_STATE_CHARS = 60;
export const JUDGED = /\b(?:you|your|should|would|best|worst|better|worth|why|most|least|cheapest|fits?|matter|recommend|spam|phishing|label|mark|tag)\b|[,;:.!]|porque|por qu[ée]|warum|pourquoi|perch[ée]|почему|为什么|なぜ|왜|最好|推荐|おすすめ|추천|\?[^?]/u;

/** Tasks the picked rows replace: a lookup, a choice weighed, a sorting, or no work. */
const PICKED_FROM = new Set(["simple_qa", "analysis", "classification", "chat"]);

export function pickedRowsGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  const { agent } = reading;
  if (!PICKED_FROM.has(task) || agent.coding || agent.toolMessages === 0) return undefined;
  const text = reading.latestLower;
  if (text.length > MAX_CHARS || !WHICH_MANY.test(text)) return undefined;
  if (FIELDS_ONLY.test(text)) return { task: "extraction", why: "picks rows out of the tool's result and asks for some of their fields only" };
  if (text.length > BARE_STATE_CHARS || JUDGED.test(text.trim())) return undefined;
  return { task: "extraction", why: "picks rows out of the tool's result by their state" };
}
