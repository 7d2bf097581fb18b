/**
 * Reads the shape of a conversation before any task is guessed: which user turn is the latest,
 * whether it is a follow-up and to which earlier turn, the agent context (a system prompt that
 * declares an agent, tool calls, tool results, code in context), the script and language, and the
 * per-language cues of the latest turn. Every text is read only up to a cap, so a huge tool result
 * or paste costs the same as a short one.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { composedText, messageText } from "../conversation-text.js";
import { findCues, type CueHit } from "./cue-matcher.js";
import { withoutNegated } from "./negated-cues.js";
import { detectFollowUp, type FollowUp } from "./follow-up.js";
import { looksLikeLog } from "./numeric-domain.js";
import { pipelineTaskOf } from "./pipeline-prompt.js";
import { SystemMemo } from "./system-memo.js";
import { findSystemCues } from "./system-cues.js";
import { dominantScript, guessLanguage, type Script } from "./script.js";

/** Characters of the latest user turn the cues are read from (head and tail). */
const LATEST_HEAD_CHARS = 2_000;
const LATEST_TAIL_CHARS = 600;
/** Characters of a system prompt, tool result or earlier turn read for context signals. */
const CONTEXT_CHARS = 1_500;
/** Earlier turns looked at, newest first. */
const MAX_CONTEXT_MESSAGES = 12;

/** What the conversation around the latest user turn says. */
export interface AgentContext {
  /** A system or developer prompt declares a coding agent or assistant. */
  codingSystem: boolean;
  /** Tool result messages and assistant tool calls. */
  toolMessages: number;
  toolCalls: number;
  /** Code-shaped text in a tool result, an earlier turn or an assistant reply. */
  codeInContext: boolean;
  /** All of it together: the conversation is a coding agent's. */
  coding: boolean;
  /** Tool calls the assistant made after the latest user turn: the agent looked something up or acted for it. */
  toolCallsAfterLatest: number;
  /** A tool result reads as a log (log lines, a stack trace): the agent's tools returned a running system's output. */
  toolLog: boolean;
}

/** One conversation, read. */
export interface ConversationReading {
  /** The conversation read (tool blocks normalized). */
  readonly messages: readonly ChatMessage[];
  /** Index in `messages` of the latest user turn, or -1. */
  latestIndex: number;
  /** The latest user turn, cut to its head and tail. */
  latest: string;
  /** `latest`, lower-cased. */
  latestLower: string;
  followUp: FollowUp | undefined;
  /** Index of the earlier user turn a follow-up refers to (the newest one that is not itself a follow-up). */
  anchorIndex: number;
  /** Characters of user-pasted or tool text before the latest turn (a transcript, a document, a file). */
  contextTextChars: number;
  agent: AgentContext;
  script: Script;
  /** ISO 639-1 guess, computed when first read. */
  readonly language: string;
  /** Cues of the latest user turn (without those a negation rules out). */
  cues: CueHit[];
  /** Cues of the latest user turn a negation rules out ("no need to translate"). */
  negatedCues: readonly CueHit[];
  /** The user turn before the latest one, lower-cased and cut (or ""), computed when first read. */
  readonly previousUserLower: string;
  /** Cues of the system and developer prompts (each cut), computed when first read. */
  readonly systemCues: CueHit[];
  /** The task a pipeline's system prompt sets by its shape (a label list, JSON fields to fill), computed when first read. */
  readonly systemPipeline: string | undefined;
}

/**
 * A coding agent's declaration. A "repository" counts unless it holds contracts, documents, policies or research; a
 * "terminal" unless it is a container, ferry or payment terminal (twentieth round).
 */
const CODING_SYSTEM =
  /\b(coding|code|software|programming|developer|devops) (agent|assistant|copilot)\b|\b(agent|assistant) (that|which|who) (writes|edits|modifies|fixes) code\b|\byou (are|act as) an? (senior |expert |staff )?(software|backend|frontend|full-?stack) (engineer|developer)\b|\b(?<!\b(contracts?|documents?|dokument(en)?|knowledge|polic(y|ies)|legal|assets?|content|case|records?|media|research|evidence|image|photo|template)s?[ -])repository\b|\b(codebase|working directory|pull request|(?<!\b(container|ferry|bus|airport|cargo|port|passenger|grain|oil|lng|rail|freight|cruise|payment|pos|card|bulk|ro-ro) )terminal|shell commands?)\b|\btools? (to|for) (read|edit|write|run|search)\b[^.\n]{0,30}?\b(files?|code|source|tests?|commands?|project)\b|\bclaude code\b|\bsoftware engineering tasks\b/;
