/**
 * Fifteenth round: a cue of one table is no cue inside another language's everyday word. Indonesian "hai" (hi) was a
 * chat cue on its own, and fired on every Hinglish "hai" (is): "kya hai", "birthday hai kal".
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";

const chatHits = (text: string): string[] =>
  findCues(text.toLowerCase())
    .filter((hit) => hit.task === "chat")
    .map((hit) => `${hit.lang} '${hit.cue}'`);

describe("Indonesian greetings are not Hinglish 'hai'", () => {
  it("reads no chat cue in Hinglish asks that say 'hai'", () => {
    for (const text of ["biwi ka birthday hai kal, kuch shayari likh do", "ye error kya hai? samajh nahi aa raha", "mera budget 5000 hai, kaunsa phone lun?"]) {
      expect(chatHits(text), text).toEqual([]);
    }
  });
  it("still reads an Indonesian greeting as chat", () => {
    for (const text of ["hai kak, apa kabar?", "hai semua! lagi bosan nih", "hai guys, aku mau cerita"]) {
      expect(chatHits(text).some((hit) => hit.startsWith("id ")), text).toBe(true);
    }
  });
});
