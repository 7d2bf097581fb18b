/**
 * The agent context of a conversation: a system or developer prompt that declares a coding agent, tool calls, tool
 * results, code in context, and how much pasted or tool text precedes the latest user turn. Moved out of
 * `read-conversation.ts`, unchanged.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { messageText } from "../conversation-text.js";
import { looksLikeLog } from "./numeric-domain.js";
import { SystemMemo } from "./system-memo.js";
import { showsCode } from "./code-shape.js";
import { CONTEXT_CHARS, cut } from "./text-cut.js";

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
  /** Tool results before the latest user turn: the run brought material the turn may ask about. */
  toolResultsBeforeLatest: number;
  /** A tool result reads as a log (log lines, a stack trace): the agent's tools returned a running system's output. */
  toolLog: boolean;
}

/**
 * A coding agent's declaration. A "repository" counts unless it holds contracts, documents, policies or research; a
 * "terminal" unless it is a container, ferry or payment terminal (twentieth round).
 */
const CODING_SYSTEM =
  /\b(coding|code|software|programming|developer|devops|refactor(ing)?|front-?end|back-?end|full-?stack) (agent|assistant|copilot)\b|\b(agent|assistant) (that|which|who) (writes|edits|modifies|fixes) code\b|\byou (are|act as) an? (senior |expert |staff )?(software|backend|frontend|full-?stack) (engineer|developer)\b|\b(?<!\b(contracts?|documents?|dokument(en)?|knowledge|polic(y|ies)|legal|assets?|content|case|records?|media|research|evidence|image|photo|template)s?[ -])repository\b|\b(codebase|working directory|pull request|(?<!\b(container|ferry|bus|airport|cargo|port|passenger|grain|oil|lng|rail|freight|cruise|payment|pos|card|bulk|ro-ro) )terminal|shell commands?)\b|\btools? (to|for) (read|edit|write|run|search)\b[^.\n]{0,30}?\b(files?|code|source|tests?|commands?|project)\b|\bclaude code\b|\bsoftware engineering tasks\b/;
/**
 * The same declaration in the nine other cue languages ("Coding-Agent", "编程智能体", "コーディングエージェント", "repositorio",
 * and, round 49, "un agent de code", "asistente de código", "агент-программист"; a "programming assistant" in those
 * languages was tried and turned a single Portuguese SQL ask in a one-line prompt to analysis under the heuristic).
 */
const CODING_SYSTEM_FOREIGN =
  /(coding|software|programmier|entwickler)-?(agent|assistent)|codebasis|agente (de|di) (programaci[oó]n|programa[çc][ãa]o|programmazione|c[oó]digo|codice|software)|asistente de programaci[oó]n|reposit[oó]ri[oa]|d[ée]p[ôo]t (git|de code)|agent (de codage|logiciel|de programmation)|(agent|assistant|asistente|assistente) (de|di|du) (code|c[oó]digo|codice)(?![a-zà-ÿ])(?! (de|du|des|del|della|do|da|civil|civile|p[ée]nale?|postal|fiscal)(?![a-zà-ÿ]))|(агент|ассистент)-программист|base de (code|c[oó]digo)|агент[а-я]* (для )?(программирован|разработк)|кодинг-агент|репозитори|编程(智能体|助手|代理)|代码(库|仓库|助手)|仓库|コーディング(エージェント|アシスタント)|リポジトリ|コードベース|코딩 (에이전트|어시스턴트)|저장소|리포지토리|코드베이스/;

/** The agent context of a conversation, and how much pasted or tool text precedes the latest user turn. */
export function readAgentContext(messages: readonly ChatMessage[], latestIndex: number): { agent: AgentContext; contextTextChars: number } {
  let codingSystem = false;
  let toolMessages = 0;
  let toolCalls = 0;
  let codeInContext = false;
  let contextTextChars = 0;
  let codeTools = false;
  let toolCallsAfterLatest = 0;
  let toolResultsBeforeLatest = 0;
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
    if (role === "tool" || role === "function") {
      toolMessages++;
      if (i < latestIndex) toolResultsBeforeLatest++;
    }
    if (i === latestIndex || (i < start && role !== "system" && role !== "developer")) continue;
    const text = cut(messageText(message), CONTEXT_CHARS);
    if ((role === "tool" || role === "function") && !toolLog) toolLog = text.includes("\n") && looksLikeLog(text.toLowerCase());
    if (role === "system" || role === "developer") codingSystem ||= CODING_SYSTEM_MEMO.answer(text);
    else if (!codeInContext) codeInContext = showsCode(role, text) || ((role === "tool" || role === "function") && ranCode(text));
    if ((role === "user" || role === "tool" || role === "function") && i < latestIndex) contextTextChars += Math.min(messageTextLength(message), 100_000);
  }
  const coding = codingSystem || (toolMessages + toolCalls > 0 && (codeInContext || codeTools));
  return { agent: { codingSystem, toolMessages, toolCalls, codeInContext, coding, toolCallsAfterLatest, toolResultsBeforeLatest, toolLog }, contextTextChars };
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

/** Whether a text shows code that ran and failed: a traceback, a stack frame with its file, a compiler error code. */
export function ranCode(text: string): boolean {
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

/**
 * Coding in the medical sense (round 47, dev-225): "You are a coding assistant agent for Riverside Family Health billing
 * staff. Use lookup_code to verify every code you give" assigns ICD-10 and CPT codes, not software. Read so only when the
 * prompt names a medical code set or a billing team, and nothing of software ("a frontend coding assistant for the clinic's
 * patient portal (Next.js)" stays a coding agent; round 47's review).
 */
const MEDICAL_CODING =
  /\b(?:icd-?(?:9|10|11)(?:-cm)?|cpt|hcpcs|snomed|loinc|drg|medical (?:billing|coding|coders?)|clinical coding|(?:billing|coding|revenue cycle) (?:staff|team|department|office|specialists?)|diagnosis codes?|procedure codes?)\b/;
/** A mark of software in a prompt: a repository, a language or framework, tests, a build, a deploy. */
const SOFTWARE_MARK =
  /\b(?:repo(?:sitory)?|codebase|monorepo|software|programming|git|github|tests?|builds?|ci|python|typescript|javascript|java|go|golang|rust|sql|postgres|pl\/pgsql|react|next\.js|django|rails|node|kubernetes|api|apps?|portal|frontend|backend|deploy\w*|pull requests?|terminal|shell|source code|developers?|engineers?)\b/;

function declaresCodingAgent(lower: string): boolean {
  if (!(CODING_SYSTEM.test(lower) || CODING_SYSTEM_FOREIGN.test(lower))) return false;
  return !(MEDICAL_CODING.test(lower) && !SOFTWARE_MARK.test(lower));
}

/** Whether a system prompt (as written) declares a coding agent, remembered per prompt. */
export const CODING_SYSTEM_MEMO = new SystemMemo((text: string) => declaresCodingAgent(text.toLowerCase()));

function messageTextLength(message: ChatMessage): number {
  return typeof message.content === "string" ? message.content.length : messageText(message).length;
}
