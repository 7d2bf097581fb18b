/**
 * Makes a classifier read the conversation as the unit: a short follow-up takes its task from the
 * turn it follows (or shifts it, as "now in French" does), numbers are not read as maths when they
 * are a log or business metrics, and a coding agent's conversation is read as code work. Each result
 * says which turn or signal set the task (`taskReason`), for the decision's `reasons`.
 * @module
 */
import { manyIdeasGuard } from "./ideas-ask.js";
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification, ConversationClassifier } from "../classifier.js";
import { readConversationCached, type ConversationReading } from "./read-conversation.js";
import { agentTurnReading } from "./agent-turn.js";
import { referredReading } from "./referred-turn.js";
import { bringsFiguresToCompute } from "./follow-up-figures.js";
import { isClosing } from "./closing.js";
import { codeQuestionReading } from "./code-question.js";
import { withoutRuledOutClauses } from "./negated-cues.js";
import { withoutPresentingSentence } from "./presented.js";
import { withoutOpeningGreeting } from "./opening-greeting.js";
import { topicSwitchReading } from "./topic-switch.js";
import { explainedTask } from "./follow-up-asks.js";
import { listingGuard } from "./listing.js";
import { assistantBefore, offerClause } from "./offer.js";
import { normalizeToolBlocks } from "./tool-blocks.js";
import { stepByStepGuard } from "./manner-cues.js";
import { messageText } from "../conversation-text.js";
import { greetingGuard, turnAsk, turnAskGuard } from "./turn-asks.js";
import { agentGuard } from "./agent-guard.js";
import { JUDGED_CHOICE, choiceGuard, diagnosisAskGuard, failingLogCueGuard, labellingAskGuard, pastedLogAskGuard, pieceOrIdeasGuard, wrongCodeAskGuard } from "./asked-work.js";
import { closingDiagnosisGuard } from "./closing-diagnosis.js";
import { oneWordLabelGuard } from "./one-word-labels.js";
import { asksNoWork, closingGuard, cueConsensusGuard, questionGuard, toolLogGuard, type GuardResult } from "./task-guards.js";
import { definingCueGuard } from "./defining-cue-guard.js";
import { systemTaskGuard } from "./system-task-guard.js";
import { CHANGE_REQUEST } from "./task-words.js";
import { numericGuard } from "./numeric-guard.js";
import { sumAskedGuard } from "./sum-asked.js";
import { modelMetricsGuard } from "./model-metrics.js";
import { movementQuestionGuard } from "./movement-question.js";
import { acronymAskGuard } from "./acronym-ask.js";
import { namesSummary } from "./shortening-words.js";
import { quotedThanksGuard, sharingGuard, ventingGuard } from "./venting.js";
import { settingQuestionGuard } from "./setting-question.js";
import { guardConfidence } from "./blind-reading.js";
import { assignmentPuzzleGuard } from "./constraint-puzzle.js";
import { bandsAskGuard, judgedFiguresGuard, messageAskGuard, tableAskGuard } from "./figure-asks.js";
import { normAskGuard } from "./norm-asks.js";
import { shortVersionGuard } from "./short-version.js";
import { workInNamedLanguage } from "./answer-language.js";
import { mistakeInWorkingGuard } from "./mistake-in-working.js";
import { pickedRowsGuard } from "./picked-rows.js";
import { namedGroupsGuard } from "./named-groups.js";
import { writtenSummaryGuard } from "./written-summary.js";
import { identifierLookupGuard } from "./identifier-lookup.js";
import { askedItemsGuard } from "./asked-items.js";
import { thanksAfterAnswerGuard } from "./thanks-after-answer.js";
import { CODE_MOVE } from "./code-moves.js";

