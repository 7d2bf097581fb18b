/**
 * A short follow-up read with the turn it follows: it inherits that turn's task, or shifts it as its own words ask ("now
 * in French", "shorter", "go ahead", "which of them?"). Moved out of `conversation-classifier.ts`, unchanged.
 * @module
 */
import { diagnosisOverRunOutput } from "./run-diagnosis.js";
import { manyIdeasGuard } from "./ideas-ask.js";
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification, ConversationClassifier } from "../classifier.js";
import { readConversationCached, type ConversationReading } from "./read-conversation.js";
import { asksForCommitMessage } from "./commit-message.js";
import { bringsFiguresToCompute } from "./follow-up-figures.js";
import { explainedTask } from "./follow-up-asks.js";
import { assistantBefore, offerClause } from "./offer.js";
import { pickedOption } from "./picked-option.js";
import { messageText } from "../conversation-text.js";
import { JUDGED_CHOICE } from "./choice-asks.js";
import { CHANGE_REQUEST } from "./task-words.js";
import { namesSummary } from "./shortening-words.js";
import { askBesideLanguage, workInNamedLanguage } from "./answer-language.js";
import { codeAskedBesideLanguage } from "./code-in-language.js";
import { CODE_MOVE } from "./code-moves.js";
import { asksRunPolitely, opensWithFix, opensWithRun } from "./fix-imperative.js";
import { formAsked } from "./follow-up-form.js";
import { continuesOtherWork } from "./continued-work.js";
import { asksForExplanation } from "./explained-anchor.js";
import { guarded, readTurns, withLatestText, withTask } from "./guarded-reading.js";
import { answeredShape, asksMoreItems } from "./answered-work.js";
import { detectFollowUp, followUpHead } from "./follow-up.js";

/**
 * The turn names a summary by a strong cue of its own ("summarize this for the exec channel in three bullets" after a
 * query's rows and the agent's reading of them; round 58): a summary of what came before, not a shorter piece of the anchor.
 * A cue inside the shorten phrase itself, or the phrase inside the cue ("сделай покороче" after a birthday card), is the
 * shortening, not a summary named. The summary must open the ask, before the shorten phrase that sizes it: "make it
 * shorter, then summarize what you changed" after a function asks the code shorter first (review of round 58).
 */
function namesSummaryVerb(reading: ConversationReading, phrase: string): boolean {
  const phraseAt = reading.latestLower.indexOf(phrase);
  return reading.cues.some((cue) => cue.task === "summarization" && cue.strong && cue.at < phraseAt && !phrase.includes(cue.word) && !cue.word.includes(phrase));
}

/** "too long" as the shorten ask ("Too long. Key points only."): the rest of the turn may name a summary. */
const TOO_LONG = /too long/;
/** Tasks that "shorter" keeps (a shorter poem is still a poem); after anything else it asks for a summary. */
const SHORTEN_KEEPS = new Set(["creative_writing", "code_generation", "brainstorming"]);
export const CODE_TASKS = new Set(["code_generation", "code_review"]);
/** Pieces of work a consent in a coding run lets go on: text or labels asked for, not a diagnosis or a question. */
const PIECES_ASKED: ReadonlySet<string> = new Set(["summarization", "translation", "classification", "extraction", "brainstorming", "creative_writing"]);
/** Tasks a choice among the answers given keeps: which of two results is right is still the sum or the puzzle. */
const CHOICE_KEEPS = new Set(["math", "deep_reasoning"]);
/** A write verb with a piece of code as its object ("write the sqitch migration", "add a cron job", "generate the SQL"). */
const WRITES_CODE =
  /\b(?:write|create|generate|add|build|draft)\b[^.\n]{0,40}?\b(?:migrations?|scripts?|quer(?:y|ies)|functions?|sql|endpoints?|unit tests?|class|components?|schemas?|dockerfile|workflow|cron ?job|regex|code|module|handler|hook)\b/;
/** Follow-ups that may ask for many options of the piece before them ("shorter, and give me 12 alternatives"). */
const MANY_OPTIONS_KINDS: ReadonlySet<string> = new Set(["inherit", "shorten", "also"]);
/** An explanation asked, in the ten cue languages: what is run again is the telling, not the agent's run. */
const EXPLANATION = /explain|explica|erkl[äa]r|expli|spieg|объясн|解释|解釋|説明|설명/u;
/**
 * Work on a text whose repair "again" is the text's own (review 56, second pass): "fix the tone again" after a drafted
 * reply, "korrigiere nochmal die Übersetzung" after a translation, in a support or a localisation agent's run.
 */
