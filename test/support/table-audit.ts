/**
 * The checks every audited group of cue tables runs (fifteenth and sixteenth rounds): its look-alikes read no cue of
 * their task, its languages' common words hold no other table's cue, no cue is one or two letters, written twice or
 * another table's, and none fires in the shared data's English prompts; and the asks written for the tables.
 * @module
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/classifier/create-classifier.js";
import { findCues, type CueHit } from "../../src/classifier/conversation/cue-matcher.js";
import { LANGUAGE_CUES, type CueLanguage } from "../../src/classifier/conversation/language-cues.js";
import { read, u } from "./conversation-kit.js";
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

/** Chat is read over a base that says simple_qa, a fact over one that says analysis, a view over one that says
 * summarization, every other task over one that says chat. */
const baseOf = (task: string): string => (task === "chat" ? "simple_qa" : task === "simple_qa" ? "analysis" : task === "analysis" ? "summarization" : "chat");

/** The cues of `lang`'s own table that name `task` in `text`. */
export const ownCues = (lang: string, task: string, text: string): CueHit[] => findCues(text.toLowerCase()).filter((hit) => hit.lang === lang && hit.task === task);

/**
 * Declares the audit of the asks written for the tables `mine`: at least four per task and language, each named by a
 * cue of its own language's table, and read as its task, over a base that says another task when the cue is a
 * defining one, by the default learned classifier (which reads the tables' cues as features) when it is weaker.
 */
export function describeAskAudit(name: string, mine: readonly CueLanguage[], asks: readonly (readonly [string, string, string])[]): void {
  const learned = createClassifier("learned");
  describe(name, () => {
    it("has at least four asks per task in each language", () => {
      for (const lang of mine) {
        for (const task of Object.keys(LANGUAGE_CUES.en)) expect(asks.filter(([l, t]) => l === lang && t === task).length, `${lang} ${task}`).toBeGreaterThanOrEqual(4);
      }
    });
    it.each(asks.map((ask) => [...ask]))("%s: names %s by its own table and reads it: %s", (lang, task, text) => {
      const own = ownCues(lang, task, text);
      expect(own.map((hit) => hit.cue), text).not.toEqual([]);
      if (own.some((hit) => hit.strong)) expect(read(baseOf(task), [u(text)])).toBe(task);
      else expect(learned.classify([u(text)]).task.label).toBe(task);
    });
  });
}
