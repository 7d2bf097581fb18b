/**
 * Feature extraction for the learned classifier: hashed word uni/bigrams and character 4-grams of
 * the latest user turn, hashed words of earlier user turns, opening words, bucketed structure
 * (length, turns, code, math notation, constraint words, lists, multiple choice, non-ASCII...), and
 * language-independent signals: the script, the team's task cues in ten languages, log and metrics
 * shape, and the agent context (tool calls and results, a coding-agent system prompt, code in context).
 * The output is a sparse binary vector, L2-normalised, over `2^bits` slots.
 * @module
 */
import { messageText } from "../conversation-text.js";
import type { ChatMessage } from "../../core/types.js";
import { findCues } from "../conversation/cue-matcher.js";
import { readAgentContext } from "../conversation/read-conversation.js";
import { dominantScript } from "../conversation/script.js";
import { hasExplicitMath, looksLikeLog, mentionsMetrics } from "../conversation/task-guards.js";
import { taskCueFeatures } from "./task-cues.js";
import { tokenize } from "./tokenize.js";

/** A sparse feature vector: slot indices and their values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

const MAX_WORDS = 600;
const LENGTH_FEATURE = /^(len|words|lines):/;
const MAX_CHARS_FOR_NGRAMS = 1200;
const MAX_PREVIOUS_CHARS = 2000;
const MAX_SCAN_CHARS = 20_000;

const CONSTRAINT_WORDS = new Set(["must", "exactly", "least", "most", "without", "only", "each", "every", "ensure", "should", "limit", "words", "format", "json", "table", "bullet", "steps", "strictly"]);
/** Characters of the latest turn read for cues in other languages. */
const MAX_CUE_CHARS = 2_400;

/** FNV-1a 32-bit hash of a string. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const PREFIX_WORD = hashString("w:");
const PREFIX_BIGRAM = hashString("b:");
const PREFIX_START = hashString("s:");
const PREFIX_CHAR = hashString("c:");
const PREFIX_PREVIOUS = hashString("p:");

function bucket(value: number, edges: readonly number[]): number {
  let index = 0;
  while (index < edges.length && value >= (edges[index] ?? Infinity)) index++;
  return index;
}

function structureFeatures(text: string, words: readonly string[], turns: number, hasSystem: boolean): string[] {
  const out: string[] = [];
  out.push(`len:${bucket(text.length, [20, 50, 100, 200, 400, 800, 1600, 3200])}`);
  out.push(`words:${bucket(words.length, [4, 8, 15, 30, 60, 120, 250])}`);
  out.push(`turns:${bucket(turns, [2, 3, 5])}`);
  if (hasSystem) out.push("has:system");
  if (text.includes("```")) out.push("has:fence");
  const codeSymbols = (text.match(/[{};=<>[\]]|\(\)|=>|::|->/g) ?? []).length;
  out.push(`code:${bucket(codeSymbols / Math.max(1, words.length), [0.02, 0.08, 0.2, 0.5])}`);
  if (/^\s*(def|class|function|import|from|const|let|var|public|#include|SELECT|for|while|if)\b/m.test(text)) out.push("has:codeline");
  const digits = (text.match(/[0-9]/g) ?? []).length;
  out.push(`digits:${bucket(digits / Math.max(1, text.length), [0.005, 0.02, 0.05, 0.12])}`);
  const numbers = (text.match(/\d+(?:\.\d+)?/g) ?? []).length;
  out.push(`numbers:${bucket(numbers, [1, 2, 4, 7, 12])}`);
  if (/[=+\-*/^]\s*\d|\d\s*[=+*/^]|\\frac|\\sqrt|\$[^$]+\$|[∫∑√π≤≥≠]/.test(text)) out.push("has:mathop");
  if (/\?\s*$/.test(text)) out.push("ends:question");
  out.push(`qmarks:${bucket((text.match(/\?/g) ?? []).length, [1, 2, 4])}`);
  const constraints = words.filter((w) => CONSTRAINT_WORDS.has(w)).length;
  out.push(`constraints:${bucket(constraints, [1, 2, 4, 7])}`);
  const lines = text.split("\n");
  out.push(`lines:${bucket(lines.length, [2, 4, 8, 20, 50])}`);
  if (lines.filter((l) => /^\s*([-*•]|\d+[.)])\s/.test(l)).length >= 2) out.push("has:list");
  if (lines.filter((l) => /^\s*\(?[A-D][.):]\s/.test(l)).length >= 3) out.push("has:choices");
  let nonAscii = 0;
  for (let i = 0; i < Math.min(text.length, 2000); i++) if (text.charCodeAt(i) > 127) nonAscii++;
  out.push(`nonascii:${bucket(nonAscii / Math.max(1, Math.min(text.length, 2000)), [0.01, 0.1, 0.3])}`);
  if (/["“”«»].{20,}["“”«»]/s.test(text)) out.push("has:quoted");
  out.push(...quantityFeatures(text));
  return out;
}