/** The same declaration in the nine other cue languages ("Coding-Agent", "编程智能体", "コーディングエージェント", "repositorio"...). */
const CODING_SYSTEM_FOREIGN =
  /(coding|software|programmier|entwickler)-?(agent|assistent)|codebasis|agente (de|di) (programaci[oó]n|programa[çc][ãa]o|programmazione|c[oó]digo|codice|software)|asistente de programaci[oó]n|reposit[oó]ri[oa]|d[ée]p[ôo]t (git|de code)|agent (de codage|logiciel|de programmation)|base de (code|c[oó]digo)|агент[а-я]* (для )?(программирован|разработк)|кодинг-агент|репозитори|编程(智能体|助手|代理)|代码(库|仓库|助手)|仓库|コーディング(エージェント|アシスタント)|リポジトリ|コードベース|코딩 (에이전트|어시스턴트)|저장소|리포지토리|코드베이스/;
/**
 * Code in a message: a fence, a definition or declaration with its punctuation (`def f(`, `class Foo:`, `const x =`,
 * `func f(`), an import, a block opening after `)` or `=>`, a statement ending in `;` after an assignment or a call,
 * markup or patch headers, and (outside JSON data) a line that only closes a block. Keywords alone are not enough:
 * "let me know (…)", "return policy: 30 days" and a contract's clauses ending in ";" are prose; so is "public liability
 * insurance (min £5m)" (a Java method's name meets its parenthesis; twentieth round).
 */
