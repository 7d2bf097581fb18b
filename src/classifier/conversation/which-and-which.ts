/**
 * Items sorted into two groups by asking which are one and which the other (round 38): "Which of these expenses are
 * fixed and which are variable? just sort them", "¿cuáles son fijos y cuáles variables?", "welche sind fix und welche
 * variabel?", "lesquels sont fixes et lesquels variables ?", "quali sono fisse e quali variabili?", "quais são fixas e quais
 * variáveis?", "какие из них постоянные, а какие переменные?", "哪些是固定的，哪些是可变的？", "どれが固定でどれが変動？",
 * "어떤 게 고정이고 어떤 게 변동이야?". Each item goes to one of the two: classification, however many figures the items
 * carry. The items are listed below the ask (three or more), or a tool brought them and the turn names the sorting ("just
 * sort them"): "which service is the culprit and which are just victims?" over a tool's metrics is a diagnosis. A property of numbers ("which are
 * prime and which are composite?") is maths, and a comparison ("which is lighter and which has the better battery?") a
 * weighing: both are left alone. Items a tool brought (an inbox, a ticket queue) count as listed outside a coding run
 * (round 53). The sorting is named ("just sort them") or the ask's line is short and asks no judgement:
 * "which rules are worth keeping and which are just annoying members? What does this tell you?", "¿cuáles te parecen
 * abusivas y cuáles normales?" and "which are within policy and which would you book?" weigh the items (analysis).
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** "which … are/is A and which (are) B" in the ten cue languages; each gap bounded, so the scan stays linear. */
const WHICH_AND_WHICH = new RegExp(
  [
    /\bwhich (?:of (?:these|them|those|the \w+) )?[^?.!\n]{0,40}?\b(?:are|is)\b[^?.!\n]{1,40}?,? and which\b/.source,
    /(?<![\p{L}])cu[aá]les [^?.!\n]{1,50}?,? y cu[aá]les(?![\p{L}])/u.source,
    /(?<![\p{L}])welche [^?.!\n]{1,50}?,? und welche(?![\p{L}])/u.source,
    /(?<![\p{L}])(?:lesquel(?:le)?s|quels|quelles) [^?.!\n]{1,50}?,? et (?:lesquel(?:le)?s|quels|quelles)(?![\p{L}])/u.source,
    /(?<![\p{L}])(?:quali|quais) [^?.!\n]{1,50}?,? e (?:quali|quais)(?![\p{L}])/u.source,
    /(?<![\p{L}])какие [^?.!\n]{1,50}?,? (?:а|и) какие(?![\p{L}])/u.source,
    /哪些[^？?。！!\n]{1,30}[，,、]\s*哪些/.source,
    /どれが[^？?。！!\n]{1,30}(?:で|、)どれが/.source,
    /어떤 (?:게|것이|건)[^?？.!\n]{1,30}어떤 (?:게|것이|건)/.source,
  ].join("|"),
  "u",
);
/** A property of numbers: sorting by it is maths. */
/**
 * A property of functions or sequences (round 53's review: "which are convex and which are concave?" over functions a study
 * tool listed is maths, not a sorting of the tool's items): convex, increasing, injective, convergent…, in the cue languages.
 */
const FUNCTION_PROPERTY =
  "\\b(?:convex|concave|increasing|decreasing|monotonic|injective|surjective|bijective|continuous|differentiable|convergent|divergent|converge|diverge)\\b|convex[ao]s?|c[óo]ncav[ao]s?|crecientes?|decrecientes?|konvex|konkav|steigend|fallend|injektiv|surjektiv|stetig|konvergent|convexes?|concaves?|croissantes?|d[ée]croissantes?|injectives?|convergentes?|converg|diverg|convess[ae]|crescent[ei]|decrescent[ei]|выпукл|вогнут|возрастающ|убывающ|凸函数|凹函数|单调|递增|递减|収束|単調|増加関数|減少関数|볼록|오목|증가함수|감소함수";
