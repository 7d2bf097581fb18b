/**
 * A turn that asks its own work, which the conversation around it pulled to other work (round 45, ADR 0049).
 *
 * - In a coding run: "brb coffee ☕", "write a short dramatic poem from the perspective of the failing test", "label each
 *   commit: feat / fix / chore", "what's the worst-case number of iterations of that loop? derive it", "ideas for how to
 *   stop this class of bug from happening again? go wide". The run's code, diffs and logs pull every turn towards code
 *   work; the same turn read alone names its work plainly. When a conversation with code in it reads as code work, the
 *   latest turn is read again on its own, and a confident reading of other work stands, unless the turn asks a change of
 *   the code, names code as its piece, consents to the work on the table, or asks a review. Measured on every
 *   development set: of the coding-run turns read as code work whose own reading was another task at confidence ≥ 0.8,
 *   these checks kept 39 readings the labels agree with and turned none right into wrong.
 * - Below figures: a sum the turn alone reads as maths, confidently, over an analysis of the business around it
 *   ({@link sumOfItsOwn}).
 * - In a run whose tools brought a document, a page or records (round 46): a fact, a sum, ideas, a piece or a translation
 *   the turn alone reads confidently, over the summary, fields, labels or analysis the text pulled it to
 *   ({@link ownAskOverToolText}). Measured on every development set: 11 readings the labels agree with (the heuristic's:
 *   4), none turned wrong. Read for every turn, it also turned 1 wrong and broke two of earlier rounds' classes, turns
 *   that read the tool's result ("names only, the failing ones"): after the result, only a fact asked by name stands.
 *
 * The reading of the turn alone is the whole classifier's, so its reason says what set it.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification } from "../classifier.js";
import { CODE_TASKS } from "./follow-up-turn.js";
import type { ConversationReading } from "./read-conversation.js";
import { CODE_CHANGE } from "./code-change.js";
import { movesOnToOwnAsk } from "./moving-on.js";
import { asksVersionAction } from "./thanks-after-answer.js";
import { asksForArtifact } from "./artifact-ask.js";

/** The tasks a turn's own reading may set over a code reading; analysis and review-like lookups are the run's own work. */
const OWN_WORK = new Set(["brainstorming", "classification", "creative_writing", "deep_reasoning", "extraction", "math", "translation", "chat", "simple_qa"]);
/** The own reading's confidence needed: below it, the turn alone is a guess and the run's reading stands. */
const MIN_CONFIDENCE = 0.8;

/** Code named as the piece to write ("write a regex that…", "Regex request: …"); listing the functions is no code to write. */
const CODE_NAMED =
  /\b(?:write|draft|create|make|build|give me|generate|need) (?:me )?(?:(?:an?|the|some) )?(?:[\w-]+ ){0,3}?(?:function|script|class|method|unit tests?|regex|query|component|endpoint|hook|generator|snippet|one-liner|program|code)\b|^\W*(?:regex|script|function|query|sql|code)\b/;
