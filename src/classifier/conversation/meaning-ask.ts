/**
 * Asks what a term or a figure's mark means ("what does EBITDA stand for", "¿qué significa TAE?", "what's the difference
 * between median and mean"): a quick answer, whatever figures came before it; an error's meaning is debugging.
 * @module
 */
import { readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";

/**
 * Two terms told apart ("whats the difference between median and mean, in one or two sentences"): a definition, not a
 * difference of figures ("what's the difference between 2023 and 2024 revenue" names numbers) (seventeenth round).
 */
export const CONCEPTS_COMPARED = /\bwhat(?:s|'s| is| exactly is| actually is| really is)(?: exactly| actually| really)? the difference between (?:an? |the )?[a-z][a-z-]+(?: [a-z][a-z-]+)? (?:and|vs\.?|versus) (?:an? |the )?[a-z][a-z-]+\b(?! (?:revenue|sales|costs?|prices?|totals?|figures|numbers))/;

/**
 * Asks what a term means ("what does EBITDA stand for", "¿qué significa TAE?", "was heißt KPI", "что такое EBITDA",
 * "ROI是什么意思"): a quick answer, whatever figures came before it (ninth round).
 */
export const DEFINITION_ASK =
  /\bwhat (?:does|do) (?:\S+ ){1,3}(?:(?:actually|really|even|exactly) )?(?:stand for|mean|refer to)\b|\bwhat(?:'s| is) (?:an? )?\S+ (?:again|short for)\b|\bmeaning of\b|qu[eé] significa|qu[eé] quiere decir|was (?:bedeutet|heißt|hei[sß]t)|que (?:veut dire|signifie)|o que (?:significa|quer dizer)|cosa (?:significa|vuol dire)|что (?:такое|означает|значит)|що (?:таке|означає)|什么意思|是什么意思|ってどういう意味|とは何|뜻이 ?(?:뭐|무엇)/;

/**
 * What a definition ask may be about instead of a term: an error ("O que significa esse erro?" asks for debugging, and
 * "what does ENOENT mean in this stack trace?" too; `acronym-ask.ts` reads it as well).
 */
export const ERROR_WORDS =
  /\b(?:error|errors|exception|warning|status|code|stack ?trace|traceback|bug|crash|logs?)\b|erro|fehler|erreur|errore|ошибк|错误|エラー|오류|σφάλμα|hata|błąd|chyba/;

/**
 * The turn's closing question asks what a term or a figure's mark means: {@link DEFINITION_ASK}, and longer or looser forms
 * of it ("What does the +14 at the end mean?", "Что
 * вообще означает CPM?", "Cosa sono esattamente F1, F2 e F3?", "what unit are those times in?").
 */
const MEANING_ASK = new RegExp(
  `${DEFINITION_ASK.source}|${/\bwhat (?:does|do) (?:\S+ ){4,6}(?:stand for|mean)\b|\bwhat units? (?:is|are|do)\b|qu[eé] son exactamente|was sind eigentlich|o que s[ãa]o exatamente|cosa sono esattamente|что (?:вообще|же|именно) (?:такое|означает|значит)/.source}`,
);
/** A meaning asked of "that", "this", "these numbers": what the figures mean, an analysis. */
const POINTS_BACK = /\b(?:that|this|it|these|those|all this|das|dies|esto|eso|isto|isso|questo|ci[òo]|cela|[çc]a)\b|это|этого|这|這|それ|이게/;
const POINTED_BACK_AFTER = new RegExp(`^\\s*(?:${POINTS_BACK.source})`);
/** "… for us", "… für das nächste Jahr": what the figures mean for someone or something. */
const READING_FOR = /(?:^|\s)(?:for|für|para|pour|per|для|对|に|에게)\b/;
/** Characters of the turn's end read for its closing question. */
const CLOSING_QUESTION_CHARS = 220;

export function asksWhatItMeans(reading: ConversationReading): boolean {
  const lower = reading.latestLower;
  const tail = lower.length > CLOSING_QUESTION_CHARS ? lower.slice(-CLOSING_QUESTION_CHARS) : lower;
  const concepts = CONCEPTS_COMPARED.exec(tail);
  // "what exactly is the difference between net weight and gross weight here?": what follows must not ask to compute.
  if (concepts !== null && !ERROR_WORDS.test(lower)) return !readNumericDomain(tail.slice(concepts.index + concepts[0].length)).compute;
  const asked = MEANING_ASK.exec(tail);
  if (asked === null || ERROR_WORDS.test(lower)) return false;
  // "What does that mean for next year?", "Was heißt das für uns?" ask for a reading of the figures, not a term.
  const after = tail.slice(asked.index + asked[0].length, asked.index + asked[0].length + 24);
  if (POINTS_BACK.test(asked[0]) || READING_FOR.test(after) || POINTED_BACK_AFTER.test(after)) return false;
  // What follows the meaning asked must not ask for a computation ("…mean, and how much do I owe?").
  return !readNumericDomain(tail.slice(asked.index)).compute;
}

/**
 * A named code's or a quoted field's meaning ("what does exit code 137 mean", "what does the 'rt=' at the end mean in these
 * lines?", "was bedeutet Exit-Code 143?"): a fact looked up, though the turn is a log (round 45, dev-209). "What does this
 * error mean?" points at the run's own failure and stays a diagnosis.
 */
const NAMED_MEANING = new RegExp(
  [
    /\bwhat (?:does|do|is) (?:an? |the )?(?:exit|status|return|error|http(?: status)?|response) ?(?:code|status)? ?[a-z]?\d{1,4} (?:\S+ ){0,3}?(?:mean|stand for|signify)\b/.source,
    /\bwhat (?:does|do) (?:the |that |this )?(['"`])[^'"`\n]{1,24}\1 (?:\S+ ){0,6}?(?:mean|stand for)\b/.source,
    /(?:was bedeutet|qu[eé] significa|que (?:veut dire|signifie)|o que significa|cosa significa|что (?:означает|значит)) (?:der |el |le |o |il )?(?:exit-?code|c[oó]digo(?: de salida)?|code(?: de sortie)?|codice(?: di uscita)?|код(?: выхода)?) ?\d{1,4}/.source,
  ].join("|"),
);
/** A diagnosis or a change asked anywhere in the turn: "why does my pod keep dying? what does exit code 137 mean". */
const ALSO_DIAGNOSIS = /\b(?:why|cause[ds]?|fix|how (?:do|can|should) (?:i|we)|what should|wrong)\b/;
/** A failure told right after the meaning asked ("…mean? it keeps restarting every few minutes"); before it, the log. */
const FAILURE_TOLD = /\b(?:keeps?|restart\w*|crash\w*|dying|dies|died|oom\w*|stops?|stopped|fail\w*)\b/;

/** Characters after the meaning asked read for a failure told; further on is the pasted log. */
const TOLD_CHARS = 60;

/** Whether the turn asks what a named code or a quoted field means, and nothing more (see {@link NAMED_MEANING}). */
export function asksNamedMeaning(reading: ConversationReading): boolean {
  const text = reading.latestLower;
  const asked = NAMED_MEANING.exec(text);
  const end = asked === null ? 0 : asked.index + asked[0].length;
  return asked !== null && !ALSO_DIAGNOSIS.test(text) && !FAILURE_TOLD.test(text.slice(end, end + TOLD_CHARS));
}
