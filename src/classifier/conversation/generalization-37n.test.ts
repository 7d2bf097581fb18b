/**
 * Round 37n: classes of numeric and follow-up misses read off `training/conversation-dev-183.jsonl` and
 * `conversation-dev-184.jsonl` (an independent writer's sets), each with look-alikes in other languages and shapes and
 * the texts it must leave alone. Team-written inputs, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { afterText } from "./turns.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const heuristicTaskOf = (messages: ChatMessage[]): string => heuristic.classify(messages).task.label;
const one = (text: string): ChatMessage[] => [{ role: "user", content: text }];
/** Both classifiers read `messages` as `task`. */
const both = (messages: ChatMessage[], task: string, note: string): void => {
  expect(taskOf(messages), note).toBe(task);
  expect(heuristicTaskOf(messages), note).toBe(task);
};

describe("the same ask of a new item the turn brings", () => {
  it("a conjunction before a quoted item inherits the phrase's translation or the message's label", () => {
    const say = (next: string): ChatMessage[] => afterText("How do I say 'the invoice is attached' in French?", next, "« La facture est jointe. »");
    for (const next of ["and 'please pay within 30 days'?", "y 'gracias por su pedido'?", "und „wir melden uns morgen“?", "ok and \"the office is closed on Friday\""]) both(say(next), "translation", next);
    const toxic = (next: string): ChatMessage[] => [
      { role: "system", content: "You are a moderation assistant. Answer with a label and a reason." },
      ...afterText("Is this comment toxic? 'nobody asked for your opinion, clown'", next, "Yes, mildly toxic: a personal insult."),
    ];
    for (const next of ["ok and 'I think your second chart has the axes swapped'", "et « merci pour le partage »", "а «спасибо, очень полезно»?"]) both(toxic(next), "classification", next);
  });
  it("a bare 'and X?' with a clause presenting the new material inherits the extraction", () => {
    const pulled = afterText("Pull the city names from this: 'Flights from Lisbon to Oslo were cancelled, and trains to Porto ran late.'", "and the dates? here's the next paragraph: 'On 3 May the Lisbon route resumed; on 9 May Oslo followed.'", "Lisbon, Oslo, Porto");
    expect(taskOf(pulled)).toBe("extraction");
  });
  it("'and the ones under 5?' moves the filter to other items", () => {
    const stock = (next: string): ChatMessage[] => afterText("Which of these items are sold out?\nA-1 Kettle, qty 0\nA-2 Toaster, qty 12\nA-3 Grinder, qty 0\nA-4 Scale, qty 4", next, "A-1 and A-3 are sold out.");
    for (const next of ["and the ones under 5?", "y los de menos de 5?", "und die unter 5?", "et ceux sous 5 ?", "e quelli sotto 5?"]) expect(taskOf(stock(next)), next).toBe("extraction");
  });
  it("but a conjunction with a question of its own, or a language, is read as before", () => {
    const say = (next: string): ChatMessage[] => afterText("How do I say 'the invoice is attached' in French?", next, "« La facture est jointe. »");
    expect(taskOf(say("and in German?"))).toBe("translation");
    expect(taskOf(afterText("What's the capital of Peru?", "and you? 'what do you like'", "Lima."))).not.toBe("extraction");
  });
});

describe("more ideas for another audience", () => {
  const ideas = (next: string): ChatMessage[] => afterText("Give me ideas to make our language-learning app stickier.", next, "Daily streaks, spaced-repetition reminders, friend leagues, short story mode, offline packs.");
  it("inherits the brainstorm", () => {
    for (const next of ["any for beginners specifically?", "any ideas for teachers?", "¿alguna para niños?", "welche für Senioren?", "des idées pour les profs ?", "qualcuna per i principianti?", "а для школьников есть?"]) expect(taskOf(ideas(next)), next).toBe("brainstorming");
  });
  it("but 'any for me?' is no new audience", () => {
    expect(taskOf(afterText("Did the courier leave parcels at reception?", "any for me?", "Yes, three parcels arrived this morning."))).not.toBe("brainstorming");
  });
});

