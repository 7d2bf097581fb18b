/**
 * The checks every audited group of cue tables runs (fifteenth and sixteenth rounds): its look-alikes read no cue of
 * their task, its languages' common words hold no other table's cue, no cue is one or two letters, written twice or
 * another table's, and none fires in the shared data's English prompts.
 * @module
 */
import { describe, expect, it } from "vitest";
import type { CueLanguage } from "../../src/classifier/conversation/language-cues.js";
import { cueHitsIn, cuesOfTask, cuesWrittenTwice, ENGLISH_PROMPTS_PRESENT, englishDevelopmentPrompts, lookAlikeHits, shortOrSharedCues } from "./cue-checks.js";

/** Declares the audit of the tables `mine`, named `name` ("the Africa tables"). */
export function describeTableAudit(name: string, mine: readonly CueLanguage[], lookAlikes: readonly (readonly [string, string])[], common: Readonly<Record<string, string>>): void {
  describe(`${name}' look-alikes`, () => {
    it.each(lookAlikes.map((pair) => [...pair]))("in an everyday sentence reads no cue of its look-alike task: %s (%s)", (text, task) => {
      expect(cuesOfTask(text, task, mine), text).toEqual([]);
    });
    it("fires no cue of another language inside a common word", () => {
      expect(lookAlikeHits(common)).toEqual([]);
    });
    it("writes no cue of one or two letters, none twice in a table and none another table has", () => {
      expect(shortOrSharedCues(mine)).toEqual([]);
      expect(cuesWrittenTwice(mine)).toEqual([]);
    });
  });
  describe.skipIf(!ENGLISH_PROMPTS_PRESENT)(`${name} in English text`, () => {
    it("fire no cue in the shared data's English prompts", () => {
      const prompts = englishDevelopmentPrompts();
      expect(prompts.length).toBeGreaterThanOrEqual(2000);
      expect(cueHitsIn(prompts, mine)).toEqual([]);
    });
  });
}