/** "too long" as the shorten ask ("Too long. Key points only."): the rest of the turn may name a summary. */
const TOO_LONG = /too long/;
/** Tasks that "shorter" keeps (a shorter poem is still a poem); after anything else it asks for a summary. */
const SHORTEN_KEEPS = new Set(["creative_writing", "code_generation", "brainstorming"]);
const CODE_TASKS = new Set(["code_generation", "code_review"]);
/** Tasks a choice among the answers given keeps: which of two results is right is still the sum or the puzzle. */
const CHOICE_KEEPS = new Set(["math", "deep_reasoning"]);
/** A write verb with a piece of code as its object ("write the sqitch migration", "add a cron job", "generate the SQL"). */
const WRITES_CODE =
  /\b(?:write|create|generate|add|build|draft)\b[^.\n]{0,40}?\b(?:migrations?|scripts?|quer(?:y|ies)|functions?|sql|endpoints?|unit tests?|class|components?|schemas?|dockerfile|workflow|cron ?job|regex|code|module|handler|hook)\b/;
/** Follow-ups that may ask for many options of the piece before them ("shorter, and give me 12 alternatives"). */
const MANY_OPTIONS_KINDS: ReadonlySet<string> = new Set(["inherit", "shorten", "also"]);
/** Confidence of a task set by a follow-up's own words ("now in French"). */
const SHIFT_CONFIDENCE = 0.8;

/** Wraps `base` so that it reads whole conversations (see the module comment). Same name as `base`. */
export function readingConversations(base: ConversationClassifier): ConversationClassifier {
  return { name: base.name, classify: (messages) => classifyConversation(base, messages) };
}

function classifyConversation(base: ConversationClassifier, input: readonly ChatMessage[]): ConversationClassification {
  const messages = normalizeToolBlocks(input);
  const reading = readConversationCached(messages);
  // A turn that announces another subject ("side question — what's postgres's default port again?") is no follow-up.
  const switched = topicSwitchReading(base, messages, reading);
  if (switched === undefined && reading.followUp !== undefined && reading.anchorIndex >= 0 && !isClosing(reading.latestLower)) return classifyFollowUp(base, messages, reading);
  // An aside in an agent's run, or a what-if after a sum, is read as the turn it refers to (nineteenth round).
  const referred = switched === undefined ? referredReading(messages, reading, (turns) => readTurns(base, turns)) : undefined;
  if (referred !== undefined) return withTask(referred.result, referred.result.task, referred.reason);
  // Guarded as the one turn it is read as, and named by its place in the conversation.
  if (switched !== undefined) return guarded(switched.result, readConversationCached([switched.turn]), "the turn changes the subject; it was read on its own", source(reading));
  const result = base.classify(messages);
  const reread = toolContextReread(base, messages, reading, result);
  if (reread !== undefined) return guarded(reread, reading, TOOL_CONTEXT_WHY);
  // A reading named only by a word that is not the ask ("Here's the k6 summary … what's going wrong?", "não é preciso
  // traduzir, só quero saber o essencial") is read again without that sentence or clause.
  const task = result.task.label;
  const part = withoutPresentingSentence(reading, task) ?? withoutRuledOutClauses(reading, task) ?? withoutOpeningGreeting(reading, task);
  const again = part === undefined ? undefined : rereadTurn(base, messages, reading, part.text, task, part.why);
  if (again !== undefined) return again;
  const own = agentTurnReading(base, messages, reading, result) ?? codeQuestionReading(messages, reading, result);
  return guarded(own?.result ?? result, reading, own?.why);
}

/** Words (or, in Chinese and Japanese, characters) a turn with a part taken out must keep to be read on its own. */
const MIN_REREAD_WORDS = 3;
const MIN_REREAD_CHARS = 8;

/**
 * The latest turn read again as `text` (a sentence or clause taken out), guarded as the turn it now is, when enough is
 * left and the reading names other work than `task`; undefined otherwise.
 */
function rereadTurn(base: ConversationClassifier, messages: readonly ChatMessage[], reading: ConversationReading, text: string, task: string, why: string): ConversationClassification | undefined {
  if (text.split(/\s+/u).length < MIN_REREAD_WORDS && text.length < MIN_REREAD_CHARS) return undefined;
  const rewritten = messages.map((message, index) => (index === reading.latestIndex ? { role: message.role, content: text } : message)) as ChatMessage[];
  const again = base.classify(rewritten);
  return again.task.label === task ? undefined : guarded(again, readConversationCached(rewritten), why, source(reading));
}