const CODE_PARTS = [
  /```|\bdef \w+\s*\(|\bclass [A-Z_]\w*\s*[({:<]|\bfunction\s*\*?\s*\w*\s*\(|\b(?:func|fn) \w+\s*[(<]|\b(?:const|let|var) [\w{[$][\w$, {}[\]]{0,60}\s*[=:;]/.source,
  /\b(?:public|private|protected)(?: static)?(?: final)? [\w<>[\]]+ \w+(?:\(|\s*[=;])|\)[^\S\n\r\u2028\u2029]*(?:->[^\S\n\r\u2028\u2029]*[\w[\], ]+)?\{[^\S\n\r\u2028\u2029]*$|=>[^\S\n\r\u2028\u2029]*[{(]?[^\S\n\r\u2028\u2029]*$/.source,
  /=[^\n=]{0,80};[^\S\n\r\u2028\u2029]*$|\w\([^\n]{0,80}\);[^\S\n\r\u2028\u2029]*$|^[^\S\n\r\u2028\u2029]*return\b[^\n]{0,80};?[^\S\n\r\u2028\u2029]*$|^[^\S\n\r\u2028\u2029]*(?:#include|package \w|from \S+ import|import [\w{*"']|@@ )|\bdiff --git\b/.source,
  /^[^\S\n\r\u2028\u2029]*<(?:template|script|div|form|html|svg|view|button|input)\b/.source,
];
/** A line that only closes a block: code, except in pretty-printed JSON, where every object ends so. */
const CLOSING_LINE = /^[^\S\n\r\u2028\u2029]*[}\])]+[;,)]*[^\S\n\r\u2028\u2029]*$/.source;
const CODE_SHAPE = new RegExp([...CODE_PARTS, CLOSING_LINE].join("|"), "m");
/** The code shapes a tool's JSON data can show. */
const CODE_SHAPE_IN_DATA = new RegExp(CODE_PARTS.join("|"), "m");
/**
 * A fetched web page (a research agent's tool result): its markup is not code in context. So is a page's fragment, a
 * tool result that opens with a block of markup ("<div class=\"schedule\">…<table>…"; twentieth round).
 */
const WEB_PAGE = /^\s*(<!doctype html|<html[\s>]|<(?:div|table|section|main|body|article|header|ul|ol|p|h[1-6])[\s>])/i;
/** A tool result that is JSON data: an object or an array of objects, strings or numbers. */
const JSON_DATA = /^\s*(\{\s*("|\})|\[\s*[{"\d\]-])/;
/** JSON object keys (`"class":`, `"return":`), which name fields, not code. */
const JSON_KEY = /"[^"\n]{1,80}"\s*:/g;

/**
 * Whether a message shows code. A tool's JSON data (an order, a loan rate table, a search result) is not code because
 * it is pretty-printed with braces at line ends or has a key named `class`; the code its strings hold (a file read
 * through a JSON tool) still counts, read with its escaped line breaks restored.
 */
export function showsCode(role: string, text: string): boolean {
  const tool = role === "tool" || role === "function";
  if (!tool || !JSON_DATA.test(text)) return CODE_SHAPE.test(text) && !(tool && WEB_PAGE.test(text));
  return CODE_SHAPE_IN_DATA.test(text.replace(JSON_KEY, " ").replaceAll("\\n", "\n"));
}

function cut(text: string, head: number, tail = 0): string {
  if (text.length <= head + tail) return text;
  return tail > 0 ? `${text.slice(0, head)}\n${text.slice(-tail)}` : text.slice(0, head);
}

/** The agent context of a conversation, and how much pasted or tool text precedes the latest user turn. */
export function readAgentContext(messages: readonly ChatMessage[], latestIndex: number): { agent: AgentContext; contextTextChars: number } {
  let codingSystem = false;
  let toolMessages = 0;
  let toolCalls = 0;
  let codeInContext = false;
  let contextTextChars = 0;
  let codeTools = false;
  let toolCallsAfterLatest = 0;
  let toolLog = false;
  const start = Math.max(0, messages.length - MAX_CONTEXT_MESSAGES * 2);
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i] as ChatMessage;
    const { role } = message;
    if (Array.isArray(message.tool_calls)) {
      toolCalls += message.tool_calls.length;
      codeTools ||= message.tool_calls.some(isCodeTool);
      if (i > latestIndex) toolCallsAfterLatest += message.tool_calls.length;
    }
    if (role === "tool" || role === "function") toolMessages++;
    if (i === latestIndex || (i < start && role !== "system" && role !== "developer")) continue;
    const text = cut(messageText(message), CONTEXT_CHARS);
    if ((role === "tool" || role === "function") && !toolLog) toolLog = text.includes("\n") && looksLikeLog(text.toLowerCase());
    if (role === "system" || role === "developer") codingSystem ||= CODING_SYSTEM_MEMO.answer(text);
    else if (!codeInContext) codeInContext = showsCode(role, text) || ((role === "tool" || role === "function") && ranCode(text));
    if ((role === "user" || role === "tool" || role === "function") && i < latestIndex) contextTextChars += Math.min(messageTextLength(message), 100_000);
  }
  const coding = codingSystem || (toolMessages + toolCalls > 0 && (codeInContext || codeTools));
  return { agent: { codingSystem, toolMessages, toolCalls, codeInContext, coding, toolCallsAfterLatest, toolLog }, contextTextChars };
}

/**
 * Tools only a coding agent has: a shell, file reads and edits, patches, code search (Claude Code's, Codex's, Cline's names).
 * Listing or searching files is not among them: an HR agent lists a drive's folder (twentieth round).
 */
const CODE_TOOL_NAMES = /^(bash|shell|terminal|run_?(command|shell|terminal)|execute_?command|read_?file|write_?file|edit_?file|create_?file|read|write|edit|multi_?edit|apply_?patch|str_replace\w*|grep|glob|ls|codebase_?search)$/i;

/**
 * A tool result that shows code was run: a Python traceback, a stack frame with its file and line, a compiler's error
 * code (`error[E0502]`, `error TS2322`). A notebook assistant's `execute_cell` failing so is a coding agent's context,
 * though its tool has no coding name (twenty-eighth round).
 */
const RAN_CODE = /\bTraceback \(most recent call last\)|^[ \t]*File "[^"\n]+", line \d+|^File [~\w./-]+\.py:\d+|^[ \t]+at [\w$.<>]+ ?\([^()\n]+\.(?:java|kt|js|ts|mjs|cs|scala):\d+(?::\d+)?\)|^error(?:\[E\d{4}\]| TS\d{4}):|^[ \t]*--> [\w./-]+\.rs:\d+:\d+/m;
/** Literal marks one of {@link RAN_CODE}'s shapes holds: the pattern runs only on a text with one (most tool results have none). */
const RAN_CODE_MARKS = ["Traceback (", "File ", "error[E", "error TS", ".rs:", "\tat ", "    at "];

function ranCode(text: string): boolean {
  return RAN_CODE_MARKS.some((mark) => text.includes(mark)) && RAN_CODE.test(text);
}

/** A file a reading tool opens that is a document, not source: a CV, a contract, a scan (twenty-eighth round). */
const DOCUMENT_FILE = /\.(?:pdf|docx?|odt|rtf|pages|pptx?|xlsx?|eml|msg|png|jpe?g|heic)\b/i;

function isCodeTool(call: unknown): boolean {
  const fn = typeof call === "object" && call !== null ? (call as { function?: { name?: unknown; arguments?: unknown } }).function : undefined;
  const name = fn?.name;
  if (typeof name !== "string" || !CODE_TOOL_NAMES.test(name)) return false;
  // read_file on "cv_3381.pdf": a recruiting or legal assistant reading an upload, not an agent in a codebase.
  return !(/^read/i.test(name) && typeof fn?.arguments === "string" && DOCUMENT_FILE.test(fn.arguments));
}

function declaresCodingAgent(lower: string): boolean {
  return CODING_SYSTEM.test(lower) || CODING_SYSTEM_FOREIGN.test(lower);
}

/** Whether a system prompt (as written) declares a coding agent, remembered per prompt. */
export const CODING_SYSTEM_MEMO = new SystemMemo((text: string) => declaresCodingAgent(text.toLowerCase()));
/** The pipeline shape of the system prompts' lower-cased text, remembered per text: without and with tool use. */
export const PIPELINE_MEMOS = [new SystemMemo((system: string) => pipelineTaskOf(system, false) ?? null), new SystemMemo((system: string) => pipelineTaskOf(system, true) ?? null)] as const;

function messageTextLength(message: ChatMessage): number {
  return typeof message.content === "string" ? message.content.length : messageText(message).length;
}

function latestUserIndex(messages: readonly ChatMessage[], before = messages.length): number {
  for (let i = before - 1; i >= 0; i--) if (messages[i]?.role === "user") return i;
  return -1;
}

/** The newest user turn before `index` that is not itself a follow-up (or the oldest one). */
function anchorBefore(messages: readonly ChatMessage[], index: number): number {
  let anchor = latestUserIndex(messages, index);
  for (let i = anchor; i >= 0; i = latestUserIndex(messages, i)) {
    anchor = i;
    if (detectFollowUp(cut(messageText(messages[i] as ChatMessage), 200).toLowerCase()) === undefined) break;
  }
  return anchor;
}

const NO_CUES: readonly CueHit[] = [];

/** Reads a conversation (see the module comment). */
export function readConversation(messages: readonly ChatMessage[]): ConversationReading {
  const latestIndex = latestUserIndex(messages);
  const latest = latestIndex >= 0 ? composedText(cut(messageText(messages[latestIndex] as ChatMessage), LATEST_HEAD_CHARS, LATEST_TAIL_CHARS)) : "";
  const latestLower = lowerCase(latest);
  const anchorIndex = latestIndex > 0 ? anchorBefore(messages, latestIndex) : -1;
  const followUp = anchorIndex >= 0 ? detectFollowUp(latestLower) : undefined;
  const { agent, contextTextChars } = readAgentContext(messages, latestIndex);
  const found = findCues(latestLower);
  const cues = withoutNegated(latestLower, found);
  const negated = cues === found ? NO_CUES : found.filter((hit) => !cues.includes(hit));
  return new Reading(messages, latestIndex, latest, latestLower, followUp, anchorIndex, contextTextChars, agent, cues, negated, dominantScript(latest));
}

/**
 * A conversation's reading; the parts few decisions need are computed when first read. A class, not an object
 * literal with getters: V8 builds such a literal (and its closures) on a slow path for every decision.
 */
class Reading implements ConversationReading {
  #language: string | undefined;
  #previousUserLower: string | undefined;
  #systemCues: CueHit[] | undefined;
  #systemPipeline: string | null | undefined;

  constructor(
    readonly messages: readonly ChatMessage[],
    readonly latestIndex: number,
    readonly latest: string,
    readonly latestLower: string,
    readonly followUp: FollowUp | undefined,
    readonly anchorIndex: number,
    readonly contextTextChars: number,
    readonly agent: AgentContext,
    readonly cues: CueHit[],
    readonly negatedCues: readonly CueHit[],
    readonly script: Script,
  ) {}

  get language(): string {
    this.#language ??= guessLanguage(this.latestLower, this.script, this.cues);
    return this.#language;
  }

  get previousUserLower(): string {
    if (this.#previousUserLower === undefined) {
      const { messages, latestIndex } = this;
      const index = latestIndex > 0 ? latestUserIndex(messages, latestIndex) : -1;
      this.#previousUserLower = index >= 0 ? lowerCase(cut(messageText(messages[index] as ChatMessage), CONTEXT_CHARS)) : "";
    }
    return this.#previousUserLower;
  }

  get systemCues(): CueHit[] {
    this.#systemCues ??= findSystemCues(this.messages.filter((message) => message.role === "system" || message.role === "developer").map((message) => cut(messageText(message), CONTEXT_CHARS).toLowerCase()));
    return this.#systemCues;
  }

  get systemPipeline(): string | undefined {
    this.#systemPipeline ??= PIPELINE_MEMOS[this.agent.toolCalls + this.agent.toolMessages > 0 ? 1 : 0].answer(systemLower(this.messages));
    return this.#systemPipeline ?? undefined;
  }
}

/** The system and developer prompts a pipeline's shape is read from, lower-cased; at most 4 × CONTEXT_CHARS in all. */
function systemLower(messages: readonly ChatMessage[]): string {
  let text = "";
  for (const message of messages) {
    if (text.length >= 4 * CONTEXT_CHARS) break;
    if (message.role === "system" || message.role === "developer") text += `${cut(messageText(message), CONTEXT_CHARS).toLowerCase()}\n`;
  }
  return text;
}

interface CachedReading {
  messages: readonly ChatMessage[];
  reading: ConversationReading;
  length: number;
  last: ChatMessage | undefined;
  lastContent: unknown;
}

/**
 * The last few readings, by messages array. A decision reads its array several times in one synchronous call
 * (the classifier, its wrapper, the stored features), so a few slots serve it; a `WeakMap` entry per request
 * cost more than the lookups saved. The slots hold their arrays until replaced.
 */
const recent: (CachedReading | undefined)[] = [undefined, undefined, undefined, undefined];
let nextSlot = 0;

/**
 * {@link readConversation}, remembered per messages array (the wrapper and the learned features read
 * the same one within a decision). An array that grew or whose last message changed is read again.
 */
export function readConversationCached(messages: readonly ChatMessage[]): ConversationReading {
  const last = messages[messages.length - 1];
  for (const cached of recent) {
    if (cached?.messages === messages && cached.length === messages.length && cached.last === last && cached.lastContent === last?.content) return cached.reading;
  }
  const reading = readConversation(messages);
  recent[nextSlot] = { messages, reading, length: messages.length, last, lastContent: last?.content };
  nextSlot = (nextSlot + 1) % recent.length;
  return reading;
}

/**
 * Lower-cases a turn for reading. Turkish capital İ lower-cases to "i" plus a combining dot above (two characters), so
 * "İngilizceye çevir" would miss every cue that starts "ingilizce" and shift the cues' offsets; it is read as a plain
 * "i" (fourteenth round).
 */
export function lowerCase(text: string): string {
  return text.includes("İ") ? text.replaceAll("İ", "I").toLowerCase() : text.toLowerCase();
}
