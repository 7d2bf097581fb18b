/**
 * Feature extraction for the learned classifier: hashed word uni/bigrams and character 4-grams of
 * the latest user turn, hashed words of earlier user turns, opening words, bucketed structure
 * (length, turns, code, math notation, constraint words, lists, multiple choice, non-ASCII...), and
 * language-independent signals: the script, the team's task cues in ten languages, log and metrics
 * shape, and the agent context (tool calls and results, a coding-agent system prompt, code in context).
 * The output is a sparse binary vector, L2-normalised, over `2^bits` slots.
 * @module
 */
import { composedText, messageText } from "../conversation-text.js";
import type { ChatMessage } from "../../core/types.js";
import { readConversationCached } from "../conversation/read-conversation.js";
import { dominantScript, writtenInEnglish } from "../conversation/script.js";
import { normalizeToolBlocks } from "../conversation/tool-blocks.js";
import { looksLikeLog } from "../conversation/numeric-domain.js";
import { MATH_PROBLEM_WORDS, METRIC_TOKENS } from "../conversation/task-words.js";
import { addGlossSlots } from "./cross-lingual-glosses.js";
import { taskCueFeatures } from "./task-cues.js";
import { bigramHash, flagHash, hashString, mix, WORD_PREFIX } from "./feature-hash.js";
import { MAX_PREVIOUS_CHARS, previousReading, type PreviousReading } from "./previous-reading.js";
import { SlotBag, type SparseVector } from "./slot-bag.js";
import { bucket, NUMBERS, structureFeatures } from "./structure-features.js";
import { readTextShape } from "./text-shape.js";
import { tokenize } from "./tokenize.js";
import { WordFilter } from "../word-filter.js";

export { SlotBag, type SparseVector };


const MAX_WORDS = 600;
const LENGTH_FEATURE = /^(len|words|lines):/;
const MAX_CHARS_FOR_CUES = 2400;
/** Maths notation: LaTeX commands, maths symbols, powers, "2x + 3 =". */
const MATH_NOTATION = /\\(frac|sqrt|int|sum|boxed)|[∫∑√π≤≥≠]|\^\s*\d|\d[a-z]?\s*[-+*/]\s*\d+\s*=/;
const MAX_SCAN_CHARS = 20_000;

const PREFIX_START = hashString("s:");
const PREFIX_CHAR = hashString("c:");
const PREFIX_F = hashString("f:");
const PREFIX_SCRIPT = hashString("script:");
const PREFIX_MCUE = hashString("mcue:");
/** Foreign cue hits: their own slots (not the English `cuew:` ones), so the conversation layer stays a separate part of the task head. */
const PREFIX_CUEW = hashString("lcuew:");
const PREFIX_MCUE_STRONG = hashString("mcue!:");
/** Most words skip the metric and maths-word set lookups (and hashing the word) on these filters. */
const MAY_BE_METRIC = new WordFilter(METRIC_TOKENS);
const MAY_BE_MATH_WORD = new WordFilter(MATH_PROBLEM_WORDS);
/** Structure features that measure a problem's size (crossed with task cues for the strong-need head). */
const SIZE_FEATURE = /^(len|numbers|constraints|sentences|distinct):|^has:(fraction|percent|decimal|money)$/;

/** Both heads' slot bags for one conversation (shared: valid until the next call). */
export interface CollectedSlots {
  task: SlotBag;
  strong: SlotBag;
  /** Words of the latest user turn. */
  words: number;
  /** Whether the latest user turn is English (`writtenInEnglish`: its script, and for Latin letters its function words). */
  english: boolean;
}

/** Both heads' feature vectors: the task head reads everything, the strong-need head a smaller set. */
export interface FeatureSet {
  task: SparseVector;
  strong: SparseVector;
  /** Word tokens of the latest user turn (scanned part, capped at 600). */
  words: number;
  /** Index in `task` where the conversation layer's flags begin (they run to the end). */
  taskConversationStart: number;
}

/** What the weights file says about how features were extracted (so inference matches training). */
export interface FeatureOptions {
  /** Characters of the latest turn read for character 4-grams. */
  charNgramChars: number;
}

