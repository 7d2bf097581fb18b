/**
 * Feature extraction for the learned classifier: hashed word uni/bigrams and character 4-grams of
 * the latest user turn, hashed words of earlier user turns, opening words, and bucketed structure
 * (length, turns, code, math notation, constraint words, lists, multiple choice, non-ASCII...).
 * The output is a sparse binary vector, L2-normalised, over `2^bits` slots.
 * @module
 */
import { messageText } from "../conversation-text.js";
import type { ChatMessage } from "../../core/types.js";
import { taskCueFeatures } from "./task-cues.js";

/** A sparse feature vector: slot indices and their values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

const MAX_WORDS = 600;
const MAX_CHARS_FOR_NGRAMS = 1200;
const MAX_PREVIOUS_CHARS = 2000;

const CONSTRAINT_WORDS = new Set(["must", "exactly", "least", "most", "without", "only", "each", "every", "ensure", "should", "limit", "words", "format", "json", "table", "bullet", "steps", "strictly"]);
const WORD_RE = /[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]/g;

/** FNV-1a 32-bit hash of a string. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

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
  return out;
}

/** Collects the hashed slots of one conversation (duplicates removed). */
function collectSlots(messages: readonly ChatMessage[], mask: number): Set<number> {
  const slots = new Set<number>();
  const add = (feature: string): void => {
    slots.add(hashString(feature) & mask);
  };
  let lastIndex = -1;
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]?.role === "user") { lastIndex = i; break; }
  const last = lastIndex >= 0 ? messageText(messages[lastIndex] as ChatMessage) : "";
  const previous = messages
    .filter((m, i) => i !== lastIndex && (m.role === "user" || m.role === "system" || m.role === "developer"))
    .map(messageText)
    .join("\n")
    .slice(0, MAX_PREVIOUS_CHARS)
    .toLowerCase();
  const lower = last.toLowerCase();
  const words = (lower.match(WORD_RE) ?? []).slice(0, MAX_WORDS);
  add("bias");
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    add(`w:${w}`);
    if (i + 1 < words.length) add(`b:${w} ${words[i + 1] ?? ""}`);
    if (i < 6) add(`s:${w}`);
  }
  const chars = ` ${lower.slice(0, MAX_CHARS_FOR_NGRAMS).replace(/\s+/g, " ")} `;
  for (let i = 0; i + 4 <= chars.length; i++) add(`c:${chars.slice(i, i + 4)}`);
  const previousWords = previous.match(WORD_RE) ?? [];
  for (const w of previousWords) add(`p:${w}`);
  for (const f of taskCueFeatures(previous, previousWords.slice(0, 200))) add(`p${f}`);
  const turns = messages.filter((m) => m.role === "user").length;
  const hasSystem = messages.some((m) => m.role === "system" || m.role === "developer");
  for (const f of structureFeatures(last, words, turns, hasSystem)) add(`f:${f}`);
  for (const f of taskCueFeatures(lower.slice(0, MAX_CHARS_FOR_NGRAMS * 2), words.slice(0, 200))) add(f);
  return slots;
}

/** Extracts the L2-normalised sparse binary feature vector of a conversation. */
export function extractFeatures(messages: readonly ChatMessage[], bits: number): SparseVector {
  const slots = collectSlots(messages, (1 << bits) - 1);
  const indices = Int32Array.from(slots);
  const value = 1 / Math.sqrt(Math.max(1, indices.length));
  return { indices, values: new Float32Array(indices.length).fill(value) };
}
