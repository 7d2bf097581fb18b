/**
 * `train --from-log` ends with the next step: commands to copy. With the adapter written where a path has a space
 * (`--out "my adapters/cand.json"`), the shell command ran `router shadow my` with a stray argument, and a `#` or
 * `: ` in the path cut the YAML of the experiment arm.
 */
import { describe, expect, it } from "vitest";
import { nextStepAfterTraining } from "../../src/cli/commands/train-from-log.js";

describe("train --from-log's next step", () => {
  it("writes a plain path as it is", () => {
    expect(nextStepAfterTraining("adapter.json")).toBe(
      "next: `switchyard router shadow adapter.json` (then reload) to see what it would change, then run it as an experiment arm (variant: { weights: adapter.json }) and promote it after a winning verdict (docs/learning.md).\n",
    );
  });

  it("quotes a path the shell or YAML would split", () => {
    const next = nextStepAfterTraining("my adapters/cand #2.json");
    expect(next).toContain("`switchyard router shadow 'my adapters/cand #2.json'`");
    expect(next).toContain('variant: { weights: "my adapters/cand #2.json" }');
    expect(nextStepAfterTraining("it's.json")).toContain(`\`switchyard router shadow 'it'\\''s.json'\``);
  });
});
