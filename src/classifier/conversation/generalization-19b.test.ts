/**
 * Nineteenth round, second wave: the classes read off dev 125, 127, 129 and 131, in the team's own wording (never a
 * set's row). About half of these asks were misread by the wave's first build; the others already read right by the model
 * alone and pin the rules' reach. Controls (a judgement asked as a what-if, a how-are-you after a greeting, labelling with metrics words,
 * an e-mail address asked for) check that each rule stays in its lane.
 */
import { describe, expect, it } from "vitest";
import { createClassifierByName } from "../../eval/create-classifier-by-name.js";
import { a, call, sys, tool, u } from "../../../test/support/conversation-kit.js";
import { modelMetricsGuard } from "./model-metrics.js";
import { readConversation } from "./read-conversation.js";
import { turnAsk } from "./turn-asks.js";

const learned = await createClassifierByName("learned");
const classify = (...messages: Parameters<typeof learned.classify>[0]) => learned.classify(messages);
const taskOf = (...messages: Parameters<typeof learned.classify>[0]): string => classify(...messages).task.label;

describe("prompts and corrections in an agent's run keep the ask", () => {
  const system = sys("You are Pip, a personal assistant with access to the user's calendar, e-mail and bank accounts (read-only).");
  const asked = u("why did we spend so much on groceries in May? we usually stay under 600");
  const ran = [call("get_transactions"), tool("date,merchant,amount\n2025-05-03,FreshMart,142.10\n2025-05-10,FreshMart,168.40\n2025-05-17,Corner Deli,96.00\n2025-05-24,FreshMart,171.25")];
  it("reads 'break it down for me', 'so what's the plan' and 'ok what do you think' as the ask", () => {
    for (const turn of ["break it down for me", "so what's the plan", "ok what do you think"]) {
      const result = classify(system, asked, ...ran, u(turn));
      expect(result.task.label, turn).toBe(taskOf(system, asked));
      expect(result.taskReason, turn).toContain("adds to the agent's run");
    }
  });
  it("reads a correction of the run's facts as the ask", () => {
    const result = classify(system, asked, ...ran, u("wait actually the deli one was a birthday cake order, i put it in wrong. carry on"));
    expect(result.taskReason).toContain("adds to the agent's run");
  });
  it("reads one fact asked and looked up as a lookup", () => {
    const agenda = sys("You are a scheduling assistant with access to the family calendar.");
    expect(taskOf(agenda, u("hey when is the parent-teacher meeting this month?"), call("search_calendar"))).toBe("simple_qa");
    expect(taskOf(agenda, u("¿a qué hora es la cita del veterinario el jueves?"), call("search_calendar"))).toBe("simple_qa");
  });
});

describe("a message asked for by needing it", () => {
  it("reads the e-mail needed for someone as writing, in English and Romanian", () => {
    expect(taskOf(u("Need the email to our volunteers for Saturday's beach clean-up: meet 9:00 at the pier, gloves provided, bring water. Warm, short."))).toBe("creative_writing");
    expect(taskOf(u("Am nevoie de un text de anunț pentru o garsonieră de vânzare în Iași: 32 mp, etaj 3, renovată, 61.000 €."))).toBe("creative_writing");
  });
  it("leaves an address or a grade asked for alone", () => {
    expect(turnAsk(readConversation([u("i need the email address for the berlin office")]))).toBeUndefined();
    expect(turnAsk(readConversation([u("i need the email to the berlin office about the move")]))).toBe("creative_writing");
    expect(taskOf(u("In column D I want the letter grade: A for 90+, B for 80-89, C below that. One formula I can drag down."))).toBe("code_generation");
  });
});

describe("a greeting before a question, and a greeting before small talk", () => {
  it("reads the question as a lookup", () => {
    expect(taskOf(u("Bon dia, quina diferència hi ha entre un préstec personal i una línia de crèdit?"))).toBe("simple_qa");
  });
  it("keeps a how-are-you as chat", () => {
    expect(taskOf(u("Hey! How's it going?"))).toBe("chat");
    expect(taskOf(u("Buongiorno! Come va oggi? Io sono ancora al primo caffè"))).toBe("chat");
  });
});

describe("figures asked in their own words are sums", () => {
  it("reads a cost per tonne, each member's net, the revenue to book and a per-unit number as maths", () => {
    for (const text of [
      "haulage quote check: 820 km each way, 36 L/100 km loaded, 28 L/100 km empty, diesel 1.62/L, tolls 140 each way, driver 310 for the trip. 24 tonnes going, empty back. whats my cost per tonne delivered?",
      "Milk intake for the week, rate 0.41 per litre minus 0.03 levy: Ama 212 L (feed credit 18), Kofi 187 L, Esi 240 L (vet 25). What is each member's net for the week?",
      "Our community solar: 210 households at 1.1 kWh/day paying 0.22, 12 shops at 7 kWh/day paying 0.19, and we only collect 85% from households. Roughly what revenue should we book for a 30-day month?",
      "Hotel stats for October: 96 rooms, 31 days, 2,240 room nights sold, room revenue 268,800. I need occupancy, ADR and RevPAR.",
    ]) {
      expect(taskOf(u(text)), text.slice(0, 50)).toBe("math");
    }
  });
});

