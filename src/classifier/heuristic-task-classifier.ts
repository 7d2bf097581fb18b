/**
 * The heuristic task classifier: phrase rules, a weighted lexicon and a few structural cues
 * (code present, numbers in a question, question form) add up to a score per task; the best
 * score wins, with a confidence from its margin over the runner-up. When nothing fires the
 * answer is `chat` with low confidence.
 * @module
 */
import type { Classification } from "../core/types.js";
import { CODE_MARKER_PATTERN, countWords } from "./heuristic-complexity.js";
import { LEXICON_GATE_KEYS, TASK_LEXICON, stemWord } from "./heuristic-task-lexicon.js";
import { HEURISTIC_TASKS, TASK_RULES, type HeuristicTask } from "./heuristic-task-rules.js";
import { GATE_PREFIX_LENGTH } from "./rule-gate.js";
import { findCues } from "./conversation/cue-matcher.js";
import { composedText } from "./conversation-text.js";

/** Weight of a cue found in earlier user turns, relative to the latest user message. */
const CONTEXT_WEIGHT = 0.3;
/**
 * Weight of a cue in the system or developer prompt. API apps often put the task there ("extract the
 * fields as JSON") and send only the data as the user message, so it counts nearly as much.
 */
const INSTRUCTIONS_WEIGHT = 0.7;
/** Below this best score no rule really fired: the answer is `chat`, with low confidence. */
const MIN_SCORE = 1.5;
/** Lexicon words count fully near the start and end of a message (where instructions sit), less in between. */
const INSTRUCTION_ZONE_CHARS = 400;
const MIDDLE_WEIGHT = 0.25;
/** The lexicon can add at most this much to one task, so a long document cannot drown the instruction. */
const LEXICON_CAP = 7;
/** Scores of the team's cues in the nine other languages (English is the lexicon's): a defining verb, another cue. */
const FOREIGN_STRONG_CUE = 3.5;
const FOREIGN_CUE = 1.5;

const TASK_INDEX = new Map<HeuristicTask, number>(HEURISTIC_TASKS.map((task, i) => [task, i]));
const index = (task: HeuristicTask): number => TASK_INDEX.get(task) ?? 0;
const RULE_TASK_INDEX: readonly number[] = TASK_RULES.map((rule) => index(rule.task));
/** Gate key → the rules it opens (an inverted index, so each word costs one lookup). */
const RULES_BY_GATE_KEY: ReadonlyMap<number, readonly number[]> = indexGates();

