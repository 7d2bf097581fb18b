/**
 * A system prompt that defines a pipeline (translate, summarize, extract, label) sets the task of turns that only carry
 * its input.
 * @module
 */
import { soleStrongCue } from "./cue-matcher.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";
import { messageText } from "../conversation-text.js";
import { MIN_PROMPT_CHARS, declarationOf } from "./long-system-prompt.js";

/** Tasks a system prompt can set for every turn: a pipeline that transforms what the user sends. */
const PIPELINE_TASKS = new Set(["translation", "summarization", "extraction", "classification"]);
/** What a pipeline prompt's shape was, for the reason. */
const PIPELINE_SHAPES: Record<string, string> = {
  classification: "labelling job",
  extraction: "JSON of fields to fill",
  translation: "localization engine",
  creative_writing: "writing job",
  brainstorming: "ideas job",
  summarization: "summarizer",
};
/** Pipelines whose turn is never a question to them. */
const ASKED_PIPELINES = new Set(["creative_writing", "brainstorming"]);
/** The labelling named in a turn to a labelling agent: a verb of sorting or the label kinds it picks. */
const LABELLING_NAMED =
  /\b(?:sort|classify|categori[sz]e|label|tag|triage|route|assign|bucket|grade|prioriti[sz]e|flag)\w*|\b(?:priority|priorities|queue|queues|category|categories|band|bands|label|labels|folder|folders|album|albums|bucket)\b|clasific|klassifizier|einordn|cat[ée]goris|classe|classific|классифиц|分类|分類|归类|분류/u;
/** A turn of this many words at most names an item for the agent to label ("route wf-88213"). */
const MAX_ITEM_WORDS = 4;
/** An English past participle ("extracted", "translated", "summarized"): the input's state, not a verb of the prompt's job. */
const PARTICIPLE = /^[a-z]{3,20}ed$/;
/** A turn this long sent to a pipeline is the text to transform. */
const PIPELINE_TEXT_CHARS = 200;

/**
 * A system prompt that defines a pipeline ("You are a localization agent. Translate the UI strings…", "Classify each
 * email…") sets the task of a latest turn that only carries input or parameters ("Target locale: pt-BR"): no defining
 * verb of its own and no cue of another task. Not for a coding agent's prompt, whose turns say what to do.
 */
export function systemTaskGuard(task: string, reading: ConversationReading, ownAsk?: (reading: ConversationReading) => string | undefined): GuardResult | undefined {
  if (reading.agent.codingSystem || reading.latestIndex < 0 || reading.cues.some((cue) => cue.strong)) return undefined;
  const named = soleStrongCue(reading.systemCues);
  const verb = named !== undefined && PIPELINE_TASKS.has(named.task) && declaresVerb(reading, named.word) ? named : undefined;
  const pipeline = verb?.task ?? reading.systemPipeline;
  if (pipeline === undefined || pipeline === task) return undefined;
  // "write the status letter to Mr. Achterberg…" to an agent that writes case summaries asks for the letter (nineteenth round).
  const asked = ownAsk?.(reading);
  if (asked !== undefined && asked !== pipeline) return undefined;
  // A labelling pipeline's turn is the text to label: words in it ("密码错误", "translate") are its content, not a request;
  // so are the words of a long text sent to any pipeline.
  // An agent's run (tools called) is asked questions, not fed texts: "what's the general duty rate on that line?" to a
  // tariff classification agent that looked the line up asks the rate (twentieth round).
  const agentRun = reading.agent.toolMessages + reading.agent.toolCalls > 0;
  // An agent whose prompt lists its domain's categories ("Forecast categories: Pipeline, Best Case, Commit" to a CRM assistant)
  // is asked other things too: its shape sets the task of a turn that names an item ("triage PM-88412") or the labelling,
  // not of "who owns halvorsen logistics and when did we last talk to them" (round 45, dev-207 and dev-213).
  if (agentRun && verb === undefined && pipeline === "classification" && !LABELLING_NAMED.test(reading.latestLower) && reading.latestLower.split(/\s+/u).length > MAX_ITEM_WORDS) return undefined;
  const content = (pipeline === "classification" && !agentRun) || reading.latestLower.length >= PIPELINE_TEXT_CHARS;
  if (!content && reading.cues.some((cue) => cue.task !== pipeline && cue.task !== "chat")) return undefined;
  // A writing or ideas pipeline is sent input (a spec sheet, a theme); a question is asked of it, not fed to it.
  // A short question to a summarizing agent ("what stands out? anything I should be careful about?") asks it something too.
  if ((ASKED_PIPELINES.has(pipeline) || ((pipeline === "summarization" || pipeline === "classification") && !content)) && /[?？]/.test(reading.latestLower)) return undefined;
  const why = verb ? `the system prompt's verb '${verb.word}' (${verb.lang})` : `the system prompt's shape (a ${PIPELINE_SHAPES[pipeline] ?? pipeline})`;
  return { task: pipeline, why: `${why} sets the task` };
}

