/**
 * Round 56: the classes of the round's development set (conversation-dev-256, 77 agent conversations), as inputs written
 * for this test in the ten languages (not rows of any evaluation set). "Again" beside a run or a repair the turn asks of an
 * agent is that action; a cause asked as "原因は何？", "뭐가 문제야?", "qual è il problema?" is ADR 0045's diagnosis; a
 * commit message named in the other languages is the change summed up; which of an inspection's items, or which of a
 * tool's items ranks first on a figure, is a lookup; a value named before a Japanese or Korean question ending is one of
 * the project; a postmortem written from the run is a summary; leave to deploy as it stands is a verdict on the code.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, inLongRun, u } from "./generalization-44.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];
const reasonOf = (messages: ChatMessage[]): string => learned.classify(messages).taskReason ?? "";

const DATA = "You are the analytics team's warehouse agent. Query Postgres with the sql tool and show what you ran.";
const OPS = "You are the platform team's on-call helper. Inspect hosts with the bash tool; ask before you change anything.";
const flaky = (turn: string) =>
  inLongRun("the e2e suite is flaky on CI", "bash", JSON.stringify({ cmd: "npx playwright test --repeat-each 3" }), "✘ checkout.spec.ts:14 pays with card (timeout 30000ms)\n✓ cart.spec.ts:8 adds item\n✘ checkout.spec.ts:14 pays with card (timeout 30000ms)\n2 failed, 40 passed", turn);
const badQuery = afterTool({ system: DATA, ask: "Bestellungen pro Land im Oktober", tool: "sql", args: JSON.stringify({ q: "select land, count(*) from bestellungen where monat = 10 group by land" }), result: 'ERROR:  column "monat" does not exist\nHINT:  Perhaps you meant "bestellt_am".' });
const crash = (turn: string) => inLongRun("the worker dies on boot", "bash", JSON.stringify({ cmd: "node dist/worker.js" }), "node:internal/modules/esm/resolve:264\n    throw new ERR_MODULE_NOT_FOUND(\nError [ERR_MODULE_NOT_FOUND]: Cannot find package 'zod' imported from /srv/dist/worker.js\nNode.js v20.11.1", turn);
const diff = (turn: string) => inLongRun("what's staged?", "bash", JSON.stringify({ cmd: "git diff --staged" }), "--- a/src/cart.ts\n+++ b/src/cart.ts\n@@ -3,3 +3,4 @@\n-export const total = (l: Line[]) => l.reduce((s, x) => s + x.price, 0);\n+export const total = (l: Line[]) => l.reduce((s, x) => s + x.price * x.qty, 0);", turn);
const mounts = afterTool({ system: OPS, ask: "disks on store-4?", tool: "bash", args: JSON.stringify({ cmd: "ssh store-4 df -h" }), result: "Filesystem Size Used Avail Use% Mounted on\n/dev/sda1 40G 12G 28G 30% /\n/dev/sdb 1.0T 930G 70G 93% /srv/media\n/dev/sdc 500G 120G 380G 24% /srv/cache" });
const channels = afterTool({ system: DATA, ask: "leads by channel last month", tool: "sql", args: JSON.stringify({ q: "select channel, spend, leads, cpl from leads_nov" }), result: "channel | spend | leads | cpl\nsearch | 9100 | 260 | 35.00\nsocial | 4400 | 220 | 20.00\npartners | 1500 | 30 | 50.00\nevents | 7000 | 100 | 70.00" });
const pkg = (turn: string) => inLongRun("peek at the manifest", "read_file", JSON.stringify({ path: "package.json" }), '{ "name": "shop", "dependencies": { "express": "4.19.2", "pg": "8.11.3" } }', turn);
const incident = afterTool({ system: OPS, ask: "pull yesterday's incident log", tool: "bash", args: JSON.stringify({ cmd: "cat incidents/2026-12-01.md" }), result: "14:02 alert: error rate 12% on /login\n14:06 on-call ack\n14:15 cause: expired OAuth client secret\n14:22 secret rotated\n14:25 error rate back to 0.1%\nImpact: 23 min, ~9k failed logins" });

describe("'again' beside a run or a repair asked of an agent is that action", () => {
  it("is the change, not the anchor's work asked again (pt, de, es, fr, ru, zh)", () => {
    expect(learned.classify(flaky("roda esse teste de novo, umas cinco vezes")).task.label).toBe("code_generation");
    expect(both(badQuery("korrigiere die Spalte und lass es nochmal laufen"))).toEqual(["code_generation", "code_generation"]);
    expect(learned.classify(flaky("ejecuta otra vez solo checkout.spec.ts")).task.label).toBe("code_generation");
    expect(learned.classify(flaky("relance encore une fois le test de paiement")).task.label).toBe("code_generation");
    expect(learned.classify(badQuery("исправь запрос и прогони ещё раз")).task.label).toBe("code_generation");
    expect(reasonOf(flaky("再跑一下这个测试，重新跑三次"))).not.toMatch(/inherits/);
  });
  it("leaves 'again' with no run or repair asked, and a chat with no tool", () => {
    expect(reasonOf(flaky("same again, but for cart.spec.ts?"))).not.toMatch(/run or a repair/);
    expect(learned.classify([u("Write a haiku about autumn."), { role: "assistant", content: "Leaves drift on cold wind" }, u("run it by me again, slower")]).task.label).not.toBe("code_generation");
  });
});

describe("a cause asked in the other languages is the diagnosis", () => {
  it("reads the cause of a crash as analysis (ja, ko, it, es, fr, de)", () => {
    expect(both(crash("原因は何？"))).toEqual(["analysis", "analysis"]);
    expect(learned.classify(crash("로그 보니까 뭐가 문제야?")).task.label).toBe("analysis");
    expect(learned.classify(crash("qual è il problema qui?")).task.label).toBe("analysis");
    expect(learned.classify(crash("¿cuál es el problema?")).task.label).toBe("analysis");
    expect(learned.classify(crash("quel est le problème ?")).task.label).toBe("analysis");
    expect(learned.classify(crash("was ist hier das Problem?")).task.label).toBe("analysis");
  });
  it("keeps a fix or a review asked beside it", () => {
    expect(learned.classify(crash("原因は何？直して")).task.label).toBe("code_generation");
    expect(learned.classify(crash("뭐가 문제야? 고쳐 줘")).task.label).toBe("code_generation");
  });
});

describe("a commit message named in the other languages is the change summed up", () => {
  it("is a summary (pt, de, ru, ja, es, ko)", () => {
    expect(both(diff("escreve a mensagem do commit pra isso"))).toEqual(["summarization", "summarization"]);
    expect(both(diff("schreib die Commit-Nachricht für diesen Diff"))).toEqual(["summarization", "summarization"]);
    expect(learned.classify(diff("schreib mir eine Commit-Nachricht")).task.label).toBe("summarization");
    expect(learned.classify(diff("напиши сообщение коммита")).task.label).toBe("summarization");
    expect(learned.classify(diff("コミットメッセージを書いて")).task.label).toBe("summarization");
    expect(learned.classify(diff("redáctame el mensaje del commit")).task.label).toBe("summarization");
    expect(learned.classify(diff("커밋 메시지 써 줘")).task.label).toBe("summarization");
  });
  it("leaves a commit asked with it, another piece beside it, and a verse", () => {
    expect(reasonOf(diff("好，提交一下，提交信息写清楚点"))).not.toMatch(/commit message/);
    expect(reasonOf(diff("escribe un mensaje de commit y una nota para el canal #releases"))).not.toMatch(/commit message/);
    expect(reasonOf(diff("escreve a mensagem do commit em forma de poema"))).not.toMatch(/commit message/);
  });
});

describe("which of an inspection's items is a value the output holds", () => {
  it("is a lookup (fr, de, es, it, en)", () => {
    expect(both(mounts("quel disque est presque plein ?"))).toEqual(["simple_qa", "simple_qa"]);
    expect(learned.classify(mounts("welche Partition ist fast voll?")).task.label).toBe("simple_qa");
    expect(learned.classify(mounts("¿cuál está casi lleno?")).task.label).toBe("simple_qa");
    expect(learned.classify(mounts("quale disco è quasi pieno?")).task.label).toBe("simple_qa");
  });
  it("leaves a forecast and a judgement", () => {
    expect(learned.classify(mounts("quand /srv/media sera-t-il plein à ce rythme ?")).task.label).not.toBe("simple_qa");
    expect(learned.classify(mounts("quel disque devrait-on agrandir ?")).task.label).not.toBe("simple_qa");
  });
});

describe("which of a tool's items ranks first on a figure is a lookup", () => {
  it("reads one row of the output (it, es, zh, de, ru, ja, ko)", () => {
    expect(both(channels("quale canale ha il costo per lead più alto?"))).toEqual(["simple_qa", "simple_qa"]);
    expect(learned.classify(channels("¿qué canal trajo menos leads?")).task.label).toBe("simple_qa");
    expect(learned.classify(channels("哪个渠道的线索最多？")).task.label).toBe("simple_qa");
    expect(learned.classify(channels("welcher Kanal hat die höchsten Kosten pro Lead?")).task.label).toBe("simple_qa");
    expect(learned.classify(channels("какой канал самый дешёвый по лиду?")).task.label).toBe("simple_qa");
    expect(learned.classify(channels("リードが一番多いチャネルはどれ？")).task.label).toBe("simple_qa");
    expect(learned.classify(channels("어느 채널이 리드 단가가 가장 낮아?")).task.label).toBe("simple_qa");
  });
  it("leaves advice, a judgement, a cause and a tool with no figures", () => {
    expect(reasonOf(channels("¿qué canal es el mejor para el año que viene?"))).not.toMatch(/ranks first/);
    expect(reasonOf(channels("哪个渠道最值得加预算？"))).not.toMatch(/ranks first/);
    expect(reasonOf(channels("which channel is the most expensive, and why?"))).not.toMatch(/ranks first/);
    const words = afterTool({ system: DATA, ask: "channel notes", tool: "sql", args: "{}", result: "search: steady\nsocial: growing\nevents: seasonal" });
    expect(reasonOf(words("quale canale cresce più in fretta?"))).not.toMatch(/ranks first/);
  });
});

describe("a value named before a Japanese or Korean question ending is one of the project", () => {
  it("is a lookup (ja, ko)", () => {
    expect(both(pkg("このリポジトリの express のバージョンは？"))).toEqual(["simple_qa", "simple_qa"]);
    expect(both(pkg("pg 버전이 뭐야?"))).toEqual(["simple_qa", "simple_qa"]);
  });
  it("leaves a version to choose", () => {
    expect(learned.classify(pkg("express はどのバージョンに上げるべき？")).task.label).not.toBe("simple_qa");
  });
});

describe("a postmortem written from the run is a summary", () => {
  it("sums the incident up (en, ru, es, zh, ja, pt)", () => {
    expect(both(incident("write the postmortem for the wiki: impact, cause, fix, follow-ups"))).toEqual(["summarization", "summarization"]);
    expect(both(incident("напиши постмортем: влияние, причина, что сделали"))).toEqual(["summarization", "summarization"]);
    expect(learned.classify(incident("redacta el informe del incidente para dirección")).task.label).toBe("summarization");
    expect(learned.classify(incident("写一份事故报告：影响、原因、处理")).task.label).toBe("summarization");
    expect(learned.classify(incident("障害報告書を作成して")).task.label).toBe("summarization");
    expect(learned.classify(incident("escreve o relatório do incidente")).task.label).toBe("summarization");
  });
  it("leaves an e-mail about it and a postmortem only mentioned", () => {
    expect(learned.classify(incident("write an email to the customers about the postmortem, apologetic")).task.label).toBe("creative_writing");
    expect(reasonOf(incident("ugh, I still have to write the postmortem tonight"))).not.toMatch(/postmortem/);
  });
});

describe("leave to deploy as it stands, asked of a coding run, is a verdict", () => {
  it("is a review (ja, ko, zh, de, es, fr, pt, ru)", () => {
    for (const turn of ["このままデプロイしていい？", "이대로 배포해도 돼?", "可以直接上线吗？", "kann ich das so deployen?", "¿puedo desplegarlo así?", "je peux déployer comme ça ?", "posso fazer deploy assim?", "можно так выкатывать?"]) {
      expect(both(diff(turn))).toEqual(["code_review", "code_review"]);
    }
  });
  it("leaves a deploy asked, an action beside, a schedule and another meaning", () => {
    expect(heuristic.classify(diff("このままデプロイして")).task.label).toBe("code_generation");
    expect(learned.classify(diff("可以直接上线吗？可以的话就上线")).task.label).toBe("code_generation");
    expect(reasonOf(diff("puedo desplegar el viernes o mejor el lunes?"))).not.toMatch(/verdict/);
    expect(reasonOf(diff("posso rilasciare la memoria a mano in Go?"))).not.toMatch(/verdict/);
  });
});

describe("hostile turns stay fast", () => {
  it("reads 100 kB turns of the round's words under 2 s", () => {
    const turns = ["roda de novo ".repeat(8000), "原因は".repeat(30000), "mensagem do commit ".repeat(5000), "quel disque est ".repeat(6000), "which ".repeat(15000) + "?", "write the postmortem ".repeat(5000), "lass ".repeat(20000) + "laufen"];
    const started = performance.now();
    for (const turn of turns) for (const run of [flaky, crash]) learned.classify(run(turn));
    for (const turn of turns) heuristic.classify(channels(turn));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