const NUMBER_PROPERTY = new RegExp(
  String.raw`\b(?:prime|primes|composite|even|odd|divisible|multiples?|rational|irrational|perfect squares?)\b|primos?|pares|impares|gerade|ungerade|premiers|pairs|impairs|primi|dispari|простые|чётные|четные|нечётные|素数|偶数|奇数|소수|짝수|홀수|${FUNCTION_PROPERTY}`,
  "u",
);
/** A comparison between two or three things ("which is lighter and which has the better battery?"), not a sorting. */
const COMPARISON = /\b(?:better|worse|more|less|most|least|best|worst|cheaper|faster|lighter|bigger|smaller)\b|\bthan\b/;
/** Items listed one a line (a dash, a bullet or a number before them), or after commas: three at least. */
const LISTED_LINE = /\n[^\S\n]*(?:[-*•·]|\d{1,2}[.)])[^\S\n]*\S/g;
const MIN_ITEMS = 3;
/** A sorting named in the turn: "just sort them", "split", "classify", in the ten cue languages. */
const SORT_WORD =
  /\b(?:sort|split|group|classify|categori[sz]e|bucket|label|tag)\b|ordena|clasifica|agrupa|sortier|einteil|ordne|trie|classe|class(?:ifi)?e|raggruppa|classifica|ordina|separa|рассортируй|распредели|раздели|分类|分類|归类|分け|分類して|분류|나눠/u;
/** A judgement or a diagnosis asked of the items, which is an analysis: "worth keeping", "would you book", "be frank", "te parecen", "the culprit". */
const JUDGEMENT =
  /\b(?:worth|would you|do you think|be frank|be honest|tell (?:you|us|me)|weigh|value|should (?:we|i)|culprits?|cause|causing|blame|victims?)\b|te parecen|crees|glaubst|findest du|penses|trouves|pensi|ti sembrano|achas|думаешь|считаешь|觉得|認為|思う|생각/u;
/**
 * A diagnosis of the items a tool brought ("which are flaky and which are real failures?" over a CI report, round 53's
 * review): no sorting by a plain state, as "which service is the culprit" is none. Read only for a tool's items.
 */
const DIAGNOSIS =
  /\b(?:flaky|flakes?|intermittent|broken|regressions?|genuine|real (?:bugs?|failures?|errors?|issues?|problems?|outages?))\b|intermitten|instab|inestab|wackel|echte[rn]? (?:fehler|bugs?)|vrais? (?:bugs?|échecs|erreurs)|errores? reales|fallos? reales|veri (?:bug|errori)|falhas? reais|нестабильн|настоящ|不稳定|偶发|真正的|不安定|本物の|불안정|진짜/u;
/** The line of the ask, this long at most, asks only the sorting; a longer one carries a judgement or a story. */
const MAX_ASK_LINE_CHARS = 120;
/** Readings a sorting into two groups is mistaken for: a lookup, a weighing, picking items out, a sum of the figures, or no work; a classification reading is kept, so no later guard reads the ask as items picked out. */
const SORTED_FROM = new Set(["simple_qa", "analysis", "chat", "extraction", "math", "classification"]);
/** Where the ask is looked for: the turn's head. */
const ASK_CHARS = 600;

/** Classification for a turn that asks which items are one thing and which another (module comment). */
export function whichAndWhichGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!SORTED_FROM.has(task)) return undefined;
  const head = reading.latestLower.slice(0, ASK_CHARS);
  const match = WHICH_AND_WHICH.exec(head);
  if (match === null || NUMBER_PROPERTY.test(match[0]) || COMPARISON.test(match[0])) return undefined;
  const listed = listsItems(reading.latestLower.slice(match.index + match[0].length));
  // Named, the sorting may be of a tool's results; unnamed, only of items listed below a short ask that weighs nothing.
  // Round 53: "¿cuáles son urgentes y cuáles pueden esperar?" over an inbox a tool listed sorts the tool's items as the
  // same ask over items listed below it does: a short line that weighs nothing, outside a coding run (its findings are reviewed).
  const brought = reading.agent.toolMessages > 0 && !reading.agent.coding;
  const sorting = SORT_WORD.test(head) ? listed || reading.agent.toolMessages > 0 : (listed || (brought && !DIAGNOSIS.test(match[0]))) && asksOnlyTheSorting(head, match.index);
  if (!sorting) return undefined;
  return { task: "classification", why: `'${match[0].slice(0, 40)}' sorts the items into two groups` };
}

/** Whether the text after the ask lists three items or more, one a line or between commas. */
function listsItems(rest: string): boolean {
  return (rest.match(LISTED_LINE) ?? []).length >= MIN_ITEMS || rest.split(/[,，、;]/u).length > MIN_ITEMS;
}

/** Whether the ask's line is short and asks no judgement (no sorting word is needed then). */
function asksOnlyTheSorting(head: string, at: number): boolean {
  const start = head.lastIndexOf("\n", at) + 1;
  const end = head.indexOf("\n", at);
  const line = head.slice(start, end < 0 ? head.length : end);
  return line.length <= MAX_ASK_LINE_CHARS && !JUDGEMENT.test(line);
}
