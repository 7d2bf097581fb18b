/**
 * Round 56's review: inputs written for the review in the ten languages where the round's readings fire on words that ask
 * other work. A run "again" that asks an explanation or a question, a postmortem's template or script, and a channel
 * judged for its promise or its future were over-read by the round's first version; each is covered here.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, inLongRun } from "./generalization-44.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const reasons = (messages: ChatMessage[]): string[] => [learned.classify(messages).taskReason ?? "", heuristic.classify(messages).taskReason ?? ""];

const flaky = (turn: string) =>
  inLongRun("the e2e suite is flaky", "bash", JSON.stringify({ cmd: "npx playwright test" }), "✘ checkout.spec.ts:14 pays (timeout 30000ms)\n✓ cart.spec.ts:8 adds item\n2 failed, 40 passed", turn);
const incident = (turn: string) =>
  inLongRun("pull the incident notes", "bash", JSON.stringify({ cmd: "cat incidents/2026-11-30.md" }), "09:10 alert: queue lag 40k\n09:18 consumer pool exhausted\n09:31 pool size raised to 64\n09:40 lag back to 0", turn);
const DATA = "You are the analytics team's warehouse agent. Query Postgres with the sql tool.";
const leads = afterTool({ system: DATA, ask: "leads by channel", tool: "sql", args: "{}", result: "channel | spend | leads\nsearch | 9100 | 260\nsocial | 4400 | 220\nevents | 7000 | 100" });

describe("a run 'again' that asks an explanation or a question is no run asked", () => {
  it("leaves the anchor's reading (en, es, fr, de)", () => {
    for (const turn of ["run it again but explain each step this time", "corre de nuevo la explicación, no la entendí", "relance-moi l'explication encore une fois", "execute again? why would that help?", "führ das nochmal aus? wozu?"]) {
      for (const reason of reasons(flaky(turn))) expect(reason).not.toMatch(/run or a repair/);
    }
  });
});

describe("a postmortem's template or tooling is no postmortem written", () => {
  it("is not summed up (en, es, de, zh)", () => {
    for (const turn of ["write the postmortem template as a markdown file in docs/", "write the postmortem script that pulls the timeline from PagerDuty", "escribe la plantilla del postmortem en docs/", "schreib das Postmortem-Skript für die Timeline", "写一个事故报告模板"]) {
      for (const reason of reasons(incident(turn))) expect(reason).not.toMatch(/postmortem, the run summed up/);
    }
  });
});

describe("a channel judged for its promise or its future is no row read", () => {
  it("is not a lookup (en, it, zh, ru, es, ja)", () => {
    for (const turn of ["which channel is the most promising for next year?", "quale canale ha più potenziale?", "哪个渠道最好？", "какой канал самый перспективный?", "¿qué canal tendrá más leads el año que viene?", "来年一番伸びそうなチャネルはどれ？"]) {
      for (const reason of reasons(leads(turn))) expect(reason).not.toMatch(/ranks first/);
    }
  });
});
