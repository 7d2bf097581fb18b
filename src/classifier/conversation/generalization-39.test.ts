/**
 * Round 39: classes of the misses of `training/conversation-dev-187.jsonl` and `-188.jsonl` (an independent writer's
 * sets), each with the look-alike it must leave alone. Team-written inputs in other words, languages and shapes than the
 * sets' rows, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { artifactAskGuard } from "./artifact-ask.js";
import { readConversation } from "./read-conversation.js";
import { offerClause } from "./offer.js";
import { changeAskedGuard } from "./change-asked.js";
import { unitConversionGuard } from "./unit-conversion.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const heuristicTaskOf = (messages: ChatMessage[]): string => heuristic.classify(messages).task.label;

const OPS = "You are an operations assistant with read-only access to the production cluster, its logs and its metrics.";
const SUPPORT = "You are a support assistant. You can read tickets and search the knowledge base.";
/** An agent asked `ask`, called `tool`, got `result`, said it had the data, and the user asked `next`. */
const run = (system: string, ask: string, tool: string, result: string, next: string): ChatMessage[] => [
  { role: "system", content: system },
  { role: "user", content: ask },
  { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: tool, arguments: "{}" } }] },
  { role: "tool", tool_call_id: "c1", content: result },
  { role: "assistant", content: "I have the output." },
  { role: "user", content: next },
];

describe("a piece of code or configuration asked in an agent's run", () => {
  const log =
    "2026-11-30T08:01:12Z ERROR worker: redis timeout after 5000ms\n2026-11-30T08:01:13Z WARN  worker: retrying job 8812 (attempt 3)\n2026-11-30T08:01:19Z ERROR worker: redis timeout after 5000ms\n--- container restarted (exit 1) restarts=9";
  const ticket = '{"id": 5512, "subject": "Uploads fail over 10 MB", "body": "nginx returns 413 for any file above 10 MB since Monday"}';
  it("is code to write, in several languages, whatever the run's tools returned", () => {
    for (const next of [
      "write me a Grafana alert rule that fires when the worker restarts more than 3 times in 10 minutes",
      "ok, draft the redis-cli commands to check the maxclients setting and the slowlog",
      "also generate a systemd unit for the worker so it restarts with backoff",
      "schreib mir die Alert-Regel für mehr als drei Neustarts in zehn Minuten",
      "escríbeme el comando para ver las conexiones abiertas de redis",
      "écris-moi la règle d'alerte pour plus de trois redémarrages en dix minutes",
      "напиши правило алерта на больше трёх рестартов за десять минут",
      "写一个告警规则：十分钟内重启超过三次就报警",
    ]) {
      expect(taskOf(run(OPS, "the worker keeps restarting, check it", "get_logs", log, next)), next).toBe("code_generation");
    }
    expect(taskOf(run(SUPPORT, "next ticket", "get_ticket", ticket, "Write the nginx config block that raises the upload limit to 50 MB for /upload only."))).toBe("code_generation");
    expect(heuristicTaskOf(run(SUPPORT, "next ticket", "get_ticket", ticket, "Write the nginx config block that raises the upload limit to 50 MB for /upload only."))).toBe("code_generation");
  });
  it("is code to write when a named function is rewritten over the code a tool brought", () => {
    const diff = "diff --git a/src/auth.ts b/src/auth.ts\n+export function checkToken(t: string) {\n+  return t.length > 0;\n+}";
    expect(taskOf(run("You are a code review bot.", "review PR 88", "get_diff", diff, "rewrite checkToken so it verifies the signature"))).toBe("code_generation");
  });
  it("but a text for people, a diagnosis or a question about the artifact is no code to write", () => {
    expect(taskOf(run(OPS, "the worker keeps restarting, check it", "get_logs", log, "Write a two-line status update for the #ops channel, no jargon."))).not.toBe("code_generation");
    expect(taskOf(run(OPS, "the worker keeps restarting, check it", "get_logs", log, "what's going on with the worker?"))).not.toBe("code_generation");
    expect(taskOf(run(OPS, "the worker keeps restarting, check it", "get_logs", log, "do we even have an alert rule for this?"))).not.toBe("code_generation");
  });
  it("and outside an agent's run the rule does not read the turn", () => {
    expect(artifactAskGuard(readConversation([{ role: "user", content: "write the alert rule and a short note on why" }]))).toBeUndefined();
    expect(artifactAskGuard(readConversation(run(OPS, "check it", "get_logs", log, "write the alert rule and a short note on why")))?.task).toBe("code_generation");
  });
});

