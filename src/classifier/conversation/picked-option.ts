/**
 * An option picked from the assistant's numbered menu (thirty-sixth round): "What would you like me to do with it? 1.
 * Summarize it in one line 2. Translate it into German 3. Extract the order details as JSON", then "the second one",
 * "la segunda", "die zweite", "第二个", "2番目", "두 번째": the picked option names the work, not the turn before the menu.
 * The option's line is read alone, as an accepted offer's clause is (`offer.ts`).
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { messageText } from "../conversation-text.js";

/** Characters of the assistant's turn read for its menu. */
const MENU_CHARS = 1_500;
/** Options a menu holds at least, and at most. */
const MIN_OPTIONS = 2;
const MAX_OPTIONS = 9;
/** A numbered option's line: "1. Summarize…", "2) Translate…", "3 - Extract…", "①…" is not read. */
const OPTION_LINE = /^[^\S\n]{0,4}([1-9])[.)][^\S\n]{1,3}(\S[^\n]{2,160})$/gmu;
/** The ordinal a follow-up names, as a position from the start (1-based), or 0 for the last. */
const ORDINALS: readonly [RegExp, number][] = [
  [/\b(?:first|1st)\b|primer|erste|premi[eè]r|prim[oa]\b|перв|第一|一(?:つ|番)目|첫/u, 1],
  [/\b(?:second|2nd)\b|segund|zweite|deuxi[eè]me|second[oa]|втор|第二|二(?:つ|番)目|두 ?번째/u, 2],
  [/\b(?:third|3rd)\b|tercer|dritte|troisi[eè]me|terceir|terz[oa]|трет|第三|三(?:つ|番)目|세 ?번째/u, 3],
  [/\bfourth\b|cuart|vierte|quatri[eè]me|quart[oa]|четв|第四|四(?:つ|番)目|네 ?번째/u, 4],
  [/\blast\b|[úu]ltim|letzte|derni[eè]re?|последн|最后|最後|마지막/u, 0],
];

/** The text of the option `phrase` picks from the menu the assistant's turn `assistant` ends with, if it has one. */
export function pickedOption(assistant: ChatMessage | undefined, phrase: string): string | undefined {
  if (assistant === undefined) return undefined;
  const position = ORDINALS.find(([pattern]) => pattern.test(phrase))?.[1];
  if (position === undefined) return undefined;
  const text = messageText(assistant);
  const options: string[] = [];
  for (const match of text.slice(Math.max(0, text.length - MENU_CHARS)).matchAll(OPTION_LINE)) {
    // The options count up from 1 with no gap: a numbered list of findings restarted or skipped is no menu.
    if (Number(match[1]) !== options.length + 1) return undefined;
    options.push(match[2] ?? "");
  }
  if (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS) return undefined;
  return position === 0 ? options.at(-1) : options[position - 1];
}