const TEXT_WORK: ReadonlySet<string> = new Set(["translation", "creative_writing", "summarization"]);
/** Confidence of a task set by a follow-up's own words ("now in French"). */
const SHIFT_CONFIDENCE = 0.8;

/** A follow-up turn read with the turn it follows, its anchor (see the module comment). */
export function classifyFollowUp(
  base: ConversationClassifier,
  messages: readonly ChatMessage[],
  reading: ConversationReading,
  readAnchor: (turns: readonly ChatMessage[]) => ConversationClassification = (turns) => readTurns(base, turns),
): ConversationClassification {
  const followUp = reading.followUp!;
  const anchorMessages = messages.slice(0, reading.anchorIndex + 1);
  // The anchor's final reading, every guard and re-reading run, as the turn was read when it was the latest (round 48).
  const anchor = readAnchor(anchorMessages);
  const anchorTask = anchor.task.label;
  const turn = `turn ${reading.latestIndex + 1}`;
  const from = `turn ${reading.anchorIndex + 1}`;
  const phrase = `follow-up '${followUp.phrase}'`;
  // "the headline is so meh. give me like 10 alternatives, some punchier": many options of a piece, to choose from.
  const many = anchorTask === "creative_writing" && MANY_OPTIONS_KINDS.has(followUp.kind) ? manyIdeasGuard(anchorTask, reading) : undefined;
  if (many !== undefined) return shifted(anchor, many.task, `task ${many.task} from ${turn}: ${many.why}`);
  // "the second one" after the assistant's numbered menu ("1. Summarize… 2. Translate… 3. Extract…"): the picked option's work.
  const option = followUp.kind === "inherit" ? pickedOption(assistantBefore(messages, reading.latestIndex), followUp.phrase) : undefined;
  const picked = option === undefined ? undefined : base.classify([{ role: "user", content: option }]).task;
  if (picked !== undefined && picked.confidence >= OFFER_CONFIDENCE && picked.label !== "chat" && picked.label !== anchorTask) {
    return shifted(anchor, picked.label, `task ${picked.label} from ${turn}: ${phrase} picks an option of turn ${reading.latestIndex} ('${option!.slice(0, 60)}')`);
  }
  // "now make it a poem" after an explanation, "give me that as JSON" after a list: the form asked names the work.
  const form = followUp.kind === "translate" ? undefined : formAsked(reading.latestLower);
  if (form !== undefined && form !== anchorTask && !(form === "extraction" && (reading.agent.coding || CODE_TASKS.has(anchorTask)))) {
    return shifted(anchor, form, `task ${form} from ${turn}: ${phrase} asks for what ${from} led to ${form === "extraction" ? "in a data format" : "in verse"}`);
  }
  // "more angles for the CFO" after a list of angles, "a more formal version for HR" after a letter: more of what the
  // assistant gave, when the user's first turn was read as other work (round 48).
  const answered = answeredWork(messages, reading, anchorTask);
  if (answered !== undefined) return shifted(anchor, answered, `task ${answered} from ${turn}: ${phrase} asks for more of what turn ${reading.latestIndex} (the assistant's answer) gave; ${from} was read as ${anchorTask}`);
  // "roda os testes de novo", "korrigiere die Abfrage und lass sie nochmal laufen": "again" beside a run or a repair the
  // turn opens by asking of an agent whose tools ran is that action, not the anchor's work asked again (round 56).
  // A question ("execute again? why would that help?") or an explanation run again ("run it again but explain each step",
  // "relance-moi l'explication") is left to the anchor (review 56), and so is a drafted text or a translation fixed again;
  // "can you run the tests again?" asks the run politely, one question alone (review 56).
  if (followUp.kind === "inherit" && reading.agent.toolMessages > 0 && anchorTask !== "code_generation" && !TEXT_WORK.has(anchorTask) && !EXPLANATION.test(reading.latestLower) && (asksRunPolitely(reading.latestLower) || (!/[?？]/u.test(reading.latestLower) && (opensWithRun(reading.latestLower) || opensWithFix(reading.latestLower))))) {
    return shifted(anchor, "code_generation", `task code_generation from ${turn}: ${phrase} sits beside a run or a repair the turn asks of the agent`);
  }
  switch (followUp.kind) {
    case "translate": {
      // "gist in english, two lines", "write the reply for me in German: …": the language is the answer's, the work another.
      // "agora escreve os testes pra isso, com uns casos em português": the language is the test data's; the turn asks code (round 54).
      const code = codeAskedBesideLanguage(reading.latestLower);
      if (code !== undefined) return shifted(base.classify(messages), "code_generation", `task code_generation from ${turn}: ${phrase} names a language inside the code; '${code.slice(0, 40)}' asks code written`);
      const work = workInNamedLanguage(reading.latestLower);
      if (work !== undefined) return shifted(base.classify(messages), work, `task ${work} from ${turn}: ${phrase} names the answer's language; the turn asks for ${work === "summarization" ? "a summary" : "a new piece to write"}`);
      const own = askBesideLanguage(reading.latestLower, followUp.phrase);
      const ownReading = own === undefined ? undefined : readTurns(base, withLatestText(messages, reading.latestIndex, own));
      if (ownReading !== undefined && ownReading.task.label !== "translation") return withTask(base.classify(messages), ownReading.task, `task ${ownReading.task.label} from ${turn}: ${phrase} names the answer's language; the rest of the turn asks the work`);
      return shifted(base.classify(messages), "translation", `task translation from ${turn}: ${phrase} asks for another language`);
    }
    case "shorten":
      // "tl;dr, 4 bullets" after tool results the assistant never wrote up asks for a summary of them, not a shorter text.
      // "a 1-line tl;dr of that for Slack" names a summary, whatever the piece (eighteenth round); "shorter" keeps the poem.
      // "più breve", "kürzer", "更短" are weak cues, the other languages' "shorter": they keep the piece too (thirty-second round).
      // "too long, 2 sentences max" after "Write a detailed explanation of how HTTPS works": a summary of it (round 37n).
      if (SHORTEN_KEEPS.has(anchorTask) && !asksForExplanation(messageText(messages[reading.anchorIndex]!).toLowerCase()) && !namesSummary(followUp.phrase) && !(TOO_LONG.test(followUp.phrase) && reading.cues.some((cue) => cue.task === "summarization")) && !namesSummaryVerb(reading, followUp.phrase) && wroteSince(messages, reading.anchorIndex, reading.latestIndex)) return inherited(anchor, `task ${anchorTask} from ${turn} (${phrase} inherits ${from})`);
      return shifted(base.classify(messages), "summarization", `task summarization from ${turn}: ${phrase} asks for a shorter version of ${from}'s text`);
    case "act":
      // "go ahead" while a review's tools ran, before any answer or offer, lets the review go on (nineteenth round); "go
      // ahead and move it to async/await" names a change (thirty-second round).
      if (anchorTask === "code_review" && !CHANGE_REQUEST.test(reading.latestLower) && !CODE_MOVE.test(reading.latestLower) && !wroteSince(messages, reading.anchorIndex, reading.latestIndex)) return inherited(anchor, `task ${anchorTask} from ${turn} (${phrase} lets the work of ${from} go on)`);
      // "continue" after a translation done in parts goes on translating, in an agent's repository too (thirty-fourth round).
      if (continuesOtherWork(followUp.phrase, anchorTask)) return inherited(anchor, `task ${anchorTask} from ${turn} (${phrase} lets the work of ${from} go on)`);
      // "go. subject under 60 chars" after "write the commit message", "go ahead. formal Sie" after "translate the new strings":
      // the consent lets the piece asked go on, in a coding run too (round 44). A diagnosis consented to is a fix to make.
      if (reading.agent.coding && consentsToPiece(followUp.phrase, anchorTask, anchorMessages) && !CHANGE_REQUEST.test(reading.latestLower)) return inherited(anchor, `task ${anchorTask} from ${turn} (${phrase} lets the work of ${from} go on)`);
      if (reading.agent.coding || CODE_TASKS.has(anchorTask)) {
        return shifted(anchor, "code_generation", `task code_generation from ${turn}: ${phrase} asks to make the change (${from} set the work${reading.agent.coding ? ", coding-agent context" : ""})`);
      }
      // "go ahead and write the migration: …" names code to write after the consent, whatever the work before it (sixteenth round).
      if (WRITES_CODE.test(reading.latestLower)) return shifted(anchor, "code_generation", `task code_generation from ${turn}: ${phrase} asks for code to be written`);
      if (anchorTask !== "math" && bringsFiguresToCompute(reading.previousUserLower, reading.latestLower)) return shifted(anchor, "math", `task math from ${turn}: ${phrase} brings the figures ${from} asked how to compute`);
      // "이 논문들 핵심만 요약해줘" ends in a consent word but names its own task.
      if (reading.cues.some((cue) => cue.strong && cue.task !== anchorTask)) return guarded(base.classify(messages), reading);
      // "Want me to write it?" → "go ahead": the offer's verb phrase, read in the conversation, names the work (round 48).
      return acceptedOffer(messages, reading, anchor, phrase, readAnchor) ?? inherited(anchor, `task ${anchorTask} from ${turn} (${phrase} inherits ${from})`);
    case "also": {
      // "also summarize it" names a task of its own; "also include the owners" changes the work just done.
      const own = reading.cues.find((cue) => cue.strong && cue.task !== anchorTask);
      if (own !== undefined) return guarded(base.classify(messages), reading);
      return inherited(anchor, `task ${anchorTask} from ${turn} (${phrase} inherits ${from})`);
    }
    case "explain": {
      // "explain that last step" keeps maths maths; code just written becomes code to read; other turns are read alone.
      const task = explainedTask(anchorTask);
      if (task === undefined) return guarded(base.classify(messages), reading);
      // "pourquoi ce test échoue ?" after the run's tests failed: a cause asked of its output, analysis (ADR 0045).
      if (task === "code_review" && diagnosisOverRunOutput(reading)) return shifted(anchor, "analysis", `task analysis from ${turn}: ${phrase} asks the cause of what the run's tools brought back (ADR 0045)`);
      if (task !== anchorTask) return shifted(anchor, task, `task ${task} from ${turn}: ${phrase} asks to explain the code of ${from}`);
      return inherited(anchor, `task ${anchorTask} from ${turn} (${phrase} inherits ${from})`);
    }
    case "choose":
      // "Which of them would you send?" weighs the options the assistant wrote. Picking among tool results ("which one gets
      // me there before noon?") is a lookup, and a turn that names its own task ("which are spam? mark each") is that task.
      if (reading.agent.toolMessages + reading.agent.toolCalls > 0 || reading.cues.some((cue) => cue.strong && cue.task !== "analysis")) return guarded(base.classify(messages), reading);
      // Checking a puzzle's or a sum's answers stays that work; "which of the two is riskier, honestly?" judges them.
      if (CHOICE_KEEPS.has(anchorTask) && !JUDGED_CHOICE.test(reading.latestLower)) return inherited(anchor, `task ${anchorTask} from ${turn} (${phrase} inherits ${from})`);
      return shifted(anchor, "analysis", `task analysis from ${turn}: ${phrase} asks to choose among what ${from} produced`);
    case "recall":
      // "what year was that again?" asks to be reminded of something the conversation already said: a lookup.
      return shifted(anchor, "simple_qa", `task simple_qa from ${turn}: ${phrase} asks to be reminded of a fact`);
    default:
      return inherited(anchor, `task ${anchorTask} from ${turn} (${phrase} inherits ${from})`);
  }
}

