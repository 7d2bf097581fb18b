/**
 * Cue phrases that say how to answer, not what the work is (twelfth round): "step by step", "adım adım", "paso a
 * paso", "一步一步". The tables list them under deep_reasoning because a puzzle is often asked so, but a word problem
 * with a verb that names maths ("Kalan işi Ayşe kaç günde bitirir? Çözümü adım adım yazar mısın") is maths asked
 * step by step: a deep-reasoning reading that only such a phrase names yields to the maths cue.
 * @module
 */
import { countNumbers } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";

/** The step-by-step phrases of the cue tables (each one is in a table; `generalization-12.test.ts` checks it). */
export const STEP_BY_STEP: ReadonlySet<string> = new Set([
  "step by step", "paso a paso", "passo a passo", "passo dopo passo", "pas a pas", "pas cu pas", "étape par étape",
  "schritt für schritt", "stap voor stap", "steg for steg", "steg för steg", "trin for trin", "vaihe vaiheelta",
  "lépésről lépésre", "krok po kroku", "krok za krokem", "krok za krokom", "adım adım", "langkah demi langkah",
  "hakbang-hakbang", "hatua kwa hatua", "askel askeleelta", "từng bước", "βήμα βήμα", "шаг за шагом", "крок за кроком",
  "שלב אחר שלב", "خطوة بخطوة", "قدم به قدم", "قدم بہ قدم", "कदम दर कदम", "ধাপে ধাপে", "ทีละขั้น", "ステップバイステップ",
  "一步一步", "단계별",
]);

/** Figures a turn holds for a weak maths cue to name a word problem. */
const MIN_FIGURES = 2;

/**
 * Maths for a deep-reasoning reading whose only deep-reasoning cues in the turn are step-by-step phrases, when a
 * defining maths cue ("solve", "çöz", "计算") is in the turn too, or a weaker one ("berechne") with figures.
 */
export function stepByStepGuard(task: string, reading: ConversationReading): { task: string; why: string } | undefined {
  if (task !== "deep_reasoning") return undefined;
  let step: string | undefined;
  let verb: string | undefined;
  let weakVerb: string | undefined;
  for (const cue of reading.cues) {
    if (cue.task === "deep_reasoning") {
      if (!STEP_BY_STEP.has(cue.cue)) return undefined;
      step ??= cue.word;
    } else if (cue.task === "math") {
      if (cue.strong) verb ??= cue.word;
      else weakVerb ??= cue.word;
    }
  }
  // A weak maths cue ("berechne", "udowodnij") counts in a word problem, with figures to work on: a proof about "any
  // six people" asked step by step is still reasoning.
  verb ??= weakVerb !== undefined && countNumbers(reading.latestLower, MIN_FIGURES) >= MIN_FIGURES ? weakVerb : undefined;
  if (step === undefined || verb === undefined) return undefined;
  return { task: "math", why: `'${step}' says how to answer; '${verb}' names maths` };
}
