/**
 * `eval --help` named six datasets while `eval` takes twelve names: routerbench-zs, task-candidates and
 * alpaca-eval-weighted were found only by typing a wrong name and reading the error (round 29). The help's list is
 * now the list `eval` reads.
 */
import { describe, expect, it } from "vitest";
import { DATASET_ALIASES } from "../../src/eval/run-eval.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

describe("eval --help", () => {
  it("names every dataset eval takes by name (by its shortest name: mt_bench, not also routellm/mt_bench)", async () => {
    const run = await runCliCaptured(["eval", "--help"]);
    expect(run.code).toBe(0);
    const help = run.stdout.replace(/\s+/g, " ");
    const shortest = new Map<string, string>();
    for (const [name, target] of Object.entries(DATASET_ALIASES)) {
      const known = shortest.get(target);
      if (known === undefined || name.length < known.length) shortest.set(target, name);
    }
    expect(shortest.size).toBeGreaterThanOrEqual(9);
    for (const name of shortest.values()) expect(help, name).toMatch(new RegExp(`(^|[ |])${name}( |$)`));
  });
});