/** Tasks whose answer is the piece or the ideas themselves: more of the answer is more of that work. */
const ANSWER_IS_WORK: ReadonlySet<string> = new Set(["creative_writing", "brainstorming", "translation", "summarization", "code_generation", "code_review", "math"]);

/**
 * The work of the assistant's last answer a follow-up asks more of ({@link answeredShape}): a letter restyled or asked
 * again ("another version", "more formal", "shorter") is a piece of writing; a list asked for more items ("10 more,
 * edgier", "more angles for the CFO") is ideas. Only when the anchor was read as work whose answer is not that piece.
 */
function answeredWork(messages: readonly ChatMessage[], reading: ConversationReading, anchorTask: string): string | undefined {
  const kind = reading.followUp?.kind;
  if ((kind !== "inherit" && kind !== "shorten") || ANSWER_IS_WORK.has(anchorTask) || reading.agent.coding) return undefined;
  const shape = answeredShape(assistantBefore(messages, reading.latestIndex));
  if (shape === "creative_writing") return shape;
  return shape === "list" && kind === "inherit" && asksMoreItems(followUpHead(reading.latestLower)) ? "brainstorming" : undefined;
}

/** A consent that names a change of its own ("apply it", "implement the plan", "fix it"), not the piece asked before. */
const NAMES_CHANGE = /apply|implement|make|ship|fix|corrig|arregl|behebe|correggi|исправ/;