describe("a count of arrangements is maths with no figure in it", () => {
  it("in the ten languages' common forms", () => {
    for (const text of [
      "How many ways can I arrange the letters of BANANA?",
      "how many different ways can 4 kids line up for a photo?",
      "¿De cuántas maneras puedo ordenar las letras de PERRO?",
      "De quantas maneiras posso sentar 5 amigos numa mesa redonda?",
      "De combien de façons peut-on ranger les lettres du mot NOEL ?",
      "Auf wie viele Arten kann man die Buchstaben von OTTO anordnen?",
      "In quanti modi posso disporre le lettere di MAMMA?",
      "Сколькими способами можно рассадить гостей за столом?",
    ]) expect(taskOf(one(text)), text).toBe("math");
    const follow = afterText("How many ways can I arrange the letters of LEVEL?", "and ROTATOR?", "5! / (2! × 2!) = 30.");
    both(follow, "math", "follow-up");
  });
  it("but ways to say or do something are not counted arrangements", () => {
    expect(taskOf(one("How many ways are there to say hello in Japanese?"))).not.toBe("math");
    expect(taskOf(one("how many ways can I cook eggs for breakfast?"))).not.toBe("math");
  });
});

describe("text work asked of a system's figures", () => {
  it("a summary or a list opens the turn over versions and dates", () => {
    both(one("tl;dr of these release notes?\n\nv2.4.0 (2026-09-01): drop Node 16; new retry API; default timeout 10s -> 30s\nv2.4.1 (2026-09-12): fix race in pool shutdown (#881)\nv2.5.0 (2026-10-20): streaming uploads; deprecate `putLegacy` (removal in 3.0)"), "summarization", "release notes");
    expect(taskOf(one("List every image name and tag in this compose file, nothing else:\nweb: nginx:1.27.2\napi: node:20.18.0-alpine\ndb: postgres:16.4\ncache: redis:7.4.1"))).toBe("extraction");
  });
  it("rows handed back as they stand are extraction", () => {
    const csv = "\nts,room,co2_ppm\n2026-11-28 09:00,A1,640\n2026-11-28 10:00,A1,1180\n2026-11-28 10:00,B2,1320\n2026-11-28 11:00,B2,890";
    for (const ask of ["Which rooms went over 1000 ppm? Just return the rows verbatim.", "¿Qué salas pasaron de 1000? Devuelve las filas tal cual.", "Welche Räume lagen über 1000? Gib die Zeilen unverändert zurück.", "Quelles salles dépassent 1000 ? Renvoie les lignes telles quelles."]) both(one(ask + csv), "extraction", ask);
  });
  it("but code under the ask stays debugging, and a failure asked about from its log alone is a diagnosis (ADR 0030)", () => {
    expect(taskOf(one("帮忙看下这个 SQL 有什么问题。逻辑是：找出两边金额不一致的单子，现在结果明显偏多。\n\nSELECT a.id FROM a LEFT JOIN b ON a.id = b.id WHERE a.amt <> b.amt OR b.id IS NULL;"))).toBe("code_review");
    expect(taskOf(one("tl;dr of why the deploy failed?\n2026-11-28T10:00:01Z ERROR migration 0042 failed: column \"tenant_id\" does not exist\n2026-11-28T10:00:01Z FATAL rollout aborted"))).toBe("analysis"); // ADR 0030: a failure diagnosed from a log, no code shown
  });
});

describe("code asked for by its kind, a sample below it", () => {
  it("is code to write, in both classifiers", () => {
    both(one('Bash one-liner or small script: from an nginx access log, print the 5 slowest requests by $request_time (last field), e.g.\n10.0.0.7 - - [02/Dec/2026:10:11:12 +0000] "GET /api/cart HTTP/1.1" 200 812 0.912'), "code_generation", "nginx");
    expect(taskOf(one("python script to count the lines per status code in this log, e.g.\n2026-12-01 10:00:01 GET /a 200 12ms\n2026-12-01 10:00:02 GET /b 503 840ms"))).toBe("code_generation");
    both(one("Python script please: read orders.csv (columns: id, customer, amount_eur, placed_at) and print the total per customer for November"), "code_generation", "please");
    expect(taskOf(one("script en bash para sacar las 10 IPs con más peticiones de este log, p. ej.\n10.0.0.4 - - [02/Dec/2026:10:11:12 +0000] \"GET / HTTP/1.1\" 200 512"))).toBe("code_generation");
  });
  it("but a script that fails is debugging", () => {
    expect(taskOf(one("python script that crashes on this log line:\nTraceback (most recent call last):\n  File \"parse.py\", line 12, in <module>\nValueError: not enough values to unpack"))).toBe("code_review");
  });
});

