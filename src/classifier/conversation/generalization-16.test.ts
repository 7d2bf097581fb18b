/**
 * Sixteenth round: general mechanisms for the classes the round's working sets (dev 73, 75, 77) and training sets showed,
 * each in the team's own wording, never a set's row: software words with another meaning (a phone plan's gigabytes, a
 * teacher's unit tests, Polish "pod") make no running system alone; a task's noun in a technique's name; the writer's
 * closing paragraph after a pasted text; what a term among figures means; a reasoning asked for; relief and venting;
 * other languages' nouns that looked like cues; native digits. Most tests fail on the round's first build.
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import { countNumbers, readNumericDomain } from "./numeric-domain.js";
import { a, call, read, sys, tool, u } from "../../../test/support/conversation-kit.js";
import { isClosing } from "./closing.js";

const system = (text: string): boolean => readNumericDomain(text.toLowerCase()).system;

describe("words of software that mean something else elsewhere", () => {
  it("reads no running system in a phone plan, a gradebook, a lab curve, a building site or a restaurant", () => {
    for (const text of [
      "Plan A is $40/mo with 15 GB, plan B $28/mo plus $6 per GB. I used 4.2 GB, 7.9 GB and 3.1 GB the last three months.",
      "Weights: quizzes 20%, unit tests 50%, final 30%. She has 88 on quizzes and 74, 81 on unit tests.",
      "Fit a linear regression to these points and tell me the slope: (1, 2.1), (2, 3.9), (3, 6.2). Is the regression good?",
      "Strop na 2,40 m, pod nim belka 20 x 30 cm co 60 cm. Ile metrów belek na pokój 4 x 5 m?",
      "Tips tonight were $612; the 4 servers split 70% and the 2 bussers 30%. How much does each get?",
      "Tengo consulta el martes a las 10:30; la anterior costó 45 € y esta 60 €. ¿Cuánto subió en porcentaje?",
    ]) {
      expect(system(text), text).toBe(false);
    }
  });
  it("still reads a running system from two of those words, a size with them, or a word of software", () => {
    for (const text of [
      "El servidor usa 33 MB de memoria al arrancar y 427 MB después de una hora.",
      "Die Tests laufen lokal in 40 Sekunden und brechen in der CI mit Timeout ab.",
      "Our app crashes 3 times a day since 2.4; the crash rate was 0.2% before.",
      "we're getting 1,284 errors since last night's deploy, what's going on?",
      "O build do Android passou de 6 para 19 minutos.",
    ]) {
      expect(system(text), text).toBe(true);
    }
  });
  it("leaves a computing ask over such figures as maths", () => {
    expect(read("math", [u("My plan is $45/mo unlimited; the other is $25/mo + $8 per GB. Usage: 1.4 GB, 2.1 GB, 3.6 GB. What would I have paid on the other one, and from how many GB is the $45 plan cheaper?")])).toBe("math");
    expect(read("math", [u("Grade weights: homework 15%, unit tests 45%, final 40%. He has 90 homework and 72, 80, 68 on unit tests. What does he need on the final for an 80?")])).toBe("math");
    expect(read("math", [u("The API p99 went from 120 ms to 900 ms after the 2.4.1 release. What's going on?")])).toBe("analysis"); // ADR 0030: a diagnosis from a system's log or figures, no code shown (was code_review)
  });
});

describe("a task's noun in a technique's name, and asks in their own words", () => {
  const cueTasks = (text: string): string[] => findCues(text.toLowerCase()).filter((hit) => hit.strong).map((hit) => hit.task);
  it("reads no ask in 'image classification', 'machine translation' or 'automatic summarization'", () => {
    expect(cueTasks("画像分類モデルをどのインスタンスで動かすか迷っています")).not.toContain("classification");
    expect(cueTasks("我们的机器翻译服务延迟太高了")).not.toContain("translation");
    expect(cueTasks("自動要約の精度を上げたい")).not.toContain("summarization");
    expect(cueTasks("请把这些评论分类：好评、差评")).toContain("classification");
    expect(read("analysis", [u("推論API（画像分類、ResNet-50相当）を載せるインスタンスで迷っています。どれが良さそうか意見ください。\nA: 4 vCPU 月額 $120\nB: GPU T4 月額 $380")])).toBe("analysis");
  });
  it("reads a Thai ask to summarize a report as a summary", () => {
    expect(cueTasks("สรุปรายงานนี้ให้หัวหน้าหน่อย สั้นๆ 4-5 บรรทัด")).toContain("summarization");
  });
  it("a weighing puzzle asked to be solved step by step stays a puzzle", () => {
    expect(read("math", [u("동전 9개 중 하나만 가볍습니다. 양팔 저울을 두 번만 써서 찾는 방법을 단계별로 풀어서 설명해 주세요.")])).toBe("deep_reasoning");
  });
  it("a greeting before a spreadsheet formula asked for is no chat", () => {
    expect(read("chat", [u("Hello! Kailangan ko ng formula sa Google Sheets: sa column D lalabas ang natitirang bayad mula column B at C, hanggang row 120. Salamat po!")], 0.95)).toBe("code_generation");
  });
});

describe("relief, tiredness and venting that ask for nothing", () => {
  it("reads relief or tiredness after an answer as a closing, but not when it asks again", () => {
    expect(isClosing("ok that really makes me feel much better, thanks so much")).toBe(true);
    expect(isClosing("ugh, it's past midnight and i'm so done with this week")).toBe(true);
    expect(isClosing("qué alivio, muchas gracias")).toBe(true);
    expect(isClosing("that makes me feel better, but why did it spike on tuesday?")).toBe(false);
  });
  it("keeps a relieved reply after a debugging answer as chat, not the debugging it follows", () => {
    expect(read("code_review", [u("why does the worker restart every 40 minutes? memory climbs to 1.9 GB first"), a("It looks like a leak in the image cache: it is never evicted."), u("ahh what a relief, I thought it was the database. thanks!")])).toBe("chat");
  });
  it("reads 'I don't need tips, I just need to complain' as venting", () => {
    expect(read("creative_writing", [u("the water bill is $212 this month. two people. I don't need tips, I just need to complain for a minute")])).toBe("chat");
  });
});

describe("the writer's closing paragraph after a pasted text", () => {
  const letter =
    "Stadtwerke Musterstadt\nKundennummer 4471-22\n\nSehr geehrte Frau Petrenko,\n\nwie bereits angekündigt, ändern sich zum 1. Januar die Preise für Strom. " +
    "Der Arbeitspreis steigt von 31,2 auf 34,9 Cent je Kilowattstunde, der Grundpreis bleibt unverändert bei 12,50 Euro im Monat. " +
    "Ihr monatlicher Abschlag wird entsprechend von 78 auf 86 Euro angepasst. Sie haben ein Sonderkündigungsrecht bis zum Tag des Inkrafttretens. " +
    "Bitte beachten Sie, dass die Kündigung in Textform erfolgen muss.\n\nMit freundlichen Grüßen\nIhre Stadtwerke";
  it("reads its defining verb as the ask, in the writer's own language", () => {
    expect(read("summarization", [u(`${letter}\n\nперекладіть будь ласка українською, я нічого не розумію`)])).toBe("translation");
    expect(read("summarization", [u(`${letter}\n\nKun je dit vertalen naar het Pools? Graag niet te stijf.`)])).toBe("translation");
  });
  it("leaves a verb inside the pasted text alone", () => {
    expect(read("summarization", [u(`${letter}\n\nP.S. Eine Übersetzung dieses Schreibens erhalten Sie auf Anfrage.`)])).toBe("summarization");
  });
});

describe("cue words that are another language's nouns", () => {
  const cuesOf = (text: string): string[] => findCues(text.toLowerCase()).map((hit) => `${hit.lang}:${hit.task}`);
  it("reads no cue in German 'Kategorie', French 'relevés', Russian 'сократить до полставки' or Japanese '一次関数'", () => {
    expect(cuesOf("Spalte B = Kategorie (Lebensmittel, Tanken, Freizeit)")).not.toContain("tr:classification");
    expect(cuesOf("Spalte B = Kategorie (Lebensmittel, Tanken, Freizeit)")).not.toContain("pl:classification");
    expect(cuesOf("notre import nocturne des relevés de compteurs plante depuis avril")).not.toContain("fr:extraction");
    expect(findCues("работу придётся сократить до полставки").filter((hit) => hit.strong)).toEqual([]);
    expect(cuesOf("二学期の単元テスト（一次関数・図形の証明）")).not.toContain("ja:code_generation");
  });
  it("still reads the asks those words were written for", () => {
    expect(cuesOf("bu yorumları kategorisine göre ayır")).toContain("tr:classification");
    expect(cuesOf("relève toutes les dates de ce courrier")).toContain("fr:extraction");
    expect(cuesOf("Mach mir daraus bitte eine Tabelle mit den Spalten Tag, Fach, Raum")).toContain("de:extraction");
    expect(cuesOf("сократить текст до 100 слов")).toContain("ru:summarization");
  });
});

describe("what a term among the figures means", () => {
  it("is a quick answer, in the cue languages", () => {
    expect(read("math", [u("Scorecard: 4 overs, 1 maiden, 27 runs, 2 wickets, econ 6.75. What does the 'maiden' there mean?")])).toBe("simple_qa");
    expect(read("analysis", [u("В выписке: комиссия 1,2%, эквайринг 340 ₽, MDR 1,8%. Что вообще означает MDR? Коротко.")])).toBe("simple_qa");
    expect(read("math", [u("Sulla bolletta del gas: Smc 412, coefficiente C 1,02, PCS 0,0383. Cosa sono esattamente Smc e PCS?")])).toBe("simple_qa");
  });
  it("is not when it asks what the figures mean for someone, or to compute", () => {
    expect(read("analysis", [u("Wir haben 2.100 Kunden, monatlich kündigen 90, es kommen 70 dazu. Was heißt das für das nächste Jahr?")])).toBe("analysis");
    expect(read("analysis", [u("Q1 revenue 1.2M, Q2 0.9M, churn 6% → 9%. What does this mean?")])).toBe("analysis");
  });
});

describe("asks after a consent, and labels asked 'whether each …'", () => {
  it("reads 'go ahead and write the migration' as code to write after an analysis", () => {
    const data = [sys("You are a data assistant with read access to the orders database."), u("why do some order lines show a negative margin?"), call("run_sql"), tool("line_id | unit_price_cents | discount_cents\n88 | 0 | 150\n91 | 1200 | 1500"), a("Lines 88 and 91 have discounts larger than the price: the discount is stored in cents without a cap.")];
    expect(read("analysis", [...data, u("ok go ahead and write the migration: add a discount_pct column and backfill it from discount_cents")])).toBe("code_generation");
  });
  it("reads 'summarise whether each review is positive, negative or mixed' as labels", () => {
    expect(read("summarization", [u("could you summarise for me whether each of these hotel reviews is positive, negative or mixed? label only\n1. Great view, rude staff.\n2. Perfect stay.")])).toBe("classification");
  });
});

describe("Indonesian 'ringkas' and Taglish 'pakisummarize'", () => {
  const strong = (text: string): string[] => findCues(text.toLowerCase()).filter((hit) => hit.strong).map((hit) => `${hit.lang}:${hit.task}`);
  it("reads 'answer briefly' as no ask to summarize, and the asks as one", () => {
    expect(strong("Bilakah Jambatan Pulau Pinang dibuka? Jawab ringkas sahaja.")).not.toContain("id:summarization");
    expect(strong("tolong ringkas notulen ini jadi 3 poin")).toContain("id:summarization");
    expect(strong("Pakisummarize mo 'to in 3 bullets para sa boss ko")).toContain("tl:summarization");
  });
});

describe("a reasoning asked for, a job title and a translation into SQL", () => {
  it("reads 'I don't want a quick answer, think it through' as deep reasoning, over figures and advice", () => {
    expect(read("analysis", [u("I run the food bank's freezer: 30 turkeys, 52 families signed up, 9 of them with 5+ kids. I don't want a quick answer. Think it through properly: first come, biggest families, or a lottery?")])).toBe("deep_reasoning");
    expect(read("summarization", [u("Soy jefa de planta y tengo que elegir a quién despedir: uno lleva 20 años y otro tiene tres hijos. No quiero una respuesta rápida, quiero que razones a fondo qué es lo justo.")])).toBe("deep_reasoning");
    expect(read("math", [u("Il budget è 12.000 € e i progetti sono tre. Non voglio la risposta facile: ragiona con me fino in fondo su cosa è giusto finanziare.")])).toBe("deep_reasoning");
  });
  it("reads no analysing ask in a job title", () => {
    expect(findCues("i'm a junior data analyst at a bank").some((hit) => hit.task === "analysis" && hit.strong)).toBe(false);
    expect(findCues("please analyse these numbers").some((hit) => hit.task === "analysis" && hit.strong)).toBe(true);
  });
  it("reads 'Translate questions into SQL' in a system prompt as no translation pipeline", () => {
    const agent = [sys("You are the analytics assistant. Translate questions into SQL against the warehouse, run them, and answer in one sentence."), u("how many orders did we ship last week?"), call("run_sql"), tool("orders\n-----\n1804")];
    expect(read("simple_qa", agent)).toBe("simple_qa");
  });
});

describe("more look-alikes of other languages, and a texted question word", () => {
  const cuesOf = (text: string): string[] => findCues(text.toLowerCase()).map((hit) => `${hit.lang}:${hit.task}`);
  it("reads no cue in Spanish-stemmed 'calculated', Dutch 'functie' as a job, Russian 'перевели' (moved to)", () => {
    expect(cuesOf("the calculated total was wrong")).not.toContain("es:math");
    expect(cuesOf("care e preavizul daca am functie de executie")).not.toContain("nl:code_generation");
    expect(cuesOf("на роботі ще й перевели на нічні зміни")).not.toContain("ru:translation");
    expect(cuesOf("schrijf een functie die de btw berekent")).toContain("nl:code_generation");
  });
  it("reads a Spanish question typed with 'q' as a question", () => {
    expect(read("chat", [u("q es el IBI? me lo cobran en el recibo y no se q es")])).toBe("simple_qa");
  });
  it("reads no Yoruba maths cue in 'San Siro'", () => {
    expect(cuesOf("ero a San Siro con mio figlio")).not.toContain("yo:math");
    expect(cuesOf("ba mi siro iye owo yii")).toContain("yo:math");
  });
});

describe("native digits and a Nepali ask to calculate", () => {
  it("counts numbers written in Devanagari, Arabic-Indic, Bengali and full-width digits", () => {
    expect(countNumbers("५०,००० रुपैयाँ, १४% र १८ महिना")).toBe(3);
    expect(countNumbers("٤٥٠ ريال و ١٢ شهر")).toBe(2);
    expect(countNumbers("৩ একর, ২৮ বস্তা")).toBe(2);
    expect(countNumbers("１２３円")).toBe(1);
  });
  it("reads 'हिसाब गरेर देखाउनुहोस्' (show it calculated) as maths", () => {
    expect(findCues("मासिक किस्ता कति पर्छ? हिसाब गरेर देखाउनुहोस्।").some((hit) => hit.lang === "ne" && hit.task === "math" && hit.strong)).toBe(true);
  });
});

