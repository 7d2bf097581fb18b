/**
 * A question why code fails or is slow asks for a review, not code, unless it asks for the change; so does "what am I
 * doing wrong?" over code the turn shows (twelfth and fourteenth rounds). Moved out of `asked-work.ts`, unchanged.
 * @module
 */
import type { AskedWork } from "./asked-work.js";
import { ASK_HEAD_CHARS } from "./pasted-log-asks.js";
import { showsCode } from "./code-shape.js";
import type { ConversationReading } from "./read-conversation.js";

/** A question why, in the cue languages. */
export const WHY = /\bwhy\b|por ?qu[eé]|warum|pourquoi|(?:vois|sais|comprends) pas (?:pk|pq)\b|perch[eé]|почему|为什么|なぜ|왜|чому|dlaczego|proč|prečo|waarom|neden|mengapa|kenapa|tại sao|varför|hvorfor|miksi|miért|de ce|למה|چرا|لماذا|क्यों|কেন|ทำไม/;
/** English words that report a failure. */
export const FAILURE_WORD = /\b(?:fail(?:s|ing|ed)?|broken|break(?:s|ing)?|crash(?:es|ing|ed)?|errors?|exceptions?|not working|doesn'?t work|hangs?|so slow)\b/;
/** Asks for the change itself: the turn then wants code written, whatever it asks why. */
const CHANGE_ASK = /\b(?:fix|optimi[sz]e|rewrite|refactor|improve|speed (?:it )?up)|arregl|corrig|optimiz|optimis|optimier|beheb|ottimizz|sistemal[oa]|sistemami|исправ|оптимиз|перепиш|виправ|оптиміз|修复|优化|改一下|直して|最適化|修正して|고쳐|최적화|napraw|zoptymalizuj|oprav(?!du)|optimaliz|düzelt|perbaiki|sửa|tối ưu/;

/**
 * Debugging for a code-writing reading of a turn that asks why its code fails or is slow ("чому цей SQL-запит працює
 * дуже повільно і що з ним не так?", "why is this loop so slow?"): a cue of code review, a question why, and neither a
 * defining cue of writing code nor an ask for the change ("fix it", "optimiza la consulta") (twelfth round).
 */
export function diagnosisAskGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  if (task !== "code_generation") return undefined;
  const head = reading.latestLower.slice(0, ASK_HEAD_CHARS);
  // English has no review cues in the tables; its failure words say the same ("why's it failing?"; thirteenth round).
  const review = reading.cues.find((cue) => cue.task === "code_review")?.word ?? FAILURE_WORD.exec(head)?.[0];
  if (review === undefined || reading.cues.some((cue) => cue.task === "code_generation" && cue.strong)) return undefined;
  const why = WHY.exec(head);
  if (why === null || CHANGE_ASK.test(reading.latestLower)) return undefined;
  return { task: "code_review", why: `'${why[0]}' asks what is wrong ('${review}'), not for code to be written` };
}

/**
 * "What am I doing wrong?" over code the turn shows (a query whose totals come out too high, in the cue languages):
 * debugging, whatever the figures or the pasted rows suggest (fourteenth round).
 */
export const WRONG_ASK =
  /\bwhat (?:am i|are we|is it) doing wrong\b|\bwhat'?s wrong with (?:it|this|my|the|that)\b|\bwhere(?:'s| is) (?:the |my )?(?:bug|mistake)\b|\bwhere did (?:i|we) go wrong\b|qu[eé] (?:estoy haciendo|hago|hice) mal|qu'est-ce que (?:je fais|j'ai fait) (?:de )?mal|o que (?:estou fazendo|estou a fazer|fiz) de errado|cosa (?:sbaglio|ho sbagliato)|was mache ich falsch|was habe ich falsch gemacht|что я делаю не так|哪里错了|哪裡錯了|どこが間違|뭐가 잘못|وين الغلط|وين الخطأ|أين الخطأ|اين الخطأ|فين الغلط|ايش الغلط|شو الغلط/;
/** A SQL query laid out over lines: a SELECT line, then a FROM line within twenty lines. */
const SQL_QUERY = /^[^\S\n]*select\s[^\n]{0,200}\n(?:[^\n]{0,200}\n){0,20}?[^\S\n]*from\s/m;
/** Readings the pasted rows or figures of a question what is wrong with shown code give. */
const NOT_DIAGNOSIS = new Set(["extraction", "summarization", "math", "analysis", "simple_qa", "classification"]);

/** Debugging for a reading the figures or pasted rows gave, when the turn asks what is wrong with the code it shows. */
export function wrongCodeAskGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  if (!NOT_DIAGNOSIS.has(task)) return undefined;
  // Cheap conditions first: the pattern is long, and most turns that reach here named their work by a defining verb.
  if (reading.cues.some((cue) => cue.strong && cue.task === task) || !reading.latestLower.includes("\n")) return undefined;
  const wrong = WRONG_ASK.exec(reading.latestLower);
  if (wrong === null || !(showsCode("user", reading.latest) || SQL_QUERY.test(reading.latestLower))) return undefined;
  return { task: "code_review", why: `'${wrong[0]}' asks what is wrong with the code the turn shows` };
}
