/**
 * The seed's complexity rules, kept faithfully, applied to the whole conversation:
 *
 * - `premium` when the text has a math word, or a reasoning word together with code;
 * - `standard` when it has code, a reasoning word, or more than 500 words;
 * - `mid` when it has more than 100 words;
 * - `budget` otherwise.
 *
 * Words are matched on word boundaries (the seed used bare substrings, so "improve" counted as "prove").
 * @module
 */
import type { Classification } from "../core/types.js";
import type { Difficulty } from "./classifier.js";

/** Math words: any one of them makes a conversation `premium`. Matched case-insensitively. */
export const MATH_WORDS: readonly string[] = [
  "integral",
  "integrate",
  "integration",
  "derivative",
  "differentiate",
  "differentiation",
  "equation",
  "prove",
  "proof",
  "theorem",
  "lemma",
  "calculate",
  "calculating",
  "calculation",
  "probability",
  "polynomial",
  "matrix",
  "eigenvalue",
  "logarithm",
  "factorial",
  "combinatorics",
  "modulo",
  "quadratic",
  "trigonometry",
  "algebra",
  "geometry",
  "calculus",
  "arithmetic",
];

/** Reasoning words: `standard` alone, `premium` together with code. Matched case-insensitively. */
export const REASONING_WORDS: readonly string[] = [
  "analyze",
  "analyse",
  "compare",
  "explain why",
  "step by step",
  "step-by-step",
  "reasoning",
  "evaluate",
  "trade-off",
  "tradeoff",
  "pros and cons",
  "justify",
  "critique",
  "think through",
  "implications",
];

/**
 * Code markers, matched on the original text (case matters for `SELECT`). `class ` and `import ` need
 * a code-like neighbour so that "a class of students" or "import tariffs" stay prose.
 */
export const CODE_MARKER_PATTERN = /```|\bdef \w|\bfunction\b|\bclass [A-Z_]|\nimport |^import |\nfrom \S+ import |[{}]|=>|\bSELECT\s/;

/** Word counts above which the seed moved up a difficulty. */
export const WORD_THRESHOLDS = { standard: 500, mid: 100 } as const;

/** The seed-style mapping from a difficulty to the probability that a strong model is needed. */
export const STRONG_PROBABILITY_BY_DIFFICULTY: Readonly<Record<Difficulty, number>> = {
  budget: 0.1,
  mid: 0.35,
  standard: 0.65,
  premium: 0.9,
};

const MATH_PATTERN = wordListPattern(MATH_WORDS);
const REASONING_PATTERN = wordListPattern(REASONING_WORDS);

/** The signals the seed's rules look at, for one conversation. */
export interface ComplexitySignals {
  words: number;
  hasCode: boolean;
  hasMath: boolean;
  hasReasoning: boolean;
}

/**
 * Reads the seed's signals over every given text (the conversation's user-authored turns). Each
 * regex stops at its first hit, and words are counted only until the last threshold is passed, so a
 * 300k-token prompt costs a few linear scans at most and nothing is copied or lowercased.
 */
export function readComplexitySignals(texts: readonly string[]): ComplexitySignals {
  let words = 0;
  let hasCode = false;
  let hasMath = false;
  let hasReasoning = false;
  for (const text of texts) {
    if (words <= WORD_THRESHOLDS.standard) words += countWords(text, WORD_THRESHOLDS.standard + 1 - words);
    hasCode ||= CODE_MARKER_PATTERN.test(text);
    hasMath ||= MATH_PATTERN.test(text);
    hasReasoning ||= REASONING_PATTERN.test(text);
  }
  return { words, hasCode, hasMath, hasReasoning };
}

/**
 * The seed's `classify_complexity`, with a confidence: high when several signals agree or the word
 * count is far from a threshold, lower near a threshold or when a single word decided it.
 */
export function classifyComplexity(signals: ComplexitySignals): Classification<Difficulty> {
  const { words, hasCode, hasMath, hasReasoning } = signals;
  if (hasMath || (hasReasoning && hasCode)) {
    const agreeing = Number(hasMath) + Number(hasReasoning) + Number(hasCode);
    return { label: "premium", confidence: Math.min(0.9, 0.6 + 0.1 * agreeing) };
  }
  if (hasCode || hasReasoning || words > WORD_THRESHOLDS.standard) {
    const longToo = words > WORD_THRESHOLDS.standard ? 0.15 : 0;
    return { label: "standard", confidence: 0.65 + longToo };
  }
  if (words > WORD_THRESHOLDS.mid) {
    return { label: "mid", confidence: marginConfidence(words, WORD_THRESHOLDS.mid, WORD_THRESHOLDS.standard) };
  }
  return { label: "budget", confidence: marginConfidence(words, 0, WORD_THRESHOLDS.mid) };
}

/**
 * Counts whitespace-separated words (Python's `len(text.split())`) in one pass without allocating.
 * With `stopAt`, counting stops once that many words are seen (the rules only compare with thresholds).
 */
export function countWords(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code <= 32 ? code === 32 || (code >= 9 && code <= 13) : code === 0xa0 || code === 0x3000;
    if (isSpace) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words >= stopAt) return words;
    }
  }
  return words;
}

/** 0.55 at either edge of the [low, high] band, up to 0.85 in its middle. */
function marginConfidence(words: number, low: number, high: number): number {
  const half = (high - low) / 2;
  const distance = Math.min(words - low, high - words);
  return 0.55 + 0.3 * Math.max(0, Math.min(1, distance / half));
}

function wordListPattern(words: readonly string[]): RegExp {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // Plural and past-tense endings count too ("equations", "proved", "compared").
  // Case-insensitive, so a huge prompt need not be lowercased (copied) first.
  return new RegExp(`\\b(?:${escaped.join("|")})(?:s|es|d|ed)?\\b`, "i");
}
