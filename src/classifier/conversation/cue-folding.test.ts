/**
 * Twelfth round: asks typed without their accents (a phone, a US keyboard) find the same cues as written with them.
 * Each ask is read over a base that says chat, so it fails without the unaccented forms. The prompts are the team's
 * own.
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import { foldedCue } from "./cue-folding.js";
import { read, u } from "../../../test/support/conversation-kit.js";

const asks: [string, string, string][] = [
  ["cs", "translation", "muzes mi prelozit tenhle odstavec do anglictiny? schuzka je v patek"],
  ["pl", "translation", "przetlumacz to na angielski prosze, jutro wysylam do klienta"],
  ["tr", "summarization", "su metni kisaca ozetle, toplantidan once okuyacagim"],
  ["tr", "translation", "bunu ingilizceye cevir lutfen, musteriye gidecek"],
  ["de", "translation", "kannst du das bitte ins englische ubersetzen? der kunde spricht kein deutsch"],
  ["vi", "summarization", "tom tat giup minh doan van nay trong ba cau nhe"],
  ["hu", "summarization", "osszefoglalnad ezt a cikket ot mondatban?"],
  ["cs", "math", "vypocitej kolik zaplatim za 12 mesicu pri sazbe 4,5 %"],
];

describe("asks typed without accents", () => {
  it.each(asks)("%s: reads %s from the unaccented ask over a base that says chat: %s", (_lang, task, text) => {
    expect(read("chat", [u(text)])).toBe(task);
  });
  it("reports the cue as the team wrote it, accents and all", () => {
    const hit = findCues("przetlumacz to na angielski").find((found) => found.task === "translation");
    expect(hit?.cue).toMatch(/ł/u);
    expect(hit?.word).toBe("przetlumacz");
  });
  it("counts a cue once whether it is written with or without accents", () => {
    const hits = findCues("podsumuj to. przetłumacz i przetlumacz").filter((hit) => hit.lang === "pl" && hit.task === "translation");
    expect(hits).toHaveLength(1);
  });
  it("folds no short form and none that is a word elsewhere", () => {
    expect(foldedCue("çöz", true)).toBeUndefined(); // English "cozy"
    expect(foldedCue("résumé", false)).toBeUndefined(); // English "resume"
    expect(foldedCue("löse", true)).toBeUndefined(); // English "lose"
    expect(foldedCue("přelož", true)).toBe("preloz");
    expect(foldedCue("übersetz", true)).toBe("ubersetz");
    expect(foldedCue("dịch", false)).toBeUndefined(); // German "dich"
    expect(foldedCue("šale", false)).toBeUndefined(); // English and Spanish "sale"
    expect(foldedCue("tóm tắt", false)).toBe("tom tat");
  });
  it("fires no unaccented cue inside a common English word", () => {
    const text = "cozy resume lose loser evaluate logical implement equation analyze integral hello function funny prelude tomato sale gate gator lazy";
    // Only the unaccented forms of accented cues: a few tables write some cues without accents themselves.
    expect(findCues(text).filter((hit) => /[^\u0000-\u007f]/u.test(hit.cue))).toEqual([]);
  });
});