function indexGates(): Map<number, number[]> {
  const byKey = new Map<number, number[]>();
  TASK_RULES.forEach((rule, i) => {
    for (const key of rule.gate ?? []) byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  return byKey;
}

/** Numbers, except four-digit years, which are as common in trivia as in arithmetic. */
const NUMBER_PATTERN = /\b(?!(?:1[5-9]|20)\d\d\b)\d+(?:[.,]\d+)?/g;
/** List markers ("1. ", "2) " at a line start) are not quantities. */
const LIST_MARKER_PATTERN = /(?:^|\n)[ \t]*\d+[.)]\s/g;
const QUANTITY_QUESTION = /\?|\bhow (many|much|long|far|old)\b|\b(total|altogether|in all|left|remain\w*|find|calculate|determine|what is)\b/;
const SENTENCE_BREAK = /[.?!]\s+\S/;
const PERSONAL = /\b(i|me|my|we|us|our|you|your|let'?s)\b/;
/** Factual questions; not explanations ("why", "how does") nor requests phrased as questions ("can you..."). */
const FACT_QUESTION = /^(who|what|when|where|which|whose|is|are|was|were|did|how (many|much|long|far|old|tall|big|deep|high))\b/;
/** A question word anywhere, as trivia puts it ("...was from which royal house?"). */
const FACT_WORD = /\b(who|whom|whose|which|what|when|where|how many|how much)\b/;
/** Open-ended asks ("what are some...", "what could we...") want a list or a discussion, not a fact. */
const OPEN_QUESTION =
  /^(what|which) (are|were|would be|could be|is) (some|a few|several|good|the best|different|possible|other)\b|^what (could|should|might|can) (i|we)\b|\b(better|worse|and why)\b/;
/** A question about text the user supplied ("the article below") is not a factual lookup. */
const REFERS_TO_SUPPLIED_TEXT =
  /\b(below|above|attached|following|pasted|this (text|article|document|passage|email|paragraph|code|policy|report|chapter|transcript|memo|thread|pdf|snippet|function))\b|\b(in|from|of) (this|these) [a-z]+/;
/** The user's own code is under discussion ("my script", "here's the code"). */
const OWN_CODE =
  /\b(this|my|our|the following|attached|the) ([a-z+#]+ )?(code|function|script|snippet|module|class|method|program|query|component|implementation|schema|regex|tests?|codebase|repo|loop|dockerfile|design)\b/;
const REVIEW_VERB =
  /\b(review|refactor|debug|fix|wrong|bugs?|\w*(error|exception)s?|optimi[sz]e|improve|explain|why|issues?|problems?|fails?|failing|crash\w*|vulnerab\w*|leaks?|spot|check|idiomatic|risks?|smells?|naming|critique|throws?|undefined|endless\w*|infinite|never|right way|correct|does|doing|look|clean\w*|better|senior|race|broken|slow)\b/;
/** "Why", "what's wrong", "error" in the other cue languages: code shown with these is to be reviewed. */
const FOREIGN_REVIEW = /warum|fehler|por qu[ée]|error|pourquoi|erreur|perch[ée]|errore|por que|erro|почему|ошибк|为什么|為什麼|问题|問題|错误|なぜ|どうして|エラー|バグ|왜|오류|에러|버그/;
/** A system prompt that asks for reviews: code sent as the user message is to be reviewed, not completed. */
const REVIEW_INSTRUCTION = /\b(review\w*|refactor\w*|debug\w*|bugs?|critique|code smells?|lint\w*)\b/;
/** The text starts with code: the user wants it completed or written out (unless a review was asked for). */
const STARTS_WITH_CODE = /^\s*(from [\w.]+ import|import |def |class |function |#include|package |public |const |let |async |fn |func )/;
/** The conversation addresses the assistant itself ("are you...", "how's your day"). */
const ADDRESSES_ASSISTANT =
  /\b(are|were) you\b|\bdo you (?!know|have to|need to|mean)|\byou'?re\b|\bhow'?s your\b|\byour (day|week|weekend|life|name|favou?rite|opinion|thoughts|feelings)\b/;

/** The text the task rules read: the latest user message, the instructions, and earlier turns. */
export interface TaskRuleInput {
  /** The latest user message (capped by the caller for huge prompts). */
  latest: string;
  /** System and developer prompts (capped by the caller); may be empty. */
  instructions?: string;
  /** Earlier user turns (capped by the caller); may be empty. */
  context: string;
}

/** Scores every task and returns the best, with a confidence from its margin; unknown inputs are `chat`. */
export function classifyTask(input: TaskRuleInput): Classification<HeuristicTask> {
  const latest = composedText(input.latest.trim());
  const lower = latest.toLowerCase();
  const scores = new Float64Array(HEURISTIC_TASKS.length);
  addRuleScores(scores, lower, 1, scanWords(scores, lower, 1));
  addForeignCueScores(scores, lower, 1);
  for (const [text, weight] of [
    [input.instructions ?? "", INSTRUCTIONS_WEIGHT],
    [input.context, CONTEXT_WEIGHT],
  ] as const) {
    if (text.length === 0) continue;
    const other = composedText(text).toLowerCase();
    addRuleScores(scores, other, weight, scanWords(scores, other, weight));
    addForeignCueScores(scores, other, weight);
  }
  addStructuralScores(scores, latest, lower, REVIEW_INSTRUCTION.test(input.instructions?.toLowerCase() ?? ""));
  return pickTask(scores);
}

/** Adds the per-language cues of languages other than English, each task at most once per strength. */
function addForeignCueScores(scores: Float64Array, lower: string, weight: number): void {
  const added = new Float64Array(HEURISTIC_TASKS.length);
  for (const hit of findCues(lower)) {
    if (hit.lang === "en") continue;
    const task = TASK_INDEX.get(hit.task as HeuristicTask);
    if (task === undefined) continue;
    added[task] = Math.max(added[task]!, hit.strong ? FOREIGN_STRONG_CUE : FOREIGN_CUE) + (added[task]! > 0 ? 0.5 : 0);
  }
  for (let i = 0; i < added.length; i++) scores[i]! += Math.min(LEXICON_CAP, added[i]!) * weight;
}

/** Tests each rule that has no gate or whose gate a word of the text opened. */
function addRuleScores(scores: Float64Array, lower: string, weight: number, opened: Uint8Array): void {
  for (let i = 0; i < TASK_RULES.length; i++) {
    const rule = TASK_RULES[i]!;
    if (rule.gate !== undefined && opened[i] === 0) continue;
    if (rule.pattern.test(lower)) scores[RULE_TASK_INDEX[i]!]! += rule.weight * weight;
  }
}

/**
 * One pass over the words: adds lexicon scores (each distinct stem once, at its best position
 * weight, capped per task) and returns which gated phrase rules the words opened.
 */
function scanWords(scores: Float64Array, lower: string, weight: number): Uint8Array {
  const added = new Float64Array(HEURISTIC_TASKS.length);
  const seen = new Map<string, number>();
  const opened = new Uint8Array(TASK_RULES.length);
  const tailStart = lower.length - INSTRUCTION_ZONE_CHARS;
  let start = -1;
  let key = 0;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0;
    const inWord = (code >= 97 && code <= 122) || (start >= 0 && ((code >= 48 && code <= 57) || code === 39));
    if (inWord) {
      if (start < 0) {
        start = i;
        key = 0;
      }
      // The gate key packs the first three characters, as gateKey() does.
      if (i - start < GATE_PREFIX_LENGTH) key = key * 128 + code;
      continue;
    }
    if (start < 0) continue;
    for (let pad = i - start; pad < GATE_PREFIX_LENGTH; pad++) key *= 128;
    const wordStart = start;
    start = -1;
    const gatedRules = RULES_BY_GATE_KEY.get(key);
    if (gatedRules !== undefined) for (const rule of gatedRules) opened[rule] = 1;
    if (!LEXICON_GATE_KEYS.has(key)) continue;
    const position = wordStart < INSTRUCTION_ZONE_CHARS || wordStart > tailStart ? 1 : MIDDLE_WEIGHT;
    const stem = stemWord(lower.slice(wordStart, i));
    const entries = TASK_LEXICON.get(stem);
    if (entries === undefined) continue;
    const before = seen.get(stem) ?? 0;
    if (position <= before) continue;
    seen.set(stem, position);
    for (const entry of entries) added[entry.taskIndex]! += entry.weight * (position - before);
  }
  for (let i = 0; i < added.length; i++) scores[i]! += Math.min(LEXICON_CAP, added[i]!) * weight;
  return opened;
}

/** Cues that need more than one pattern: code presence, numbers in a question, short factual questions. */
function addStructuralScores(scores: Float64Array, latest: string, lower: string, reviewInstructed: boolean): void {
  const words = countWords(latest);
  const hasCode = CODE_MARKER_PATTERN.test(latest);
  if (STARTS_WITH_CODE.test(latest)) scores[index(reviewInstructed ? "code_review" : "code_generation")]! += 3;
  else if (hasCode) scores[index(REVIEW_VERB.test(lower) || FOREIGN_REVIEW.test(lower) ? "code_review" : "code_generation")]! += 2;
  // No code pasted, but the user's own code is the subject and something about it is wrong or could be better.
  else if (OWN_CODE.test(lower) && REVIEW_VERB.test(lower)) scores[index("code_review")]! += 2;
  const numbers = (lower.match(NUMBER_PATTERN)?.length ?? 0) - (lower.match(LIST_MARKER_PATTERN)?.length ?? 0);
  // Numbers in code are identifiers and indices, not quantities.
  if (!hasCode && numbers >= 2 && QUANTITY_QUESTION.test(lower)) scores[index("math")]! += 2;
  const oneSentence = !SENTENCE_BREAK.test(lower);
  const suppliedText = REFERS_TO_SUPPLIED_TEXT.test(lower);
  const addressesAssistant = ADDRESSES_ASSISTANT.test(lower);
  const factQuestion = FACT_QUESTION.test(lower) || (lower.endsWith("?") && FACT_WORD.test(lower));
  if (factQuestion && !OPEN_QUESTION.test(lower) && !addressesAssistant && oneSentence && words <= 30 && numbers < 2) {
    scores[index("simple_qa")]! += 2;
  } else if (oneSentence && words <= 12 && !PERSONAL.test(lower) && !/[.!:]$/.test(lower)) {
    // A short impersonal phrase with no instruction verb reads as a search-style lookup.
    scores[index("simple_qa")]! += 1;
  }
  if (words > 120 || suppliedText) scores[index("simple_qa")]! -= 2;
  if (addressesAssistant && words <= 25) scores[index("chat")]! += 2;
}

function pickTask(scores: Float64Array): Classification<HeuristicTask> {
  let best = 0;
  let second = 0;
  let bestIndex = -1;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]!;
    if (score > best) {
      second = best;
      best = score;
      bestIndex = i;
    } else if (score > second) second = score;
  }
  if (bestIndex < 0 || best < MIN_SCORE) return { label: "chat", confidence: 0.3 };
  const margin = best - second;
  // 0.4 for a tie, rising towards 0.95 as the winner pulls away.
  const confidence = 0.4 + 0.55 * (1 - Math.exp(-margin / 3));
  return { label: HEURISTIC_TASKS[bestIndex]!, confidence: Math.round(confidence * 1000) / 1000 };
}
