/**
 * The learned classifier's structure features of one text: bucketed length, words, turns, code and digit density,
 * numbers, question marks, constraint words, lines, non-ASCII share, sentences and distinct numbers, and flags
 * (system prompt, code fence, code line, maths operator, list, multiple choice, quotation, fraction, percent,
 * decimal, money). Names only; `features.ts` hashes them.
 * @module
 */
import type { TextShape } from "./text-shape.js";
import { WordFilter } from "../word-filter.js";
import { endsWithQuestion } from "./text-marks.js";

const CONSTRAINT_WORDS = new Set(["must", "exactly", "least", "most", "without", "only", "each", "every", "ensure", "should", "limit", "words", "format", "json", "table", "bullet", "steps", "strictly"]);
/** Other words skip the set lookup (and its hashing). */
const MAY_CONSTRAIN = new WordFilter(CONSTRAINT_WORDS);

export function bucket(value: number, edges: readonly number[]): number {
  let index = 0;
  while (index < edges.length && value >= (edges[index] ?? Infinity)) index++;
  return index;
}

/** `prefix:0` .. `prefix:<edges.length>`, the names of one bucketed feature, built once. */
function bucketed(prefix: string, edges: readonly number[]): { edges: readonly number[]; names: readonly string[] } {
  return { edges, names: Array.from({ length: edges.length + 1 }, (_, i) => `${prefix}:${i}`) };
}

const LEN = bucketed("len", [20, 50, 100, 200, 400, 800, 1600, 3200]);
const WORDS = bucketed("words", [4, 8, 15, 30, 60, 120, 250]);
const TURNS = bucketed("turns", [2, 3, 5]);
const CODE = bucketed("code", [0.02, 0.08, 0.2, 0.5]);
const DIGITS = bucketed("digits", [0.005, 0.02, 0.05, 0.12]);
export const NUMBERS = bucketed("numbers", [1, 2, 4, 7, 12]);
const QMARKS = bucketed("qmarks", [1, 2, 4]);
const CONSTRAINTS = bucketed("constraints", [1, 2, 4, 7]);
const LINES = bucketed("lines", [2, 4, 8, 20, 50]);
const NONASCII = bucketed("nonascii", [0.01, 0.1, 0.3]);
const SENTENCES = bucketed("sentences", [2, 3, 4, 6, 9]);
const DISTINCT = bucketed("distinct", [1, 2, 3, 4, 6, 9]);

function named(feature: { edges: readonly number[]; names: readonly string[] }, value: number): string {
  return feature.names[bucket(value, feature.edges)] as string;
}

/** The structure features of `text`, whose shape `shape` is (`readTextShape(text)`). */
export function structureFeatures(text: string, shape: TextShape, words: readonly string[], turns: number, hasSystem: boolean): string[] {
  const out: string[] = [];
  out.push(named(LEN, text.length));
  out.push(named(WORDS, words.length));
  out.push(named(TURNS, turns));
  if (hasSystem) out.push("has:system");
  if (text.includes("```")) out.push("has:fence");
  out.push(named(CODE, shape.codeSymbols / Math.max(1, words.length)));
  if (shape.hasCodeLine) out.push("has:codeline");
  out.push(named(DIGITS, shape.digits / Math.max(1, text.length)));
  out.push(named(NUMBERS, shape.numbers));
  if (shape.hasMathOperator) out.push("has:mathop");
  if (endsWithQuestion(text)) out.push("ends:question");
  out.push(named(QMARKS, shape.qmarks));
  let constraints = 0;
  for (const w of words) if (MAY_CONSTRAIN.mayHold(w) && CONSTRAINT_WORDS.has(w)) constraints++;
  out.push(named(CONSTRAINTS, constraints));
  out.push(named(LINES, shape.lines));
  if (shape.listLines >= 2) out.push("has:list");
  if (shape.choiceLines >= 3) out.push("has:choices");
  out.push(named(NONASCII, shape.nonAscii / Math.max(1, Math.min(text.length, 2000))));
  if (shape.hasQuotation) out.push("has:quoted");
  quantityFeatures(text, shape, out);
  return out;
}

function quantityFeatures(text: string, shape: TextShape, out: string[]): void {
  out.push(named(SENTENCES, shape.sentenceEnds));
  out.push(named(DISTINCT, shape.distinctNumbers));
  if (shape.hasFraction || /\b(half|third|quarter)\b/.test(text)) out.push("has:fraction");
  if (shape.hasPercent || text.includes("percent")) out.push("has:percent");
  if (shape.hasDecimal) out.push("has:decimal");
  if (shape.hasMoney) out.push("has:money");
}
