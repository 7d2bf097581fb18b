/**
 * "为啥天空是蓝色的？简单说说就行", "¿por qué el cielo es azul? explícalo corto", "なんで空は青いの？簡単に教えて", "why is the sky
 * blue? keep it short": a why-question about the world, opening a conversation and asked to be answered briefly, is a
 * quick answer (thirty-sixth round: read as analysis or summarization, the brevity words taken for a summary's). A why
 * about the user's own things ("why did our churn go up?"), with figures, or later in a conversation is left alone.
 * Round 41: the same asked through "explain why" ("Can you explain why the sky is blue? Briefly please." read as
 * code_review, "Kannst du mir erklären, warum der Himmel blau ist? Kurz, bitte." as deep reasoning), unless code is
 * its subject ("explain why this query is slow, briefly").
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Characters such a question runs to at most. */
const MAX_CHARS = 80;
/** A why-word opening the question, or (Chinese, Japanese, Korean) within its first characters. */
const WHY =
  /^[¿¡]?(?:(?:(?:can|could) you |please )?explain(?: to me)? |(?:kannst du |könntest du )?(?:mir )?erkl[äa]r(?:en|e)?(?: mir)?,? |expl[ií]ca(?:me|nos)? |explique(?:[- ]moi)? |spiegami |объясни(?:те)?,? )?(?:why|por ?qu[eé]|warum|wieso|weshalb|pourquoi|perch[eé]|почему|отчего)(?![\p{L}])|^[^?？\n]{0,12}(?:为什么|为啥|為什麼|为何|なんで|なぜ|どうして|왜)/u;
/** Asks for a short answer. */
const BRIEF =
  /\b(?:briefly|in short|keep it short|short answer|in a sentence|in one sentence|eli5)\b|brevemente|en pocas palabras|corto|rapidinho|\bkurz\b|en bref|bri[eè]vement|en deux mots|in breve|in due parole|коротко|кратко|в двух словах|简单说|简单讲|简单解释|简短|一句话|簡単に|手短に|ざっくり|간단히|짧게/u;
/** The user's own things ("my", "our", "unser", "我的"): a why about them asks for a reading of them. */
export const OWN_THINGS = /\b(?:my|our|we|us|i|mi|mis|nuestr[oa]s?|mein\w*|unser\w*|mon|ma|mes|notre|nos|meu|minha|nosso|nossa|mio|mia|nostr[oa])\b|мо[йяеи]|наш|我的|我们|うちの|私の|우리|내 /u;
/**
 * Readings the brevity words pull such a question to, and the quick answer itself, kept against a later guard that would
 * take "keep it short" for a summary's cue.
 */
const MISREAD: ReadonlySet<string> = new Set(["analysis", "summarization", "chat", "simple_qa", "deep_reasoning", "code_review", "creative_writing", "extraction", "classification", "brainstorming"]);
/** Code as the subject: a why about it is debugging or a review, short or not. */
const CODE_SUBJECT = /\b(?:code|query|function|regex|script|tests?|errors?|bugs?|build|compile\w*|sql|api|fails?|failing|crash\w*|exception|server|deploy\w*)\b|[`(){}=<>]/;

/** A quick answer for a brief why-question about the world that opens a conversation (see the module comment). */
export function briefWhyGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.anchorIndex >= 0 || reading.agent.toolMessages > 0 || reading.latestLower.length > 2 * MAX_CHARS) return undefined;
  const text = reading.latestLower.trim();
  if (text.length > MAX_CHARS || /\d/.test(text) || !WHY.test(text) || !BRIEF.test(text) || OWN_THINGS.test(text) || CODE_SUBJECT.test(text)) return undefined;
  return { task: "simple_qa", why: "a why-question about the world, asked to be answered briefly" };
}
