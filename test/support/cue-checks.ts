/**
 * The checks every cue-table test makes (twelfth round: four audits wrote them once each): a table's entries, cues of
 * another language firing inside listed common words, and cues a table writes twice. Each returns the offending
 * items, so a test expects an empty list and a failure names them.
 */
import { findCues } from "../../src/classifier/conversation/cue-matcher.js";
import { LANGUAGE_CUES, type CueLanguage } from "../../src/classifier/conversation/language-cues.js";

/** A language's cue entries as written, without `!` (a `*` stays). */
export function tableEntries(lang: CueLanguage): string[] {
  return Object.values(LANGUAGE_CUES[lang]).flatMap((list) => list.split("|").map((raw) => raw.replace(/^!/, "")));
}

/** Each cue of another language found inside the common words listed per language (space-separated). */
export function lookAlikeHits(common: Readonly<Record<string, string>>): string[] {
  const found: string[] = [];
  for (const [lang, words] of Object.entries(common)) {
    for (const word of words.split(" ")) {
      for (const hit of findCues(word.toLowerCase())) if (hit.lang !== lang) found.push(`${lang} "${word}": ${hit.lang} ${hit.task} '${hit.cue}'`);
    }
  }
  return found;
}

/** Each cue the tables of `langs` write twice. */
export function cuesWrittenTwice(langs: readonly CueLanguage[]): string[] {
  const twice: string[] = [];
  for (const lang of langs) {
    const own = tableEntries(lang);
    own.forEach((cue, i) => {
      if (own.indexOf(cue) !== i) twice.push(`${lang} '${cue}' twice`);
    });
  }
  return twice;
}

/**
 * Each ask (`[lang, task, text]`) its own language's table does not name by a defining cue of its task. `writtenIn` maps a
 * language to the neighbour whose table holds the forms they share ("nb" → "da": Bokmål's are written in Danish's).
 */
export function asksNotNamedByOwnTable(asks: readonly (readonly [string, string, string])[], writtenIn: Readonly<Record<string, string>> = {}): string[] {
  const unnamed: string[] = [];
  for (const [lang, task, text] of asks) {
    const named = findCues(text.toLowerCase()).some((hit) => hit.task === task && hit.strong && (hit.lang === lang || writtenIn[lang] === hit.lang));
    if (!named) unnamed.push(`${lang} ${task}: ${text}`);
  }
  return unnamed;
}

/** The cues of `task` found in `text` (of `langs` only, when given), as "lang 'cue'": a look-alike sentence has none. */
export function cuesOfTask(text: string, task: string, langs?: readonly string[]): string[] {
  return findCues(text.toLowerCase())
    .filter((hit) => hit.task === task && (langs === undefined || langs.includes(hit.lang)))
    .map((hit) => `${hit.lang} '${hit.cue}'`);
}
