/**
 * Round 56's second review: inputs written for this review in the ten languages where the round's readings fire on words
 * that ask other work. A text or a translation "fixed again" in a support or a localisation agent's run, a cause already
 * known, a commit message named but not asked for (a hook that checks it, who wrote it, its convention), a postmortem asked
 * as a joke or in a style, an item ranked by a judgement ("most important", "most likely to churn"), a disk chosen to
 * wipe, a risk or a precaution asked before a Japanese or Korean question ending, and a deploy asked about its timing or
 * its manner were read as the round's readings by its first version; each is covered here.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, inLongRun } from "./generalization-44.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const reasons = (messages: ChatMessage[]): string[] => [learned.classify(messages).taskReason ?? "", heuristic.classify(messages).taskReason ?? ""];
const noneMatch = (messages: ChatMessage[], what: RegExp): void => {
  for (const reason of reasons(messages)) expect(reason).not.toMatch(what);
};

const SUPPORT = "You are Lumen's customer support agent. Look up orders with the orders tool, then draft replies for the human agent to send.";
const support = afterTool({ system: SUPPORT, ask: "Customer Marie Dubois says she was charged twice for order 5521. Draft a reply.", tool: "orders", args: JSON.stringify({ id: 5521 }), result: "order 5521 | total 89.90 EUR | charges: 2 | captured 2026-11-30 | refund: none", answer: "Hello Marie, we are sorry: the duplicate charge of 89.90 EUR will be refunded within 5 days." });
const localise = afterTool({ system: "You are a localisation agent. Fetch strings with the cms tool and translate them.", ask: "translate the release banner into German", tool: "cms", args: JSON.stringify({ key: "banner.release" }), result: "New: share wishlists by link. Faster product pages. 30% off this weekend.", answer: "Neu: Wunschlisten per Link teilen. Schnellere Produktseiten. 30 % Rabatt an diesem Wochenende." });
const flaky = (turn: string) =>
  inLongRun("the e2e suite is flaky on CI", "bash", JSON.stringify({ cmd: "npx playwright test" }), "✘ checkout.spec.ts:14 pays with card (timeout 30000ms)\n✓ cart.spec.ts:8 adds item (1.2s)\n2 failed, 40 passed (3.4m)", turn);
const DATA = "You are the analytics team's warehouse agent. Query Postgres with the sql tool and show what you ran.";
const channels = afterTool({ system: DATA, ask: "leads by channel last month", tool: "sql", args: "{}", result: "channel | spend | leads | cpl\nsearch | 9100 | 260 | 35.00\nsocial | 4400 | 220 | 20.00\npartners | 1500 | 30 | 50.00\nevents | 7000 | 100 | 70.00" });
const accounts = afterTool({ system: DATA, ask: "accounts with a usage drop", tool: "sql", args: "{}", result: "name | seats | logins_30d | logins_prev\nAcme | 40 | 12 | 300\nBeta | 10 | 80 | 85\nCoral | 25 | 5 | 140\nDune | 60 | 400 | 390" });
const OPS = "You are the platform team's on-call helper. Inspect hosts with the bash tool; ask before you change anything.";
const disks = afterTool({ system: OPS, ask: "disks on store-4?", tool: "bash", args: JSON.stringify({ cmd: "ssh store-4 df -h" }), result: "Filesystem Size Used Avail Use% Mounted on\n/dev/sda1 40G 12G 28G 30% /\n/dev/sdb 1.0T 930G 70G 93% /srv/media\n/dev/sdc 500G 120G 380G 24% /srv/cache" });
const pkg = (turn: string) => inLongRun("peek at the manifest", "read_file", JSON.stringify({ path: "package.json" }), '{ "name": "shop", "dependencies": { "express": "4.19.2", "pg": "8.11.3" } }', turn);

describe("a text or a translation fixed again is no run nor repair of the agent's", () => {
  it("keeps the draft's or the translation's work (en, fr, de, ru, pt, es, ko)", () => {
    for (const turn of ["fix the tone again, it still sounds cold", "corrige de novo o texto, ainda está frio", "arregla otra vez el correo, suena robótico", "lance-toi encore une fois, plus chaleureux", "좀 더 부드럽게 다시 돌려 말해줘"]) noneMatch(support(turn), /run or a repair/);
    for (const turn of ["korrigiere nochmal die Übersetzung, 'Rabatt' passt hier nicht", "исправь ещё раз перевод, слишком буквально"]) noneMatch(localise(turn), /run or a repair/);
  });
  it("still reads a run asked again in a coding run", () => {
    expect(learned.classify(flaky("roda esse teste de novo, umas cinco vezes")).task.label).toBe("code_generation");
  });
});

describe("a cause already known is no cause asked", () => {
  it("is not the diagnosis (ja, ko)", () => {
    noneMatch(flaky("原因はわかった、ありがとう"), /cause asked/);
    noneMatch(flaky("뭐가 문제인지는 알겠어, 타임아웃을 60초로 늘려"), /cause asked/);
  });
  it("still reads the cause asked", () => {
    expect(learned.classify(flaky("原因は何？")).task.label).toBe("analysis");
    expect(learned.classify(flaky("로그 보니까 뭐가 문제야?")).task.label).toBe("analysis");
  });
});

describe("a commit message named but not asked for is no summary", () => {
  it("leaves its checker, its author, its convention and its translation (fr, de, ru, it, es, ko, zh)", () => {
    for (const turn of ["écris un hook git qui vérifie le message de commit", "schreib ein Skript, das die Commit-Nachricht prüft", "напиши проверку сообщения коммита в pre-commit", "scrivi un hook che controlla il messaggio di commit", "quién escribió el mensaje del commit anterior?", "커밋 메시지 규칙이 뭐야?", "提交信息里的工单号是多少？", "el mensaje del commit anterior dice 'fix' — ¿está bien el cambio?"]) {
      noneMatch(flaky(turn), /commit message, the change summed up/);
    }
  });
});

describe("a postmortem asked as a joke or in a style is writing", () => {
  it("is not summed up (ru, en, fr, it, zh)", () => {
    for (const turn of ["напиши постмортем в стиле Шекспира про наш упавший деплой", "write a postmortem-style parody of our Monday standup", "écris un post-mortem fictif de l'apocalypse zombie, pour rire", "scrivi un postmortem ironico sulla riunione di ieri", "写一个搞笑的复盘段子，讲我们周五上线"]) {
      noneMatch(flaky(turn), /postmortem, the run summed up/);
    }
  });
});

describe("an item ranked by a judgement is no row read", () => {
  it("is not a lookup (en, it, fr, ru, zh, ja, ko, pt)", () => {
    for (const turn of ["which is the most important finding here?", "quel canal est le plus risqué ?", "какой канал самый важный?", "哪个渠道最重要？", "どれが一番重要？", "가장 중요한 건 어느 채널이야?", "qual canal é mais arriscado?", "quale canale è più sottovalutato?"]) {
      noneMatch(channels(turn), /ranks first/);
    }
    for (const turn of ["which customers are most likely to churn?", "кто из них самый ненадёжный клиент?"]) noneMatch(accounts(turn), /ranks first/);
  });
});

describe("a disk chosen to wipe or to replace is no value the output holds", () => {
  it("is not a lookup (de, es, it, ru, zh, ja, ko, en, fr)", () => {
    for (const turn of ["welche Partition ist sicher zu löschen?", "cuál está bien borrar?", "quale disco è da sostituire?", "какой диск можно почистить?", "哪块盘可以删？", "どれを消しても大丈夫？", "어느 디스크를 지워도 돼?", "which disk is the bottleneck?", "quel disque est le plus important à surveiller ?"]) {
      noneMatch(disks(turn), /value the host inspection's output holds|ranks first/);
    }
  });
  it("still reads which disk is nearly full", () => {
    expect(learned.classify(disks("quel disque est presque plein ?")).task.label).toBe("simple_qa");
  });
});

describe("a risk or a precaution before a Japanese or Korean question ending is no value of the project", () => {
  it("is not a lookup (ja, ko)", () => {
    for (const turn of ["バージョンを上げたらどうなる、リスクは？", "このブランチをマージする前に気をつけることは？", "ブランチ戦略のおすすめは？", "이 브랜치 전략의 단점이 뭐야?"]) {
      noneMatch(pkg(turn), /one value of the project/);
    }
  });
});

describe("a deploy asked about its timing or its manner is no verdict", () => {
  it("is not a review (de, it, zh, ru, pt, ko)", () => {
    for (const turn of ["kann ich das so deployen, dass nur 10% der Nutzer es sehen?", "posso fare il deploy adesso o c'è il freeze fino a lunedì?", "这个项目可以直接部署吗？还是要先打包成 docker 镜像？", "можно уже деплоить или ждём зелёный CI?", "posso fazer deploy agora? a janela de manutenção já começou?", "지금 배포해도 돼? 오늘 배포 금지 기간 아니야?"]) {
      noneMatch(flaky(turn), /verdict/);
    }
  });  it("still reads one question with an alternative as the verdict (ru, de)", () => {
    for (const turn of ["можно так выкатывать или что-то поправить?", "kann ich das so deployen oder fehlt noch was?"]) {
      expect(heuristic.classify(flaky(turn)).taskReason ?? "").toMatch(/verdict/);
    }
  });
});

describe("a run asked politely is the run; a telling asked 'again' is not", () => {
  it("reads a please or a 'can you' question as the run (en, de)", () => {
    for (const turn of ["please run the tests again", "bitte führ die Tests nochmal aus", "can you run the tests again?"]) {
      expect(learned.classify(flaky(turn)).task.label).toBe("code_generation");
      expect(heuristic.classify(flaky(turn)).task.label).toBe("code_generation");
    }
  });
  it("leaves 'run it by me again' and 'run me through it again'", () => {
    for (const turn of ["run that by me again, slower", "run me through it again"]) noneMatch(flaky(turn), /run or a repair/);
  });
});

describe("a second question joined to the ranking is no row read", () => {
  it("is not a lookup (en, de, es)", () => {
    for (const turn of ["which channel grew the most, and is that a trend?", "welcher Kanal hat die meisten Leads und warum?", "¿cuál trajo más leads y por qué?"]) noneMatch(channels(turn), /ranks first/);
  });
});

describe("a commit message asked made or generated is still the summary", () => {
  it("reads 'gera', 'mach mir', 'génère', '写一下', '작성해줘' (pt, de, fr, zh, ko)", () => {
    for (const turn of ["gera a mensagem do commit", "mach mir eine Commit-Nachricht", "génère le message de commit", "提交信息帮我写一下", "커밋 메시지 작성해줘"]) {
      expect(learned.classify(flaky(turn)).task.label).toBe("summarization");
    }
  });
});