describe("a rate, a share or an average asked of the figures listed", () => {
  const user = (content: string): ChatMessage[] => [{ role: "user", content }];
  it("is maths, in several languages, when the turn lists the figures and asks the figure in a question", () => {
    for (const ask of [
      "Queue outcomes yesterday: processed 88,412; retried 3,120; dead-lettered 611; dropped 47. Retry rate and dead-letter rate as %?",
      "Signups 24,000, activated 15,100, paid 3,900, still paying after 90 days 2,650. What fraction is left after each step?",
      "Lap times for the 4.2 km loop: 9:41, 9:37, 9:52, 9:45. Average speed in km/h over the four laps?",
      "Fehlerzahlen letzte Woche: 120, 95, 143, 88 von je 10.000 Anfragen. Wie hoch ist die Fehlerquote in Prozent?",
      "Ventas por canal: tienda 41.200 €, web 18.900 €, mayoristas 9.700 €, marketplace 6.100 €. ¿Qué proporción es la web?",
      "各渠道的销量：门店 4200，网店 1890，批发 970，平台 610。网店占比是多少？",
    ]) {
      expect(taskOf(user(ask)), ask).toBe("math");
    }
  });
  it("is maths for a short follow-up asking it of the figures the turn before listed", () => {
    const report = "Résume : chiffre d'affaires 2026 de 412 M€ (+9 %), résultat opérationnel 37 M€ (+4 %), 1 850 salariés, 14 pays.";
    const follow = (ask: string): ChatMessage[] => [
      { role: "user", content: report },
      { role: "assistant", content: "CA 412 M€ (+9 %), résultat opérationnel 37 M€ (+4 %), 1 850 salariés dans 14 pays." },
      { role: "user", content: ask },
    ];
    expect(taskOf(follow("la marge opérationnelle en pourcentage ?"))).toBe("math");
  });
  it("is maths when the run's tool brought the table and the ask is a share or a rate as %", () => {
    const funnel = "step,users\nvisited,52000\nsigned_up,8100\nverified,6400\nfirst_order,2300";
    const next = (ask: string): ChatMessage[] => run("You are a growth analyst agent with read access to product analytics.", "funnel for october", "funnel_query", funnel, ask);
    expect(taskOf(next("drop-off between each step as %?"))).toBe("math");
    expect(taskOf(next("what fraction of visitors end up ordering?"))).toBe("math");
  });
  it("but figures described in a percentage, a judgement asked, or a why is left alone", () => {
    expect(taskOf(user("Returns by store, as % of sales: North 4.1, South 6.8, East 3.9, West 12.2. Should we worry about West?"))).not.toBe("math");
    expect(taskOf(user("Ping times in ms: 20, 21, 22, 190, 21, 23, 20, 185. Mean and p95, and would you call this jitter or a network problem?"))).not.toBe("math");
    expect(taskOf(user("Conversion fell from 4.2% to 3.1% after the redesign while traffic went from 41k to 55k. Why, in percentage terms, did it fall so much?"))).not.toBe("math");
  });
  it("and a t-test named over two series is maths, though the figures are a system's build times", () => {
    expect(taskOf(user("Deploy durations in seconds, old runner [212, 205, 220, 199, 214] vs new runner [188, 192, 185, 197, 190]. Is the new one faster? Give the mean difference and a quick t-test."))).toBe("math");
  });
});

describe("a diagnosis asked in a short turn over an operations agent's tool results", () => {
  const lag = "GROUP     TOPIC     PARTITION  LAG\npayments  ledger.v3 0          412093\npayments  ledger.v3 1          398114\n# consumer rate 900 msg/s, producer rate 1,600 msg/s";
  const latency = '{"status":"success","data":{"result":[{"metric":{"service":"search"},"values":[[1764547200,"0.210"],[1764633600,"0.214"],[1764720000,"0.890"]]}]}}';
  it("is analysis, in several languages, whatever the reading of the short turn", () => {
    for (const next of ["anything odd in there?", "is this the broker or the consumer?", "irgendwas auffällig?", "¿algo raro aquí?", "有什么异常吗？", "что происходит с консьюмером?"]) {
      expect(taskOf(run(OPS, "payments consumer lag", "kafka_lag", lag, next)), next).toBe("analysis");
    }
    expect(taskOf(run(OPS, "search latency this week", "prom_query", latency, "anything unusual here?"))).toBe("analysis");
  });
  it("but a value looked up, or a question with code under review, is left to the other readings", () => {
    expect(taskOf(run(OPS, "payments consumer lag", "kafka_lag", lag, "which partition has the highest lag?"))).not.toBe("analysis");
    const code = "def consume(batch):\n    for msg in batch:\n        handle(msg)\n    commit()";
    expect(taskOf(run("You are a coding agent in the user's repository.", "why is the consumer slow", "read_file", code, "anything odd in there?"))).not.toBe("analysis");
  });
});

