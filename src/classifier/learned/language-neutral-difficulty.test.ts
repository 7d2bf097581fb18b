/**
 * The strong-need head's word weights were learned from English prompts; on a turn in another language they are read
 * as no evidence (twenty-first round). Difficulty then comes from the task prior and the structure flags, which every
 * language shares, and English is read exactly as before.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLearnedClassifier } from "./learned-classifier.js";
import { dominantScript, writtenInEnglish } from "../conversation/script.js";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const classifier = createLearnedClassifier();
const user = (content: string) => [{ role: "user" as const, content }];
const english = (text: string): boolean => writtenInEnglish(text.toLowerCase(), dominantScript(text.toLowerCase()));

describe("which turns are English", () => {
  it("keeps short English, maths with x and y, and English with Romance-looking words English", () => {
    for (const text of [
      "Do you have a favorite book?",
      "Write a SQL query that counts orders per customer per month.",
      "Find $y$: $\\sqrt{19+3y} = 7$.",
      "If $|x| + x + y = 10$ and $x + |y| - y = 12,$ find $x + y.$",
      "Solve for y: 5y - 3 = 2y + 12.",
      "",
      "12345 + 678",
    ])
      expect(english(text), text).toBe(true);
  });
  it("names turns in other scripts, and Latin-script turns full of another language's function words, not English", () => {
    for (const text of [
      "Écris une fonction JavaScript qui vérifie si une chaîne est un palindrome.",
      "Escribe una función de JavaScript que compruebe si una cadena es un palíndromo.",
      "Schreibe eine JavaScript-Funktion, die prüft, ob ein String ein Palindrom ist.",
      "Traduce al inglés: Mañana vamos a la playa con mis primos.",
      "编写一个JavaScript函数，检查字符串是否为回文。",
      "文字列が回文かどうかを確認するJavaScript関数を書いてください。",
      "Какая столица Южной Кореи?",
      "대한민국의 수도는 어디인가요?",
    ])
      expect(english(text), text).toBe(false);
  });
  it("keeps every English prompt of the team's task sets English, and names their Spanish one", () => {
    const prompts = ["test/fixtures/task-prompts.jsonl", "test/fixtures/task-prompts-unseen.jsonl"].flatMap((file) =>
      readFileSync(path.join(repoRoot, file), "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => (JSON.parse(line) as { prompt: string }).prompt),
    );
    // The sets' one ask in another language is the only one not read as English.
    expect(prompts.filter((prompt) => !english(prompt))).toEqual(["Traduce al inglés: Mañana vamos a la playa con mis primos."]);
    expect(prompts.length).toBeGreaterThan(600);
  });
});

describe("difficulty in any language", () => {
  it("prices the same request in six languages within 0.1 of the English ask (a tier apart at most when it sits by a cut)", () => {
    const asks = [
      "Write a JavaScript function that checks whether a string is a palindrome.",
      "Écris une fonction JavaScript qui vérifie si une chaîne est un palindrome.",
      "Escribe una función de JavaScript que compruebe si una cadena es un palíndromo.",
      "Schreibe eine JavaScript-Funktion, die prüft, ob ein String ein Palindrom ist.",
      "编写一个JavaScript函数，检查字符串是否为回文。",
      "文字列が回文かどうかを確認するJavaScript関数を書いてください。",
    ];
    // Before the twenty-first round the French and Spanish asks read premium, the English one standard. Since the
    // twenty-second round's retrain the English ask sits 0.007 under the mid/standard cut and the others just over it,
    // so the test bounds the difference, not the tier.
    const [english, ...others] = asks.map((ask) => classifier.classify(user(ask)).strongProbability);
    for (const [i, p] of others.entries()) expect(Math.abs(p - (english ?? 0)), asks[i + 1]).toBeLessThan(0.1);
  });
  it("no longer prices a language a tier up: on the team's parallel set each language's mean stays within 0.08 of English", () => {
    const rows = readFileSync(path.join(repoRoot, "training/parallel-languages-dev.jsonl"), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as { request: { messages: { role: "user"; content: string }[] }; lang: string });
    const meanOf = (lang: string): number => {
      const scores = rows.filter((row) => row.lang === lang).map((row) => classifier.classify(row.request.messages).strongProbability);
      return scores.reduce((sum, x) => sum + x, 0) / scores.length;
    };
    const base = meanOf("en");
    // Before: Spanish +0.131, Portuguese +0.121, French +0.086 (the words' hash collisions with English slots).
    for (const lang of ["zh", "es", "de", "fr", "ja", "pt", "ru", "ko", "it"]) expect(Math.abs(meanOf(lang) - base), lang).toBeLessThan(0.08);
  });
});
