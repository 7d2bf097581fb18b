/**
 * The shared datasets `eval` takes by name, apart from the code that reads them, so `eval --help` can list them
 * without loading the evaluator.
 * @module
 */

/** Short names for the shared datasets, relative to the data folder. */
export const DATASET_ALIASES: Readonly<Record<string, string>> = {
  mt_bench: "routing/routellm/mt_bench",
  "routellm/mt_bench": "routing/routellm/mt_bench",
  gsm8k: "routing/routellm/gsm8k",
  "routellm/gsm8k": "routing/routellm/gsm8k",
  mmlu: "routing/routellm/mmlu",
  "routellm/mmlu": "routing/routellm/mmlu",
  "arena-bench-v1": "routing/arena-bench-v1",
  "mt-bench": "routing/mt-bench",
  "alpaca-eval": "routing/alpaca-eval/alpaca_eval_gpt4_preferences.csv",
  "routerbench-zs": "routing/routerbench-zs",
  "task-candidates": "routing/task-type-candidates.csv",
  "alpaca-eval-weighted": "routing/alpaca-eval/weighted_alpaca_eval_gpt4_turbo_preferences.csv",
};

/** Each dataset `eval` takes by name, once, by its shortest name (`mt_bench`, not also `routellm/mt_bench`): for help. */
export function datasetNames(): string[] {
  const shortest = new Map<string, string>();
  for (const [name, target] of Object.entries(DATASET_ALIASES)) {
    const known = shortest.get(target);
    if (known === undefined || name.length < known.length) shortest.set(target, name);
  }
  return [...shortest.values()];
}