describe("scheduling and assignment puzzles are reasoned, not computed", () => {
  it("reads 'who goes where' under constraints, with an impossibility asked, as reasoning", () => {
    const text =
      "Work out who goes where on Sunday: 3 stalls need 2 volunteers each, at least one with a food-hygiene card per stall, and Dana and Eli can't be on the same stall. Volunteers: Dana (card), Eli, Fay (card), Gil, Hana (card), Ivo. Tell me if it's impossible.";
    expect(taskOf(u(text))).toBe("deep_reasoning");
  });
});

describe("a model's evaluation figures name the model, not an ask to label", () => {
  const guard = (text: string): string | undefined => modelMetricsGuard("classification", readConversation([u(text.toLowerCase())]))?.task;
  it("reads a confusion matrix asked about as a sum, a metric's meaning as a lookup, a report as a reading", () => {
    expect(guard("Fraud model on last week's payments: TP 96, FP 31, FN 12. precision and recall?")).toBe("math");
    expect(taskOf(u("Fraud model on last week's payments: TP 96, FP 31, FN 12. precision and recall?"))).toBe("math");
    expect(guard("our churn classifier scored an AUC of 0.93 and recall 0.41 on the holdout. remind me what an AUC that high means exactly?")).toBe("simple_qa");
    expect(guard("the toxicity classifier went from precision 0.91 and recall 0.62 to precision 0.84 and recall 0.77 after retraining")).toBe("analysis");
  });
  it("leaves labelling asked with metrics words to classification", () => {
    expect(guard("Classify each of these 3 reviews as positive or negative; we track precision and recall on them later.")).toBeUndefined();
    expect(guard("Přiřaď každé podání k odboru: a) žádost o zvláštní užívání komunikace, b) ohlášení stavby, 2 kusy")).toBeUndefined();
  });
});

describe("follow-ups that bring figures", () => {
  const bought = [
    u("we need 12 tablets for the warehouse team at $329 each plus a $45 case. what's the total?"),
    a("Per tablet: $329 + $45 = $374. Total: 12 × $374 = $4,488."),
  ];
  it("reads a what-if with its own figures asked for a figure as the sum again", () => {
    expect(taskOf(...bought, u("what if we lease them at $14/month each over 30 months instead — total cost and difference vs buying?"))).toBe("math");
  });
  it("reads a what-if asked for a judgement as that turn", () => {
    const result = classify(...bought, u("what if we waited 6 months for the new model, would that be smarter?"));
    expect(result.taskReason ?? "").not.toContain("a what-if with its own figures");
  });
  it("reads 'what does p95 mean again exactly?' as a lookup", () => {
    const asked = [u("our checkout p50 is 210ms and p95 is 1.4s, is that bad?"), a("The median is fine; the p95 means one request in twenty takes over a second.")];
    expect(taskOf(...asked, u("wait, what does p95 mean again exactly?"))).toBe("simple_qa");
  });
});

describe("asks in more languages and words of the round", () => {
  it("reads a Greek comparison with a recommendation asked as analysis", () => {
    expect(taskOf(u("Πρέπει να επιλέξουμε ανάμεσα σε δύο λογισμικά μισθοδοσίας για 45 υπαλλήλους: το ένα κοστίζει 4€ ανά άτομο τον μήνα, το άλλο 150€ πάγιο. Μπορείς να τα συγκρίνεις ως προς κόστος και υποστήριξη; Τι θα πρότεινες;"))).toBe("analysis");
  });
  it("reads Spanish venting over a bad season as chat", () => {
    expect(taskOf(u("Uf, qué año. La sequía nos dejó con la mitad de la cosecha de maíz y los precios por el piso. A veces pienso si vale la pena seguir. Perdón el bajón, necesitaba descargarme con alguien."))).toBe("chat");
  });
  it("reads news shared 'so I'm telling you' as chat", () => {
    expect(taskOf(u("OUR LITTLE BAKERY JUST SOLD ITS 10,000TH LOAF 😭 started with one oven and 200 quid. my family doesn't get why I'm emotional about a number so I'm telling you"))).toBe("chat");
  });
  it("reads a table asked 'so I can compare' as extraction, not a comparison", () => {
    const first = u('Pull the price, weeks and deposit out of this quote: "Greenway Builders quote the extension at £48,500, 14 weeks, 10% deposit."');
    const answer = a("Price: £48,500. Duration: 14 weeks. Deposit: 10%.");
    expect(taskOf(first, answer, u('now as a table, and add this second quote so I can compare side by side: "Oakline: £51,200, 11 weeks, 15% deposit."'))).toBe("extraction");
  });
});
