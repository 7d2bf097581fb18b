/**
 * A head that only presents more material of the same kind, which the turn then brings after a colon or a line break
 * (round 50): "Die Tabelle hier bitte auch:", "agora desse aqui:", "Danke! Hier der zweite Teil:", "this one next:", "ahora
 * este:", "а вот этот:", "noch die hier:", "이 파일도 부탁해:". The material (a table, a record, the second half of an
 * article) was read as a request of its own, so a record of figures became maths and a table in German became chat: the
 * anchor was lost. Read by two word classes in the ten cue languages: a word that says "more of it" (too, next, second,
 * now, auch, noch, otro, suite, anche, ещё, 也, 次, 도…) and a word that points at the material (this, here, the table,
 * desse, hier, celui-ci, questo, вот, 这, これ, 이…). A head with a task cue of its own ("now summarize this one:") asks
 * its own work and is left to the other readings; thanks ("Danke!") is no work.
 * @module
 */
import { findCues } from "./cue-matcher.js";

/** Words a presenting head may run to. */
const MAX_HEAD_WORDS = 6;
/** Characters of material the turn must bring after the head. */
const MIN_MATERIAL_CHARS = 30;

/** "More of it": another item, the next one, the rest, the same again. */
const MORE =
  /(?<![\p{L}])(?:too|also|as well|next|second|third|another|other|rest|auch|noch|zweite[nr]?|n[äa]chste[nr]?|andere[nr]?|tambi[ée]n|otr[oa]s?|siguiente|segund[oa]|ahora|resto|aussi|suite|autre|suivante?|deuxi[èe]me|anche|altr[oa]|prossim[oa]|second[oa]|ora|adesso|tamb[ée]m|outr[oa]|pr[óo]xim[oa]|agora|тоже|также|ещ[её]|следующ\p{L}*|втор\p{L}*|друг\p{L}*|теперь)(?![\p{L}])|也|还有|下一|第二|另一|次は|次の|続き|二つ目|も[：:]?$|(?<=\p{L})도(?![\p{L}])|다음|두 번째|나머지/u;

/**
 * "а вот этот:", "and this one:", "y este:", "und das hier:", "et celle-ci :": the "and" that brings the next item opens the
 * head, in place of a "more" word (round 51).
 */
const AND_NEXT = /^(?:and|y|und|et|e|а|и)\s+(?:вот\s+)?\S/u;

/** A word that points at the material the turn brings: a demonstrative, "here", or the kind of thing it is. */
const POINT =
  /(?<![\p{L}])(?:this|these|that|those|here(?:'s| is| are)?|one|ones|table|file|part|list|text|record|batch|email|invoice|paragraph|section|page|este|esta|estos|estas|ese|esa|esto|eso|aqu[ií]|ac[áa]|tabla|archivo|parte|esse|essa|desse|dessa|deste|desta|isto|isso|tabela|arquivo|dies|diese[rsn]?|hier|tabelle|datei|teil|ceci|celui-ci|celle-ci|ceux-ci|celles-ci|voici|tableau|fichier|partie|questo|questa|questi|queste|ecco|tabella|parte|этот|эта|это|эти|вот|таблиц\p{L}*|файл\p{L}*|част\p{L}*|suite|resto|rest)(?![\p{L}])|这|此|これ|こちら|この|表|이것|이거|이 |여기|파일|표/u;

/**
 * A new question or subject announced ("second question here:", "noch eine Frage hier:", "otra pregunta aquí:", "另一个问题"):
 * what follows is an ask of its own, not more material for the anchor's work (review of round 50).
 */
const NEW_ASK =
  /(?<![\p{L}])(?:questions?|topic|subject|thing|frage|thema|pregunta|tema|cosa|pergunta|assunto|coisa|sujet|chose|domanda|argomento|вопрос\p{L}*|тем[аеуы])(?![\p{L}])|问题|話題|質問|질문/u;

/**
 * Whether the material opens at `end`: a line break, or a colon followed by a space or a line break ("it's 3:40am" is no
 * such colon).
 */
function opensMaterial(lower: string, end: number): boolean {
  let i = end;
  while (lower[i] === " ") i++;
  const mark = lower[i];
  if (mark === "\n") return true;
  if (mark !== ":" && mark !== "：") return false;
  const next = lower[i + 1];
  return next === undefined || next === " " || next === "\n" || mark === "：";
}

/** The head (before the colon or line break) of a turn that presents more material of the anchor's kind, if it is one. */
export function presentsMoreMaterial(head: string, lower: string): string | undefined {
  if (head === "" || head.split(/\s+/u).length > MAX_HEAD_WORDS) return undefined;
  const at = lower.indexOf(head);
  if (at < 0 || lower.length - (at + head.length) < MIN_MATERIAL_CHARS || !opensMaterial(lower, at + head.length)) return undefined;
  // "Danke!" is a cue of small talk, not of work; any other cue names the head's own work.
  if (!(MORE.test(head) || AND_NEXT.test(head)) || !POINT.test(head) || NEW_ASK.test(head) || findCues(head).some((cue) => cue.task !== "chat")) return undefined;
  return head;
}

/** Characters the closing ask after the material may run to. */
const MAX_CLOSING_ASK_CHARS = 150;

/**
 * "and this one too:\n<text>\n\ntranslate it into French": after the material, a closing paragraph of one short line
 * that names work of its own by a defining cue asks that work; the head's "too" does not carry the anchor's over it.
 */
export function asksOwnWorkAfterMaterial(lower: string): boolean {
  // Only the turn's tail is read: a huge pasted turn costs no more than a short one.
  const tail = lower.slice(Math.max(0, lower.length - 2 * MAX_CLOSING_ASK_CHARS));
  const gap = tail.lastIndexOf("\n\n");
  if (gap < 0) return false;
  const closing = tail.slice(gap + 2).trim();
  if (closing === "" || closing.length > MAX_CLOSING_ASK_CHARS || closing.includes("\n")) return false;
  return findCues(closing).some((cue) => cue.strong && cue.task !== "chat");
}
