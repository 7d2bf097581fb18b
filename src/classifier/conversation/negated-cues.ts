/**
 * A task word the writer rules out is no cue: "Não é preciso traduzir nada, só quero saber o essencial", "no need to
 * translate it, just tell me what it says", "不用翻译，帮我总结一下", "übersetzen musst du sie nicht", "翻訳は不要です"
 * (eleventh round). The negation is looked for just before the cue (a few words, no sentence break) and, for the
 * languages that negate after the verb (German, Japanese, Korean), just after it.
 * @module
 */
import type { CueHit } from "./cue-matcher.js";

/** A negation, then at most two words, at the end of the text before a cue. */
const BEFORE = new RegExp(
  `(?:^|[\\s,(¿¡"'«“])(?:${[
    "no need to|no need for|don'?t|do not|doesn'?t|does not|not asking (?:you )?to|without|never mind|no hace falta|no es necesario|no hay que|no (?:quiero|necesito)(?: que)?|sin",
    "não é preciso|não precisa[s]?(?: de)?|não quero(?: que)?|não é necessário|sem|pas besoin de|pas la peine de|inutile de|sans|non serve|non c'è bisogno di|non devi|senza",
    "nicht|keine?n?|ohne|не надо|не нужно|не треба|не потрібно|без|niet|geen|zonder|hoeft niet",
  ].join("|")})(?:\\s+[^\\s.!?;\\n]+){0,2}\\s+$|(?:不用|不需要|不要|不必|无需|用不着|别)[^。！？.!?\\n]{0,4}$`,
  "u",
);
/** A negation just after the cue in the languages that put it there ("übersetzen musst du sie nicht", "翻訳は不要"). */
const AFTER = /^[^\s,.!?;:\n]*(?:\s+[^\s,.!?;:\n]+){0,3}\s+(?:nicht|nie)(?=[\s.!?,]|$)|^[^。！？\n]{0,3}(?:は不要|不要|しなくて|しないで|はいらない|いらない|は結構)|^[^.!?\n]{0,3}(?:필요 없|필요없|하지 마|안 해도)/u;
/** Characters read on each side of a cue. */
const WINDOW_CHARS = 40;

/** Whether the cue at `hit` is ruled out by a negation next to it. */
export function isNegated(lower: string, hit: CueHit): boolean {
  const before = lower.slice(Math.max(0, hit.at - WINDOW_CHARS), hit.at);
  if (BEFORE.test(before)) return true;
  const end = hit.at + hit.word.length;
  return AFTER.test(lower.slice(end, end + WINDOW_CHARS));
}

/** `hits` without the cues a negation rules out (the same array when none is). */
export function withoutNegated(lower: string, hits: CueHit[]): CueHit[] {
  if (hits.length === 0) return hits;
  const kept = hits.filter((hit) => !isNegated(lower, hit));
  return kept.length === hits.length ? hits : kept;
}
