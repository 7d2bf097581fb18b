/**
 * Round 50: the shapes of the round's development set (conversation-dev-232), as inputs written for this test in several
 * of the ten languages (not rows of any evaluation set). A follow-up whose head only presents more material of the
 * anchor's kind ("Die Tabelle hier bitte auch:", "agora desse aqui:") keeps the anchor's task; a total asked once
 * something is added to a tool's figures is maths; "step by step" over a problem a tool returned is maths; a problem
 * asked of the code under a condition ("il y a un souci si …?") is a review in a coding run.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, u } from "./generalization-44.fixture.js";
import { afterMemoDiff } from "./generalization-50.fixture.js";
import { detectFollowUp } from "./follow-up.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];
const a = (content: string): ChatMessage => ({ role: "assistant", content });

describe("a follow-up that brings more material of the anchor's kind", () => {
  const translated: ChatMessage[] = [u("Übersetze bitte ins Englische: „Der Server wird am Freitag um 18 Uhr neu gestartet.“"), a("“The server will be restarted on Friday at 6 pm.”")];
  const extracted: ChatMessage[] = [
    u("Extraia nome, e-mail e cidade deste cadastro em JSON:\nCliente: Ana Ribeiro — ana.ribeiro@uol.com.br — Curitiba — desde 2019"),
    a('{"nome": "Ana Ribeiro", "email": "ana.ribeiro@uol.com.br", "cidade": "Curitiba"}'),
  ];
  const summarized: ChatMessage[] = [
    u("Fasse den Bericht in zwei Sätzen zusammen:\nDer Umsatz im dritten Quartal stieg um 4 %, getragen vom Onlinehandel. Die Filialen verloren weiter Kunden, zwei Standorte schließen im Frühjahr."),
    a("Der Umsatz stieg im dritten Quartal um 4 %, vor allem online. Die Filialen schrumpfen, zwei schließen im Frühjahr."),
  ];
  it("keeps a translation when the table comes with 'hier bitte auch:' (de)", () => {
    const table = "Die hier bitte auch:\n| Raum | Zustand |\n|---|---|\n| Keller | feucht |\n| Dachboden | trocken, aber kalt |";
    expect(both([...translated, u(table)])).toEqual(["translation", "translation"]);
  });
  it("keeps an extraction when the next record comes with 'agora desse aqui:' (pt), its figures notwithstanding", () => {
    const record = "agora desse aqui:\nCarlos Mendes, carlos.m@gmail.com, mora em Recife, cliente desde 03/2021, 2 pedidos em aberto";
    expect(both([...extracted, u(record)])).toEqual(["extraction", "extraction"]);
  });
  it("keeps a summary when the second part comes after thanks (de)", () => {
    const part = "Danke! Hier der zweite Teil:\nIm vierten Quartal rechnet der Vorstand mit stabilen Zahlen. Die Preise für Energie belasten die Marge, ein Sparprogramm soll 12 Millionen Euro bringen.";
    expect(both([...summarized, u(part)])).toEqual(["summarization", "summarization"]);
    expect(learned.classify([...summarized, u(part)]).taskReason).toMatch(/follow-up 'danke! hier der zweite teil' inherits turn 1/);
  });
  it("reads the presenting heads of other languages as follow-ups", () => {
    const material = "\nThe quarterly board pack, second half: revenue by region, headcount and the hiring plan.";
    for (const head of ["this one next:", "ahora este:", "noch die hier:", "la suite :", "e questa anche:", "ещё вот этот файл:", "이 파일도 부탁해:"]) {
      expect(detectFollowUp(`${head}${material}`.toLowerCase())?.kind).toBe("inherit");
    }
  });
  it("reads an ask of its own after the material as the turn's work (en, es)", () => {
    const text = "Der Vorstand erwartet stabile Zahlen im vierten Quartal; ein Sparprogramm soll 12 Millionen Euro bringen.";
    expect(both([...summarized, u(`and this one too:\n${text}\n\ntranslate it into English`)])).toEqual(["translation", "translation"]);
    expect(both([...summarized, u(`aquí la segunda parte:\n${text}\n\ntradúcelo al español`)])).toEqual(["translation", "translation"]);
    expect(both([...summarized, u(`and this one too:\n${text}\n\nDanke.`)])).toEqual(["summarization", "summarization"]);
  });
  it("leaves a head with its own work, a time's colon, or nothing after it to the other readings", () => {
    expect(detectFollowUp("now summarize this one too:\nThe quarterly board pack, second half: revenue by region.")?.phrase).not.toBe("now summarize this one too");
    expect(detectFollowUp("third page tonight. it's 3:40am. I have a demo at 10, just tell me something nice")).toBeUndefined();
    expect(detectFollowUp("here is the contract:\nThe supplier is liable only for gross negligence.")).toBeUndefined();
  });
});

describe("a total asked once something is added to a tool's figures", () => {
  const flights = afterTool({
    system: "You are a travel booking agent. You can search flights and hotels and hold bookings.",
    ask: "flights MAD to AMS on 3 March, back on the 6th",
    tool: "search_flights",
    args: '{"from":"MAD","to":"AMS"}',
    result: "A) Iberia direct — €214 return, 1 checked bag included\nB) Vueling direct — €139 return, no checked bag (bag €38 each way)\nC) KLM direct — €198 return, 1 checked bag included",
  });
  it("is maths in English, Spanish, German and Chinese", () => {
    for (const turn of [
      "we're two people with one bag each. which one is cheapest with the bag fees added?",
      "somos dos con una maleta cada uno, ¿cuál sale más barato sumando el equipaje y por cuánto?",
      "wir sind zu zweit mit je einem Koffer: welcher ist mit Gepäckgebühr am günstigsten, und um wie viel?",
      "两个人各带一件托运行李，加上行李费哪个最便宜？",
    ]) {
      expect(both(flights(turn))).toEqual(["math", "math"]);
    }
    expect(learned.classify(flights("which one is cheapest with the bag fees added?")).taskReason).toMatch(/asks for a figure computed from the tool's results/);
  });
  it("leaves a decision asked beside the amount to analysis", () => {
    const turn = "should we go with the cheap one and add bags, or pay for Iberia? by how much would it change, talk me through the trade-offs";
    expect(learned.classify(flights(turn)).task.label).not.toBe("math");
  });
});

describe("step by step over a problem a tool returned", () => {
  const homework = afterTool({
    system: "Du bist der Lernassistent einer Nachhilfeplattform und kannst die Abgaben der Schüler lesen.",
    ask: "öffne die Abgabe von Lena, Aufgabe 2",
    tool: "get_submission",
    args: '{"student":"lena","q":2}',
    result: "Aufgabe: Ein Rechteck hat einen Umfang von 50 cm. Die Länge ist 5 cm größer als die Breite. Berechne die Fläche.\nAntwort der Schülerin: 150 cm²",
  });
  it("is maths, whatever language asks for the steps", () => {
    for (const turn of ["Was ist die richtige Lösung? Rechne es Schritt für Schritt vor", "what's the right answer? work it out step by step", "正确答案是多少？一步一步算给我看"]) {
      expect(both(homework(turn))).toEqual(["math", "math"]);
    }
    expect(learned.classify(homework("what's the right answer? work it out step by step")).taskReason).toMatch(/the problem in turn 4 names maths/);
  });
  it("stays reasoning when the problem is a puzzle", () => {
    const puzzle = afterTool({
      system: "You are a tutoring assistant and can read students' submissions.",
      ask: "open Tom's answer to question 5",
      tool: "get_submission",
      args: '{"student":"tom","q":5}',
      result: "Question: Of 3 islanders, 1 always lies and 2 tell the truth. Ana says Ben lies; Ben says Cai lies. Who is the liar?\nStudent answer: Ben",
    });
    // The heuristic reads the step phrase as reasoning and the guard leaves it (a reasoning cue in the problem); the learned
    // model reads this turn as maths on its own, before and after this round, so it says nothing of the guard.
    expect(heuristic.classify(puzzle("what's the right answer? step by step")).task.label).toBe("deep_reasoning");
  });
});

describe("a problem asked of the code under a condition, in a coding run", () => {
  const diff = afterMemoDiff;
  it("is a review (fr, pt, ja), even when the condition names a change of the data", () => {
    for (const turn of [
      "il y a un souci si deux appels arrivent en même temps, ou si un prix est modifié ?",
      "tem algum problema se o preço for alterado no banco depois?",
      "同時に2つ呼ばれたら問題ある？",
    ]) {
      expect(both(diff(turn))).toEqual(["code_review", "code_review"]);
    }
  });
  it("leaves a change asked to be the change", () => {
    expect(both(diff("fix it so there's no problem if two calls come in at once"))).toEqual(["code_generation", "code_generation"]);
    expect(both(diff("il y a un souci si le prix change ? si oui, ajoute une invalidation"))).toEqual(["code_generation", "code_generation"]);
  });
});
