/**
 * Twenty-fifth round, what a turn with figures asks: a fact by its measure, a word problem that puts its question first, a what-if after a worked sum.
 * The round as a whole: what a turn that carries figures asks for, read from its own ask, in several of the ten languages,
 * each with the look-alike it must leave alone. Team-written, not from any evaluation set. Each rule is tested on the
 * guard that holds it (the reading handed to it is the misreading it corrects) and, where the shipped readings miss
 * the turn, end to end.
 * Its other classes are the other generalization-25-*.test.ts files.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { normAskGuard } from "./norm-asks.js";
import { readConversationCached, type ConversationReading } from "./read-conversation.js";
import { referredReading } from "./referred-turn.js";
import { asksWhatIfWithFigures } from "./follow-up-figures.js";
import type { ConversationClassification } from "../classifier.js";
import type { ChatMessage } from "../../core/types.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (content: string, classifier = learned): string => classifier.classify([{ role: "user", content }]).task.label;
const read = (content: string): ConversationReading => readConversationCached([{ role: "user", content }]);

describe("a fact asked by its measure, with the writer's figure after it", () => {
  it("is a quick answer in several languages", () => {
    for (const text of [
      "How tall is Mont Blanc these days? My son's book says 4,810 m but I keep reading 4,805.",
      "Quanto è alto il Monte Bianco adesso? Sul libro di mio figlio c'è 4.810 m, ma online leggo 4.805.",
      "A quelle altitude commence le mal des montagnes ? On part à 3 600 m le mois prochain.",
      "Wie tief ist der Bodensee an der tiefsten Stelle? Wir tauchen am Samstag auf 40 m.",
      "東京はロンドンより何時間進んでいますか？3月に向こうの朝9時から会議があります。",
    ]) {
      expect(normAskGuard("math", read(text))?.task, text).toBe("simple_qa");
    }
    expect(taskOf("Quanto è alto il Monte Bianco adesso? Sul libro di mio figlio c'è 4.810 m, ma online leggo 4.805.", heuristic)).toBe("simple_qa");
  });

  it("leaves a word problem that asks the same words over its own figures alone", () => {
    expect(normAskGuard("math", read("How far is it from Lyon to Paris if a train at 240 km/h takes 1 h 50 min? Round to the km."))).toBeUndefined();
    // The same problem with its question first: the figures after it are the problem's, not the writer's situation.
    expect(normAskGuard("math", read("How far is it from Lyon to Paris? A train at 240 km/h takes 1 h 50 min."))).toBeUndefined();
    expect(normAskGuard("math", read("Wie hoch ist der Turm, wenn sein Schatten 24 m lang ist und die Sonne 35° hoch steht? Bitte mit Rechenweg, 2 Nachkommastellen."))).toBeUndefined();
  });
});

describe("a what-if after the sum the assistant worked out from figures given without a question", () => {
  // The turn the what-if refers to, as the model may read figures given without a question: not a sum.
  const notSum: ConversationClassification = { task: { label: "analysis", confidence: 0.6 }, difficulty: { label: "standard", confidence: 0.5 }, strongProbability: 0.3 };
  const referred = (messages: ChatMessage[]): string | undefined => referredReading(messages, readConversationCached(messages), () => notSum)?.result.task.label;
  const lease: ChatMessage[] = [
    { role: "user", content: "Estoy mirando un renting: 48 meses, 349 € al mes, 1.500 € de entrada y 10.000 km al año incluidos." },
    { role: "assistant", content: "En total son 18.252 € en los cuatro años (1.500 + 48 × 349), sin seguro ni mantenimiento." },
  ];
  it("is that sum again, with the figures changed", () => {
    expect(referred([...lease, { role: "user", content: "el contrato pone 0,09 € por km extra. ¿y si al final hago 16.000 al año?" }])).toBe("math");
    expect(referred([...lease, { role: "user", content: "contract says 0.09 per extra km. what if I actually do 16,000 km a year?" }])).toBe("math");
  });

  it("leaves a what-if after a choice weighed with sums in it, and after code, alone", () => {
    expect(referred([
      { role: "user", content: "need help choosing between 2 flats. A: 1,150/month, 48 m², 10 min walk to work. B: 980/month, 55 m², 45 min by bus" },
      { role: "assistant", content: "B is 170 a month cheaper (2,040 a year = 12 × 170) and 7 m² bigger; A saves you about 70 minutes of commuting a day, roughly 25 hours a month. If your time is worth more than about 7 an hour to you, A wins; otherwise B, especially if you can use the bus time." },
      { role: "user", content: "what if the bus pass costs 49 a month" },
    ])).toBeUndefined();
    expect(referred([
      { role: "user", content: "our http client gives up too early on the slow endpoint: 10 requests out of 400 fail, timeout 30" },
      { role: "assistant", content: "Raise the timeout:\n\n```python\nclient = Client(timeout=30)\nretries = 3 * 2\n```" },
      { role: "user", content: "what if I set it to 60?" },
    ])).toBeUndefined();
  });
});

describe("review fixes: a word problem that puts its question first", () => {
  it("stays maths when the figures after the question carry a rate, an angle, a relation or several values", () => {
    for (const text of [
      "How old is Tom now? Five years ago he was 3 times as old as his son, who is 14 today.",
      "At what temperature do the two scales agree? Celsius and Fahrenheit are related by F = 1.8C + 32.",
      "Quanto dista il paese? Cammino a 4,5 km/h e ci metto 2 ore e 40 minuti.",
      "How tall is the tree? Its shadow is 15 m long and the sun is 40° above the horizon.",
    ]) {
      expect(normAskGuard("math", read(text)), text).toBeUndefined();
      expect(taskOf(text), text).toBe("math");
    }
    for (const text of [
      "这个旗杆有多高？影子长12米，太阳高度角是40度，请算一下。",
      "Как далеко гроза? Гром слышно через 6 секунд после вспышки, звук идёт 340 м/с.",
      "What's the time difference between these two log timestamps? 2024-03-01 08:15:22 and 2024-03-01 11:02:09",
      "Wie hoch ist der Baum? Sein Schatten ist 12 m lang und die Sonne steht 35° hoch.",
      "¿A qué distancia está el pueblo? Camino a 5 km/h y tardo 1 hora y 20 minutos.",
      "À quelle distance est l'orage ? Le tonnerre arrive 4 secondes après l'éclair, à 340 m/s.",
    ]) {
      expect(normAskGuard("math", read(text)), text).toBeUndefined();
    }
  });
});

describe("review fixes: a what-if after a worked sum that asks for writing", () => {
  const party: ChatMessage[] = [
    { role: "user", content: "Planning my son's birthday party: 12 kids, food is 8.50 per kid and the cake is 35." },
    { role: "assistant", content: "That's 137 in total (12 × 8.50 + 35)." },
  ];
  const toast: ChatMessage[] = [
    { role: "user", content: "Best man toast for Tom and Anna's wedding, 5 minutes, about 130 words a minute." },
    { role: "assistant", content: "That's about 650 words (5 × 130 = 650)." },
  ];
  const taskOfTurns = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
  it("is the writing asked, not the sum again", () => {
    for (const messages of [
      [...party, { role: "user" as const, content: "what if we do a pirate theme for 20 kids and you write the invitation" }],
      [...party, { role: "user" as const, content: "And what if you made up a little song for the 12 kids" }],
      [...toast, { role: "user" as const, content: "what if I only get 3 minutes and you write it for me about Tom and Anna" }],
      [...party, { role: "user" as const, content: "y si somos 20 niños y me escribes un poema para la invitación" }],
    ]) {
      const last = messages[messages.length - 1]?.content;
      expect(referredReading(messages, readConversationCached(messages), () => learned.classify(messages.slice(0, 1)))?.result.task.label, String(last)).toBeUndefined();
    }
    expect(taskOfTurns([...party, { role: "user", content: "what if we do a pirate theme for 20 kids and you write the invitation" }])).toBe("creative_writing");
  });

  it("leaves a what-if without figures of its own after a weighed choice alone", () => {
    const flats: ChatMessage[] = [
      { role: "user", content: "need help choosing between 2 flats. A: 1,150/month, 48 m², 10 min walk to work. B: 980/month, 55 m², 45 min by bus" },
      { role: "assistant", content: "B is 170 a month cheaper (2,040 a year = 12 × 170) and 7 m² bigger; A saves you about 70 minutes of commuting a day." },
      { role: "user", content: "the bus pass is 49 a month. what if I take B" },
    ];
    expect(referredReading(flats, readConversationCached(flats), () => learned.classify(flats.slice(0, 1)))).toBeUndefined();
  });
});

describe("review fixes: the last sentence of a long run of punctuation", () => {
  it("is found in linear time", () => {
    const started = performance.now();
    expect(asksWhatIfWithFigures(`what if 3${".".repeat(80_000)} x`, true)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
