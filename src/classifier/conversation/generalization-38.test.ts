/**
 * Round 38: classes of the misses of `training/conversation-dev-185.jsonl` and `-186.jsonl` (an independent writer's
 * sets), each with the look-alike it must leave alone. Team-written inputs in other words, languages and shapes than the
 * sets' rows, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { detectFollowUp } from "./follow-up.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const heuristicTaskOf = (messages: ChatMessage[]): string => heuristic.classify(messages).task.label;
const user = (content: string): ChatMessage[] => [{ role: "user", content }];

const CODING = "You are a coding agent in the user's repository. Use the tools to read files, run commands and edit code.";
const OPS = "You are an operations assistant with read-only access to the production cluster and its metrics.";
/** An agent asked `ask`, called `tool`, and the run ends on its result (the ask is the latest user turn). */
const askThenTool = (system: string, ask: string, tool: string, result: string): ChatMessage[] => [
  { role: "system", content: system },
  { role: "user", content: ask },
  { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: tool, arguments: "{}" } }] },
  { role: "tool", tool_call_id: "c1", content: result },
];

describe("one value of the project or the system asked in an agent's run", () => {
  const config = '[tool.poetry]\nname = "ledger"\n[tool.poetry.dependencies]\npython = "^3.11"\nfastapi = "0.110.0"\n[tool.ruff]\ntarget-version = "py311"';
  const pods = "NAME READY STATUS IMAGE\nworker-7d9f 1/1 Running registry.internal/worker:2026.11.30-8ab12c\nworker-7d9g 1/1 Running registry.internal/worker:2026.11.30-8ab12c";
  it("is a lookup, in several languages, after a coding agent's or an ops agent's tool", () => {
    for (const ask of [
      "what node version does this project expect?",
      "¿qué versión de Python usa este proyecto?",
      "welche Node-Version erwartet das Projekt?",
      "quelle version de PHP ce dépôt cible-t-il ?",
      "这个项目用的是哪个 Python 版本？",
      "このリポジトリはどのPythonバージョンを使ってる？",
      "какую версию python использует этот проект?",
    ]) {
      expect(taskOf(askThenTool(CODING, ask, "read_file", config)), ask).toBe("simple_qa");
    }
    for (const ask of ["what image tag is the worker deployment running in prod?", "¿qué versión del worker está corriendo en producción?"]) {
      expect(taskOf(askThenTool(OPS, ask, "kubectl", pods)), ask).toBe("simple_qa");
    }
  });
  it("but a version that brought a bug, a version to choose, or a why stays code work", () => {
    expect(taskOf(askThenTool(CODING, "which version introduced this bug?", "read_file", config))).toBe("code_review");
    expect(taskOf(askThenTool(CODING, "which python version should we upgrade to?", "read_file", config))).not.toBe("simple_qa");
    // A why asked of what the run read is analysis (ADR 0045), still no one-value answer.
    expect(taskOf(askThenTool(CODING, "why does the build pin python 3.11?", "read_file", config))).toBe("analysis");
  });
});

describe("a correctness reasoned through over code in a coding agent's run", () => {
  const lock =
    "def take_lock(conn, name):\n    row = conn.execute('SELECT owner FROM locks WHERE name=%s', (name,)).fetchone()\n    if row is None:\n        conn.execute('INSERT INTO locks(name, owner) VALUES (%s, %s)', (name, ME))\n        conn.commit()\n        return True\n    return False";
  it("is reasoning, in several languages, even when a fix is weighed in the question", () => {
    for (const ask of [
      "Reason carefully: with two replicas running, can this lock be taken twice? Enumerate the interleavings that break it.",
      "walk through the orderings carefully and tell me exactly which one loses an update, and whether a unique index alone would fix it",
      "Denk sorgfältig nach: welche Reihenfolge der Aufrufe führt dazu, dass zwei Prozesse den Lock halten?",
      "仔细推理一下：两个副本同时运行时，哪种交错顺序会让这个锁被拿两次？",
    ]) {
      expect(taskOf(askThenTool(CODING, ask, "read_file", lock)), ask).toBe("deep_reasoning");
    }
  });
  it("but a fix asked after the reasoning stays a change", () => {
    expect(taskOf(askThenTool(CODING, "reason carefully about the race and then fix it with a unique index", "read_file", lock))).toBe("code_generation");
  });
});