/** A list of labels written out ("feat / fix / chore", "bug | feature"): its words are labels, not changes asked. */
const LABEL_LIST = /\b[\w-]{1,30}(?: ?[/|] ?[\w-]{1,30})+/g;
/** Fenced code or pasted lines below the ask: their words are the material, not the ask. */
const FENCED = /```[^`]*(?:```|$)/g;
/** A programming language as a translation's target: "translate it to Rust" is code to write. */
const PROGRAMMING_LANGUAGE = /\b(?:rust|go|golang|python|typescript|javascript|java|kotlin|swift|c\+\+|c#|ruby|php|scala|elixir|haskell|sql|bash|powershell)\b/;
/**
 * Consent to the work on the table ("ok", "sort it", "dale"): the run's work goes on. "go", "sí" and "ja" count only as the
 * whole opening word of the turn ("si el test falla…" is an if, "ja nie wiem" is Polish "I").
 */
const CONSENT = /^\W*(?:ok(?:ay)?|yes|yeah|yep|sure|lgtm|oui|sim|да)\b|^\W*(?:go|go ahead|dale|vale|s[ií]|ja)(?:\s*[,.!]|\s*$)|\b(?:sort|fix|do|ship|handle) (?:it|that|this)\b/u;
/** A review asked in passing ("anything in there that worries you?", "thoughts?", "tell me if it's right"): the code is read. */
const REVIEW_ASK = /\b(?:anything (?:in (?:there|it|here)|wrong|off|that worries|worr)|thoughts\?|looks? (?:ok|good|right|fine)|before i (?:hit approve|merge|ship)|(?:if|whether) it'?s (?:right|correct|safe)|is (?:it|this|that) (?:right|correct|safe)\b)/;
/** A lookup asked briefly: "quick q", "yes/no", "one line", "don't change anything". Other lookups in a run read its code. */
const BRIEF = /\b(?:quick q|yes\/no|yes or no|one line|one sentence|one word|don'?t change anything|just tell me)\b/;

/**
 * The turn's own reading when the conversation's reading should give way to it (module comment, {@link sumOfItsOwn}),
 * else undefined. `readAlone` reads one turn as a whole conversation.
 */
export function turnOwnAsk(
  messages: readonly ChatMessage[],
  reading: ConversationReading,
  result: ConversationClassification,
  readAlone: (turns: readonly ChatMessage[]) => ConversationClassification,
): ConversationClassification | undefined {
  if (reading.latestIndex < 1 || reading.followUp !== undefined) return undefined;
  // "谢谢！现在帮我写一封邮件…", "valeu! agora me explica…": the turn moves on to new work, which the anchor's work pulled (round 51).
  // In a run with code, a code reading stands: "now write the test" names its piece only through the code before it.
  const codeRun = CODE_TASKS.has(result.task.label) && (reading.agent.coding || reading.agent.codeInContext);
  if (!codeRun && movesOnToOwnAsk(reading.latestLower) !== undefined) {
    const alone = readAlone([messages[reading.latestIndex] as ChatMessage]);
    if (alone.task.label !== result.task.label && alone.task.label !== "chat") return alone;
  }
  if (!reading.agent.coding && reading.agent.toolMessages > 0 && TEXT_WORK.has(result.task.label)) {
    const alone = ownAskOverToolText(messages, reading, result, readAlone);
    if (alone !== undefined) return alone;
  }
  if (result.task.label === "analysis") return sumOfItsOwn(messages, reading, readAlone);
  if (!CODE_TASKS.has(result.task.label)) return undefined;
  if (!reading.agent.coding && !reading.agent.codeInContext) return undefined;
  const text = reading.latestLower.replace(FENCED, " ");
  if (CODE_CHANGE.test(text.replace(LABEL_LIST, " ")) || CONSENT.test(text) || REVIEW_ASK.test(text)) return undefined;
  const alone = readAlone([messages[reading.latestIndex] as ChatMessage]);
  const task = alone.task.label;
  if (!OWN_WORK.has(task) || alone.task.confidence < MIN_CONFIDENCE) return undefined;
  // "perfect, commit and push", "отлично, закоммить и запушь": praise read alone is small talk, but the commit is asked (round 52).
  if (task === "chat" && asksVersionAction(text)) return undefined;
  // "how many restarts should page us? draft the alert rule": a piece of code or configuration asked (round 55).
  if (CODE_NAMED.test(text) || asksForArtifact(reading)) return undefined;
  if (task === "translation" && PROGRAMMING_LANGUAGE.test(text)) return undefined;
  if (task === "simple_qa" && !BRIEF.test(text)) return undefined;
  return alone;
}

/** The own reading's confidence a sum needs to stand over an analysis of the figures in context. */
const MIN_SUM_CONFIDENCE = 0.9;

/**
 * "for each channel, what's the % change march→april … and the blended aov?", "if i go with 12 days at €520 and add the 15%
 * buffer, what's the total i quote?": after a table, a report or a tool's figures, the context reads as a business to
 * analyse, while the turn alone is a sum to work. A maths reading of the turn alone this confident stands (round 45: 8 of
 * the 11 such development rows are labelled maths, 1 analysis).
 */
function sumOfItsOwn(messages: readonly ChatMessage[], reading: ConversationReading, readAlone: (turns: readonly ChatMessage[]) => ConversationClassification): ConversationClassification | undefined {
  // Figures are in the turn, the turn before it, or in what was pasted or a tool brought; without any there is no sum.
  if (!/\d/.test(reading.latestLower) && !/\d/.test(reading.previousUserLower) && reading.contextTextChars === 0 && reading.agent.toolMessages === 0) return undefined;
  const alone = readAlone([messages[reading.latestIndex] as ChatMessage]);
  return alone.task.label === "math" && alone.task.confidence >= MIN_SUM_CONFIDENCE ? alone : undefined;
}

/** Readings the text a tool brought pulls a turn to: the work one does on a document. */
const TEXT_WORK = new Set(["summarization", "extraction", "classification", "analysis"]);
/** What a turn's own reading may set over the text a tool brought: a sum, ideas, a piece, a translation, a fact. */
const OWN_OVER_TEXT = new Set(["math", "brainstorming", "creative_writing", "translation", "simple_qa"]);
/**
 * One fact asked ("what's the notice period for non-renewal?", "which region had the most orders in Dec 2025?", "is the
 * basket dishwasher safe??", "what does the 95% CI actually mean?"), not a judgement ("so is it seasonal or not?",
 * "thoughts?", "what does the odds movement tell us?") nor items ("which ones are late? just list them").
 */
const FACT_ASKED =
  /^(?:(?:so|and|ok|okay|quick one|quick q)[\s,:—-]+)?(?:what(?:'s| is| was| are| were) (?:the|their|his|her|its|our|my) [\w' -]{1,40}[?？]|which [\w-]{1,20} (?:has|had|is|was|did|does|got|gets) [^?\n]{1,60}[?？]|(?:is|are|was|has|have|did|does) (?:the|this|that|he|she|they|it) [^?\n]{1,80}[?？]|what (?:does|do) [^?\n]{1,60} (?:actually |really )?mean\b)/;
/** A judgement or items asked beside the fact: left to the run's reading. */
const NOT_ONE_FACT = /\b(?:or|thoughts|tell us|list|ones|all|every|each|should|why|how come|worth)\b/;
/** Characters such a fact question runs to. */
const MAX_FACT_CHARS = 160;

/**
 * In a run whose tools brought a document, a page or records (not a coding run), the text reads as work on it — a summary
 * of the contract, fields of the page — while the turn asked its own (round 46, dev-218 and dev-222): "What's the
 * governing law in the Meridian MSA?" after the clause search, "draft a friendly recap email" after the transcript, a sum
 * over the figures found. The turn read alone, confidently, names that work.
 */
function ownAskOverToolText(messages: readonly ChatMessage[], reading: ConversationReading, result: ConversationClassification, readAlone: (turns: readonly ChatMessage[]) => ConversationClassification): ConversationClassification | undefined {
  // A turn after the tool's result reads it ("names only, the failing ones", "da 1 a 5 quanto è arrabbiato?"): alone it is
  // a guess at ideas or a sum, and only a fact asked by name stands. A turn the agent is still answering asked its work.
  const answering = toolAfter(messages, reading.latestIndex);
  const alone = readAlone([messages[reading.latestIndex] as ChatMessage]);
  const task = alone.task.label;
  if (task === result.task.label || !OWN_OVER_TEXT.has(task) || alone.task.confidence < MIN_CONFIDENCE || (!answering && task !== "simple_qa")) return undefined;
  if (task === "simple_qa") {
    const text = reading.latestLower.trim();
    if (text.length > MAX_FACT_CHARS || !FACT_ASKED.test(text) || NOT_ONE_FACT.test(text)) return undefined;
  }
  return alone;
}

/** Whether a tool's result follows the turn at `index`: the agent is answering it. */
function toolAfter(messages: readonly ChatMessage[], index: number): boolean {
  for (let i = index + 1; i < messages.length; i++) if (messages[i]?.role === "tool") return true;
  return false;
}