const TOOL_CONTEXT_WHY = "the tool results of an agent that is not a coding agent are not code work; the turn was read without them";

/**
 * A code reading of a turn in a conversation with tools but no coding agent (no coding system prompt, no code tools,
 * no code in context): an order status, an inbox or a refund record pulled it towards code. The turn is read again
 * with the system prompt alone; a reading that is still code work stands.
 */
function toolContextReread(
  base: ConversationClassifier,
  messages: readonly ChatMessage[],
  reading: ConversationReading,
  result: ConversationClassification,
): ConversationClassification | undefined {
  const { agent } = reading;
  if (agent.coding || agent.toolLog || agent.toolMessages + agent.toolCalls === 0 || reading.latestIndex < 0 || !CODE_TASKS.has(result.task.label)) return undefined;
  const turn = messages[reading.latestIndex] as ChatMessage;
  const alone = [turn];
  const again = base.classify(alone);
  return CODE_TASKS.has(again.task.label) ? undefined : again;
}

/** The conversation `turns` (one cut after an earlier turn) read and guarded as any conversation is. */
function readTurns(base: ConversationClassifier, turns: readonly ChatMessage[]): ConversationClassification {
  return guarded(base.classify(turns), readConversationCached(turns));
}

/** The base reading with the numeric and agent guards applied, and a reason naming the turn and the cue. */
function guarded(result: ConversationClassification, reading: ConversationReading, note?: string, from = source(reading)): ConversationClassification {
  const label = result.task.label;
  // A reading of a turn the model cannot read (Thai, romanized, little-trained languages) is a guess (`blind-reading.ts`).
  const confidence = guardConfidence(result.task.confidence, reading);
  const guard =
    // "which of these need a call? town and reason, that's all": rows asked for, though the turn ends as a closing does.
    pickedRowsGuard(label, reading) ??
    // "dividili in lavoro, famiglia e salute": the items sorted into groups the turn names.
    namedGroupsGuard(label, reading) ??
    closingGuard(label, reading) ??
    // "谢谢！挺清楚的" after a summary: thanks after an answer, nothing asked.
    thanksAfterAnswerGuard(label, reading) ??
    greetingGuard(label, reading) ??
    ventingGuard(label, reading) ??
    sharingGuard(label, reading) ??
    quotedThanksGuard(label, reading) ??
    messageAskGuard(label, reading) ??
    tableAskGuard(label, reading) ??
    shortVersionGuard(label, reading) ??
    // "escreve um resumo curtinho pra newsletter": a writing verb whose piece is a summary.
    writtenSummaryGuard(label, reading) ??
    // "股票代码 600519 … 分别是哪几家公司？": identifiers asked what they name are looked up.
    identifierLookupGuard(label, reading) ??
    // "エアコンのエラーコード E-204 の意味は？", "which Django versions are supported?", "schreib mir die Beträge raus".
    askedItemsGuard(label, reading) ??
    definingCueGuard(label, reading) ??
    modelMetricsGuard(label, reading) ??
    systemTaskGuard(label, reading, turnAsk) ??
    listingGuard(label, reading) ??
    turnAskGuard(label, confidence, reading) ??
    judgedFiguresGuard(label, confidence, reading) ??
    normAskGuard(label, reading) ??
    cueConsensusGuard(label, confidence, reading, turnAsk) ??
    sumAskedGuard(label, confidence, reading) ??
    toolLogGuard(label, reading) ??
    numericGuard(label, reading, confidence) ??
    movementQuestionGuard(label, reading) ??
    agentGuard(label, reading) ??
    questionGuard(label, reading);
  // What the turn asks of the reading the guards settled on: what an acronym stands for, a choice to weigh, a label per
  // item, work on a pasted log, its debugging, a question why code fails or what is wrong with it, or maths asked step by step.
  const settled = guard?.task ?? label;
  const asked =
    acronymAskGuard(settled, reading) ??
    choiceGuard(settled, reading) ?? labellingAskGuard(settled, reading) ?? oneWordLabelGuard(settled, reading) ?? bandsAskGuard(settled, reading) ?? pastedLogAskGuard(settled, reading) ?? failingLogCueGuard(settled, reading) ?? diagnosisAskGuard(settled, reading) ?? closingDiagnosisGuard(settled, reading) ?? wrongCodeAskGuard(settled, reading) ?? mistakeInWorkingGuard(settled, reading) ?? stepByStepGuard(settled, reading) ?? pieceOrIdeasGuard(settled, reading) ?? manyIdeasGuard(settled, reading) ?? settingQuestionGuard(settled, reading) ?? assignmentPuzzleGuard(settled, reading);
  const finished = finish(result, reading, asked ?? guard, from, note);
  return asksNoWork(reading) ? { ...finished, difficulty: { label: "budget", confidence: finished.difficulty.confidence } } : finished;
}

