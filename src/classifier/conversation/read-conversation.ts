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
import { consentToOffer } from "./consent-with-manner.js";
import { pipelineTaskOf } from "./pipeline-prompt.js";
import { SystemMemo } from "./system-memo.js";
import { findSystemCues } from "./system-cues.js";
import { dominantScript, guessLanguage, type Script } from "./script.js";
import { readAgentContext, type AgentContext } from "./agent-context.js";
import { CONTEXT_CHARS, cut } from "./text-cut.js";

/** Characters of the latest user turn the cues are read from (head and tail). */
const LATEST_HEAD_CHARS = 2_000;
const LATEST_TAIL_CHARS = 600;

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

/** The pipeline shape of the system prompts' lower-cased text, remembered per text: without and with tool use. */
export const PIPELINE_MEMOS = [new SystemMemo((system: string) => pipelineTaskOf(system, false) ?? null), new SystemMemo((system: string) => pipelineTaskOf(system, true) ?? null)] as const;

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
  // "sim, por favor, curto e educado" after an offer: a yes with how the piece should sound consents to it (round 53).
  const followUp = anchorIndex >= 0 ? (consentToOffer(messages, latestIndex, latestLower) ?? detectFollowUp(latestLower)) : undefined;
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
export function readConversationCached(read: readonly ChatMessage[]): ConversationReading {
  const remembered = recentReading(read);
  if (remembered !== undefined) return remembered;
  // An array read as another (looked up only past the cache: most calls are answered above).
  const messages = READ_AS.get(read) ?? read;
  if (messages !== read) {
    const original = recentReading(messages);
    if (original !== undefined) return original;
  }
  const last = messages[messages.length - 1];
  const reading = readConversation(messages);
  recent[nextSlot] = { messages, reading, length: messages.length, last, lastContent: last?.content };
  nextSlot = (nextSlot + 1) % recent.length;
  return reading;
}

/** The remembered reading of `messages`, if the array is unchanged since it was read. */
function recentReading(messages: readonly ChatMessage[]): ConversationReading | undefined {
  const last = messages[messages.length - 1];
  for (const cached of recent) {
    if (cached?.messages === messages && cached.length === messages.length && cached.last === last && cached.lastContent === last?.content) return cached.reading;
  }
  return undefined;
}

/** Arrays read as another array ({@link readAsOriginal}). */
const READ_AS = new WeakMap<readonly ChatMessage[], readonly ChatMessage[]>();

/**
 * Has `messages` read as `original`, an array that differs from it only where the reading does not look (a long system
 * prompt read as its declaration, `long-system-prompt.ts`): the learned features read the original's reading.
 */
export function readAsOriginal(messages: readonly ChatMessage[], original: readonly ChatMessage[]): void {
  READ_AS.set(messages, original);
}

/**
 * Lower-cases a turn for reading. Turkish capital İ lower-cases to "i" plus a combining dot above (two characters), so
 * "İngilizceye çevir" would miss every cue that starts "ingilizce" and shift the cues' offsets; it is read as a plain
 * "i" (fourteenth round).
 */
export function lowerCase(text: string): string {
  return text.includes("İ") ? text.replaceAll("İ", "I").toLowerCase() : text.toLowerCase();
}
