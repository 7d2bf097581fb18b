/**
 * Round 50's review: inputs written by the reviewer (not rows of any evaluation set) where round 50's readings fired on
 * turns they do not describe. A clock time or a length of time asked over a tool's figures ("Um wie viel Uhr …?", "¿por
 * cuánto tiempo …?", "на сколько человек …?") read as a difference; a change asked after the problem's sentence ended
 * ("is there an issue with the memo. rewrite it with an LRU", "…? Falls ja, bau einen Lock ein") read as a review; a
 * troubleshooting article ("How to solve error 0x80070005") read as a word problem under "step by step"; and a head that
 * announces another question ("second question here: …") read as more material for the anchor's work.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, u } from "./generalization-44.fixture.js";
import { afterMemoDiff } from "./generalization-50.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];

const flights = afterTool({
  system: "You are a travel booking agent. You can search flights and hotels and hold bookings.",
  ask: "flights MAD to AMS on 3 March, back on the 6th",
  tool: "search_flights",
  args: '{"from":"MAD","to":"AMS"}',
  result: "A) Iberia direct — €214 return, dep 07:10, 1 checked bag included\nB) Vueling direct — €139 return, dep 09:45, no checked bag (bag €38 each way)\nC) KLM direct — €198 return, dep 13:20, 1 checked bag included",
});

describe("a clock time, a length of time or a count asked over a tool's figures is no total with something added", () => {
  it("is not maths in German, Spanish, Portuguese, Italian, French and Russian", () => {
    for (const turn of [
      "Um wie viel Uhr fliegt der KLM-Flug ab?",
      "¿por cuánto tiempo me guardan la reserva de Vueling?",
      "por quanto tempo a reserva fica guardada?",
      "di quanto tempo è lo scalo con Iberia?",
      "j'ai droit à combien de bagages avec Iberia, et de combien de kilos ?",
    ]) {
      expect(both(flights(turn))).not.toContain("math");
    }
    const booking = afterTool({
      system: "Ты помощник по бронированию отелей.",
      ask: "покажи мою бронь",
      tool: "get_booking",
      args: '{"id":"H-5521"}',
      result: "Отель Савой, номер 412, заезд 12.03, выезд 15.03, 2 гостя, 3 ночи, 18 400 ₽",
    });
    expect(heuristic.classify(booking("а на сколько человек рассчитан номер?")).task.label).not.toBe("math");
  });
  it("still reads a difference asked with the same words as maths (controls)", () => {
    expect(both(flights("welcher ist mit Gepäck am günstigsten, und um wie viel?"))).toEqual(["math", "math"]);
    expect(both(flights("somos dos con una maleta cada uno, ¿cuál sale más barato sumando el equipaje y por cuánto?"))).toEqual(["math", "math"]);
  });
});

describe("a change asked after the problem's sentence has ended, in a coding run", () => {
  const diff = afterMemoDiff;
  it("is the change, not a review, when the condition ends with a full stop (en)", () => {
    expect(both(diff("is there an issue with the memo. rewrite it with an LRU"))).toEqual(["code_generation", "code_generation"]);
  });
  it("is the change when it is asked for the yes ('Falls ja, …')", () => {
    expect(both(diff("gibt es ein Problem, wenn zwei Aufrufe gleichzeitig kommen? Falls ja, bau einen Lock ein"))).toEqual(["code_generation", "code_generation"]);
  });
  it("still reads the problem asked alone as a review (controls)", () => {
    expect(both(diff("any issue with the memo if a price is updated in the db?"))).toEqual(["code_review", "code_review"]);
    expect(both(diff("gibt es ein Problem, wenn zwei Aufrufe gleichzeitig kommen?"))).toEqual(["code_review", "code_review"]);
  });
});

describe("step by step over a troubleshooting article a tool returned", () => {
  const article = (result: string) =>
    afterTool({ system: "You are the IT helpdesk assistant. You can search the knowledge base.", ask: "windows update keeps failing on my laptop", tool: "search_kb", args: '{"q":"windows update fails"}', result });
  it("is no word problem: 'solve the error' is no maths (en, de, fr)", () => {
    const en = article("KB-2291: How to solve error 0x80070005 during Windows 11 updates. Run the troubleshooter, reset the update components, then reboot. Applies to builds 22621 and 22631.");
    const de = article("KB-2291: So lösen Sie den Fehler 0x80070005 bei Updates unter Windows 11. Problembehandlung starten, Update-Komponenten zurücksetzen, neu starten. Gilt für Build 22621 und 22631.");
    const fr = article("KB-2291 : comment résoudre l'erreur 0x80070005 pendant les mises à jour de Windows 11. Lancez l'utilitaire, réinitialisez les composants, redémarrez. Builds 22621 et 22631.");
    expect(both(en("ok, step by step please"))).not.toContain("math");
    expect(both(de("Schritt für Schritt bitte"))).not.toContain("math");
    expect(both(fr("étape par étape, s'il te plaît"))).not.toContain("math");
  });
  it("still reads a problem to solve under the same words as maths (control)", () => {
    const problem = article("Exercise 4: solve for x: 3x + 7 = 22, then check the result by substituting it back.");
    expect(both(problem("ok, step by step please"))).toEqual(["math", "math"]);
  });
});

describe("a head that brings another question, not more material", () => {
  const translated: ChatMessage[] = [u('Translate into German: "The server will be restarted on Friday at 6 pm."'), { role: "assistant", content: "„Der Server wird am Freitag um 18 Uhr neu gestartet.“" }];
  it("asks the question, not the anchor's translation", () => {
    for (const turn of [
      "second question here: how many moons does Jupiter have and which one is the largest?",
      "another question here: how many moons does Jupiter have and which one is the largest?",
    ]) {
      expect(both([...translated, u(turn)])).not.toContain("translation");
    }
  });
  it("still inherits when the head presents a text (control)", () => {
    expect(both([...translated, u("this one too:\nThe office will be closed on Monday for the public holiday.")])).toEqual(["translation", "translation"]);
  });
});
