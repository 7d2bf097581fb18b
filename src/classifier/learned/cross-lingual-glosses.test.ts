import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectSlots } from "./features.js";
import { findGlosses, foldLatinAccents } from "./cross-lingual-glosses.js";
import { bigramHash, hashString, WORD_PREFIX } from "./feature-hash.js";
import type { GlossTable } from "./glosses/gloss-table.js";
import { DE } from "./glosses/de.js";
import { ES } from "./glosses/es.js";
import { FR } from "./glosses/fr.js";
import { IT } from "./glosses/it.js";
import { JA } from "./glosses/ja.js";
import { KO } from "./glosses/ko.js";
import { PT } from "./glosses/pt.js";
import { RU } from "./glosses/ru.js";
import { ZH } from "./glosses/zh.js";
import { tokenize } from "./tokenize.js";

/** The English words a text's glosses stand for, as "w:" token hashes → words (the keys of every table). */
const WORD_OF = new Map<number, string>();
for (const table of [DE, ES, FR, IT, JA, KO, PT, RU, ZH]) {
  for (const english of Object.keys(table)) {
    const hashes = new Uint32Array(8);
    const words = tokenize(english, 8, hashes, WORD_PREFIX);
    words.forEach((word, i) => WORD_OF.set(hashes[i] as number, word));
  }
}
const glossed = (text: string): string[] => findGlosses(text.toLowerCase()).flatMap((hashes) => [...hashes].map((h) => WORD_OF.get(h) ?? "?"));

describe("cross-lingual glosses", () => {
  it("reads the ask's words in each of the nine languages as the English words a user would have typed", () => {
    expect(glossed("Escríbeme una función que resuma el archivo")).toEqual(expect.arrayContaining(["write", "function", "file"]));
    expect(glossed("Schreib mir bitte eine Funktion")).toEqual(expect.arrayContaining(["function"]));
    expect(glossed("Résume ce rapport en trois points")).toEqual(expect.arrayContaining(["report"]));
    expect(glossed("Напиши функцию на Python")).toEqual(expect.arrayContaining(["function"]));
    expect(glossed("帮我写一个函数")).toEqual(expect.arrayContaining(["write", "function"]));
    expect(glossed("この文章を要約してください")).toEqual(expect.arrayContaining(["summarize"]));
    expect(glossed("이 함수를 설명해 줘")).toEqual(expect.arrayContaining(["function"]));
    expect(glossed("Traduci questa email in inglese")).toEqual(expect.arrayContaining(["email"]));
    expect(glossed("Escreva um poema curto")).toEqual(expect.arrayContaining(["poem"]));
  });

  it("ignores Latin accents on either side, and reads whole-word forms only as whole words", () => {
    expect(glossed("escribeme una funcion")).toEqual(glossed("escríbeme una función"));
    expect(foldLatinAccents("ÉéàçÑñ 요약 函数")).toBe("EeacNn 요약 函数");
    // "función" is a whole-word form: a longer word that merely starts with it is not it.
    expect(glossed("funcionalidades")).not.toContain("function");
  });

  it("reads stems as word starts (case endings, particles) and the longest Chinese or Japanese form first", () => {
    expect(glossed("функциями")).toContain("function");
    expect(glossed("함수를")).toContain("function");
    // 写字楼 is an office building, not "write": the longer form wins at that position.
    expect(glossed("写字楼")).not.toContain("write");
  });

  it("never throws on any text, and finds nothing in figures", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 100 }), (a, b) => {
        expect(Array.isArray(findGlosses(`${a}${b}`.toLowerCase()))).toBe(true);
      }),
    );
    expect(findGlosses("12345 + 678 = ?")).toEqual([]);
  });

  it("reads glosses on turns in other languages only: an English turn's features stay as they were", () => {
    const hashOf = (word: string): number => hashString(word, WORD_PREFIX);
    // The bigram slot "write function" comes only from the glosses of "escríbeme" and "función" (adjacent in the glosses).
    const bigram = bigramHash(hashOf("write"), hashOf("function"));
    const lexical = (content: string): { slots: number[]; english: boolean; mask: number } => {
      const { task, english } = collectSlots([{ role: "user", content }], 16);
      return { slots: [...task.lexical.slice(0, task.lexicalCount)], english, mask: task.slotMask };
    };
    const spanish = lexical("Escríbeme una función que resuma el archivo");
    expect(spanish.english).toBe(false);
    expect(spanish.slots).toContain(bigram & spanish.mask);
    // An English turn quoting the same Spanish words is English: they are not glossed.
    const english = lexical("Write a function that summarizes the file, please. The ticket says: escríbeme una función.");
    expect(english.english).toBe(true);
    expect(english.slots).not.toContain(bigram & english.mask);
  });
});

describe("the glossaries", () => {
  const tables: [string, GlossTable, "words" | "stems" | "substrings"][] = [
    ["es", ES, "words"],
    ["pt", PT, "words"],
    ["fr", FR, "words"],
    ["it", IT, "words"],
    ["de", DE, "words"],
    ["ru", RU, "words"],
    ["ko", KO, "stems"],
    ["zh", ZH, "substrings"],
    ["ja", JA, "substrings"],
  ];

  it.each(tables)("%s: lower-case keys that tokenize to words, lower-case forms, and word stems of four letters or more", (_lang, table, kind) => {
    expect(Object.keys(table).length).toBeGreaterThan(300);
    for (const [english, forms] of Object.entries(table)) {
      expect(english, english).toBe(english.toLowerCase());
      expect(tokenize(english, 8).length, english).toBeGreaterThan(0);
      for (const form of forms.split("|")) {
        expect(form.trim().length, `${english}: ${forms}`).toBeGreaterThan(0);
        expect(form, english).toBe(form.toLowerCase());
        if (kind === "words" && form.endsWith("*")) expect(form.length - 1, `${english}: ${form}`).toBeGreaterThanOrEqual(4);
      }
    }
  });
});
