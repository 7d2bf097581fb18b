/**
 * Cue phrases that say how to answer, not what the work is (twelfth round): "step by step", "adım adım", "paso a
 * paso", "一步一步". The tables list them under deep_reasoning because a puzzle is often asked so, but a word problem
 * with a verb that names maths ("Kalan işi Ayşe kaç günde bitirir? Çözümü adım adım yazar mısın") is maths asked
 * step by step: a deep-reasoning reading that only such a phrase names yields to the maths cue. When the turn names no
 * work of its own ("这道题的正确答案是多少？一步一步算给我看", "what's the right answer? work it out step by step"), the problem
 * it points at is the tool's result or the user's earlier turn, and its maths cues and figures name the work (round 50).
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { messageText } from "../conversation-text.js";
import { findCues } from "./cue-matcher.js";
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
/** Characters a turn that points at a problem in context may run to. */
const MAX_POINTING_CHARS = 120;
/** Characters of the problem in context that are read for cues. */
const MAX_PROBLEM_CHARS = 2000;

/** Characters after a maths cue read for the error it may solve. */
const SOLVED_ERROR_CHARS = 40;
/** An error or a fault: "how to solve error 0x80070005", "So lösen Sie den Fehler", "résoudre l'erreur" is no maths. */
const ERROR_WORD = /(?<![\p{L}])(?:errors?|issues?|bugs?|crash\p{L}*|fehler\p{L}*|st[öo]rung\p{L}*|erreurs?|panne|error(?:es)?|fallos?|errore|erro|ошибк\p{L}*)(?![\p{L}])|错误|故障|报错|エラー|不具合|오류|에러/u;

/** Whether a maths cue at `at` (its word `word`) solves an error, not a problem: "how to solve error 0x80070005". */
function solvesError(text: string, at: number, word: string): boolean {
  const from = at + word.length;
  return ERROR_WORD.test(text.slice(from, from + SOLVED_ERROR_CHARS));
}

/**
 * The problem a short turn with no figures of its own points at: the latest tool result before it, or else the user's
 * turn before it, and its maths cue, when that text holds a maths cue and figures and no reasoning cue of its own. A
 * cue that solves an error ("How to solve error 0x80070005", a helpdesk article) names no maths (review of round 50).
 */
function problemInContext(reading: ConversationReading): { turn: number; word: string } | undefined {
  if (reading.latestLower.length > MAX_POINTING_CHARS || countNumbers(reading.latestLower, MIN_FIGURES) >= MIN_FIGURES) return undefined;
  const messages: readonly ChatMessage[] = reading.messages;
  let at = -1;
  for (let i = reading.latestIndex - 1; i >= 0 && at < 0; i--) {
    const role = messages[i]?.role;
    if (role === "tool" || role === "user") at = i;
  }
  const message = messages[at];
  if (message === undefined) return undefined;
  const text = messageText(message).slice(0, MAX_PROBLEM_CHARS).toLowerCase();
  if (countNumbers(text, MIN_FIGURES) < MIN_FIGURES) return undefined;
  let word: string | undefined;
  for (const cue of findCues(text, MAX_PROBLEM_CHARS)) {
    if (cue.task === "deep_reasoning") return undefined;
    if (cue.task === "math" && !solvesError(text, cue.at, cue.word)) word ??= cue.word;
  }
  return word === undefined ? undefined : { turn: at + 1, word };
}

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
  if (step === undefined) return undefined;
  if (verb !== undefined) return { task: "math", why: `'${step}' says how to answer; '${verb}' names maths` };
  const problem = problemInContext(reading);
  return problem === undefined ? undefined : { task: "math", why: `'${step}' says how to answer; the problem in turn ${problem.turn} names maths ('${problem.word}')` };
}