describe("items sorted into two groups the turn names", () => {
  it("is classification, asked as 'which are A and which are B' or as 'A' vs 'B', in several languages", () => {
    for (const ask of [
      "Which of these expenses are fixed and which are variable? just sort them:\n- rent $1,450\n- groceries $380\n- car insurance $96\n- eating out $210",
      "¿Cuáles de estos gastos son fijos y cuáles variables?\n- alquiler 900 €\n- supermercado 320 €\n- seguro del coche 60 €\n- cenas fuera 150 €",
      "Quali di queste spese sono fisse e quali variabili?\n- affitto 800 €\n- spesa 300 €\n- assicurazione 50 €",
    ]) {
      expect(taskOf(user(ask)), ask).toBe("classification");
    }
    const alerts = "ALERT DiskPressure node-4 (warning)\nALERT CertExpiring api.example.com in 29d (info)\nALERT PodCrashLoop payments-7f (critical)\nALERT HighLatency search p99 1.2s (warning)";
    expect(taskOf(askThenTool(OPS, "sort the alerts in here into 'page someone' vs 'can wait'. just the two lists", "get_alerts", alerts))).toBe("classification");
  });
  it("but a culprit picked among a tool's services, or items sorted by a judgement, is no sorting into groups", () => {
    const latency = "service=checkout p99=2140ms (was 310)\nservice=payments p99=1980ms (was 280)\nservice=inventory p99=4020ms (was 95)\nservice=search p99=300ms (was 290)";
    expect(taskOf(askThenTool(OPS, "checkout got slow at 09:40. which service is the culprit and which are just downstream victims?", "prom_query", latency))).not.toBe("classification");
    expect(taskOf(user("Which of our vendors are worth keeping and which should we drop?\n- Acme: $12k/yr, 3 outages\n- Globex: $8k/yr, 0 outages\n- Initech: $20k/yr, 1 outage"))).not.toBe("classification");
  });
  it("but a comparison of the items is not a sorting into groups", () => {
    expect(taskOf(user("Which of these two laptops is lighter and which has the longer battery life? The Air or the XPS"))).not.toBe("classification");
    expect(taskOf(user("Which of these two laptops is lighter and which has the longer battery life?\n- MacBook Air 13\n- Dell XPS 13\n- ThinkPad X1"))).not.toBe("classification");
  });
});

describe("a figure worked out: a test statistic named, or a trend carried forward", () => {
  it("is maths, in several languages", () => {
    for (const ask of [
      "Newsletter test: version A 12,400 sends, 1,116 clicks; version B 12,380 sends, 1,305 clicks. Is B's click rate significantly higher? give me z and p.",
      "Two classes took the same test: class 1 mean 71.2 (sd 9.8, n 30), class 2 mean 66.5 (sd 11.4, n 28). Is the gap significant? Give the t statistic and p-value.",
      "Prueba A/B: control 9.800 visitas y 412 compras; variante 9.750 visitas y 468 compras. ¿Es significativa la diferencia? Dame z y p.",
    ]) {
      expect(taskOf(user(ask)), ask).toBe("math");
      expect(heuristicTaskOf(user(ask)), ask).toBe("math");
    }
    const disk = "2026-11-01 2.10 TiB free\n2026-11-08 1.92 TiB free\n2026-11-15 1.75 TiB free\nfilesystem size: 3.00 TiB";
    for (const ask of [
      "at this growth rate, when will the data volume on pg-02 be full?",
      "if usage keeps growing like this, which week do we hit 90%?",
      "a este ritmo, ¿cuándo se llena el disco de pg-02?",
      "bei diesem Wachstum: wann ist die Platte auf pg-02 voll?",
    ]) {
      expect(taskOf(askThenTool(OPS, ask, "prom_query", disk)), ask).toBe("math");
    }
  });
  it("but a date asked of the past, or a p-value given and asked to be read, is left alone", () => {
    const disk = "2026-11-01 2.10 TiB free\n2026-11-08 0.00 TiB free";
    expect(taskOf(askThenTool(OPS, "when did pg-02 last run out of disk?", "prom_query", disk))).not.toBe("math");
    expect(taskOf(user("My regression output says coefficient 0.42, standard error 0.19, p = 0.031, n = 212. What does that p mean for my hypothesis?"))).not.toBe("math");
  });
});

