/**
 * A figure the turn asks to be worked out, though it reads as a judgement or a lookup (round 38):
 * - a test statistic named over raw counts: "Is B's click rate significantly higher? give me z and p", "give the t
 *   statistic and the p-value", "¿es significativa? dame z y p", "Gib z und p an", "significant at 95%?", "give the
 *   difference and a quick t-test" over two series of build times (round 39: read as debugging a system's figures),
 *   "two-sided z-test for proportions, p-value and 95% CI on the absolute lift" (round 41: no verb, read as analysis);
 * - a date or a level projected from a trend: "at this growth rate, when will the volume be full?", "if usage keeps
 *   growing like this, which week do we hit 90%?", "a este ritmo, ¿cuándo se llena el disco?", "bei diesem Wachstum: wann
 *   ist die Platte voll?", "按现在的增长速度，磁盘什么时候满？".
 * Both are maths: a computation from the figures given or brought by a tool. A p-value already in the text and asked to
 * be read ("what does p = 0.03 mean here?") names no test to run and is left alone, as is a date asked of the past.
 * @module
 */
import { countNumbers } from "./count-numbers.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** A test statistic asked for by name, in the ten cue languages. */
const STATISTIC_ASK = new RegExp(
  [
    /\b(?:give|compute|calculate|report|show|what(?:'s| is| are)) (?:me )?(?:the )?(?:z|t|chi-squared?|χ²)(?:[- ](?:statistic|score|value))?(?: and (?:the )?p(?:-value)?)\b/.source,
    /\bz (?:and|y|und|et|e|и) p\b|\bsignificant(?:ly \w+)? at (?:the )?(?:\d{2}(?:\.\d)?|5) ?%|\b(?:do|run|and|with|plus|give(?: me)?) an? (?:quick |simple )?(?:two[- ]proportion |two[- ]sample |paired |one[- ]sample |welch'?s? )?(?:z|t|chi-squared?)[- ]test\b/.source,
    // Round 41: a test named with its outputs and no verb ("two-sided z-test for proportions, p-value and 95% CI on the lift").
    /\b(?:(?:two|one)[- ]sided |two[- ]proportion |two[- ]sample |paired |welch'?s? )?(?:z|t|chi-squared?)[- ]test\b[^.?!\n]{0,60}\bp[- ]?values?\b|\bp[- ]?value and (?:the |a )?\d{2} ?% (?:ci|confidence interval)\b/.source,
    /significativ\p{L}* al \d{2} ?%|signifikant (?:auf dem|bei|zum) \d{2}|significati\p{L}* à \d{2} ?%|z值和p值|z値とp値|z값과 p값/u.source,
  ].join("|"),
  "u",
);
/**
 * A financial figure named for each option (round 41): "NPV of each, which is cheapest", "the IRR for both plans",
 * "compute the net present value". Money words read it as a business judgement; it is a computation first.
 */
const FINANCE_FIGURE_ASK =
  /\b(?:npvs?|irrs?|net present values?|internal rates? of return|payback periods?) (?:of|for) (?:each|both|all|every|the (?:two|three|four|options|plans|offers))\b|\b(?:compute|calculate|work out|what(?:'s| is| are)) (?:the )?(?:npvs?|irrs?|net present values?|internal rates? of return)\b/;
/** A p-value already obtained ("got a p-value of 0.04", "p = 0.03"): the test ran; what is asked is a reading of it. */
const P_VALUE_GIVEN = /\bp(?:[- ]?values?)? ?(?:of|=|was|is|came out(?: at)?|:|<|>) ?0?\.\d/;
/** A trend carried forward: "at this rate", "if it keeps growing like this", in the ten cue languages. */
const AT_THIS_RATE =
  /\bat (?:this|the current|that|our current|the same) (?:growth |burn |fill )?(?:rate|pace)\b|\bif (?:it|usage|growth|this|that|the \w+) keeps (?:growing|going up|rising|climbing|filling)\b|a este ritmo|al ritmo actual|a (?:este|ese) paso|bei diesem (?:wachstum|tempo)|im aktuellen tempo|à ce rythme|au rythme actuel|a questo ritmo|al ritmo attuale|(?:nesse|neste|a este) ritmo|такими темпами|при таком (?:росте|темпе)|按(?:现在|目前|这个|這個)的?(?:增长|增長)?(?:速度|速率)|このペースで|이 (?:속도|추세)(?:로|라면)/u;
/** When or where the trend arrives: a date, a week, a level. */
const WHEN_ARRIVES =
  /\b(?:when (?:will|do|does|would|are|is)|which (?:day|week|month|quarter|year)|how (?:long|many (?:days|weeks|months)) (?:until|before|till)|what date)\b|cu[aá]ndo|wann|quand|quando|когда|什么时候|何时|何時|いつ|언제/u;
/** Characters of the turn's head and of its tail read for the ask. */
const ASK_CHARS = 1500;
/** Numbers the turn or a tool's result gives for the figure. */
const MIN_FIGURES = 2;
/**
 * Readings such an ask is mistaken for: a judgement of the figures, a lookup, or rows picked out of them. A maths reading
 * is kept, so the judged-figures guard ("is the gap significant?") does not read it as a judgement.
 */
const MISREAD = new Set(["analysis", "simple_qa", "extraction", "chat", "math"]);
/** A review: a system's figures (build times, latencies) read as debugging, outside a coding agent's run (round 39). */
const MISREAD_AS_REVIEW = "code_review";

/** Odds or a probability asked ("what are my actual odds of winning … and how does that compare to …"): figures to work out (round 42). */
/** A game of chance the odds are asked of: the chances of rain or of getting into a college are no sum to work out. */
const GAME_OF_CHANCE = /\b(?:dice|die|coins?|cards?|deck|lottery|lotto|raffle|tickets?|draws?|rolls?|rolling|flips?|flipping|marbles?|balls?|urn|roulette|spins?|jackpot|powerball)\b/;
export const PROBABILITY_ASK = /\b(?:odds|probabilit(?:y|ies)|chances?) (?:of|that)\b|\bwhat(?:'s| are| is) (?:my|the|our) (?:actual |real |exact )?(?:odds|chances?|probability)\b|probabilidad(?:es)? de|probabilidade de|wahrscheinlichkeit|probabilit[ée] (?:de|que)|probabilit[àa] (?:di|che)|вероятность|概率|機率|確率|확률/;
/** Maths for a test statistic named or a trend projected from the figures (module comment). */
export function workedFigureGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) && !(task === MISREAD_AS_REVIEW && !reading.agent.coding)) return undefined;
  const lower = reading.latestLower;
  // The ask is in the turn's head or tail: a pasted log of a megabyte is not scanned whole.
  const text = lower.length <= 2 * ASK_CHARS ? lower : `${lower.slice(0, ASK_CHARS)}\n${lower.slice(-ASK_CHARS)}`;
  if (STATISTIC_ASK.test(text) && countNumbers(text, 4) >= 4 && !P_VALUE_GIVEN.test(text)) return { task: "math", why: "names a test statistic to compute from the counts" };
  if (FINANCE_FIGURE_ASK.test(text) && countNumbers(text, 4) >= 4) return { task: "math", why: "names a financial figure to compute for each option" };
  if (PROBABILITY_ASK.test(text) && GAME_OF_CHANCE.test(text) && countNumbers(text, 1) >= 1) return { task: "math", why: "asks the odds of an outcome, a probability to work out" };
  if (AT_THIS_RATE.test(text) && WHEN_ARRIVES.test(text) && (reading.agent.toolMessages > 0 || countNumbers(text, MIN_FIGURES) >= MIN_FIGURES)) {
    return { task: "math", why: "asks when a trend carried forward arrives, a figure to work out" };
  }
  return undefined;
}