/** Both heads' feature vectors: the task head reads everything, the strong-need head a smaller set. */
export interface FeatureSet {
  task: SparseVector;
  strong: SparseVector;
  /** Word tokens of the latest user turn (scanned part, capped at 600). */
  words: number;
}

/** Hashed slots of one head: lexical slots (repeats count again) and flags (structure, cues). */
class SlotBag {
  private readonly lexical: number[] = [];
  private readonly flags: number[] = [];
  constructor(private readonly mask: number) {}
  lexHash(hash: number): void {
    this.lexical.push(hash & this.mask);
  }
  flag(feature: string): void {
    this.flags.push(hashString(feature) & this.mask);
  }
  /** Lexical slots share an L2 norm of about 1; flags count `flagValue` each. */
  toVector(flagValue: number): SparseVector {
    const n = this.lexical.length;
    const indices = new Int32Array(n + this.flags.length);
    indices.set(this.lexical);
    indices.set(this.flags, n);
    const values = new Float32Array(indices.length);
    values.fill(1 / Math.sqrt(Math.max(1, n)), 0, n);
    values.fill(flagValue, n);
    return { indices, values };
  }
}

function lastUserIndex(messages: readonly ChatMessage[]): number {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]?.role === "user") return i;
  return -1;
}

/** How much a problem asks to keep track of: sentences, distinct quantities, fractions, percentages, money. */
function quantityFeatures(text: string): string[] {
  const out: string[] = [];
  out.push(`sentences:${bucket((text.match(/[.?!](\s|$)/g) ?? []).length, [2, 3, 4, 6, 9])}`);
  out.push(`distinct:${bucket(new Set(text.match(/\d+(?:\.\d+)?/g) ?? []).size, [1, 2, 3, 4, 6, 9])}`);
  if (/\d\s*\/\s*\d|\bhalf\b|\bthird\b|\bquarter\b/.test(text)) out.push("has:fraction");
  if (text.includes("%") || text.includes("percent")) out.push("has:percent");
  if (/\d\.\d/.test(text)) out.push("has:decimal");
  if (/[$€£]\s*\d/.test(text)) out.push("has:money");
  return out;
}