/** The options of weights files that do not name them. */
export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { charNgramChars: 1200 };


/** Per-call scratch (classification is synchronous): the FNV hash of each latest-turn word ("w:" + word). */
const WORD_HASHES = new Uint32Array(MAX_WORDS);
/** The same hashes as the cue features look words up by them. */
const WORD_CUE_HASHES = { values: WORD_HASHES, seed: WORD_PREFIX };

const TASK_BAG = new SlotBag();
const STRONG_BAG = new SlotBag();

function lastUserIndex(messages: readonly ChatMessage[]): number {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]?.role === "user") return i;
  return -1;
}

/**
 * The first {@link MAX_PREVIOUS_CHARS} characters of the earlier user-authored turns (system, developer, user but the
 * latest), joined by newlines: turns past that point are not read (a coding agent's system prompt alone is 40 KB).
 */
function previousTurnsText(messages: readonly ChatMessage[], lastIndex: number): string {
  let text: string | undefined;
  for (let i = 0; i < messages.length && (text === undefined || text.length < MAX_PREVIOUS_CHARS); i++) {
    const m = messages[i] as ChatMessage;
    if (i === lastIndex || (m.role !== "user" && m.role !== "system" && m.role !== "developer")) continue;
    text = text === undefined ? messageText(m) : `${text}\n${messageText(m)}`;
  }
  return text === undefined ? "" : text.slice(0, MAX_PREVIOUS_CHARS);
}

/**
 * Character 4-grams of the first `limit` characters, with whitespace runs read as one space and a
 * space before and after: the last four characters are kept packed in two 32-bit words (16 bits a
 * character) and mixed into a slot, so each character costs a few integer operations.
 */
function addCharNgrams(lower: string, limit: number, bag: SlotBag): void {
  if (limit <= 0) return;
  const end = Math.min(lower.length, limit);
  let hi = 0;
  let lo = 32;
  let filled = 1;
  let afterSpace = true;
  // At most one slot per character and one for the closing space: written straight into the bag's array.
  const slots = bag.reserveLexical(end + 1);
  const mask = bag.slotMask;
  let count = bag.lexicalCount;
  for (let i = 0; i < end; i++) {
    let c = lower.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      if (afterSpace) continue;
      c = 32;
      afterSpace = true;
    } else afterSpace = false;
    hi = ((hi << 16) | (lo >>> 16)) >>> 0;
    lo = ((lo << 16) | c) >>> 0;
    if (++filled >= 4) slots[count++] = mix(Math.imul(hi ^ PREFIX_CHAR, 0x01000193) ^ lo) & mask;
  }
  // The closing space, unless the text ends with one: after the loop, so the loop reads only characters of the text.
  if (!afterSpace) {
    hi = ((hi << 16) | (lo >>> 16)) >>> 0;
    lo = ((lo << 16) | 32) >>> 0;
    if (++filled >= 4) slots[count++] = mix(Math.imul(hi ^ PREFIX_CHAR, 0x01000193) ^ lo) & mask;
  }
  bag.lexicalCount = count;
}

/** How much a problem asks to keep track of: sentences, distinct quantities, fractions, percentages, money. */
/** Which structure features are length (task head only) and which measure a problem's size; judged once per name. */
const IS_LENGTH = new Map<string, boolean>();
const IS_SIZE = new Map<string, boolean>();
function memo(cache: Map<string, boolean>, pattern: RegExp, name: string): boolean {
  let value = cache.get(name);
  if (value === undefined) {
    value = pattern.test(name);
    cache.set(name, value);
  }
  return value;
}

/**
 * Collects both heads' hashed slots of one conversation into the shared bags (valid until the next
 * call): what the classifier scores directly.
 */
