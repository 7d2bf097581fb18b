/**
 * Round 53: the classes of the round's development set (conversation-dev-235: support, data, localization and student
 * writers), as inputs written for this test in several of the ten languages (not rows of any evaluation set). A yes with
 * how the offered piece should sound consents to the offer; "which are A and which B?" over items a tool brought sorts them;
 * a fact put to confirm with a tag of another language, or read as small talk after a tool's text, is a quick answer; a
 * status update asked to be written is a piece of writing; a short change asked in a coding run stays the change whatever
 * error word it holds.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, inLongRun, u } from "./generalization-44.fixture.js";
import { consentWithManner } from "./consent-with-manner.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];

const offered = (ask: string, offer: string, turn: string): ChatMessage[] => [u(ask), { role: "assistant", content: offer }, u(turn)];

describe("a yes with how the offered piece should sound", () => {
  it("takes the offered work (en, es, de, fr, it, zh)", () => {
    const late = "The parcel for order 4471 is stuck at the depot because of a storm.";
    expect(both(offered("order 4471 is late, what happened?", `${late} Would you like me to write a message to the customer explaining the delay?`, "yes please, short and friendly"))).toEqual(["creative_writing", "creative_writing"]);
    expect(both(offered("el pedido 4471 va tarde, ¿qué pasó?", "El paquete está retenido por una tormenta. ¿Quieres que le escriba un correo al cliente explicando el retraso?", "sí, breve y formal"))).toEqual(["creative_writing", "creative_writing"]);
    expect(both(offered("Bestellung 4471 ist verspätet, was ist los?", "Das Paket hängt wegen eines Sturms im Depot fest. Soll ich eine Nachricht an den Kunden schreiben, die die Verspätung erklärt?", "ja, kurz und höflich"))).toEqual(["creative_writing", "creative_writing"]);
    expect(both(offered("la commande 4471 a du retard, pourquoi ?", "Le colis est bloqué au dépôt à cause d'une tempête. Voulez-vous que je rédige un message au client pour expliquer le retard ?", "oui, court et poli"))).toEqual(["creative_writing", "creative_writing"]);
    expect(learned.classify(offered("l'ordine 4471 è in ritardo, cosa succede?", "Il pacco è fermo al deposito per una tempesta. Vuoi che scriva un messaggio al cliente per spiegare il ritardo?", "sì, breve e cordiale")).task.label).toBe("creative_writing");
    expect(learned.classify(offered("4471号订单延误了，怎么回事？", "包裹因暴风雨滞留在仓库。要我帮你写一封邮件给客户解释延误吗？", "好的，简短礼貌一点")).task.label).toBe("creative_writing");
  });
  it("reads only a yes followed by length or tone words", () => {
    expect(consentWithManner("はい、短く丁寧に")).toBe(true);
    expect(consentWithManner("네, 짧고 정중하게")).toBe(true);
    expect(consentWithManner("ok go")).toBe(false);
    expect(consentWithManner("sí, por favor")).toBe(false);
    expect(consentWithManner("yes, and add the tracking number")).toBe(false);
    expect(consentWithManner("sí, pero en inglés")).toBe(false);
  });
  it("is no consent without an offer before it", () => {
    const answered = [u("what's the capital of Peru?"), { role: "assistant" as const, content: "Lima." }, u("ok, nice and short, thanks")];
    expect(learned.classify(answered).taskReason ?? "").not.toMatch(/accepts the offer/);
  });
});

const INBOX = "You are an inbox assistant. You can list, read and label the user's emails.";
const mails = ["Payroll: your payslip is ready", "CEO: board deck needed by 11:00 today", "Newsletter: 10 tips for spring", "IT: password expires tomorrow", "Landlord: water off Thursday", "Client: contract signature overdue"].map((s, i) => `${i + 1}. ${s}`).join("\n");
const inbox = afterTool({ system: INBOX, ask: "check my inbox", tool: "list_emails", args: '{"limit":6}', result: mails });

describe("which are one and which the other, over items a tool brought", () => {
  it("sorts them (en, de, fr, pt)", () => {
    expect(both(inbox("which are urgent and which can wait?"))).toEqual(["classification", "classification"]);
    expect(both(inbox("welche sind dringend und welche können warten?"))).toEqual(["classification", "classification"]);
    expect(both(inbox("lesquels sont urgents et lesquels peuvent attendre ?"))).toEqual(["classification", "classification"]);
    expect(both(inbox("quais são urgentes e quais podem esperar?"))).toEqual(["classification", "classification"]);
  });
  it("leaves a judgement asked of them", () => {
    expect(learned.classify(inbox("which are urgent and which would you ignore? be honest")).task.label).not.toBe("classification");
  });
});

const KB = "You are a support assistant. Search the knowledge base before answering.";
const policy = afterTool({ system: KB, ask: "what's the policy on moving a booking?", tool: "search_kb", args: '{"q":"move booking"}', result: "Article 31: Bookings can be moved free of charge up to 48 hours before the start. Later moves cost 20% of the fare. Group bookings cannot be moved online." });

describe("a fact put to confirm after a tool's text", () => {
  it("is a quick answer, read as small talk before (en, es, de, it)", () => {
    expect(both(policy("so a group booking can't be moved online at all, right?"))).toEqual(["simple_qa", "simple_qa"]);
    expect(heuristic.classify(policy("entonces una reserva de grupo no se puede mover online, ¿verdad?")).task.label).toBe("simple_qa");
    expect(heuristic.classify(policy("also kostet eine Umbuchung einen Tag vorher 20 Prozent, oder?")).task.label).toBe("simple_qa");
    expect(heuristic.classify(policy("quindi spostarla 3 giorni prima è gratis, giusto?")).task.label).toBe("simple_qa");
  });
  it("leaves a taste put to agree with small talk", () => {
    expect(heuristic.classify(policy("that's the best policy of any airline though, right? lol")).task.label).not.toBe("simple_qa");
  });
});

describe("a status update asked to be written", () => {
  it("is a piece of writing (en, es, it)", () => {
    expect(heuristic.classify([u("write a status update for the customers about tonight's maintenance, calm tone")]).task.label).toBe("creative_writing");
    expect(heuristic.classify([u("escribe una actualización de estado sobre la caída del login, sin culpar a nadie")]).task.label).toBe("creative_writing");
    expect(heuristic.classify([u("scrivi un aggiornamento di stato per il team sul rilascio di stasera")]).task.label).toBe("creative_writing");
  });
  it("leaves an update written to a store", () => {
    expect(heuristic.classify([u("write the update to the database")]).task.label).not.toBe("creative_writing");
  });
});

const OPS = "You are the SRE assistant for the web team. You may run read-only commands on hosts over ssh_exec.";
const journal = Array.from({ length: 30 }, (_, i) => `Dec 06 10:${String(i).padStart(2, "0")}:11 web-2 php-fpm[812]: WARNING: [pool www] server reached pm.max_children setting (20)`).join("\n");
const inspected = afterTool({ system: OPS, ask: "web-2 is slow, check php-fpm", tool: "ssh_exec", args: '{"host":"web-2","command":"journalctl -u php-fpm --since -1h | tail -n 30"}', result: journal });

describe("an action verb whose object is no host's, in an ops run that inspected hosts", () => {
  it("asks no change of the host (en, es, fr)", () => {
    expect(learned.classify(inspected("alright, kill the jargon in your last answer")).task.label).not.toBe("code_generation");
    expect(learned.classify(inspected("vale, limpia el texto de tu respuesta")).task.label).not.toBe("code_generation");
    expect(heuristic.classify(inspected("d'accord, relance-moi demain")).task.label).not.toBe("code_generation");
    expect(learned.classify(inspected("ok, just free up my afternoon")).task.label).not.toBe("code_generation");
  });
  it("keeps an action on the host the change", () => {
    expect(both(inspected("ok, restart php-fpm on web-2"))).toEqual(["code_generation", "code_generation"]);
    expect(both(inspected("vale, reinicia el servicio"))).toEqual(["code_generation", "code_generation"]);
  });
});

describe("what a thing is, asked in Japanese", () => {
  it("is a quick answer under the heuristic ('とは何か')", () => {
    expect(heuristic.classify([u("光合成とは何か、簡単に教えて")]).task.label).toBe("simple_qa");
  });
});

describe("a short change asked in a coding run, holding an error word", () => {
  const CODING = "You are Claude Code, Anthropic's official CLI for Claude. You are an interactive CLI tool that helps users with software engineering tasks.";
  const read = (turn: string): ChatMessage[] => [
    ...inLongRun("глянь функцию parsePort в src/config.ts", "Read", '{"file_path":"src/config.ts"}', "export function parsePort(s: string): number {\n  return Number(s);\n}").map((m) => (m.role === "system" ? { ...m, content: CODING } : m)),
    { role: "assistant", content: "parsePort просто вызывает Number(s): для пустой строки вернёт 0, для 'abc' — NaN." },
    u(turn),
  ];
  it("is the change (ru, de, en)", () => {
    expect(learned.classify(read("добавь валидацию диапазона с ошибкой и тест на это")).task.label).toBe("code_generation");
    expect(learned.classify(read("füge eine Prüfung auf NaN mit Fehlermeldung hinzu")).task.label).toBe("code_generation");
    expect(learned.classify(read("add a guard that throws an error on NaN")).task.label).toBe("code_generation");
    expect(learned.classify(read("добавь валидацию диапазона с ошибкой и тест на это")).taskReason).toMatch(/'добавь' asks a change/);
  });
  it("leaves a review asked beside it", () => {
    expect(learned.classify(read("check why it returns NaN on errors")).task.label).not.toBe("code_generation");
    expect(learned.classify(read("добавь это в ревью: почему тут ошибка?")).task.label).not.toBe("code_generation");
  });
});
