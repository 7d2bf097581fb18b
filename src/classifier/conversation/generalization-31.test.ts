/**
 * Thirty-first round: classes read off a fresh development set (`training/conversation-dev-173.jsonl`), each with the
 * look-alike it must leave alone. Team-written inputs, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { findCues } from "./cue-matcher.js";
import { detectFollowUp } from "./follow-up.js";
import type { ChatMessage } from "../../core/types.js";
import { afterText, agentTurn } from "./turns.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[], classifier = learned): string => classifier.classify(messages).task.label;
const one = (text: string): ChatMessage[] => [{ role: "user", content: text }];
const cueTasks = (text: string): string[] => findCues(text.toLowerCase()).filter((cue) => cue.strong).map((cue) => cue.task);

describe("rows picked out of a tool's result, in the other cue languages", () => {
  const orders = "PED-201 | Valencia | entregado 10:05\nPED-202 | Murcia | en reparto\nPED-203 | Alicante | retenido: dirección incompleta\nPED-204 | Elche | entregado 12:40\nPED-205 | Castellón | en reparto";
  const system = "Eres el asistente de atención al cliente de una mensajería regional. Consultas los envíos del día.";

  it("reads a plural which-question with some fields only as extraction", () => {
    const messages = agentTurn(system, "envíos de hoy de la cuenta 5520", "envios_hoy", "{\"cuenta\": \"5520\"}", orders, "¿cuáles siguen sin entregar? solo el número de pedido, nada más");
    for (const classifier of [learned, heuristic]) expect(taskOf(messages, classifier)).toBe("extraction");
    const italian = agentTurn(system, "envíos de hoy", "envios_hoy", "{}", orders, "quali di questi sono ancora in consegna? solo il codice");
    expect(taskOf(italian)).toBe("extraction");
  });

  it("leaves one item asked for alone", () => {
    const single = agentTurn(system, "envíos de hoy de la cuenta 5520", "envios_hoy", "{\"cuenta\": \"5520\"}", orders, "¿cuál se entregó primero? solo la ciudad");
    expect(taskOf(single)).not.toBe("extraction");
  });
});

describe("a list sorted into groups the turn names", () => {
  it("reads 'dividili in A, B e C' and 'agrúpalos en A y B' as classification", () => {
    const tools = "Ecco la lista: biglietto del treno, regalo per la nonna, abbonamento palestra, visita oculistica, cena aziendale";
    expect(taskOf(afterText("cosa ho speso questo mese?", "dividili in lavoro, famiglia e salute", tools))).toBe("classification");
    expect(taskOf(one("Mis compras de la semana: pan, detergente, tomates, pilas, leche. Agrúpalas en comida y casa."))).toBe("classification");
    expect(taskOf(one("Sépare-les en fruits, légumes et épicerie : pommes, riz, carottes, poires, pâtes"))).toBe("classification");
    expect(cueTasks("agrúpalos en fijos y variables")).toContain("classification");
  });

  it("leaves equal parts, and a split into teams, alone", () => {
    expect(taskOf(one("Tengo 24 alumnos, divídelos en grupos de 5: ¿cuántos grupos salen y cuántos sobran?"))).toBe("math");
    expect(taskOf(one("we split into two teams, red and blue, who should start?"))).not.toBe("classification");
  });
});

describe("voseo forms of the summarising and writing verbs", () => {
  it("names a summary by 'resumime' and 'me resumís'", () => {
    expect(cueTasks("che, ¿me resumís esta nota? no tengo tiempo")).toContain("summarization");
    expect(cueTasks("resumime esto en dos líneas")).toContain("summarization");
    expect(taskOf(one("oye, ¿me resumís esta noticia al toque? 'El municipio cerrará la piscina del parque todo febrero por obras en los vestuarios; los abonados podrán usar la del polideportivo norte sin coste.'"))).toBe("summarization");
  });

  it("leaves 'resumen' of a bank statement as a noun in a question alone", () => {
    expect(cueTasks("¿dónde veo el resumen de la tarjeta en la app?")).not.toContain("classification");
    expect(cueTasks("me resbalé en la escalera")).not.toContain("summarization");
  });
});

describe("a summary asked to be written", () => {
  it("reads 'write / escreve / écris a short summary for the newsletter' over figures as summarization", () => {
    const pt = "Placar do fim de semana: Náutico 1x0 Sport, Ceará 2x2 Fortaleza, Vitória 0x3 Bahia. Escreve um resumo curtinho pro boletim do clube";
    expect(taskOf(one(pt))).toBe("summarization");
    const en = "Weekend scores: Rovers 3-1 United, City 0-0 Town, Athletic 2-4 Wanderers. Write a short summary for the club newsletter";
    expect(taskOf(one(en))).toBe("summarization");
    const fr = "Scores du week-end : Rennes 2-0 Metz, Brest 1-1 Reims. Écris un petit résumé pour la newsletter du club";
    expect(taskOf(one(fr))).toBe("summarization");
  });

  it("leaves a summary email, and a summary told as a piece, as writing", () => {
    expect(taskOf(one("Sales: Q1 120k, Q2 140k, Q3 90k. Write the summary email to the team, upbeat"))).toBe("creative_writing");
    expect(taskOf(one("Placar: Náutico 1x0 Sport, Ceará 2x2 Fortaleza, Vitória 0x3 Bahia. Escreve um resumo da rodada como um cordel, com rima"))).toBe("creative_writing");
    expect(taskOf(one("Resultados: Betis 2-1 Sevilla, Getafe 0-0 Cádiz. Escríbeme un resumen como si fuera un cuento para niños"))).toBe("creative_writing");
  });
});

describe("the code asked again in another programming language", () => {
  const code = "```python\ndef chunks(xs, n):\n    return [xs[i:i + n] for i in range(0, len(xs), n)]\n```";

  it("reads 'same idea in Clojure' and 'lo mismo en Go' as code work", () => {
    const messages = afterText("python: split a list into chunks of n", "nice. same idea in Clojure, my teammate only reads lisp these days", code);
    for (const classifier of [learned, heuristic]) expect(taskOf(messages, classifier)).toBe("code_generation");
    expect(detectFollowUp("lo mismo en go, porfa")?.kind).toBe("act");
    expect(detectFollowUp("то же самое на kotlin")?.kind).toBe("act");
  });

  it("leaves a human language and other 'same for' turns alone", () => {
    expect(detectFollowUp("same in french")?.kind).not.toBe("act");
    expect(detectFollowUp("ok now to go shopping, any ideas for dinner?")).toBeUndefined();
  });
});

describe("a work report asked to be written in Chinese and Japanese", () => {
  it("names writing by '写周报' and '日報を書'", () => {
    expect(cueTasks("老板让我明天交周报，帮我写一下：这周修了登录页的两个bug，对接了物流接口")).toContain("creative_writing");
    expect(taskOf(one("老板让我明天交周报，帮我写一下：这周修了登录页的两个bug，对接了物流接口"))).toBe("creative_writing");
    expect(cueTasks("今日の日報を書いてほしい。午前は請求書の確認、午後は顧客訪問")).toContain("creative_writing");
  });

  it("leaves a summary of a weekly report, and a weekly spreadsheet, alone", () => {
    expect(taskOf(one("帮我总结一下这份周报的要点：本周完成了支付页面改版，修复两个bug"))).toBe("summarization");
    expect(cueTasks("这个周报表的公式怎么写？B列是日期")).not.toContain("creative_writing");
  });
});

describe("identifiers asked what they name", () => {
  it("reads stock codes and tracking numbers asked which company as a lookup", () => {
    expect(taskOf(one("基金代码 110022、161725 分别是哪家公司的基金？"))).toBe("simple_qa");
    expect(taskOf(one("Stock tickers 601318 and 000333: which companies are they?"))).toBe("simple_qa");
  });

  it("leaves code about identifiers, and a sum over them, alone", () => {
    expect(taskOf(one("Write a Python function that validates UK postcodes like SW1A 1AA and tells which city"))).toBe("code_generation");
    expect(taskOf(one("I bought 100 shares of ticker 600519 at 1500 each and it rose 3%, how much did I make? which company doesn't matter"))).toBe("math");
  });
});

describe("which command to run, among version numbers", () => {
  it("reads 'what's the command to update …' as a lookup", () => {
    expect(taskOf(one("I'm on Node 20.11.1 with yarn 1.22.19. What's the command to move to yarn 4?"))).toBe("simple_qa");
    expect(taskOf(one("Ho Python 3.11.4 e pip 23.1.2. Con che comando aggiorno pip?"))).toBe("simple_qa");
  });

  it("leaves a failing install with versions alone", () => {
    expect(taskOf(one("pnpm 8.15.1 install fails with ERR_PNPM_FETCH_404 on node 18.19.0 — what command fixes it?"))).not.toBe("simple_qa");
  });
});
