/**
 * The learned classifier's training inputs, read only from sources whose licence allows shipped
 * weights (MIT / Apache-2.0 / CC-BY, `public-training-sources.ts`) plus the team's own examples
 * (`team-training-examples.ts`), and de-duplicated against every held-out set by normalised exact match.
 * @module
 */
import path from "node:path";
import { loadHeldOutIndex, normalizePrompt } from "./held-out-sets.js";
import {
  centerLlmRouterTargets,
  readCandidates,
  readLlmRouter,
  readMath,
  readSimpleQa,
  type LlmRouterLabel,
  type MathStrongMode,
} from "./public-training-sources.js";
import type { SourcedExample } from "./sourced-example.js";
import { readConversationExamples, readTeamExamples, type ConversationExampleOptions } from "./team-training-examples.js";

export type { SourcedExample } from "./sourced-example.js";
export {
  centerLlmRouterTargets,
  LLMROUTER_LARGE_MODELS,
  LLMROUTER_SMALL_MODELS,
  LLMROUTER_TASKS,
  type LlmRouterLabel,
  type MathStrongMode,
} from "./public-training-sources.js";
export { readTeamExamples, TEAM_CONVERSATION_FILES, TEAM_PROMPT_FILES, TEAM_TASK_STRONG_PRIOR } from "./team-training-examples.js";

/** Choices about how sources become targets (the conversations' two are in `ConversationExampleOptions`). */
export interface TrainingDataOptions extends ConversationExampleOptions {
  mathStrong?: MathStrongMode;
  /**
   * Centre llmrouter targets within each of its datasets (0.5 + target − the dataset's mean over the
   * train split), so the strong-need head learns what makes a prompt hard *within* a kind of task and
   * not which benchmark a prompt came from; differences between tasks come from the task prior.
   */
  centerLlmRouter?: boolean;
  /**
   * llmrouter datasets (task names, e.g. `gsm8k`) whose rows train the task head only, with no
   * strong-need target; `*` for all of them.
   */
  llmrouterTaskOnly?: readonly string[];
  llmrouterLabel?: LlmRouterLabel;
  /**
   * The team's strong-need examples (JSONL like the task examples, every row with `strong`): source
   * `team-strong`, always trained on, never in the task validation split.
   */
  strongExamplesFile?: string;
  /**
   * More of the team's labelled single prompts (JSONL of `{prompt, task}`), read like the task examples (source `team`,
   * split for validation the same way): by default {@link TEAM_PROMPT_FILES}.
   */
  promptExamplesFiles?: readonly string[];
  /**
   * The team's conversations (source `team-conversation`): always trained on, task labels only. They
   * carry no measured strong-need (a per-task prior would be a guess), so by default they do not pull
   * the strong-need head, which stays trained on outcome data and the team's strong-need examples.
   */
  conversationExamplesFiles?: readonly string[];
}

/** Every training input, before de-duplication. */
export function loadRawTrainingExamples(dataDir: string, teamExamplesFile: string, options: TrainingDataOptions = {}): SourcedExample[] {
  const label = options.llmrouterLabel ?? "small-fail";
  const routing = path.join(dataDir, "routing");
  const taskOnly = new Set(options.llmrouterTaskOnly ?? []);
  const llmrouter = [...readLlmRouter(routing, "train", label), ...readLlmRouter(routing, "test", label)].map((e) =>
    taskOnly.has("*") || taskOnly.has(e.source.split(":")[1] ?? "") ? { ...e, strong: undefined } : e,
  );
  return [
    ...readTeamExamples(teamExamplesFile),
    ...(options.promptExamplesFiles ?? []).flatMap((file) => readTeamExamples(file)),
    ...(options.strongExamplesFile ? readTeamExamples(options.strongExamplesFile, "team-strong") : []),
    ...(options.conversationExamplesFiles ?? []).flatMap((file) => readConversationExamples(file, options)),
    ...(options.centerLlmRouter ? centerLlmRouterTargets(llmrouter) : llmrouter),
    ...readMath(routing, options.mathStrong ?? "wide"),
    ...readSimpleQa(routing),
    ...readCandidates(routing),
  ];
}

/** Drops examples whose prompt matches a held-out prompt, and later repeats of an earlier prompt. */
export function deduplicateExamples(examples: readonly SourcedExample[], heldOut: ReadonlySet<string>): { kept: SourcedExample[]; heldOutRemoved: number; repeatsRemoved: number } {
  const seen = new Set<string>();
  const kept: SourcedExample[] = [];
  let heldOutRemoved = 0;
  let repeatsRemoved = 0;
  for (const example of examples) {
    const texts = example.messages.map((m) => normalizePrompt(typeof m.content === "string" ? m.content : ""));
    const whole = normalizePrompt(example.prompt);
    if (heldOut.has(whole) || texts.some((t) => heldOut.has(t))) {
      heldOutRemoved++;
      continue;
    }
    const key = whole;
    if (seen.has(key)) {
      repeatsRemoved++;
      continue;
    }
    seen.add(key);
    kept.push(example);
  }
  return { kept, heldOutRemoved, repeatsRemoved };
}

/** Loads and de-duplicates the training inputs against every held-out set under `dataDir`. */
export function loadTrainingExamples(
  dataDir: string,
  teamExamplesFile: string,
  options: TrainingDataOptions = {},
): { examples: SourcedExample[]; heldOutRemoved: number; repeatsRemoved: number } {
  const { kept, heldOutRemoved, repeatsRemoved } = deduplicateExamples(loadRawTrainingExamples(dataDir, teamExamplesFile, options), loadHeldOutIndex(dataDir));
  return { examples: kept, heldOutRemoved, repeatsRemoved };
}