/** Collects both heads' hashed slots of one conversation. */
function collectSlots(messages: readonly ChatMessage[], mask: number): { task: SlotBag; strong: SlotBag; words: number } {
  const task = new SlotBag(mask);
  const strong = new SlotBag(mask);
  const lastIndex = lastUserIndex(messages);
  const fullLast = lastIndex >= 0 ? messageText(messages[lastIndex] as ChatMessage) : "";
  // Huge pastes: read the head and the tail (the instruction is usually at one end); length buckets top out anyway.
  const last = fullLast.length > MAX_SCAN_CHARS ? `${fullLast.slice(0, MAX_SCAN_CHARS - 4000)}\n${fullLast.slice(-4000)}` : fullLast;
  const previous = messages
    .filter((m, i) => i !== lastIndex && (m.role === "user" || m.role === "system" || m.role === "developer"))
    .map(messageText)
    .join("\n")
    .slice(0, MAX_PREVIOUS_CHARS)
    .toLowerCase();
  const lower = last.toLowerCase();
  const words = tokenize(lower, MAX_WORDS);
  task.flag("bias");
  strong.flag("bias");
  // Hashes continue from the prefix's FNV state: hash("w:" + w) without building the string.
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const unigram = hashString(w, PREFIX_WORD);
    task.lexHash(unigram);
    strong.lexHash(unigram);
    if (i + 1 < words.length) task.lexHash(hashString(words[i + 1] ?? "", hashString(w, PREFIX_BIGRAM) ^ 0x20));
    if (i < 6) task.lexHash(hashString(w, PREFIX_START));
  }
  const chars = ` ${lower.slice(0, MAX_CHARS_FOR_NGRAMS).replace(/\s+/g, " ")} `;
  for (let i = 0; i + 4 <= chars.length; i++) {
    let h = PREFIX_CHAR;
    for (let k = 0; k < 4; k++) h = Math.imul(h ^ chars.charCodeAt(i + k), 0x01000193);
    task.lexHash(h >>> 0);
  }
  const previousWords = tokenize(previous, MAX_PREVIOUS_CHARS);
  for (const w of previousWords) task.lexHash(hashString(w, PREFIX_PREVIOUS));
  const turns = messages.filter((m) => m.role === "user").length;
  const hasSystem = messages.some((m) => m.role === "system" || m.role === "developer");
  const structure = structureFeatures(last, words, turns, hasSystem);
  const cues = taskCueFeatures(lower.slice(0, MAX_CHARS_FOR_NGRAMS * 2), words.slice(0, 200));
  for (const f of taskCueFeatures(previous, previousWords.slice(0, 200))) task.flag(`p${f}`);
  for (const f of structure) {
    task.flag(`f:${f}`);
    // Length alone is an unreliable difficulty signal across datasets (long reading passages are
    // often easy), so the strong-need head sees length only crossed with the task cues below.
    if (!LENGTH_FEATURE.test(f)) strong.flag(`f:${f}`);
  }
  for (const f of cues) {
    task.flag(f);
    strong.flag(f);
  }
  for (const f of languageIndependentFeatures(messages, lastIndex, last, lower, previous)) task.flag(f);
  // Difficulty depends on the task: crossing task cues with length and quantity buckets lets the
  // strong-need head learn "a longer maths problem is harder" without "a longer chat is harder".
  const size = structure.filter((f) => /^(len|numbers|constraints|sentences|distinct):|^has:(fraction|percent|decimal|money)$/.test(f));
  for (const cue of cues) if (cue.startsWith("cuew:") && cue.split(":").length === 2) for (const f of size) strong.flag(`x:${cue}&${f}`);
  // Word problems often carry no maths word at all: condition on "several numbers" as well.
  if ((last.match(/\d+(?:\.\d+)?/g) ?? []).length >= 2) for (const f of size) strong.flag(`x:numeric&${f}`);
  return { task, strong, words: words.length };
}

/** Script, per-language cues (latest and earlier turns), log / metrics / maths shape, agent context. */
function languageIndependentFeatures(messages: readonly ChatMessage[], lastIndex: number, last: string, lower: string, previous: string): string[] {
  const out = [`script:${dominantScript(last)}`];
  for (const hit of findCues(lower, MAX_CUE_CHARS)) {
    out.push(`mcue:${hit.task}`);
    if (hit.lang !== "en") out.push(`cuew:${hit.task}`);
    if (hit.strong) out.push(`mcue!:${hit.task}`);
  }
  for (const hit of findCues(previous, MAX_PREVIOUS_CHARS)) out.push(`pmcue:${hit.task}`);
  if (looksLikeLog(lower)) out.push("has:log");
  if (mentionsMetrics(lower)) out.push("has:metrics");
  if (hasExplicitMath(lower)) out.push("has:explicitmath");
  const { agent } = readAgentContext(messages, lastIndex);
  if (agent.coding) out.push("ctx:coding");
  if (agent.codingSystem) out.push("ctx:codingsystem");
  if (agent.toolMessages + agent.toolCalls > 0) out.push("ctx:tools");
  if (agent.codeInContext) out.push("ctx:code");
  return out;
}

/** Extracts both heads' sparse feature vectors of a conversation. */
export function extractFeatures(messages: readonly ChatMessage[], bits: number): FeatureSet {
  const { task, strong, words } = collectSlots(messages, (1 << bits) - 1);
  return { task: task.toVector(0.25), strong: strong.toVector(0.25), words };
}