/**
 * Whether a consent lets a piece of work go on: the anchor turn asked for text or labels (a translation, a commit message,
 * names) in its own words, a cue of that work or a commit message, and the consent names no change of its own.
 */
function consentsToPiece(phrase: string, anchorTask: string, anchorMessages: readonly ChatMessage[]): boolean {
  if (!PIECES_ASKED.has(anchorTask) || NAMES_CHANGE.test(phrase)) return false;
  const asked = readConversationCached(anchorMessages);
  return asked.cues.some((cue) => cue.task === anchorTask) || (anchorTask === "summarization" && asksForCommitMessage(asked.latestLower));
}

/** Whether the assistant wrote text (not only tool calls) between the anchor turn and the latest one. */
function wroteSince(messages: readonly ChatMessage[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const message = messages[i];
    if (message?.role === "assistant" && messageText(message).trim() !== "") return true;
  }
  return false;
}

/** Longest conversation (characters of text) whose offer is read in it; a longer one has its offer read alone. */
export const OFFER_CONTEXT_MAX_CHARS = 64_000;

/** Characters of text in the conversation, counted until past {@link OFFER_CONTEXT_MAX_CHARS}. */
function textChars(messages: readonly ChatMessage[]): number {
  let chars = 0;
  for (const message of messages) {
    chars += typeof message.content === "string" ? message.content.length : messageText(message).length;
    if (chars > OFFER_CONTEXT_MAX_CHARS) break;
  }
  return chars;
}

