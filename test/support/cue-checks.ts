/**
 * The checks every cue-table test makes (twelfth round: four audits wrote them once each): a table's entries, cues of
 * another language firing inside listed common words, cues a table writes twice, and (fifteenth round) short or shared
 * cues and cues found in the shared data's English prompts. Each returns the offending
 * items, so a test expects an empty list and a failure names them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { findCues } from "../../src/classifier/conversation/cue-matcher.js";
import { LANGUAGE_CUES, type CueLanguage } from "../../src/classifier/conversation/language-cues.js";
import { SHARED_DATA } from "./shared-data.js";

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

/** Each cue of `mine` that is one or two letters long, or that a table outside `mine` (or another of `mine`) also writes. */
export function shortOrSharedCues(mine: readonly CueLanguage[]): string[] {
  const tables = (Object.keys(LANGUAGE_CUES) as CueLanguage[]).map((lang) => [lang, new Set(tableEntries(lang))] as const);
  const found: string[] = [];
  for (const lang of mine) {
    for (const cue of tableEntries(lang)) {
      if (cue.replace(/\*$/, "").length <= 2) found.push(`${lang} '${cue}' is short`);
      for (const [other, cues] of tables) if (other !== lang && cues.has(cue)) found.push(`${lang} '${cue}' is in ${other}'s table too`);
    }
  }
  return found;
}

/** The shared development data's English prompts: LLMRouter's training queries (less its multilingual maths), FLASK's
 * instructions and MT-Bench-101's user turns. None of it is held out. */
const ENGLISH_SOURCES = ["llmrouter/default_query_train.jsonl", "flask/flask_evaluation.jsonl", "mt-bench-101/mtbench101.jsonl"].map((source) => path.join(SHARED_DATA, "routing", source));

/** Whether the English development prompts are on this machine (tests that read them skip otherwise). */
export const ENGLISH_PROMPTS_PRESENT = ENGLISH_SOURCES.every((file) => existsSync(file));

export function englishDevelopmentPrompts(): string[] {
  const prompts: string[] = [];
  for (const file of ENGLISH_SOURCES) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const row = JSON.parse(line) as { task_name?: string; query?: string; instruction?: string; history?: { user: string }[] };
      if (row.task_name === "agentverse-mgsm") continue;
      if (row.query !== undefined) prompts.push(row.query);
      if (row.instruction !== undefined) prompts.push(row.instruction);
      for (const turn of row.history ?? []) prompts.push(turn.user);
    }
  }
  return prompts;
}

/** Each cue of the tables of `langs` found in `prompts`, with the text around it. */
export function cueHitsIn(prompts: readonly string[], langs: readonly string[]): string[] {
  const hits: string[] = [];
  for (const prompt of prompts) {
    const lower = prompt.toLowerCase();
    for (const hit of findCues(lower, lower.length)) if (langs.includes(hit.lang)) hits.push(`${hit.lang} ${hit.task} '${hit.cue}' in "${lower.slice(Math.max(0, hit.at - 30), hit.at + 30)}"`);
  }
  return hits;
}
