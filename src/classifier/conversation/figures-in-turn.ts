/**
 * A rate, a share or an average asked of figures the turn itself lists (round 39): "HTTP status counts last hour: 200:
 * 1,204,331; … 503: 7,604. Error rate (5xx) and client error rate (4xx) as %?", "signups 18,000, activated 12,600, paid
 * 4,100, retained 1,300 — what fraction is left after each step?", "Lap times 71.2, 70.8, 72.4 s over 5.8 km: average speed
 * in km/h?", and a short follow-up after a turn that listed them ("営業利益率は何%？" after a summary of sales and profit).
 * The figures made the reading a judgement of a system's or a business's numbers, a lookup or a summary; the question asks
 * a figure to work out, which is maths, as `figures-of-results.ts` reads the same ask over a tool's table.
 * Only a question asks: the phrase is in a sentence that ends with a question mark ("as % of system input volume." under
 * a table, "im Schnitt 14,20." describe the figures). A why, a judgement ("should we worry?", "would you call this
 * jitter?"), code in the turn, or an agent's run leaves the reading alone.
 * @module
 */
import { showsCode } from "./code-shape.js";
import { countNumbers } from "./count-numbers.js";
import { WHY } from "./figures-of-results.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** The figure asked, in the ten cue languages, then the rest of its sentence up to a question mark. */
const FIGURE_QUESTION = new RegExp(
  [
    /(?<![\p{L}])(?:as (?:an? )?(?:%|percent(?:ages?|s)?)|what (?:fraction|share|proportion)|(?:average|mean) (?:speed|velocity|pace)|batting average)(?![\p{L}])/u.source,
    /(?<![\p{L}])(?:en pourcentage|quelle (?:part|fraction|proportion)|vitesse moyenne|en porcentaje|qu[eé] (?:fracci[oó]n|proporci[oó]n)|velocidad (?:media|promedio)|in prozent|welche[rn]? anteil|durchschnittsgeschwindigkeit|in percentuale|che frazione|velocit[àa] media|em porcentagem|que (?:fra[çc][ãa]o|propor[çc][ãa]o)|velocidade m[ée]dia|в процентах|как(?:ая|ую) (?:доля|долю)|средн(?:яя|юю) скорость)(?![\p{L}])/u.source,
    /百分之几|百分比是多少|占比(?:是)?多少|平均速度是多少|何[%％]|何パーセント|何割|平均時速|몇 ?%|몇 퍼센트|평균 속도/u.source,
  ]
    .map((ask) => `(?:${ask})[^.!?\\n。！？]{0,60}[?？]`)
    .join("|"),
  "u",
);
/** A judgement of the figures asked with them. */
const JUDGED =
  /\b(?:should (?:we|i)|worr(?:y|ied)|would you call|is (?:this|that|it) (?:normal|ok|okay|bad|good|healthy)|what(?:'s| is) going on|what do you make|concerning)\b|deber[ií]amos|preocup|sollten wir|bedenklich|inqui[ée]t|dovremmo|preoccup|devemos|стоит ли|беспоко|担心|心配|걱정/u;
/** Numbers the figures must run to. */
const MIN_FIGURES = 4;
/** Characters of a follow-up that asks the figure of the turn before. */
const MAX_FOLLOW_UP_CHARS = 60;
/** Characters of the turn's head and tail read for the ask. */
const ASK_CHARS = 1500;
/** Readings the figures pull such an ask to (a review: a system's figures read as debugging). */
const MISREAD: ReadonlySet<string> = new Set(["analysis", "simple_qa", "chat", "summarization", "extraction", "code_review"]);

/** Maths for a rate, a share or an average asked of the figures the turn, or the turn before it, lists (module comment). */
export function figuresInTurnGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.agent.coding || reading.agent.toolMessages > 0) return undefined;
  const lower = reading.latestLower;
  const text = lower.length <= 2 * ASK_CHARS ? lower : `${lower.slice(0, ASK_CHARS)}\n${lower.slice(-ASK_CHARS)}`;
  const asked = FIGURE_QUESTION.exec(text);
  if (asked === null || WHY.test(text) || JUDGED.test(text) || showsCode("user", reading.latest)) return undefined;
  const figures = countNumbers(text, MIN_FIGURES) >= MIN_FIGURES || (text.length <= MAX_FOLLOW_UP_CHARS && countNumbers(reading.previousUserLower, MIN_FIGURES) >= MIN_FIGURES);
  return figures ? { task: "math", why: `'${asked[0]}' asks for a figure worked out from the figures listed` } : undefined;
}
