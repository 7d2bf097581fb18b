/**
 * "me explica rapidinho o que é inflação", "erklär mir kurz, was eine Hypothek ist", "explique-moi ce qu'est un ETF",
 * "spiegami in due parole cos'è lo spread": an ask to explain what a thing is, in a few words and about nothing pasted,
 * is a quick answer (thirty-fourth round: such asks read as chat, summarization or analysis in Portuguese, German,
 * French and Italian, while "explain what inflation is" already read as simple_qa).
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import { ERROR_WORDS } from "./meaning-ask.js";
import type { GuardResult } from "./task-guards.js";

/**
 * An explain verb, a few words, then "what … is", in Spanish, Portuguese, German, French, Italian and Russian (English
 * already reads as simple_qa; "explain what went wrong" is not this ask). German names the thing inside: "was eine
 * Hypothek ist", so "erklär mir, was passiert ist" is not a definition. The verb ends a word: "l'explication la plus
 * probable et qu'est-ce que tu vérifierais" asks for a reading.
 */
const EXPLAIN_WHAT_IS = new RegExp(
  /(?<![\p{L}])(?:expl[ií]ca(?:me|nos)?|expl[ií]came|expli(?:ca|que)(?: pra mim| para mim)?|erkl[äa]r(?:e|en sie)?(?: mir| uns)?|explique(?:[- ]moi|z[- ]moi)?|spiega(?:mi|ci)?|объясни(?:те)?(?: мне)?)(?![\p{L}])/u
    .source +
    // A few words between (built here, not in the literal: alone at the start of a pattern, the lazy gap made every
    // position of a long text try 26 starts, which the linearity fuzz read as slow; after the verb it runs only there).
    "[^\\n?]{0,25}?" +
    /(?<![\p{L}])(?:qu[eé] (?:es|son)|o que (?:é|e|são|sao)|was (?:(?:ein|eine|der|die|das) )?[\p{L}-]+ (?:ist|sind)|ce qu'est|ce que (?:c'est|sont)|qu'est-ce qu(?:e|')|cos'[èe]|cosa (?:è|e|sono)|che cos'[èe]|что такое)(?![\p{L}])/u.source,
  "u",
);
/** Characters a short explain ask may run to. */
const MAX_ASK_CHARS = 120;
/** Words the thing to explain may run to after "what is". */
const MAX_TERM_WORDS = 6;
/** Readings a short explain ask gets instead of a quick answer. */
const MISREAD: ReadonlySet<string> = new Set(["chat", "summarization", "analysis", "creative_writing"]);

/** A short ask to explain what a thing is, about nothing pasted: a quick answer (see the module comment). */
export function explainTermGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.agent.coding) return undefined;
  const text = reading.latestLower.trim();
  if (text.length > MAX_ASK_CHARS || /[\n`:"«“「]/.test(text) || ERROR_WORDS.test(text) || /\d/.test(text)) return undefined;
  const asked = EXPLAIN_WHAT_IS.exec(text);
  if (asked === null) return undefined;
  const term = text.slice(asked.index + asked[0].length).replace(/[\s?!.？！。]+$/u, "");
  if (/[,;]/.test(term) || term.split(/\s+/).length > MAX_TERM_WORDS) return undefined;
  return { task: "simple_qa", why: "asks in a few words what a thing is" };
}