/**
 * Whether the system prompts declare the pipeline's verb: a short prompt is its declaration, a long one (a product's
 * pages of persona, tool and format rules) declares its work in its first two sentences. "Keep a summary of the chat in the
 * ticket" or "translate only when the customer writes in another language", deep in a support agent's or an editor's
 * rules, sets no task for every turn (round 45, dev-210).
 */
function declaresVerb(reading: ConversationReading, word: string): boolean {
  // "Documents arrive as text extracted from PDFs", "You observe pages as accessibility trees and extracted text": a past
  // participle says how the agent's input comes, not what it does to every turn (round 46, dev-218).
  if (PARTICIPLE.test(word)) return false;
  for (const message of reading.messages) {
    if (message.role !== "system" && message.role !== "developer") continue;
    const text = messageText(message);
    const declared = (text.length < MIN_PROMPT_CHARS ? text : declarationOf(text)).toLowerCase();
    // Every place the word stands: "Read the ticket summary field first, then write a concise summary" declares it.
    for (let at = declared.indexOf(word); at >= 0; at = declared.indexOf(word, at + word.length)) if (!namesData(declared, at, word)) return true;
  }
  return false;
}

/**
 * A summary's noun, not its verb. Only this one: "translation" before a noun ("a small translation agency") names the
 * agent's trade, and no development row showed another pipeline's noun naming data.
 */
const PIPELINE_NOUN = /^summar(?:y|ies)$/;
/** A verb of reading, showing or querying data: the summary is something the agent looks at or shows. */
const DATA_VERB = /^(?:show|shows|showing|read|reads|query|queries|fetch|fetches|view|views|display|displays|check|checks|access|see|inspect|inspects|pull|pulls|load|loads|search|searches|look|looks)$/u;
/** A verb of making: the noun is what the agent produces ("you write meeting summaries", "turn … into a call summary"). */
const MAKING_WORD = /^(?:write|writes|writing|produce|produces|create|creates|generate|generates|draft|drafts|prepare|prepares|provide|provides|give|gives|return|returns|output|outputs|deliver|delivers|post|posts|send|sends|reply|replies|respond|responds|convert|converts|turn|turns|make|makes|summari[sz]e|summari[sz]es)$/u;
/** Words read before the noun. */
const WORDS_BEFORE = 8;
/** A colon shortly before, with no sentence end between: the noun opens or continues a list of parts. */
const LISTED_AFTER_COLON = /:[^.:\n]{0,40}$/;

/**
 * Whether the noun at `at` names data the agent reads or shows ("Always show the plan summary before proposing changes",
 * "query Cost Explorer and VPC flow log summaries"; round 47, dev-226: 5 development rows), not the product of every
 * turn: a verb of reading or showing comes shortly before it and no verb of making does ("Convert each ticket into a
 * ticket summary", "reply with a ticket summary" still declare it; round 47's review), or it is one part of a product
 * listed after a colon.
 */
function namesData(declared: string, at: number, word: string): boolean {
  if (!PIPELINE_NOUN.test(word)) return false;
  // One section of a product listed after a colon ("leave a structured review: summary, blocking issues, tests missing").
  if (declared[at + word.length] === "," && LISTED_AFTER_COLON.test(declared.slice(Math.max(0, at - 40), at))) return true;
  const words = declared.slice(Math.max(0, at - 120), at).split(/[^\p{L}-]+/u).filter(Boolean).slice(-WORDS_BEFORE);
  return words.some((w) => DATA_VERB.test(w)) && !words.some((w) => MAKING_WORD.test(w));
}
