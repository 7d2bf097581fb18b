/**
 * Thirty-fourth round: classes read off a fresh development set (`training/conversation-dev-178.jsonl`), each with the
 * look-alike it must leave alone. Team-written inputs, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { agentTurn } from "./turns.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const heuristicTaskOf = (messages: ChatMessage[]): string => heuristic.classify(messages).task.label;
const one = (text: string): ChatMessage[] => [{ role: "user", content: text }];

describe("a continuation word after an agent's non-code work", () => {
  const chunked = (system: string, ask: string, done: string, next: string): ChatMessage[] => [
    { role: "system", content: system },
    { role: "user", content: ask },
    { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: "read_file", arguments: '{"path": "docs/faq.md", "part": "1/4"}' } }] },
    { role: "tool", tool_call_id: "c1", content: "## Billing\nInvoices are issued on the first working day of the month.\n\n## Refunds\nRefunds reach the card within 5–10 days." },
    { role: "assistant", content: done },
    { role: "user", content: next },
  ];
  const system = "You are a docs agent. You read files of the documentation repository in parts.";
  it("goes on with that work (a translation, a summary)", () => {
    const fr = "## Facturation\nLes factures sont émises le premier jour ouvré du mois.\n\n## Remboursements\nLe remboursement arrive sur la carte sous 5 à 10 jours.\n\n(Partie 1 sur 4.)";
    for (const next of ["continue", "weiter", "continua pure", "продолжай", "继续", "続けて", "계속"]) {
      const messages = chunked(system, "translate docs/faq.md into French, part by part, it's long", fr, next);
      expect(taskOf(messages), next).toBe("translation");
      expect(heuristicTaskOf(messages), next).toBe("translation");
    }
    const summary = "- Invoices: first working day of the month.\n- Refunds: 5–10 days to the card.\n(Part 1 of 4.)";
    expect(taskOf(chunked(system, "summarise docs/faq.md for the support team, section by section", summary, "keep going"))).toBe("summarization");
  });

  it("still makes the change when the work was code", () => {
    const coding = "You are a coding agent in a TypeScript repository. You can read and edit files.";
    const code = "I've added `parseInvoice` in `src/invoice.ts`. Next I'll write the tests for it.";
    expect(taskOf(chunked(coding, "add an invoice parser and tests for it", code, "continue"))).toBe("code_generation");
    expect(taskOf(chunked(coding, "add an invoice parser and tests for it", code, "go ahead"))).toBe("code_generation");
  });
});

describe("a greeting with letters drawn out, in a coding agent's conversation", () => {
  const agent = (text: string): ChatMessage[] => [
    { role: "system", content: "You are Moss, a coding agent for the web team. You can read the repo, run the tests and open pull requests." },
    { role: "user", content: text },
  ];
  it("is small talk", () => {
    for (const text of ["heyyy, u there? 👋", "hiii whats up", "yo whats up", "hellooo, you around?", "sup"]) {
      expect(taskOf(agent(text)), text).toBe("chat");
      expect(heuristicTaskOf(agent(text)), text).toBe("chat");
    }
  });
  it("but a greeting before an ask is the ask", () => {
    expect(taskOf(agent("heyy can you fix the flaky login test"))).toBe("code_generation");
    expect(taskOf(agent("yo whats up with the build, it fails on main"))).toBe("code_review");
  });
});

describe("explain what a thing is, in a few words", () => {
  it("is a quick answer, in the European languages", () => {
    for (const text of ["me explica rapidinho o que é um fundo imobiliário", "erklär mir kurz, was eine Hypothek ist", "explique-moi vite fait ce qu'est un ETF", "spiegami in due parole cos'è lo spread", "explícame qué es la prima de riesgo"]) {
      expect(taskOf(one(text)), text).toBe("simple_qa");
    }
  });
  it("but not when a text or code is given to explain, or a long reading is asked", () => {
    expect(taskOf(one("me explica o que é esse código:\n```js\nconst x = a ?? b\n```"))).not.toBe("simple_qa");
    expect(taskOf(one("les inscriptions ont baissé en octobre, quelle est l'explication la plus probable et qu'est-ce que tu vérifierais ?"))).not.toBe("simple_qa");
    expect(taskOf(one("spiegami cos'è questo errore: TypeError: Cannot read properties of undefined (reading 'map')"))).toBe("code_review");
  });
});

describe("a why-question closing a Japanese sentence", () => {
  it("is a question about the world", () => {
    for (const text of ["冬になると静電気がバチッてなるけど、なんで？", "海の水がしょっぱいのって、どうして？", "飛行機の窓が丸いのはなぜ？"]) {
      expect(taskOf(one(text)), text).toBe("simple_qa");
      expect(heuristicTaskOf(one(text)), text).toBe("simple_qa");
    }
  });
  it("but not about code, nor asked of the assistant", () => {
    expect(taskOf(one("このPythonが動かないけど、なんで？\n```python\nprint(len(5))\n```"))).toBe("code_review");
    // A why asked of the assistant itself is small talk; an exclamation is no question.
    expect(heuristicTaskOf(one("ねえ、あなたはなんでそんなに日本語が上手なの？"))).toBe("chat");
    expect(heuristicTaskOf(one("なんでやねん！"))).toBe("chat");
  });
});

describe("a mean asked of the numbers listed", () => {
  it("is maths, in French, Italian, Spanish and Portuguese", () => {
    for (const text of ["les notes de ma fille ce trimestre : 14, 11,5, 16, 9 — c'est quoi sa moyenne ?", "tempi sul giro 1:42, 1:40, 1:45, 1:39 — che media fanno?", "gasté 45, 60, 38 y 52 euros en la compra estas semanas, ¿qué promedio da?", "dormi 6, 7, 5 e 8 horas essa semana, qual a média?"]) {
      expect(taskOf(one(text)), text).toBe("math");
    }
  });
  it("but a mean looked up is a lookup", () => {
    expect(taskOf(one("c'est quoi la moyenne d'âge des députés en 2024 ?"))).toBe("simple_qa");
    expect(taskOf(one("qual è la media spettatori della Serie A nel 2023?"))).toBe("simple_qa");
  });
});

describe("growth asked 'month over month' without hyphens", () => {
  const table = "month | signups\n2026-04 | 3,120\n2026-05 | 3,480\n2026-06 | 3,310";
  const data = (text: string): ChatMessage[] => agentTurn("You are a data assistant with read access to the warehouse.", "signups per month for q2", "run_sql", '{"q": "select month, signups from kpi.signups"}', table, text);
  it("is worked out", () => {
    for (const text of ["whats the month over month growth for may and june, in %", "what was the week over week growth then", "and what's the quarter over quarter growth?"]) {
      expect(taskOf(data(text)), text).toBe("math");
    }
  });
  it("but a reading of it stays an analysis", () => {
    expect(taskOf(data("why did the month over month growth drop in june? anything we changed?"))).toBe("analysis");
  });
});

describe("figures sorted into categories, in Chinese and Japanese", () => {
  it("is a classification, not a sum", () => {
    for (const text of ["把上个月的花销按类别分一下：水电 280，奶茶 156，健身卡 399，加油 650", "先月の支出をカテゴリ別に分けて：家賃 72000、ジム 8800、ランチ 15400、ガソリン 9000"]) {
      expect(taskOf(one(text)), text).toBe("classification");
    }
  });
  it("but a total per category is a sum", () => {
    expect(taskOf(one("按类别算一下每类一共多少钱：水电 280，奶茶 156，奶茶 48，加油 650"))).toBe("math");
  });
});

describe("a table asked of what a tool returned", () => {
  const timetable = "Airport → Centre (Sun): 06:05, 06:35 … every 30 min until 20:35, then 21:20, 22:05, 23:10, 00:15. Centre → Airport: 05:40, 06:10 … every 30 min until 20:10, then 21:00, 22:00, 23:30.";
  const bus = (text: string): ChatMessage[] => agentTurn("You are a personal assistant with web access.", "find the sunday bus times airport to centre", "web_fetch", '{"url": "https://example.org/bus"}', timetable, text);
  it("is an extraction, diminutives too", () => {
    for (const text of ["hazme una tablita con los horarios después de las 21h", "fais-moi un petit tableau avec les horaires après 21h", "me faz uma tabelinha só com os horários de depois das 21h"]) {
      expect(taskOf(bus(text)), text).toBe("extraction");
    }
  });
  it("but a coding agent's table is code, and a table with nothing fetched is left to the turn", () => {
    const schema = agentTurn("You are a coding agent in a Rails app. You can read and edit files.", "what does the users schema look like", "read_file", '{"path": "db/schema.rb"}', 'create_table "users" do |t|\n  t.string "email"\nend', "add a migration for a table with id, user_id and token");
    expect(taskOf(schema)).toBe("code_generation");
    expect(taskOf(one("hazme una tablita con los múltiplos de 7 hasta 100"))).toBe("math");
  });
});

describe("a speed-and-time problem in Japanese", () => {
  it("is maths", () => {
    for (const text of ["時速4kmで3時間半歩いたら何キロ進む？", "分速75mで歩くと1.8kmは何分かかる？", "時速90kmで315km走ると何時間かかる？"]) {
      expect(taskOf(one(text)), text).toBe("math");
      expect(heuristicTaskOf(one(text)), text).toBe("math");
    }
  });
  it("but a speed looked up, with no figures given, is a lookup", () => {
    expect(taskOf(one("新幹線の最高時速って何キロ？"))).toBe("simple_qa");
  });
});
