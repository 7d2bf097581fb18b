/**
 * How many of something are needed, worked out from figures the turn gives (round 44): "Wie viele zusätzliche Pods
 * brauchen wir für den Peak? Erwartet wird das 3,4-fache…, Ziel-CPU max. 65 %", "Quanti camion servono e come divideresti
 * i bancali?" above the loads and limits. The "how would you split them" and the plan around the count pull the reading
 * to brainstorming; the count is worked from the figures: maths. Only a brainstorming reading is turned, and not when
 * the turn asks for ideas.
 * @module
 */
import { countNumbers } from "./count-numbers.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** "How many (more) X do we need", in the ten cue languages. */
const HOW_MANY_NEEDED =
  /\bhow many (?:more |additional |extra )?[\p{L}-]+(?: [\p{L}-]+)? (?:do|would|will|should) (?:we|i|you) (?:need|have to)\b|wie viele (?:zusätzliche |weitere )?[\p{L}-]+ (?:brauch|benötig)|cu[aá]nt[oa]s (?:m[aá]s )?[\p{L}-]+ (?:necesit|hacen falta|har[aá]n falta)|combien de [\p{L}-]+ (?:(?:en plus |de plus )?(?:faut-il|nous faut-il|faudra-t-il)|(?:nous )?(?:faut|faudrait))|quant[oa]s (?:mais )?[\p{L}-]+ (?:precis|vamos precisar)|quant[ei] (?:altr[ei] )?[\p{L}-]+ (?:servono|ci servono|serviranno|occorrono)|сколько (?:ещё |еще |дополнительных )?[\p{L}-]+ (?:нужно|понадобится|потребуется|надо)|需要(?:多少|几)|要(?:多少|几)(?:个|台|辆|人)|(?:いくつ|何台|何人|何個)(?:必要|要る|いる)|몇 (?:개|대|명)(?:가|이)? (?:필요|더 필요)/u;
/** Ideas asked for: the plan is then the work. */
const IDEAS = /\bideas?\b|brainstorm|\bideen\b|\bidées?\b|\bidee\b|\bideias?\b|\bидеи\b|点子|思路|アイデア|아이디어/u;
/** Figures the turn gives for the count to be worked from. */
const MIN_FIGURES = 2;

/** Maths for a count of what is needed, read as brainstorming (module comment). */
export function quantityNeededGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "brainstorming") return undefined;
  const text = reading.latestLower;
  if (!HOW_MANY_NEEDED.test(text) || IDEAS.test(text) || countNumbers(text, MIN_FIGURES) < MIN_FIGURES) return undefined;
  return { task: "math", why: "asks how many are needed, worked out from the figures given" };
}