/** The result with the guard's task (if any) and a reason naming the turn (`from`) and what set the task. */
function finish(result: ConversationClassification, reading: ConversationReading, guard: GuardResult | undefined, from: string, note?: string): ConversationClassification {
  const task = guard ? { label: guard.task, confidence: Math.max(0.6, result.task.confidence) } : result.task;
  return withTask(result, task, `task ${task.label} ${from}${signal(task.label, reading, guard?.why ?? note)}`);
}

/**
 * The classification with its task and reason replaced. Built field by field: a spread of the result plus new
 * fields clones it on V8's slow path, a measurable share of a 100-token decision.
 */
function withTask(result: ConversationClassification, task: ConversationClassification["task"], taskReason: string): ConversationClassification {
  return { task, difficulty: result.difficulty, strongProbability: result.strongProbability, taskReason };
}

function source(reading: ConversationReading): string {
  if (reading.latestIndex < 0) return "from the system prompt";
  return `from turn ${reading.latestIndex + 1}${reading.agent.coding ? " (coding-agent context)" : ""}`;
}

function signal(task: string, reading: ConversationReading, why: string | undefined): string {
  if (why !== undefined) return `: ${why}`;
  const cue = reading.cues.find((hit) => hit.task === task && hit.strong) ?? reading.cues.find((hit) => hit.task === task);
  if (cue !== undefined) return `: cue '${cue.word}' (${cue.lang})`;
  return reading.language === "en" ? "" : ` (${reading.language})`;
}

