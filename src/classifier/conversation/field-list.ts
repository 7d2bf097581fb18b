/**
 * "price, weight, battery life. thats it", "flight no, gate, seat and boarding time, thats all i need", "flight no, dep
 * time, price. cheapest three only" after a tool brought a page, a booking or search results: a bare list of field names
 * as the whole ask is those fields pulled out of what the tools returned, an extraction (thirty-fifth round: read as chat
 * or simple_qa, no verb and no question in the turn; round 34 left the boarding-pass row alone).
 * A list of pleasantries ("ok, thanks, bye") is none; a coding agent's list of names is code work and left to it.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Characters the ask may run to. */
const MAX_ASK_CHARS = 120;
/** Field names a list must hold. */
const MIN_FIELDS = 3;
/** Where the list ends and a closing remark may start: a full stop, a dash set apart, a semicolon or "!". */
const LIST_END = /[.;!]\s|\s[-–—]\s|[。！]/u;
/** A space or punctuation mark that may end the list. */
const TRAILING_MARK = /[\s\p{P}]/u;
/** Between field names: commas (Latin, CJK) and "and" in the cue languages. */
const FIELD_SEPARATOR = / ?[,，、] ?| (?:and|&|und|et|y|e|и) /u;
/** A field name: one to three words of letters or digits ("flight no", "dep time", "battery life", "check-in"). */
const FIELD_NAME = /^[\p{L}\p{N}#][\p{L}\p{N}#'.\/-]{0,24}(?: [\p{L}\p{N}#'.\/-]{1,25}){0,2}$/u;
/** Single words that make a list of pleasantries or answers, not fields. */
const NOT_FIELDS: ReadonlySet<string> = new Set([
  "ok", "okay", "k", "kk", "thanks", "thx", "ty", "bye", "yes", "yeah", "yep", "no", "nope", "sure", "cool", "great",
  "perfect", "nice", "lol", "hi", "hey", "hello", "please", "pls", "so", "well", "and", "also", "then",
  "vale", "gracias", "genial", "bueno", "merci", "danke", "grazie", "obrigado", "obrigada", "спасибо", "ciao", "super",
  "parfait", "perfecto", "perfeito", "perfetto", "adiós", "adios", "tschüss", "bien", "top", "claro",
  // Yes in the ten cue languages (round 52): "sim, pode escrever, bem simpático" consents to an offer, it names no fields.
  "sim", "sí", "si", "sì", "oui", "ja", "jawohl", "klar", "certo", "да", "ага", "конечно", "是", "好", "好的", "はい", "네", "예", "응",
]);
/** Function words no field name holds ("dividili in lavoro", "eso es todo"): prepositions, copulas, pronouns. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "in", "into", "by", "to", "for", "from", "with", "as", "is", "are", "it", "i", "me", "my", "you", "en", "dans", "par",
  "est", "es", "ist", "sind", "nach", "zu", "per", "con", "para", "pra", "è", "é", "são", "son", "по", "в", "на", "это",
]);
/** A Chinese, Japanese or Korean character: such a field name runs to a few characters, not a clause. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Characters a field name in those scripts may run to ("登机口", "座位号", "탑승 시간"). */
const MAX_CJK_FIELD_CHARS = 6;
/** First words that make an item an action ("go ahead, ship it, merge"), not a field. */
const ACTION_WORDS: ReadonlySet<string> = new Set([
  "go", "do", "ship", "run", "merge", "fix", "make", "write", "send", "add", "check", "try", "use", "keep", "stop", "let's", "lets",
]);
/** A closing remark after the list: "that's it", "thats all i need", "nothing else", "cheapest three only", "c'est tout". */
const CLOSER =
  /^(?:(?:that'?s|thats|thts) (?:it|all)(?: i need| pls| please)?|nothing else|(?:[\p{L}]+ )?(?:only|just those)(?: (?:pls|please|thx))?|[\p{L}]+ (?:one|two|three|four|five|\d) only|pls|please|thx|c'?est tout|rien d'autre|mehr nicht|das reicht|nur das|nada m[aá]s|solo eso|s[oó] isso|nient'?altro|и вс[её]|больше ничего)[\s\p{P}\p{Extended_Pictographic}]*$/u;
/** Readings a bare list of fields gets, or keeps (an extraction the closing remark would otherwise turn into chat). */
const MISREAD: ReadonlySet<string> = new Set(["chat", "simple_qa", "summarization", "analysis", "creative_writing", "code_generation", "extraction"]);

/** The field names the lower-cased turn is, or undefined when it is anything more (see the module comment). */
export function fieldNames(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_ASK_CHARS || trimmed.includes("\n") || trimmed.includes("?")) return undefined;
  const end = LIST_END.exec(trimmed);
  const list = withoutTrailingMarks((end === null ? trimmed : trimmed.slice(0, end.index)).replace(/\s+/gu, " "));
  const rest = end === null ? "" : trimmed.slice(end.index + end[0].length).trim();
  const parts = list.split(FIELD_SEPARATOR).map((part) => part.trim());
  // The closing remark may also follow the last comma: "flight no, gate, seat, thats all i need".
  const last = parts.at(-1);
  if (rest === "" && last !== undefined && CLOSER.test(last)) parts.pop();
  if (rest !== "" && !CLOSER.test(rest)) return undefined;
  if (parts.length < MIN_FIELDS || !parts.every(isFieldName)) return undefined;
  return parts;
}

/** The text without the spaces and punctuation that end it (a loop, not a regex anchored at the end). */
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_MARK.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** Whether one listed item reads as a field name (see the module comment). */
function isFieldName(part: string): boolean {
  if (!FIELD_NAME.test(part) || NOT_FIELDS.has(part) || CLOSER.test(part)) return false;
  if (CJK.test(part) && part.length > MAX_CJK_FIELD_CHARS) return false;
  const words = part.split(" ");
  return !ACTION_WORDS.has(words[0] ?? "") && !words.some((word) => FUNCTION_WORDS.has(word));
}

/**
 * Rows picked by a which-question, then the fields asked for them (round 38): "which accounts are over 60 days overdue?
 * give me account, contact email, amount. that's it", "¿qué pedidos siguen pendientes? dame número, cliente e importe",
 * "welche Verträge laufen im März aus? gib mir Firma, E-Mail und Enddatum". The fields are what the list after it holds.
 */
const PICKED_THEN_GIVE =
  /^(?:which|what|who|[¿]?(?:qu[eé]|cu[aá]les)|welche|quels|quelles|quali|quais|какие|哪些|どの|어떤)[^?？\n]{1,100}[?？]\s*(?:give me|just give me|just|only|list|show me|i need|dame|solo|gib mir|nur|donne-moi|juste|dammi|solo|me d[áa]|s[óo]|дай|только|给我|只要|ください|줘)\s+/u;

/** A reading of picked rows' fields as ideas asked for ("give me number, customer, amount"). */
const PICKED_MISREAD = "brainstorming";

/** The fields a turn asks for: the whole turn, or the list after a which-question and "give me". */
function askedFields(lower: string, task: string): string[] | undefined {
  const trimmed = lower.trim();
  const picked = PICKED_THEN_GIVE.exec(trimmed);
  if (picked === null) return MISREAD.has(task) ? fieldNames(trimmed) : undefined;
  return MISREAD.has(task) || task === PICKED_MISREAD ? fieldNames(trimmed.slice(picked[0].length)) : undefined;
}

/** A bare list of field names after tool results, outside a coding agent: an extraction (see the module comment). */
export function fieldListGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (reading.agent.coding || reading.agent.toolMessages === 0) return undefined;
  const fields = askedFields(reading.latestLower, task);
  return fields === undefined ? undefined : { task: "extraction", why: `'${fields.join(", ")}' names the fields to pull out of what the tools returned` };
}
