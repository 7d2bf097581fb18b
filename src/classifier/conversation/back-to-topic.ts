/**
 * "nochmal zu dem Lade-Pfad: gibt es ein Problem, wenn …?", "nochmal kurz, bevor du was änderst: …?", "back to the
 * loader: what happens if …?" (round 51): the word for "again" here returns to a subject and then asks a question of the
 * turn's own; it does not ask the anchor's work again. The head was read as "the same again" and inherited the anchor's
 * reading (under the heuristic a change to make). Read in the ten cue languages: an "again" or "back" word that opens the
 * head, before the colon, and a question after it (a question mark in its first line) that opens with no quote, so a
 * quoted item brought to translate is still material.
 * @module
 */

/** "Again" or "back" opening the head: "nochmal (kurz) zu", "once more on", "back to", "otra vez sobre", "ещё раз про". */
const BACK_TO =
  /^(?:(?:ok(?:ay)?|so|und|also|y|et|e|а|и)[\s,]+)?(?:noch ?mal|nochmals|once more|again|back to|otra vez|de nuevo|volviendo a|encore|pour revenir|di nuovo|tornando|de novo|voltando|ещ[её] раз|возвращаясь|再说|回到|もう一度|改めて|다시)(?![\p{L}])/u;
/** Characters of the question read after the colon. */
const MAX_QUESTION_CHARS = 240;

/**
 * The question after the colon when the turn returns to a subject ("nochmal zu …:") and then asks one, else undefined.
 * The caller still reads the question for an edit of the work before ("back to the email: can you make it shorter?").
 */
export function backToTopicQuestion(head: string, lower: string): string | undefined {
  if (!BACK_TO.test(head)) return undefined;
  const at = lower.indexOf(head) + head.length;
  const mark = lower[at];
  if (mark !== ":" && mark !== "：") return undefined;
  const rest = lower.slice(at + 1, at + 1 + MAX_QUESTION_CHARS).trimStart();
  const line = rest.split("\n", 1)[0] ?? "";
  return line !== "" && !/^["'“„«「`]/u.test(line) && /[?？]/u.test(line) ? line : undefined;
}
