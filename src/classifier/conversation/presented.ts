/**
 * A task word that names what the writer pasted, not what they ask: "Here's the k6 summary and the pod logs. What's
 * actually going wrong?", "Tässä liiketoimintasuunnitelmani tiivistelmä: …", "Voici la traduction de mon collègue :
 * est-elle correcte ?". When every cue of the reading's task stands in such a presenting phrase ("here's the …",
 * "voici …", "tässä …", "这是…"), the turn is read again without that sentence (`conversation-classifier.ts`); a reading
 * of other work replaces the first (eleventh round).
 * @module
 */
import type { CueHit } from "./cue-matcher.js";
import type { ConversationReading } from "./read-conversation.js";

/** Words that present what follows, in the cue languages (lower-cased). */
const PRESENTER =
  /(?:^|[\s"'(])(?:here'?s|here is|here are|attached (?:is|are)|below (?:is|are)|i(?:'ve| have)? (?:attached|pasted)|pasting|hier (?:ist|sind|is)|anbei|voici|ci-joint|aqu[ií] (?:est[áa]|tienes|va|van|te dejo)|te paso|adjunto|ecco|in allegato|aqui (?:est[áa]|est[ãa]o|vai)|segue[m]?|вот|прилагаю|hierbij|bijgevoegd|tässä|liitteenä|här är|bifogat|oto|w załączniku|işte|ekte|berikut|ini dia)(?=[\s,:]|$)|这是|以下是|附上|下面是|こちらは|以下は|添付の|아래는|첨부한/gu;
/** Words a presented noun phrase may run to between the presenter and the cue. */
const MAX_WORDS_BETWEEN = 4;
/** Characters searched back from a cue for its presenter. */
const LOOKBACK_CHARS = 60;
/** A break that ends a presented phrase: the cue after it belongs to another clause. */
const BREAK = /[,.:;!?\n，。：；！？]/u;
/** A purpose marker just before the cue ("to translate", "à traduire", "para resumir", "zum Übersetzen", "для перевода"). */
const PURPOSE = /(?:^|\s)(?:to|for|à|a|pour|para|per|da|zum|zur|zu|für|для|на|om te|om|do|untuk|için|kwa)\s+$/u;
/** The end of the presenting sentence. */
const SENTENCE_END = /[.:!?\n。：！？]/u;

/** Where the presenting sentence of `cue` starts, if a presenter introduces it; else -1. */
function presenterStart(lower: string, cue: CueHit): number {
  const from = Math.max(0, cue.at - LOOKBACK_CHARS);
  const window = lower.slice(from, cue.at);
  let start = -1;
  let end = -1;
  PRESENTER.lastIndex = 0;
  for (let match = PRESENTER.exec(window); match !== null; match = PRESENTER.exec(window)) [start, end] = [match.index, match.index + match[0].length];
  if (start < 0) return -1;
  const between = window.slice(end);
  // "here is the text to translate:" presents the work asked for: a purpose marker before the cue makes it the ask.
  if (BREAK.test(between) || PURPOSE.test(between)) return -1;
  const words = between.trim() === "" ? 0 : between.trim().split(/\s+/u).length;
  return words <= MAX_WORDS_BETWEEN || (between.length <= 12 && !/\s/u.test(between.trim())) ? from + start : -1;
}

/**
 * The latest turn without the sentence that presents the pasted thing, when every cue of `task` lies in such a
 * sentence, with the reason; undefined otherwise.
 */
export function withoutPresentingSentence(reading: ConversationReading, task: string): { text: string; why: string } | undefined {
  const own = reading.cues.filter((cue) => cue.task === task);
  if (own.length === 0 || reading.latestIndex < 0) return undefined;
  const lower = reading.latestLower;
  let span: [number, number] | undefined;
  for (const cue of own) {
    const start = presenterStart(lower, cue);
    if (start < 0) return undefined;
    const rest = lower.slice(cue.at + cue.word.length);
    const stop = rest.search(SENTENCE_END);
    const end = stop < 0 ? lower.length : cue.at + cue.word.length + stop + 1;
    span = span === undefined ? [start, end] : [Math.min(span[0], start), Math.max(span[1], end)];
  }
  if (span === undefined) return undefined;
  const latest = reading.latest.length === lower.length ? reading.latest : lower;
  const why = `'${own[0]?.word ?? task}' names what was pasted, not the ask; the turn was read without that sentence`;
  return { text: `${latest.slice(0, span[0])} ${latest.slice(span[1])}`.trim(), why };
}
