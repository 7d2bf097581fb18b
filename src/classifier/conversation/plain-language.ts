/**
 * "in plain English", "in simple words", "in layman's terms" (round 43, dev-196: "explain what the ci policy actually
 * allows, in plain english" was read as a translation): a register asked of the answer, not a language to carry a text
 * into. A translation reading of a turn that holds one is read again without it; a turn that still names a language
 * ("now in Somali please, simple words") stays a translation, and so does a text put "into plain English".
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";

const PLAIN_LANGUAGE = /\b(?<!\b(?:into|to) )(?:in |using )?(?<!\b(?:into|to) )(?:plain|simple|everyday|non-?technical|layman'?s?|laymans?|normal) (?:english|language|words|terms)\b/g;
/** Words a turn must keep without the phrase to be read on its own. */
const MIN_REST_CHARS = 12;

/** The latest turn without its plain-language phrase, for a translation reading (see the module comment); else undefined. */
export function withoutPlainLanguage(reading: ConversationReading, task: string): { text: string; why: string } | undefined {
  if (task !== "translation" || reading.latestIndex < 0) return undefined;
  const lower = reading.latestLower;
  const phrase = lower.match(PLAIN_LANGUAGE);
  if (phrase === null) return undefined;
  const text = lower.replace(PLAIN_LANGUAGE, " ").trim();
  return text.length < MIN_REST_CHARS ? undefined : { text, why: `'${phrase[0]}' asks a register, not a language; the turn was read without it` };
}
