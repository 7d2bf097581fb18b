/**
 * What a log or a tool's output says, asked of it (round 52): "what does this log say?", "what's this output telling
 * me?", "was sagt das Log?", "¿qué dice este log?", "que dit ce log ?", "cosa dice questo log?", "o que esse log diz?",
 * "что значит этот лог?", "这个日志什么意思？", "このログ何て言ってる？", "이 로그 무슨 뜻이야?". The user asks for the output to be read
 * (ADR 0045's amendment: what the output means is a diagnosis), not for a named code's meaning ("what does exit code 137
 * mean?", a fact; `asksNamedMeaning`), so the ask needs a word for a log or an output beside it.
 * @module
 */
import { hostInspectionRun } from "./host-inspection.js";
import type { ConversationReading } from "./read-conversation.js";

/**
 * A log or a tool's output, named in the ten cue languages, as a whole word: not the start of "логотип" or "логин", not
 * the end of a blog, a catalogue, a dialog or an analog ("ブログ", "カタログ", "블로그", "카탈로그", "다이얼로그"; review of round 52).
 * Some name other documents as often ("journal", a newspaper or a periodical; "Protokoll", a meeting's minutes; "registro",
 * a register; "журнал", a magazine): the reading needs a run whose tools brought a log or an output ({@link toolsBroughtOutput}).
 */
const LOG = String.raw`(?:(?<![\p{Script=Latin}\p{Script=Cyrillic}])(?:log|logs|output|trace|dump|protokoll|ausgabe|registro|journal|sortie|salida|sa[íi]da|лог|логи|лога|логе|вывод|журнал)(?![\p{Script=Latin}\p{Script=Cyrillic}])|日志|輸出|输出|(?<!ブ|カタ|ダイア|アナ|バック)ログ|出力|(?<!블|브이|카탈|프롤|에필|다이얼|아날)로그|출력)`;

/** The meaning of a log or an output asked (module comment), matched on the lower-cased turn. */
const LOG_MEANING_SOURCE = [
  String.raw`\bwhat (?:does|do|is|are) (?:this|that|these|those|the|my) ${LOG} (?:say|saying|tell|telling|mean|show|showing)\b`,
  String.raw`\bwhat(?:'s| is) (?:this|that|the) ${LOG} (?:say|saying|tell|telling|about)\b`,
  String.raw`\bwas (?:sagt|bedeutet|zeigt) (?:mir |uns )?(?:dieses|das|der|die|dieser) ${LOG}`,
  String.raw`\bqu[ée] (?:dice|significa|quiere decir) (?:este|esta|el|la|ese|esa) ${LOG}`,
  String.raw`\bque (?:dit|veut dire|signifie) (?:ce|cette|le|la) ${LOG}|\bqu'est-ce que (?:dit )?(?:ce|cette|le|la) ${LOG}`,
  String.raw`\bcosa (?:dice|significa|vuol dire) (?:questo|questa|il|la|quel) ${LOG}`,
  String.raw`\bo que (?:esse|este|essa|esta|o|a) ${LOG} (?:diz|significa|quer dizer|mostra)`,
  String.raw`что (?:говорит|значит|означает|показывает|пишет) (?:этот |эти |мне )?${LOG}|(?:этот |эти )?${LOG} (?:что|о чём) (?:значит|говорит)`,
  String.raw`${LOG}(?:是|说了|说的是|在说)?什么意思|${LOG}(?:说了|在说|里说)什么|${LOG}(?:は|って)?(?:何て|なんて|何を)(?:言って|意味)|${LOG}(?:は|って)?どういう意味|${LOG}(?:는|가)? (?:무슨 (?:뜻|말)|뭐라고)`,
].join("|");

/** The meaning of a log or an output asked, in the ten cue languages (module comment); Unicode mode for the word edges. */
export const LOG_MEANING = new RegExp(LOG_MEANING_SOURCE, "u");
/** A review, a change or a piece asked beside it: the turn is that work ("what does this log say? fix the warnings"). */
const OTHER_WORK_ASKED = /\breview|\bfix|\bpatch|\brefactor|\bwrite|\bdraft|\bsummar|\btranslat|\bin (?:one|two|three|\d) (?:lines?|sentences?|bullets?)\b|レビュー|리뷰|修复|修正|直して|고쳐|要約|总结|요약|исправ|переведи|traduc|traduz|übersetz|corrig|arregl|behebe|repar/u;
/** Characters such a turn runs to. */
const MAX_CHARS = 160;
/** Readings such a turn gets besides a diagnosis: a lookup, a change, a review, small talk. */
const MISREAD: ReadonlySet<string> = new Set(["simple_qa", "code_generation", "code_review", "chat", "extraction", "classification"]);

/**
 * Whether the run's tools brought a log or an output to read: a coding agent's run (a build, a test run), an ops run
 * whose shell only inspected hosts (ADR 0043), or a tool's result that reads as a log. A paper, a newspaper article, a
 * meeting's minutes or a blog post a retrieval agent brought is none: "what does the journal say?" asks what it says.
 */
export function toolsBroughtOutput(reading: ConversationReading): boolean {
  return reading.agent.toolLog || reading.agent.coding || hostInspectionRun(reading);
}

/** Whether the latest turn, short and after a tool brought a log or an output, asks only what it says (module comment). */
export function asksLogMeaning(task: string, reading: ConversationReading): string | undefined {
  const { latestLower } = reading;
  if (!MISREAD.has(task) || reading.agent.toolMessages === 0 || latestLower.length > MAX_CHARS || OTHER_WORK_ASKED.test(latestLower)) return undefined;
  const asked = LOG_MEANING.exec(latestLower)?.[0];
  return asked !== undefined && toolsBroughtOutput(reading) ? asked : undefined;
}
