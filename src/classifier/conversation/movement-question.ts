/**
 * "why is the March VAT return higher than February's?", "why are sales lower this quarter than last?": a question why a
 * business's figure moved asks for a reading of it, even when the turn quotes no figure (nineteenth round, walking the
 * agent builder's journey). A quick-answer or chat reading, or a debugging reading with no system, log or code in the
 * turn, is analysis. A system's figures that moved stay debugging, as the numeric guard reads them.
 * @module
 */
import type { GuardResult } from "./task-guards.js";
import { readNumericDomain } from "./numeric-domain.js";
import { showsCode } from "./code-shape.js";
import type { ConversationReading } from "./read-conversation.js";

/** A question why something went up or down, at the turn's start. */
const WHY_MOVED =
  /^(?:(?:so|and|ok|okay|hmm|hey)[,.!]?\s+)?why (?:is|are|was|were|did|does|do|has|have)\b[^?\n]{1,80}?\b(?:higher|lower|up|down|more|less|bigger|smaller|dropp?(?:ed)?|rose|rise|increased?|decreased?|jump(?:ed)?|fell|fall(?:en)?|spiked?|dipped?)\b/;
/**
 * The same question in other languages (round 44), where the why may follow the figure ("売上が下がったのはなぜ", "销售额为什么
 * 下降了", "ليش المبيعات في فرع جدة نزلت"): a why and a verb of movement in one short turn, in either order.
 */
const OTHER_WHY =
  /(?<![\p{L}])(?:por ?qu[eé]|warum|wieso|weshalb|pourquoi|perch[eé]|por que|почему|отчего|waarom|dlaczego|neden|niye|kenapa|mengapa|tại sao|vì sao|لماذا|ليش|ليه|क्यों|کیوں|چرا)(?![\p{L}])|为什么|為什麼|为啥|怎么会|なぜ|どうして|왜/u;
const OTHER_MOVED =
  /(?<![\p{L}])(?:ba(?:jó|jaron|jado|ja|jan)|ca(?:yó|yeron|ído)|subi(?:ó|eron|do)|aument\p{L}*|disminu\p{L}*|gesunken|gestiegen|eingebrochen|zurückgegangen|gefallen|baiss\p{L}*|chut\p{L}*|augment\p{L}*|caiu|ca[íi]ram|subiu|diminu\p{L}*|calat\p{L}*|sces\p{L}*|crollat\p{L}*|упал\p{L}*|снизил\p{L}*|вырос\p{L}*|вырасл\p{L}*|вырост|gedaald|gestegen|spad\p{L}*|wzr[oó]s\p{L}*|düştü|düşt\p{L}*|arttı|azaldı|turun|naik|giảm|tăng|نزل\p{L}*|انخفض\p{L}*|ارتفع\p{L}*|زاد\p{L}*|تراجع\p{L}*|गिर\p{L}*|घट\p{L}*|बढ़\p{L}*)(?![\p{L}])|下降|下滑|下跌|上升|增长|减少|掉了|涨了|暴跌|下が|落ち|減っ|増え|上が|떨어|줄었|늘었|올랐|감소|증가/u;
/** A question in another language is short: the why and the movement in one sentence. */
const OTHER_MAX_CHARS = 160;

/** Whether the turn asks why a figure moved, in English or (short) in another language. */
function asksWhyMoved(text: string): boolean {
  if (WHY_MOVED.test(text)) return true;
  return text.length <= OTHER_MAX_CHARS && OTHER_WHY.test(text) && OTHER_MOVED.test(text);
}

/** Readings such a question is mistaken for. */
const SHALLOW = new Set(["simple_qa", "chat"]);

/** Analysis for a question why a business's figure moved, read as a quick answer, chat, or debugging with nothing to debug. */
export function movementQuestionGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!SHALLOW.has(task) && task !== "code_review") return undefined;
  const text = reading.latestLower;
  if (!asksWhyMoved(text)) return undefined;
  const domain = readNumericDomain(text);
  if (domain.system || domain.log || domain.failure || showsCode("user", reading.latest)) return undefined;
  if (task === "code_review" && !domain.business && !domain.money) return undefined;
  return { task: "analysis", why: "asks why a business's figure moved" };
}