export function collectSlots(input: readonly ChatMessage[], bits: number, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): CollectedSlots {
  const messages = normalizeToolBlocks(input);
  const mask = (1 << bits) - 1;
  lastCollected = undefined;
  const task = TASK_BAG.reset(mask);
  const strong = STRONG_BAG.reset(mask);
  const lastIndex = lastUserIndex(messages);
  const fullLast = lastIndex >= 0 ? messageText(messages[lastIndex] as ChatMessage) : "";
  // Huge pastes: read the head and the tail (the instruction is usually at one end); length buckets top out anyway.
  const last = composedText(fullLast.length > MAX_SCAN_CHARS ? `${fullLast.slice(0, MAX_SCAN_CHARS - 4000)}\n${fullLast.slice(-4000)}` : fullLast);
  const previous = composedText(previousTurnsText(messages, lastIndex)).toLowerCase();
  // The conversation reading (read below in any case) has lower-cased the same turn when it was short enough.
  const reading = readConversationCached(messages);
  const lower = reading.latest === last ? reading.latestLower : last.toLowerCase();
  const words = tokenize(lower, MAX_WORDS, WORD_HASHES, WORD_PREFIX);
  task.flag("bias");
  strong.flag("bias");
  // One FNV hash per word (continuing from the prefix's state: hash("w:" + w) without building the
  // string); bigram and opening-word slots are mixed from it.
  let previousUnigram = 0;
  for (let i = 0; i < words.length; i++) {
    const unigram = WORD_HASHES[i] as number;
    task.lexHash(unigram);
    strong.lexHash(unigram);
    if (i > 0) task.lexHash(bigramHash(previousUnigram, unigram));
    if (i < 6) task.lexHash(mix(unigram ^ PREFIX_START));
    previousUnigram = unigram;
  }
  addCharNgrams(lower, options.charNgramChars, task);
  const english = writtenInEnglish(lower, reading.latest === last ? reading.script : dominantScript(lower));
  // A turn in another language also reads as the English words the glossaries know (cross-lingual-glosses.ts).
  if (!english) addGlossSlots(lower, previous, task);
  // The earlier turns' words, cues and cue hits: the same on every request of a session, remembered by their text.
  const earlier = previousReading(previous);
  for (let i = 0; i < earlier.words.length; i++) task.lexHash(earlier.words[i] as number);
  let turns = 0;
  let hasSystem = false;
  for (const m of messages) {
    if (m.role === "user") turns++;
    else if (m.role === "system" || m.role === "developer") hasSystem = true;
  }
  const shape = readTextShape(last);
  const structure = structureFeatures(last, shape, words, turns, hasSystem);
  const cues = taskCueFeatures(lower.slice(0, MAX_CHARS_FOR_CUES), words.length > 200 ? words.slice(0, 200) : words, WORD_CUE_HASHES);
  for (let i = 0; i < earlier.cues.length; i++) task.flagHashed(earlier.cues[i] as number);
  for (const f of structure) {
    const hash = hashString(f, PREFIX_F);
    task.flagHashed(hash);
    // Length alone is an unreliable difficulty signal across datasets (long reading passages are
    // often easy), so the strong-need head sees length only crossed with the task cues below.
    if (!memo(IS_LENGTH, LENGTH_FEATURE, f)) strong.flagHashed(hash);
  }
  for (const f of cues) {
    const hash = flagHash(f);
    task.flagHashed(hash);
    strong.flagHashed(hash);
  }
  // The conversation layer's flags come last in the task bag: the weights may treat them as a residual.
  task.markConversationFlags();
  addLanguageIndependentFlags(messages, earlier, words, task);
  // Difficulty depends on the task: crossing task cues with length and quantity buckets lets the
  // strong-need head learn "a longer maths problem is harder" without "a longer chat is harder".
  let sizeCount = 0;
  for (const f of structure) if (memo(IS_SIZE, SIZE_FEATURE, f)) SIZE_SCRATCH[sizeCount++] = f;
  for (const cue of cues) {
    if (cue.startsWith("cuew:") && cue.indexOf(":", 5) < 0) for (let i = 0; i < sizeCount; i++) strong.flagPair(cue, SIZE_SCRATCH[i] as string);
  }
  // Word problems often carry no maths word at all: condition on "several numbers" as well.
  if (bucket(shape.numbers, NUMBERS.edges) >= 2) for (let i = 0; i < sizeCount; i++) strong.flagPair("numeric", SIZE_SCRATCH[i] as string);
  lastCollected = { messages: input, length: input.length, last: input[input.length - 1], lastContent: input[input.length - 1]?.content, charNgramChars: options.charNgramChars, words: words.length };
  return { task, strong, words: words.length, english };
}

