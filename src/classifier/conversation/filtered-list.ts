/**
 * "just list the ones where latest is a new major" after `npm outdated`, "only the rows where november is below october,
 * list them" after a query, "solo lista los que tienen…", "nur die auflisten, bei denen…", "…のだけ挙げて": some of the
 * items a tool returned, picked by a condition and listed, are pulled out of the result, an extraction (thirty-sixth
 * round: round 35 left the `npm outdated` row read as code_generation, the coding agent's context).
 * Read only after a tool result and in a short turn; a change asked with it ("… and bump them", "upgrade the ones where…")
 * is the change, left to the other readings.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";
import { CHANGE_REQUEST } from "./task-words.js";

/** A turn this long at most is the filter and nothing more. */
const MAX_CHARS = 160;
/**
 * Only some items, by a condition, listed or shown: "just list the ones where…", "only the rows with…", "list only those
 * that…", "show me just the packages whose…", in the ten cue languages.
 */
const LISTED_BY_CONDITION = new RegExp(
  [
    // "just list the ones where", "only show those with", "list only the rows where", "just the ones that …, list them"
    "\\b(?:(?:just|only) (?:list|show|name|print|give)(?: me)?|(?:list|show|name|print|give)(?: me)? (?:just|only)|just|only) (?:the |those )?(?:(?:ones|those|rows|items|entries|lines|packages|deps|dependencies|files|tests|jobs|events|records|users|accounts|orders|regions|products) (?:where|with|that|which|whose|in which|over|under|above|below|older|newer|not)|[a-z]{3,15}s (?:where|whose|in which))\\b",
    // "which of these flights land in time for a 9am start? just list them" (round 44)
    "\\bwhich (?:of (?:these|them|those) )?[^?\\n]{3,80}\\?\\s*(?:just |only )?(?:list|name) them\\b",
    // Findings picked by their kind (round 44): "only the errors (skip warnings), as file:line" after a linter's run.
    "\\b(?:just|only) (?:the )?(?:errors|warnings|failures|failing tests|exceptions|deprecations)\\b",
    // "solo lista los que", "lista solo las que", "dime solo los que", "só os que", "apenas as que"
    "(?<![\\p{L}])(?:(?:s[oó]lo|solamente|[uú]nicamente|s[oó]|somente|apenas) (?:lista|list[ae]|enumera|dime|dame|mu[ée]strame|muestra|mostra|mostre|me (?:d[aáê]|mostra|mostre))\\S* (?:los|las|os|as)(?: \\p{L}{3,15})? (?:que|donde|onde|con|com)|(?:lista|list[ae]|enumera|dime|dame|mu[ée]strame|muestra|mostra|mostre)\\S* (?:s[oó]lo|solamente|[uú]nicamente|s[oó]|somente|apenas) (?:los|las|os|as)(?: \\p{L}{3,15})? (?:que|donde|onde|con|com))",
    // "liste juste ceux où", "donne-moi seulement celles qui", "juste ceux avec"
    "(?<![\\p{L}])(?:(?:liste|donne|montre|cite|affiche)(?:-moi)? )?(?:juste|seulement|uniquement) (?:ceux|celles|les lignes|les paquets) (?:o[uù]|qui|dont|avec|pour lesquel)",
    // "nur die auflisten, bei denen", "zeig mir nur die, wo", "liste nur diejenigen mit"
    "(?<![\\p{L}])(?:nur (?:die|diejenigen)[ ,]{1,2}(?:auflisten|aufzählen|zeigen|nennen|ausgeben)|(?:liste|list|zeig|nenn|gib)\\S*(?: mir)? nur (?:die|diejenigen)[ ,]{1,2}(?:bei denen|wo|die|mit|deren))",
    // "elenca solo quelli con", "mostrami soltanto quelle dove"
    "(?<![\\p{L}])(?:elenca|elencami|mostra|mostrami|dimmi|dammi)\\S* (?:solo|soltanto|solamente) (?:quelli|quelle) (?:con|che|dove|in cui)",
    // "перечисли только те, где", "покажи только те, у которых"
    "(?:перечисли|покажи|выведи|назови|дай)\\S* только (?:те|тех)",
    // "只列出", "只显示…的", "…のだけ挙げて", "…것만 나열해줘"
    "只(?:列出|显示|列|给我列)|(?:の|もの)だけ(?:挙げて|リストアップ|一覧|出して|見せて|表示)|(?:것|거|항목)만 (?:나열|보여|뽑아|리스트)",
  ].join("|"),
  "u",
);
/**
 * Readings a listed filter gets (a coding agent's code work, a weighing of the figures, a lookup) or keeps (an extraction
 * the coding agent's context would otherwise turn into code work).
 */
const MISREAD: ReadonlySet<string> = new Set(["code_generation", "code_review", "analysis", "simple_qa", "chat", "classification", "summarization", "brainstorming", "extraction"]);
/** A change word used as a noun ("a major bump", "the latest update"), which asks for no change. */
const NOUN_BEFORE = /(?:\ba|\ban|\bthe|major|minor|patch|version|security) $/;
const CHANGE_WORDS = new RegExp(CHANGE_REQUEST.source, "g");

/** The words that list some of a tool's results by a condition, when the short turn asks only that (see the module comment). */
export function listedByCondition(reading: ConversationReading): string | undefined {
  if (reading.agent.toolMessages === 0) return undefined;
  const text = reading.latestLower;
  if (text.length > MAX_CHARS) return undefined;
  const asked = LISTED_BY_CONDITION.exec(text);
  if (asked === null) return undefined;
  for (const change of text.matchAll(CHANGE_WORDS)) if (!NOUN_BEFORE.test(text.slice(Math.max(0, change.index - 9), change.index))) return undefined;
  return asked[0];
}

/** Extraction for a short turn that lists some of a tool's results by a condition (see the module comment). */
export function filteredListGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task)) return undefined;
  const asked = listedByCondition(reading);
  return asked === undefined ? undefined : { task: "extraction", why: `'${asked}' lists some of the tool's results by a condition` };
}
