/**
 * A question why, asked below a pasted failing log (twenty-fifth round): "Unser nächtliches Backup schlägt seit drei
 * Nächten fehl. Log von heute Nacht: … Warum scheitert es jetzt, und was sollte ich am Skript ändern?", "…なぜ今になって
 * 失敗するのか、スクリプトのどこを直せばいいか教えてください。" The script named in the ask is where the fault is, not code
 * to write: debugging. `code-diagnosis-asks.ts`'s diagnosis guard reads the turn's head only; a log pasted first pushes the ask to
 * the closing paragraph. The shape is the same in every language: a log that reports a failure, then the writer's own
 * question why, with no ask to write code ("schreib mir ein Skript, das…") and no order to make the fix ("fix it").
 * @module
 */
import { WHY } from "./code-diagnosis-asks.js";
import { looksLikeLog, readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";
import { asksForCode } from "./turn-asks.js";

/** A correction and why it was made (the shape of `task-guards.ts`'s `GuardResult`). */
interface GuardResult {
  task: string;
  why: string;
}

/** The writer's closing paragraph below a pasted log is at most this long. */
const CLOSING_CHARS = 400;
/**
 * An order to make the fix, in the ten cue languages ("fix it", "arréglalo", "behebe das", "corrige-le", "исправь",
 * "帮我改", "直して", "고쳐 줘", and (review of the twenty-fifth round) any order to change it: "add a check…",
 * "añade…", "pass das Skript an", "aggiungi…", "adiciona…"): the turn then wants the change written, whatever it asks
 * why. "What should I change" asks where the fault is.
 */
const FIX_ORDER =
  /\b(?:fix|rewrite|refactor|patch) (?:it|this|that|the|my)\b|arr[eé]gl(?:a|alo|amelo)\b|corr[ií]ge(?:lo|-le|-la)?\b|beheb(?:e|t)? (?:das|es|den)|korrigier(?:e|t)? (?:das|es|den)|corrigez|corrige-(?:le|la|moi)|corrija|conserta|correggi(?:lo|la)?\b|sistemalo|исправь|перепиши|帮我改|帮我修|改一下|修复一下|直して|修正して|고쳐 ?(?:줘|주세요|줄래)|수정해 ?(?:줘|주세요)|(?:^|[.!?。！？\n,;] ?|\b(?:please|and|then) )(?:add|update|change|modify|replace|remove|make) (?:it|this|that|the|a|an|my)\b|(?<![a-zà-ÿ])(?:añade|agrega|cambia|modifica|ajoute|modifie|aggiungi|adiciona|adicione|altera|altere|ändere|füge)(?![a-zà-ÿ])|\bpass (?:\S+ ){0,4}an\b|добавь|измени|поменяй|加上|添加|追加して|変更して|추가해/;
/** A request to be told or shown: a why inside it asks, whatever mark closes the sentence ("…教えてください。"). */
const TELL_ME = /\b(?:tell|explain|show) me\b|d[ií]me|expl[ií]came|sag mir|erkl[äa]r|dis-moi|explique|dimmi|spiega|me (?:diga|explica)|скажи|объясни|告诉|解释|教えて|説明して|알려|설명해/;
/**
 * A why that asks (review of the twenty-fifth round): its sentence closes with a question mark or asks to be told, so
 * "not sure why it started on Monday." asks nothing; "porque" (because) counts only opening a sentence.
 */
function asksWhy(closing: string): RegExpExecArray | null {
  for (const sentence of closing.split(/(?<=[.!?。！？\n])/u)) {
    const why = WHY.exec(sentence);
    if (why === null) continue;
    if (why[0] === "porque" && sentence.slice(0, why.index).trim() !== "") continue;
    if (/[?？]\s*$/u.test(sentence) || TELL_ME.test(sentence)) return why;
  }
  return null;
}

/**
 * A run's own failure message, besides the failure words `numeric-domain.ts` reads (error, exception, fail…): a full
 * disk, a refused or timed-out connection, a killed process, a non-zero exit.
 */
const FAILURE_MESSAGE = /\bno space left\b|\bpermission denied\b|\bconnection refused\b|\btimed out\b|\bkilled\b|\bexit(?:ed)? (?:code |status |with )?[1-9]/;

/** Debugging for a code-writing reading of a turn whose closing paragraph asks why the pasted log's run fails. */
export function closingDiagnosisGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "code_generation" || reading.agent.coding || reading.cues.some((cue) => cue.task === "code_generation" && cue.strong)) return undefined;
  const text = reading.latestLower.trimEnd();
  const paragraph = text.lastIndexOf("\n\n");
  if (paragraph < 0 || text.length - paragraph > CLOSING_CHARS) return undefined;
  const closing = text.slice(paragraph);
  const why = asksWhy(closing);
  if (why === null || FIX_ORDER.test(closing) || asksForCode(closing)) return undefined;
  const body = text.slice(0, paragraph);
  if (!looksLikeLog(body) || !(FAILURE_MESSAGE.test(body) || readNumericDomain(body).failure)) return undefined;
  return { task: "code_review", why: `'${why[0]}' below the pasted failing log asks what is wrong, not for code to be written` };
}