describe("an offer stated at the end of the assistant's turn, then a consent", () => {
  const offered = (ask: string, answer: string, consent: string): ChatMessage[] => [
    { role: "user", content: ask },
    { role: "assistant", content: answer },
    { role: "user", content: consent },
  ];
  it("asks for the work offered, in several languages", () => {
    const rename = offered(
      "We have 4,000 scanned invoices named like scan_0001.pdf. How should we organise them?",
      "Group them by year and supplier, with names like 2026-03_acme_INV-4411.pdf. I can write the Python script that renames them from the OCR text if you want.",
      "go ahead",
    );
    expect(taskOf(rename)).toBe("code_generation");
    expect(heuristicTaskOf(rename)).toBe("code_generation");
    const spanish = offered(
      "¿Qué le digo a mi casero sobre la humedad del baño?",
      "Lo mejor es avisarle por escrito, con fotos y fechas. Puedo traducirte la carta al inglés si quieres.",
      "sí, adelante",
    );
    expect(taskOf(spanish)).toBe("translation");
  });
  it("but a turn that ends on a plain statement offers nothing", () => {
    expect(offerClause({ role: "assistant", content: "I can see why the totals differ: the tax is applied twice." })).toBeUndefined();
    expect(offerClause({ role: "assistant", content: "Ich kann dir das Skript schreiben, wenn du willst." })).toBe("das skript schreiben");
  });
});

describe("a letter or a poem named by its kind, in the cue languages that lacked the word", () => {
  it("is writing, and a shorter version of the letter stays writing", () => {
    const letter = "Schreib mir ein Bewerbungsschreiben als Werkstudent im Controlling bei einem Versicherer in Köln. Ich kann Excel, SAP und etwas Python.";
    expect(taskOf([{ role: "user", content: letter }])).toBe("creative_writing");
    const shorter: ChatMessage[] = [
      { role: "user", content: letter },
      { role: "assistant", content: "Sehr geehrte Damen und Herren,\n\nmit großem Interesse bewerbe ich mich …\n\nMit freundlichen Grüßen" },
      { role: "user", content: "kürzer bitte, und etwas lockerer" },
    ];
    expect(taskOf(shorter)).toBe("creative_writing");
    for (const ask of ["Viết cho tôi vài câu thơ về hoa phượng mùa hè.", "Maak een verjaardagsgedicht voor mijn oma van 90, ze houdt van tuinieren."]) {
      expect(heuristicTaskOf([{ role: "user", content: ask }]), ask).toBe("creative_writing");
    }
  });
});

describe("a change to code asked in a few words after code was shown", () => {
  const code = "```js\nasync function fetchAll(urls) {\n  const out = [];\n  for (const u of urls) out.push(await fetch(u).then((r) => r.json()));\n  return out;\n}\n```";
  const after = (change: string): ChatMessage[] => [
    { role: "user", content: `review this:\n${code}` },
    { role: "assistant", content: "It fetches one URL at a time, so 500 URLs take 500 round trips; errors from one URL reject the whole call." },
    { role: "user", content: change },
  ];
  it("is code to write, in several languages, though no task word names it", () => {
    for (const change of ["add a timeout of 3 seconds per request", "make it run 4 at a time, no library", "mach das parallel, aber höchstens 4 gleichzeitig", "加上超时处理"]) {
      expect(heuristicTaskOf(after(change)), change).toBe("code_generation");
      expect(taskOf(after(change)), change).toBe("code_generation");
    }
  });
  it("but thanks, or a turn after no code, is left alone", () => {
    expect(heuristicTaskOf(after("thanks, that makes sense"))).toBe("chat");
    expect(changeAskedGuard("chat", readConversation([{ role: "user", content: "hi" }, { role: "assistant", content: "Hello!" }, { role: "user", content: "make it quick" }]))).toBeUndefined();
  });
});

describe("quantities asked to be converted between units", () => {
  it("is maths, in several languages, when a conversion verb and a quantity with a unit are both there", () => {
    for (const ask of ["Convert these for my recipe: 350 °F to °C, 8 oz to grams, 2 cups to ml.", "rechne bitte 26,2 Meilen in Kilometer um", "convierte 6 ft 2 in a centímetros", "换算一下：180 磅是多少公斤？"]) {
      expect(heuristicTaskOf([{ role: "user", content: ask }]), ask).toBe("math");
    }
  });
  it("but a file converted, or a translation that converts units on the way, is left alone", () => {
    expect(unitConversionGuard("chat", readConversation([{ role: "user", content: "convert this invoice to PDF please" }]))).toBeUndefined();
    expect(unitConversionGuard("translation", readConversation([{ role: "user", content: "Translate the recipe into English and convert 200 g to oz" }]))).toBeUndefined();
  });
});
