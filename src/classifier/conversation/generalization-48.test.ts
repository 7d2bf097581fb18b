/**
 * Round 48: the follow-up path's mechanisms, in several of the ten languages (team-written inputs, not rows of any
 * evaluation set): more of what the assistant's answer gave, and a consent that takes the offer's verb phrase as read
 * in the conversation.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { u } from "./generalization-44.fixture.js";
import { answeredShape, asksMoreItems } from "./answered-work.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const a = (content: string): ChatMessage => ({ role: "assistant", content });
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];
const reasonOf = (messages: ChatMessage[]): string => learned.classify(messages).taskReason ?? "";

const spanishLetter = [
  u("mi jefe no me contesta lo de las vacaciones de agosto"),
  a("Hola Marta:\n\nTe escribo de nuevo por las vacaciones del 4 al 18 de agosto que pedí el mes pasado.\n\n¿Podrías confirmarme antes del viernes?\n\nGracias,\nLuis"),
  u("otra versión más formal, por favor"),
];
const germanLetter = [
  u("der Vermieter antwortet nicht wegen der kaputten Heizung"),
  a("Sehr geehrter Herr Braun,\n\nich wende mich erneut an Sie wegen der Heizung in Wohnung 4B, die seit dem 12. November nicht funktioniert.\n\nBitte teilen Sie mir bis Freitag mit, wann sie repariert wird.\n\nMit freundlichen Grüßen\nSam Weber"),
  u("noch eine andere Version, etwas freundlicher"),
];

describe("another version of the letter the assistant wrote", () => {
  it("is a piece of writing, though the user's first turn was read as small talk or a question", () => {
    expect(both(spanishLetter)).toEqual(["creative_writing", "creative_writing"]);
    expect(both(germanLetter)).toEqual(["creative_writing", "creative_writing"]);
  });
  it("says which turn set the task: the assistant's answer", () => {
    expect(reasonOf(spanishLetter)).toMatch(/from turn 3: follow-up 'otra versión' asks for more of what turn 2 \(the assistant's answer\) gave/);
  });
});

const themes = (ask: string, intro: string, items: string[], more: string): ChatMessage[] => [u(ask), a(`${intro}\n${items.map((item) => `- ${item}`).join("\n")}`), u(more)];
const italianThemes = themes(
  "cosa dicono i clienti del nostro onboarding?",
  "Temi dagli ultimi ticket:",
  ["Le email finiscono nello spam", "L'import CSV fallisce con le date", "Nessuno trova il pulsante invita", "La prova finisce prima della prima sincronizzazione"],
  "altre idee, più concrete",
);
const russianThemes = themes(
  "что клиенты говорят про онбординг?",
  "Темы из последних обращений:",
  ["Письма попадают в спам", "Импорт CSV ломается на датах", "Никто не находит кнопку приглашения", "Пробный период кончается до первой синхронизации"],
  "ещё варианты, покороче",
);

describe("more items asked after a list the assistant gave", () => {
  it("asks for ideas, though the first turn was a question", () => {
    expect(both(italianThemes)).toEqual(["brainstorming", "brainstorming"]);
    expect(both(russianThemes)).toEqual(["brainstorming", "brainstorming"]);
  });
  it("leaves a constraint added with 'one more' to the work before it", () => {
    expect(asksMoreItems("add one more")).toBe(false);
    expect(asksMoreItems("10 more, edgier")).toBe(true);
    expect(asksMoreItems("more formal")).toBe(false);
  });
  it("reads a letter, a list and plain prose apart by their shape", () => {
    expect(answeredShape(germanLetter[1])).toBe("creative_writing");
    expect(answeredShape(italianThemes[1])).toBe("list");
    expect(answeredShape(a("Redis fits better here: sessions are small and read on every request."))).toBeUndefined();
  });
});

/** A plan for a Python helper, named in backticks, ending with an offer to write it; then a consent. */
const helperPlan = (ask: string, plan: string, consent: string): ChatMessage[] => [u(ask), a(plan), u(consent)];
const offers: [string, ChatMessage[]][] = [
  [
    "en",
    helperPlan(
      "we copy-paste the same retry logic for http calls in about 14 places in our python service. how would you clean this up?",
      "Plan:\n1. Add `http_client.py` with one `requests.Session` and a `urllib3.Retry` on it.\n2. A `get_json(path)` helper that raises on errors.\n3. Replace the 14 call sites.\n\nWant me to write it?",
      "go ahead",
    ),
  ],
  [
    "es",
    helperPlan(
      "copiamos la misma lógica de reintentos en unos 14 sitios de nuestro servicio en python. ¿cómo lo limpiarías?",
      "Plan:\n1. Un `http_client.py` con una `requests.Session` y un `urllib3.Retry`.\n2. Un helper `get_json(path)`.\n3. Cambiar las 14 llamadas.\n\n¿Quieres que lo escriba?",
      "sí, adelante",
    ),
  ],
  [
    "pt",
    helperPlan(
      "copiamos a mesma lógica de retry em uns 14 lugares do nosso serviço python. como você limparia isso?",
      "Plano:\n1. Um `http_client.py` com uma `requests.Session` e um `urllib3.Retry`.\n2. Um helper `get_json(path)`.\n3. Trocar as 14 chamadas.\n\nQuer que eu escreva?",
      "pode fazer",
    ),
  ],
  [
    "de",
    helperPlan(
      "wir kopieren dieselbe Retry-Logik an etwa 14 Stellen in unserem Python-Dienst. wie würdest du das aufräumen?",
      "Plan:\n1. Eine `http_client.py` mit einer `requests.Session` und `urllib3.Retry`.\n2. Ein Helfer `get_json(path)`.\n3. Die 14 Aufrufe ersetzen.\n\nSoll ich es schreiben?",
      "ja bitte",
    ),
  ],
  [
    "it",
    helperPlan(
      "copiamo la stessa logica di retry in circa 14 punti del nostro servizio python. come lo sistemeresti?",
      "Piano:\n1. Un `http_client.py` con una `requests.Session` e `urllib3.Retry`.\n2. Un helper `get_json(path)`.\n3. Sostituire le 14 chiamate.\n\nVuoi che lo scriva?",
      "sì, vai",
    ),
  ],
];

describe("a consent to an offer to write what the plan named", () => {
  it.each(offers)("takes the offer's verb phrase as read in the conversation: code (%s)", (_lang, messages) => {
    expect(learned.classify(messages).task.label).toBe("code_generation");
  });
  it("names the turn and the offer", () => {
    expect(reasonOf(offers[0]![1])).toMatch(/^task code_generation from turn 3: follow-up 'go ahead' accepts the offer in turn 2 \('write it'\)/);
  });
  it("keeps an offer of a written note a piece of writing", () => {
    const note = [u("should our support team reply to refund requests within 24 or 48 hours?"), a("24 hours is worth it: refund requests are few and anxious customers escalate. I can draft the policy note for the team if you want."), u("yes please")];
    expect(learned.classify(note).task.label).toBe("creative_writing");
  });
});