function classifyFollowUp(base: ConversationClassifier, messages: readonly ChatMessage[], reading: ConversationReading): ConversationClassification {
  const followUp = reading.followUp!;
  const anchorMessages = messages.slice(0, reading.anchorIndex + 1);
  const anchor = readTurns(base, anchorMessages);
  const anchorTask = anchor.task.label;
  const turn = `turn ${reading.latestIndex + 1}`;
  const from = `turn ${reading.anchorIndex + 1}`;
  const phrase = `follow-up '${followUp.phrase}'`;
  // "the headline is so meh. give me like 10 alternatives, some punchier": many options of a piece, to choose from.
  const many = anchorTask === "creative_writing" && MANY_OPTIONS_KINDS.has(followUp.kind) ? manyIdeasGuard(anchorTask, reading) : undefined;
  if (many !== undefined) return shifted(anchor, many.task, `task ${many.task} from ${turn}: ${many.why}`);
  switch (followUp.kind) {
    case "translate": {
      // "gist in english, two lines", "write the reply for me in German: …": the language is the answer's, the work another.
      const work = workInNamedLanguage(reading.latestLower);
      if (work !== undefined) return shifted(base.classify(messages), work, `task ${work} from ${turn}: ${phrase} names the answer's language; the turn asks for ${work === "summarization" ? "a summary" : "a new message"}`);
      return shifted(base.classify(messages), "translation", `task translation from ${turn}: ${phrase} asks for another language`);
    }
    case "shorten":
      // "tl;dr, 4 bullets" after tool results the assistant never wrote up asks for a summary of them, not a shorter text.
      // "a 1-line tl;dr of that for Slack" names a summary, whatever the piece (eighteenth round); "shorter" keeps the poem.
      // "più breve", "kürzer", "更短" are weak cues, the other languages' "shorter": they keep the piece too (thirty-second round).
      if (SHORTEN_KEEPS.has(anchorTask) && !namesSummary(followUp.phrase) && !(TOO_LONG.test(followUp.phrase) && reading.cues.some((cue) => cue.task === "summarization")) && wroteSince(messages, reading.anchorIndex, reading.latestIndex)) return inherited(anchor, `task ${anchorTask} from ${turn} (${phrase} inherits ${from})`);
      return shifted(base.classify(messages), "summarization", `task summarization from ${turn}: ${phrase} asks for a shorter version of ${from}'s text`);
    case "act":
      // "go ahead" while a review's tools ran, before any answer or offer, lets the review go on (nineteenth round); "go
      // ahead and move it to async/await" names a change (thirty-second round).
      if (anchorTask === "code_review" && !CHANGE_REQUEST.test(reading.latestLower) && !CODE_MOVE.test(reading.latestLower) && !wroteSince(messages, reading.anchorIndex, reading.latestIndex)) return inherited(anchor, `task ${anchorTask} from ${turn} (${phrase} lets the work of ${from} go on)`);
      if (reading.agent.coding || CODE_TASKS.has(anchorTask)) {
        return shifted(anchor, "code_generation", `task code_generation from ${turn}: ${phrase} asks to make the change (${from} set the work${reading.agent.coding ? ", coding-agent context" : ""})`);
      }
      // "go ahead and write the migration: …" names code to write after the consent, whatever the work before it (sixteenth round).
      if (WRITES_CODE.test(reading.latestLower)) return shifted(anchor, "code_generation", `task code_generation from ${turn}: ${phrase} asks for code to be written`);
      if (anchorTask !== "math" && bringsFiguresToCompute(reading.previousUserLower, reading.latestLower)) return shifted(anchor, "math", `task math from ${turn}: ${phrase} brings the figures ${from} asked how to compute`);
      // "이 논문들 핵심만 요약해줘" ends in a consent word but names its own task.
      if (reading.cues.some((cue) => cue.strong && cue.task !== anchorTask)) return guarded(base.classify(messages), reading);
      return acceptedOffer(base, messages, reading, anchor, phrase) ?? inherited(anchor, `task ${anchorTask} from ${turn} (${phrase} inherits ${from})`);
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

/** Whether the assistant wrote text (not only tool calls) between the anchor turn and the latest one. */
function wroteSince(messages: readonly ChatMessage[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const message = messages[i];
    if (message?.role === "assistant" && messageText(message).trim() !== "") return true;
  }
  return false;
}

/** Least confidence of the offer's own reading for a consent to take it over the anchor's task. */
const OFFER_CONFIDENCE = 0.5;

/**
 * A consent to what the assistant offered ("Want me to write the SQL for it?" → "yes go ahead") asks for the offered
 * work: the offer clause read alone, when that reading is confident and names other work than chat.
 */
function acceptedOffer(base: ConversationClassifier, messages: readonly ChatMessage[], reading: ConversationReading, anchor: ConversationClassification, phrase: string): ConversationClassification | undefined {
  const assistant = assistantBefore(messages, reading.latestIndex);
  const clause = assistant ? offerClause(assistant) : undefined;
  if (clause === undefined) return undefined;
  const offered = base.classify([{ role: "user", content: clause }]).task;
  if (offered.confidence < OFFER_CONFIDENCE || offered.label === "chat" || offered.label === anchor.task.label) return undefined;
  return shifted(anchor, offered.label, `task ${offered.label} from turn ${reading.latestIndex + 1}: ${phrase} accepts the offer in turn ${reading.latestIndex} ('${clause.slice(0, 60)}')`);
}

function inherited(anchor: ConversationClassification, reason: string): ConversationClassification {
  return withTask(anchor, anchor.task, reason);
}

function shifted(result: ConversationClassification, task: string, reason: string): ConversationClassification {
  return withTask(result, { label: task, confidence: SHIFT_CONFIDENCE }, reason);
}
