/**
 * A list split, grouped or sorted into groups the turn names (thirty-first round): "dividili in lavoro, famiglia e
 * salute", "Mi dividi questi vini in rossi, bianchi e rosati?", "sort these into fixed and variable", "把这些分成工作、家庭和健康".
 * Each item goes to one of the named groups: classification. The groups must be words: "divide them into 3 equal
 * parts" or "groups of 5" is maths, and no digit may stand between the verb and the groups.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** A group's name: one to three words of letters (no digits). */
const ITEM = "['\"‘“]?\\p{L}[\\p{L}'’-]*(?: \\p{L}[\\p{L}'’-]*){0,2}['\"’”]?";
/** Two to ten names joined by a comma and "and" / "or" in the ten languages (bounded, so a hostile run of commas stays linear). */
const LIST = `${ITEM}(?:, ${ITEM}){0,8},? (?:and|or|vs\\.?|versus|e|y|et|und|oder|ou|o|и|или) ${ITEM}`;
/** Verbs of splitting, grouping, sorting or separating in the European languages of the ten; the list they sort is named
 * between the verb and the groups ("split these into", "dividi questi vini in"), as "we split into two teams" does not. */
const VERB =
  "(?:split|divide|group|sort|separate|divid\\p{L}*|raggrupp\\p{L}*|suddivid\\p{L}*|separ\\p{L}*|s[ée]par\\p{L}*|agr[uú]p\\p{L}*|div[ií]d\\p{L}*|sep[aá]r\\p{L}*|regroup\\p{L}*|r[ée]partis\\p{L}*|tei(?:l|le)|gruppier\\p{L}*|sortier\\p{L}*|раздел\\p{L}*|разбе\\p{L}*|разбить|сгруппир\\p{L}*|распредел\\p{L}*)";
/** The same verbs with the list as an attached pronoun: "dividili", "agrúpalos", "regroupe-les", "separe-os". */
const VERB_WITH_PRONOUN =
  "(?:(?:divid|raggrupp|suddivid|separ)[ai](?:li|le)|(?:div[ií]d|agr[uú]p|sep[aá]r)[ae](?:los|las)|(?:regroupe|sépare|répartis|trie|range)-les|(?:agrupe|separe|divida|agrupa|separa)-(?:os|as))";
/** The preposition before the groups. */
const INTO = "(?:into|in|en|em|entre|tra|fra|между|на)";
const WESTERN = new RegExp(`(?<!\\p{L})(?:${VERB_WITH_PRONOUN} |${VERB} [^.?!\\n:;\\d]{1,40}? )${INTO} ${LIST}(?!\\p{L})`, "u");
/** German puts the verb last: "die Liste in Obst, Gemüse und Sonstiges sortieren / einteilen". */
const GERMAN = new RegExp(`(?<!\\p{L})in ${LIST} (?:sortier|einteil|aufteil|gruppier|einordn|einsortier)\\p{L}*`, "u");
/** Chinese: 分成 / 分为 / 归为 and the groups joined by 、 and 和 / 与 / 或. */
const CHINESE = /(?:分成|分为|分為|归为|歸為|归成|分到)(?:[\p{Script=Han}]{1,6}[、，,])+[\p{Script=Han}]{0,6}(?:和|与|與|跟|或)[\p{Script=Han}]{1,6}|(?:分成|分为|分為)(?:[\p{Script=Han}]{1,6}[、，,])+[\p{Script=Han}]{1,6}(?:三|两|兩|几|幾)?(?:类|類|组|組)/u;
/** Japanese: the groups joined by 、 / ・ / と, then に分け. */
const JAPANESE = /(?:\p{L}{1,8}[、・と])+\p{L}{1,8}に分け/u;
/** Korean: the groups joined by commas or 와/과, then 로 / 으로 나눠 / 분류. */
const KOREAN = /(?:\p{L}{1,8}, ?)+\p{L}{1,8}(?:으로|로) (?:나눠|나누어|구분)/u;
/** A cheap look most turns fail, before the patterns. */
const HINT = /split|divid|divíd|group|grupp|grup|grúp|sort|separ|sépar|sepár|regroup|partis|tei|sortier|ordn|раздел|разб|сгрупп|распредел|分成|分为|分為|归|歸|分到|に分け|나눠|나누어|구분/;
/** Where the ask is looked for: the turn's head and its tail. */
const ASK_CHARS = 1500;
/**
 * Readings a sorting into named groups replaces: a lookup, a weighing, or no work. Not text work: a summary's reading is
 * the bench's 100-token decision, and looking there cost it about 1% more instructions.
 */
const GROUPED_FROM = new Set(["simple_qa", "analysis", "chat"]);

export function namedGroupsGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!GROUPED_FROM.has(task)) return undefined;
  const text = reading.latestLower;
  const parts = text.length <= 2 * ASK_CHARS ? [text] : [text.slice(0, ASK_CHARS), text.slice(-ASK_CHARS)];
  for (const part of parts) {
    if (!HINT.test(part)) continue;
    const match = WESTERN.exec(part) ?? GERMAN.exec(part) ?? CHINESE.exec(part) ?? JAPANESE.exec(part) ?? KOREAN.exec(part);
    if (match !== null) return { task: "classification", why: `'${match[0].slice(0, 40)}' sorts the items into groups it names` };
  }
  return undefined;
}
