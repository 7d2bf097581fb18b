/**
 * The classifier's labels of a conversation as a decision shows them: task, difficulty and strong-need, the
 * reasons that say which turn set the task, and the prompt-free features the log stores. Auto routing needs them to
 * choose; an explicit model id needs them only to label its decision, so they may be read after the call is sent.
 * @module
 */
import type { ConversationClassification, ConversationClassifier } from "../classifier/classifier.js";
import type { ChatRequest } from "../core/types.js";
import type { RouterLearning, RoutingFeatures } from "./adapter/routing-adapter.js";
import type { RoutingPlan } from "./routing-plan.js";

/** What the classifier read, with the sentences that say so and the features to store. */
export interface Labels {
  classification: ConversationClassification;
  task: string;
  taskConfidence: number;
  reasons: string[];
  features: RoutingFeatures | undefined;
}

/** The task a decision shows until its labels are filled in (never stored: everything that stores labels first). */
const UNLABELLED_TASK = "unlabelled";

/** Reads the labels (a named task stands; the classifier still gives difficulty and strong-need). */
export function readLabels(
  classifier: ConversationClassifier,
  learning: RouterLearning | undefined,
  request: ChatRequest,
  namedTask: string | undefined,
  promptTokens: number,
): Labels {
  const classification = classifier.classify(request.messages);
  const features = learning?.extractFeatures?.(request.messages, classification, promptTokens);
  const task = namedTask ?? classification.task.label;
  const taskConfidence = namedTask !== undefined ? 1 : classification.task.confidence;
  const reasons = [
    namedTask !== undefined
      ? `The request names the task ${task}.`
      : `The ${classifier.name} classifier reads the conversation as ${task} (confidence ${taskConfidence.toFixed(2)}).`,
  ];
  if (namedTask === undefined && classification.taskReason !== undefined) reasons.push(`What set the task: ${classification.taskReason}.`);
  return { classification, task, taskConfidence, reasons, features };
}

/** Placeholder labels of a decision whose labels come later. */
export function unlabelled(): Labels {
  return {
    classification: { task: { label: UNLABELLED_TASK, confidence: 0 }, difficulty: { label: "standard", confidence: 0 }, strongProbability: 0 },
    task: UNLABELLED_TASK,
    taskConfidence: 0,
    reasons: [],
    features: undefined,
  };
}

/**
 * Puts labels read later into the plan's decision, as routing would have put them there. `completeLabels` goes before
 * `features` comes: deleting the property added last takes the plan back to its earlier shape, where deleting any
 * other turns it into a dictionary, and every later read of the plan (headers, record) into a slow lookup.
 */
export function applyLabels(plan: RoutingPlan, labels: Labels): void {
  const { decision } = plan;
  decision.task = labels.task;
  decision.task_confidence = roundTo(labels.taskConfidence, 4);
  decision.difficulty = labels.classification.difficulty.label;
  decision.strong_probability = roundTo(labels.classification.strongProbability, 4);
  decision.reasons.unshift(...labels.reasons);
  delete plan.completeLabels;
  if (labels.features) plan.features = labels.features;
}

/** `value` rounded to `digits` decimals, as decisions show numbers. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
