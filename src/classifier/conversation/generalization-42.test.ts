/**
 * Round 42: classes read off the independent set dev-193, each tested with look-alikes in other words, shapes and
 * languages (team-written inputs, not rows of any evaluation set), beside the look-alikes that must keep their reading.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { findCues } from "./cue-matcher.js";
import type { ChatMessage } from "../../core/types.js";

const learned = createClassifier("learned");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const sys = (content: string): ChatMessage => ({ role: "system", content });
const u = (content: string): ChatMessage => ({ role: "user", content });
const a = (content: string): ChatMessage => ({ role: "assistant", content });

const MIGRATION =
  "\n\nALTER TABLE invoices ADD COLUMN currency char(3) NOT NULL DEFAULT 'EUR';\nCREATE INDEX idx_invoices_currency ON invoices(currency);\nUPDATE invoices SET currency = 'USD' WHERE region = 'us';\nALTER TABLE invoices ADD CONSTRAINT invoices_currency_chk CHECK (currency IN ('EUR','USD','GBP'));";

describe("a review asked by name above the code", () => {
  it("is code review under a system prompt in another language", () => {
    for (const system of ["Eres un revisor de código para el equipo de plataformas. Revisa migraciones SQL pensando en bloqueos y reversibilidad.", "Tu es un relecteur de code pour l'équipe data. Relis les migrations en pensant aux verrous.", "Sei un revisore di codice per il team backend. Controlla le migrazioni pensando ai lock."]) {
      expect(taskOf([sys(system), u(`can u review this migration before I merge? invoices has ~90M rows${MIGRATION}`)]), system).toBe("code_review");
    }
    expect(taskOf([sys("Eres un revisor de código para el equipo de plataformas. Revisa migraciones SQL pensando en bloqueos y reversibilidad."), u(`please look over this before it ships${MIGRATION}`)])).toBe("code_review");
  });
  it("stays the change when a fix or rewrite is asked with it", () => {
    expect(taskOf([u(`review this migration and rewrite it so it doesn't lock the table${MIGRATION}`)])).toBe("code_generation");
  });
  it("reads the reviewer named in a system prompt in the cue languages", () => {
    for (const text of ["eres un revisor de código", "tu es un relecteur de code", "sei un revisore di codice", "você é um revisor de código", "du bist ein code-reviewer", "ты ревьюер кода", "あなたはコードレビュアーです", "you are a code reviewer"]) {
      expect(findCues(text).some((hit) => hit.task === "code_review"), text).toBe(true);
    }
  });
});

describe("a consent to an offer that names no work", () => {
  const coach = (offer: string): ChatMessage[] => [sys("Nightly, a sleep coach. Tools: fetch_sleep(days)."), u("slept terribly again"), a(offer), u("sure")];
  it("accepts the work the sentence before it offered", () => {
    expect(taskOf(coach("Sorry to hear that. Your ring logged 5h10m with 7 wake-ups. I could pull the last month and compare your rough nights against your good ones — bedtime, caffeine, room temperature — to see what they share. Want me to?"))).toBe("analysis");
    expect(taskOf(coach("That's rough. I can translate your doctor's sleep-hygiene leaflet from German into English. Shall I?"))).toBe("translation");
  });
  it("keeps the earlier work when nothing before the bare offer names any", () => {
    const messages: ChatMessage[] = [u("translate 'see you tomorrow' into French"), a("« À demain ». Want me to?"), u("sure")];
    expect(taskOf(messages)).toBe("translation");
  });
});

describe("odds asked, with a comparison after", () => {
  it("is maths, not a comparison to weigh", () => {
    for (const turn of [
      "the lottery is 6 numbers from 1-49. i bought 5 different tickets. what are my actual odds of winning the jackpot, and how does that compare to buying 1 ticket for 5 different draws?",
      "two dice: what are the odds of rolling a total of 9, and how does that compare with rolling doubles?",
      "a raffle sells 400 tickets and I hold 6. what are my chances of winning, compared to my friend who holds 10?",
    ]) {
      expect(taskOf([u(turn)]), turn).toBe("math");
    }
  });
  it("leaves the chances of rain alone: no game of chance, no sum", () => {
    expect(taskOf([u("what are the chances of rain tomorrow in Lisbon? the app says 30%")])).not.toBe("math");
  });
});

describe("a summary named at the opening over a table of figures", () => {
  const kpis = "| metric | Q2 | Q3 | QoQ |\n|---|---|---|---|\n| ARR ($M) | 18.4 | 20.1 | +9.2% |\n| Net revenue retention | 112% | 108% | -4pp |\n| New logos | 46 | 39 | -15% |";
  it("is summarization, though the figures are a business's", () => {
    for (const turn of [`sum this up in 3 bullets for the board:\n\n${kpis}`, `can you sum all this up for me?\n\n${kpis}`]) {
      expect(taskOf([u(turn)]), turn).toBe("summarization");
    }
  });
  it("stays analysis when the figures are asked to be read", () => {
    expect(taskOf([u(`why did net revenue retention drop while ARR grew? what should worry us?\n\n${kpis}`)])).toBe("analysis");
  });
});