describe("an acknowledgement and a feeling at the end of a coding agent's run", () => {
  const lintRun = (next: string): ChatMessage[] => [
    { role: "system", content: CODING },
    { role: "user", content: "run the linter" },
    { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: "bash", arguments: '{"command":"npm run lint"}' } }] },
    { role: "tool", tool_call_id: "c1", content: "> web@2.1.0 lint\n> eslint . --max-warnings=0\n✔ No problems found (380 files)" },
    { role: "assistant", content: "Lint is clean: no problems in 380 files." },
    { role: "user", content: next },
  ];
  it("is small talk, in several languages", () => {
    for (const next of ["sweet, done at last 😅 what a week honestly", "genial, por fin 😅 vaya semana", "super, endlich 😅 war eine lange Woche"]) {
      expect(taskOf(lintRun(next)), next).toBe("chat");
    }
  });
  it("but an ask after the feeling is the ask", () => {
    expect(taskOf(lintRun("nice, finally. long week tbh, can you also run the tests?"))).not.toBe("chat");
  });
});

describe("bare items, each its own question, after an answer", () => {
  it("ask the same of each item", () => {
    const animals = (next: string): ChatMessage[] => [
      { role: "user", content: "Clasifica este animal como mamífero, ave o reptil, una palabra: delfín" },
      { role: "assistant", content: "Mamífero" },
      { role: "user", content: next },
    ];
    expect(taskOf(animals("¿Águila? ¿Lagarto?"))).toBe("classification");
    const capitals: ChatMessage[] = [{ role: "user", content: "What is the capital of Peru?" }, { role: "assistant", content: "Lima." }, { role: "user", content: "Chile? Bolivia?" }];
    expect(heuristicTaskOf(capitals)).toBe("simple_qa");
  });
  it("but a reaction of question words is not a list of items", () => {
    expect(detectFollowUp("titan? halley?")).toEqual({ kind: "inherit", phrase: "titan? halley?" });
    for (const reaction of ["really? why?", "what? how?", "¿qué? ¿por qué?", "warum? wie?"]) expect(detectFollowUp(reaction)?.kind, reaction).not.toBe("inherit");
  });
});

describe("rows picked by a which-question, then the fields asked for them, after a tool's result", () => {
  const SYSTEM = "You are a billing assistant for a wholesale distributor. You can query the invoices database.";
  const rows =
    "invoice | customer | contact | amount | days_overdue\nINV-101 | Northwind | ap@northwind.com | 4,200.00 | 64\nINV-117 | Contoso | billing@contoso.com | 980.50 | 12\nINV-122 | Fabrikam | pay@fabrikam.com | 7,310.00 | 91";
  it("is extraction, in several languages", () => {
    for (const ask of [
      "which invoices are more than 30 days overdue? give me number, customer, amount. nothing else",
      "¿qué facturas llevan más de 30 días vencidas? dame número, cliente e importe",
      "welche Rechnungen sind über 30 Tage überfällig? gib mir Nummer, Kunde und Betrag",
    ]) {
      expect(taskOf(askThenTool(SYSTEM, ask, "run_sql", rows)), ask).toBe("extraction");
    }
  });
  it("but a summary or a why asked after the question is not a list of fields", () => {
    expect(taskOf(askThenTool(SYSTEM, "which invoices are more than 30 days overdue? give me a short summary", "run_sql", rows))).toBe("summarization");
    expect(taskOf(askThenTool(SYSTEM, "which invoices are more than 30 days overdue? why so many?", "run_sql", rows))).not.toBe("extraction");
  });
});