describe("a chain of reasoning asked over figures", () => {
  it("whether an inference holds, or by what mechanism", () => {
    for (const text of [
      "A survey finds cyclists report 20% fewer sick days than drivers (n=3,000). A blog concludes cycling prevents illness. Think through whether this inference holds and what else would need to be true.",
      "Un estudio dice que las ventas subieron un 12% tras el cambio de logo. ¿Esta conclusión se sostiene? ¿Qué más tendría que ser verdad?",
      "Our queue depth fell from 4,000 to 300 after adding workers, but end-to-end latency rose 25%. Reason through mechanisms by which more workers could make latency worse.",
    ]) expect(taskOf(one(text)), text).toBe("deep_reasoning");
  });
  it("but a plain reading of the figures stays a reading", () => {
    expect(taskOf(one("Sales rose 12% after the logo change and margins held at 31%. What do you make of these numbers?"))).toBe("analysis");
  });
});

describe("a reasoning answer pushed back on", () => {
  const syllogism = (next: string): ChatMessage[] => afterText("If all Blips are Zorgs and some Zorgs are Quibs, must some Blips be Quibs?", next, "No: the Zorgs that are Quibs may all be ones that are not Blips.");
  it("a counterexample, a pushback or an objection keeps the reasoning", () => {
    for (const next of ["can you give a concrete counterexample to convince my sister", "prove it", "un contraejemplo?", "gib mir ein Gegenbeispiel", "that makes no sense to me, every Blip I know is a Quib. convince me", "non mi convince", "举个反例"]) expect(taskOf(syllogism(next)), next).toBe("deep_reasoning");
  });
  it("an objection after a choice keeps the choice", () => {
    const choice = afterText("Should our data team standardise on Python or R, given we do mostly statistics and dashboards?", "but our whole team already knows R", "Python, mostly: it carries over to engineering work and hiring is easier.");
    expect(taskOf(choice)).toBe("analysis");
  });
  it("but a counterexample asked of a poem is read on its own", () => {
    expect(taskOf(afterText("Write a short poem about autumn rain.", "can you give a concrete counterexample", "Grey threads stitch the gutters…"))).not.toBe("deep_reasoning");
  });
});

describe("figures of a person's body and of a pasted list", () => {
  it("milliseconds among a body's measures are no system's (a system's figures are read as a diagnosis, ADR 0030)", () => {
    both(one("Sleep tracker this week: avg 5h58m, deep sleep 41 min/night (was ~75), resting HR 66 (was 58), HRV 29 ms (was 51). New baby at home. Should I be worried, what do these suggest?"), "analysis", "sleep");
    expect(taskOf(one("p99 latency went from 180 ms to 420 ms after the deploy and error rate doubled. Should I be worried, what do these suggest?"))).toBe("analysis"); // ADR 0030: a running system's figures, no code shown
  });
  it("which items of the writer's own list are in a state is extraction", () => {
    both(one("Which of these parts are out of stock?\nP-11 Hinge, qty 0\nP-12 Bracket, qty 40\nP-13 Gasket, qty 0\nP-14 Spring, qty 7"), "extraction", "parts");
    expect(taskOf(one("Which of these numbers are prime?\n21\n23\n27\n29"))).toBe("math");
    expect(taskOf(one("下面这些哪些算工作开支、哪些算个人开支？每项后面标个B或P就行：\n- 镜头\n- 会员\n- 火车票"))).toBe("classification");
  });
  it("a summary noun that names the source leaves the extraction asked", () => {
    expect(taskOf(one("Give me just the error codes and their counts from this incident summary:\n09:00–10:00  E500 x21, W12 x80\n10:00–11:00  E500 x7, E503 x2"))).toBe("extraction");
  });
});

describe("a pasted text rendered in a language, and a shorter explanation", () => {
  it("render/put/turn this into a language is a translation", () => {
    for (const text of ["Render this allergen notice in Spanish:\nContains: milk 12 g, eggs, wheat (gluten 3.1 g per 100 g).", "Pon esto en inglés: Tarifa plana 29,90 €/mes, 100 GB, llamadas ilimitadas.", "Mets ça en allemand : Entrée 12 €, plat 24 €, dessert 9 €."]) both(one(text), "translation", text);
    expect(taskOf(one("Write this in Italian: a short poem about the sea and the moon tonight"))).toBe("creative_writing");
  });
  it("'too long' after an explanation written asks for a summary", () => {
    const long = "When you type a name, your resolver asks a root server, then the TLD's servers, then the domain's authoritative server, caching each answer for its TTL. ".repeat(4);
    both(afterText("Write a detailed explanation of how DNS resolution works.", "too long, 2 sentences max", long), "summarization", "dns");
    expect(taskOf(afterText("Write a short story about a lighthouse keeper.", "too long, make it shorter", "The keeper counted ships. ".repeat(20)))).toBe("creative_writing");
  });
});