/** The conversation the shared bags hold the slots of (the last `collectSlots` call). */
let lastCollected:
  | { messages: readonly ChatMessage[]; length: number; last: ChatMessage | undefined; lastContent: unknown; charNgramChars: number; words: number }
  | undefined;

/** Whether the shared bags hold `messages`' slots, collected with `options`, in a table of at least `bits` bits. */
function bagsHold(messages: readonly ChatMessage[], bits: number, options: FeatureOptions): boolean {
  const held = lastCollected;
  const last = messages[messages.length - 1];
  return (
    held !== undefined &&
    held.messages === messages &&
    held.length === messages.length &&
    held.last === last &&
    held.lastContent === last?.content &&
    held.charNgramChars === options.charNgramChars &&
    ((1 << bits) - 1 & ~TASK_BAG.slotMask) === 0
  );
}

/** Size features of the current call (at most one per structure feature). */
const SIZE_SCRATCH: string[] = [];

/** Script, per-language cues (latest and earlier turns), log / metrics / maths shape, agent context. */
function addLanguageIndependentFlags(messages: readonly ChatMessage[], earlier: PreviousReading, words: readonly string[], task: SlotBag): void {
  const reading = readConversationCached(messages);
  task.flagPrefixed(PREFIX_SCRIPT, reading.script);
  for (const hit of reading.cues) {
    task.flagPrefixed(PREFIX_MCUE, hit.task);
    if (hit.lang !== "en") task.flagPrefixed(PREFIX_CUEW, hit.task);
    if (hit.strong) task.flagPrefixed(PREFIX_MCUE_STRONG, hit.task);
  }
  for (let i = 0; i < earlier.cueHits.length; i++) task.flagHashed(earlier.cueHits[i] as number);
  const lower = reading.latestLower;
  if (lower.includes("\n") && looksLikeLog(lower)) task.flag("has:log");
  if (words.some((w) => MAY_BE_METRIC.mayHold(w) && METRIC_TOKENS.has(w))) task.flag("has:metrics");
  if (MATH_NOTATION.test(lower) || words.some((w) => MAY_BE_MATH_WORD.mayHold(w) && MATH_PROBLEM_WORDS.has(w))) task.flag("has:explicitmath");
  const { agent } = reading;
  if (agent.coding) task.flag("ctx:coding");
  if (agent.codingSystem) task.flag("ctx:codingsystem");
  if (agent.toolMessages + agent.toolCalls > 0) task.flag("ctx:tools");
  if (agent.codeInContext) task.flag("ctx:code");
}

/** The strong-need head's sparse feature vector alone; reuses slots as below. */
export function extractStrongFeatures(messages: readonly ChatMessage[], bits: number, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): SparseVector {
  return strongSlotBag(messages, bits, options).toVector(0.25, (1 << bits) - 1);
}

/**
 * The strong-need head's shared slot bag for `messages` (valid until the next call), without copying it into a
 * vector: what the routing features read. Its slots masked to `bits`, with {@link SlotBag.lexicalValue} and 0.25,
 * are {@link extractStrongFeatures}'s vector.
 */
export function strongSlotBag(messages: readonly ChatMessage[], bits: number, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): SlotBag {
  return bagsHold(messages, bits, options) ? STRONG_BAG : collectSlots(messages, bits, options).strong;
}

/** Extracts both heads' sparse feature vectors of a conversation. */
export function extractFeatures(messages: readonly ChatMessage[], bits: number, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): FeatureSet {
  // The routing features read the conversation the learned classifier has just read: reuse its slots.
  const mask = (1 << bits) - 1;
  const held = bagsHold(messages, bits, options);
  const { task, strong, words } = held ? { task: TASK_BAG, strong: STRONG_BAG, words: lastCollected?.words ?? 0 } : collectSlots(messages, bits, options);
  const taskConversationStart = task.lexicalCount + task.conversationStart;
  return { task: task.toVector(0.25, mask), strong: strong.toVector(0.25, mask), words, taskConversationStart };
}
