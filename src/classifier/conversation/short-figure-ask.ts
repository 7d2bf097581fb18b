/**
 * A figure named in a short turn of an agent's run (round 47, dev-230): "std dev?", "annualized?", "pro-rate it for this
 * year pls", "what's the blended CAC for paid then", "et en TTC ?" after a tool brought the numbers. Read alone such a turn
 * looks like a quick question; it asks a statistic or a derived figure worked from the run's numbers: maths. Not "what
 * does 502 mean again?" (a term), not a turn that also asks why, for a review or for a split ("mix vs rate"), and only
 * after a tool's result: a turn that sends the run off ("case no HT-2024-…") carries no numbers to work from yet.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import { STATISTIC_NAMES } from "./statistic-names.js";
import type { GuardResult } from "./task-guards.js";

/**
 * A statistic or a figure derived from others, in English, French, Spanish and German shorthand. Not words of everyday
 * talk ("mom", "contrast ratio", "prices with tax", "in usd or cad"; round 47's review).
 */
const FIGURE_NAMED = new RegExp(
  `\\b(?:${STATISTIC_NAMES}|mean and|the mean|annuali[sz]ed?|(?:annual )?run.?rate|pro-?rat\\w*|blended|cagr|yoy|percent(?:age)? change|ttc|incl\\.? (?:vat|tax)|after tax|before tax|moyenne|médiane|écart[- ]type|promedio|desviaci[oó]n|durchschnitt|standardabweichung|hochgerechnet|aufs jahr)\\b|%\\s?(?:of|change|increase|decrease)\\b`,
);
/** A yes/no question about what the results say ("are those prices with tax?", "is that the average?"): a lookup. */
const YES_NO = /^(?:are|is|does|do|did|can|could|will|would|has|have|was|were)\b/;
/** An average of what people say of a thing: a looked-up rating, not a sum. */
const RATING = /\b(?:rating|ratings|reviews?|stars?|score on)\b/;
/** A term asked what it means, a cause, or a review: not a figure to work out. */
const OTHER_ASK = /\bwhat (?:does|do)\b[^?\n]{0,40}\bmean\b|\bmeans\b|\b(?:why|explain|anything|review|risky|look at|ship|should|vs|versus)\b|pourquoi|por qu[eé]|warum/;
/** Longest turn read this way. */
const MAX_CHARS = 80;
/** Readings such a turn is mistaken for. */
const MISREAD = new Set(["simple_qa", "analysis", "code_review", "extraction", "chat"]);

/** Maths for a statistic or a derived figure named in a short turn of an agent's run (module comment). */
export function shortFigureAskGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.agent.toolResultsBeforeLatest === 0 || reading.latestLower.length > MAX_CHARS * 2) return undefined;
  const text = reading.latestLower.trim();
  if (text.length > MAX_CHARS || text.includes("\n") || OTHER_ASK.test(text) || YES_NO.test(text) || RATING.test(text)) return undefined;
  const named = FIGURE_NAMED.exec(text);
  return named === null ? undefined : { task: "math", why: `'${named[0]}' names a figure to work out from the run's numbers` };
}
