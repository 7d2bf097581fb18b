/**
 * Classifiers: read a conversation, estimate its task type and difficulty, and count its tokens.
 * @module
 */
export { DIFFICULTIES } from "./classifier.js";
export type { ConversationClassification, ConversationClassifier, Difficulty } from "./classifier.js";
export { countImages, lastUserText, messageText, userText } from "./conversation-text.js";
export { estimateMessagesTokens, estimateTokens, TOKENS_PER_MESSAGE, TOKENS_PER_REQUEST } from "./estimate-tokens.js";
export {
  CONTEXT_SCAN_CHARS,
  createHeuristicClassifier,
  TASK_SCAN_HEAD_CHARS,
  TASK_SCAN_TAIL_CHARS,
} from "./heuristic-classifier.js";
export {
  classifyComplexity,
  CODE_MARKER_PATTERN,
  countWords,
  MATH_WORDS,
  readComplexitySignals,
  REASONING_WORDS,
  STRONG_PROBABILITY_BY_DIFFICULTY,
  WORD_THRESHOLDS,
} from "./heuristic-complexity.js";
export type { ComplexitySignals } from "./heuristic-complexity.js";
export { classifyTask } from "./heuristic-task-classifier.js";
export type { TaskRuleInput } from "./heuristic-task-classifier.js";
export { stemWord, TASK_LEXICON } from "./heuristic-task-lexicon.js";
export { HEURISTIC_TASKS, TASK_RULES } from "./heuristic-task-rules.js";
export type { HeuristicTask, TaskRule } from "./heuristic-task-rules.js";