/** Least confidence of the offer's own reading for a consent to take it over the anchor's task. */
const OFFER_CONFIDENCE = 0.5;

/**
 * A consent to what the assistant offered ("Want me to write the SQL for it?" → "yes go ahead") asks for the offered
 * work: the offer's verb phrase read as the user's turn in the conversation (round 48: "write it" after a plan for a
 * Python helper is code, not a piece of writing), when that reading is confident and names other work than chat.
 */
function acceptedOffer(
  messages: readonly ChatMessage[],
  reading: ConversationReading,
  anchor: ConversationClassification,
  phrase: string,
  readWhole: (turns: readonly ChatMessage[]) => ConversationClassification,
): ConversationClassification | undefined {
  const assistant = assistantBefore(messages, reading.latestIndex);
  const clause = assistant ? offerClause(assistant) : undefined;
  // A clause that is itself a consent would be read as this turn again.
  if (clause === undefined || detectFollowUp(clause)?.kind === "act") return undefined;
  const alone = readWhole([{ role: "user", content: clause }]).task;
  // The conversation reads the offer's object ("write it" after a plan for a Python helper); code read only there needs code
  // in the conversation or in the offer's turn (`http_client.py`). Past OFFER_CONTEXT_MAX_CHARS the offer is read alone, as
  // before round 48: a second whole reading of a 300k-token conversation per consent would double its decision's cost.
  const inContext = textChars(messages) > OFFER_CONTEXT_MAX_CHARS ? alone : readWhole(withLatestText(messages, reading.latestIndex, clause)).task;
  const offered = CODE_TASKS.has(inContext.label) && !CODE_TASKS.has(alone.label) && !reading.agent.codeInContext && !messageText(assistant!).includes("`") ? alone : inContext;
  if (offered.confidence < OFFER_CONFIDENCE || offered.label === "chat" || offered.label === anchor.task.label) return undefined;
  return shifted(anchor, offered.label, `task ${offered.label} from turn ${reading.latestIndex + 1}: ${phrase} accepts the offer in turn ${reading.latestIndex} ('${clause.slice(0, 60)}')`);
}

function inherited(anchor: ConversationClassification, reason: string): ConversationClassification {
  return withTask(anchor, anchor.task, reason);
}

function shifted(result: ConversationClassification, task: string, reason: string): ConversationClassification {
  return withTask(result, { label: task, confidence: SHIFT_CONFIDENCE }, reason);
}

