/**
 * "which one grew the most in %? show the % for each", "whats the conversion rate for each and the relative lift of b",
 * "скока в среднем в месяц выходит?", "conversion at each step as %?", "what fraction of rows does the filter drop?" (round
 * 39) after a tool returned a table of figures: a percentage, a lift or an average
 * computed from what the tools returned is maths (thirty-fifth round: read as analysis or simple_qa, the figures being
 * in the tool result, not the turn). So is a total or a difference once something is added to them (round 50: "which works
 * out cheapest with the bag fees added, and by how much?", "total it up with 8.25% sales tax", "¿cuál sale más barato
 * sumando la tasa?", "加上行李费哪个最便宜？"), read as a lookup. A why-question about the figures stays an analysis; a
 * coding agent's turn is left to the code readings.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { messageText } from "../conversation-text.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Characters the ask may run to. */
const MAX_ASK_CHARS = 140;
/** Figures the latest tool result must hold to be a table to compute over. */
const MIN_FIGURES = 4;
/** A percentage, a lift or an average asked, in the cue languages. */
const FIGURE_ASKED =
  /(?<![\p{L}])(?:in %|in percent(?:age)?|as (?:an? )?(?:%|percent(?:age)?s?)|what (?:fraction|share|proportion)|quelle (?:part|fraction|proportion)|qu[eé] (?:fracci[oó]n|proporci[oó]n)|welche[rn]? anteil|che frazione|que (?:fra[çc][ãa]o|propor[çc][ãa]o)|как(?:ая|ую) (?:доля|долю)|what %|the % (?:for|of)|percent(?:age)? (?:for|of) each|relative lift|the lift (?:of|for)|(?:conversion|growth) rates? (?:for|of) each|en pourcentage|en moyenne|in percentuale|in media|en porcentaje|en promedio|em porcentagem|em m[ée]dia|in prozent|im (?:schnitt|durchschnitt)|в процентах|в среднем)(?![\p{L}])|平均(?:多少|是多少|每)|百分之几|百分比|平均(?:は|で|して|いくら|何)|何[%％]|평균(?:은|이|으로)? ?(?:얼마|몇)|몇 ?%/u;
/**
 * A total or a difference asked once something is added to the tool's figures (round 50), in the ten cue languages: "with
 * the fees added", "once you add the fees", "by how much", "total it up", "sumando", "por cuánto", "um wie viel", "de
 * combien", "di quanto", "на сколько", "加上", "便宜多少", "込みで", "포함하면". A clock time, a length of time or a count
 * asked with the same words ("um wie viel Uhr", "por cuánto tiempo", "di quanto tempo", "de combien de kilos", "на сколько
 * человек") is a lookup, not a difference (review of round 50).
 */
const ADDED_ASKED =
  /(?<![\p{L}])(?:by how much|total (?:it|them|this|that|these|everything) up|the total (?:for|of) each|(?:once|after|if|when) (?:you |we |i )?(?:add|include|factor in) (?:the |all |our )?|with (?:the |all )?(?:[\p{L}-]+ ){0,2}(?:fees?|tax(?:es)?|vat|shipping|surcharges?|tips?) (?:added|included|on top)|including (?:the )?(?:[\p{L}-]+ )?(?:fees?|tax(?:es)?|vat|shipping)|sumando|por cu[aá]nto(?! tiempo)|incluyendo (?:el |la |los |las )?(?:tasas?|iva|impuestos?|env[ií]o|comisi[oó]n)|somando|por quanto(?! tempo)|incluindo (?:a |o |as |os )?(?:taxas?|impostos?|frete)|um wie viel(?! uhr)|inklusive (?:der |den |aller )?\p{L}*(?:geb[üu]hr|steuer|versand)|mit (?:der |den )?\p{L}*geb[üu]hr\p{L}*|de combien(?! d[e'])|en ajoutant|en incluant|(?:frais|taxes?|tva) compris|di quanto(?! tempo)|aggiungendo|includendo|(?:spese|tasse|iva) incluse?|на сколько(?! (?:дн|ноч|челов|гост|час|минут|времен|месяц|лет|недел|мест))|с уч[её]том (?:сбор|комисс|налог|ндс|доставк))(?![\p{L}])|加上|算上|便宜多少|贵多少|差多少|込みで|込みだと|を足すと|を加えると|포함하면|포함해서|더하면/u;
/**
 * A decision asked beside the amount ("should we push the rate on the 19th, and by how much roughly? talk me through the
 * trade-offs"): advice weighed, an analysis, whatever figure it names.
 */
const ADVICE_ASKED =
  /(?<![\p{L}])(?:should (?:we|i)|trade-?offs?|recommend|worth it|deber[ií]a(?:mos)?|conviene|sollten|lohnt|devrions|faut-il|dovremmo|conviene|devemos|vale a pena|стоит ли|нужно ли)(?![\p{L}])|应该|值得|べき|할까/u;
/** Readings a total with something added gets instead of maths: a lookup, a choice or a pick among options, not a summary or a list. */
const ADDED_MISREAD: ReadonlySet<string> = new Set(["analysis", "simple_qa", "chat", "classification"]);
/** A why-question: the figures explained, not computed. */
export const WHY = /(?<![\p{L}])(?:why|how come|pourquoi|por ?qu[eé]|perch[eé]|warum|почему)(?![\p{L}])|为什么|なぜ|なんで|どうして|왜/u;
/** A number in a tool result: 1840000, 1,399.00, 18.2, 12%. */
const FIGURE = /\d[\d,.]*/gu;
/** Readings a figure computed from tool results gets instead of maths. */
const MISREAD: ReadonlySet<string> = new Set(["analysis", "simple_qa", "chat", "summarization", "extraction"]);

/** The text of the latest tool message before the turn, or "" when there is none. */
function latestToolText(messages: readonly ChatMessage[], before: number): string {
  for (let i = before - 1; i >= 0; i--) if (messages[i]?.role === "tool") return messageText(messages[i] as ChatMessage);
  return "";
}

/** A percentage, lift or average asked of a tool's table of figures, outside a coding agent: maths (see the module comment). */
export function figuresOfResultsGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if ((!MISREAD.has(task) && !ADDED_MISREAD.has(task)) || reading.agent.coding || reading.agent.toolMessages === 0) return undefined;
  const text = reading.latestLower;
  if (text.length > MAX_ASK_CHARS || text.includes("\n") || WHY.test(text)) return undefined;
  const asked = (MISREAD.has(task) ? FIGURE_ASKED.exec(text) : null) ?? (ADDED_MISREAD.has(task) && !ADVICE_ASKED.test(text) ? ADDED_ASKED.exec(text) : null);
  if (asked === null) return undefined;
  const figures = latestToolText(reading.messages, reading.latestIndex).match(FIGURE)?.length ?? 0;
  return figures < MIN_FIGURES ? undefined : { task: "math", why: `'${asked[0]}' asks for a figure computed from the tool's results` };
}
