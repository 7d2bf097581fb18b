/**
 * Twenty-fourth round: what a turn that carries figures asks for, read from its own ask (`figure-asks.ts`), in several
 * of the ten languages, each with the look-alike it must leave alone. Team-written, not from any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { MESSAGE_ASKS } from "./message-asks.js";
import { asksForJudgement } from "./judgement-asks.js";
import { tableAskGuard } from "./figure-asks.js";
import { readConversationCached } from "./read-conversation.js";

const learned = createClassifier("learned");
const taskOf = (content: string): string => learned.classify([{ role: "user", content }]).task.label;

describe("a message asked for about figures", () => {
  it("finds the ask in ten languages, and not a report of one written", () => {
    for (const ask of [
      "Please write a quick note to the team",
      "Escribe un mensaje corto al equipo",
      "Escreve uma mensagem curta para a equipe",
      "Schreib eine kurze Nachricht ans Team",
      "Rédige un petit message pour l'équipe",
      "Scrivi un breve messaggio al team",
      "Напиши короткое сообщение команде",
      "帮我给团队写一条简短的消息",
      "チームへの短いメッセージを書いてください",
      "팀에 보낼 짧은 메시지 좀 써 줘",
    ]) {
      expect(MESSAGE_ASKS.test(ask.toLowerCase()), ask).toBe(true);
    }
    expect(MESSAGE_ASKS.test("you helped me draft half those emails")).toBe(false);
    expect(MESSAGE_ASKS.test("escribe la respuesta como fracción")).toBe(false);
  });

  it("reads a message about a service's figures as writing, where the figures alone read as debugging", () => {
    expect(taskOf("自周二发布结账服务以来：p95从210毫秒涨到640毫秒，错误率从0.4%升到2.1%，每个节点CPU 38%→71%。\n\n帮我写一段发到#ops频道的简短说明，解释这些数字，并说明我们要回滚。")).toBe("creative_writing");
    expect(taskOf("화요일 배포 이후 checkout 서비스: p95 210ms → 640ms, 에러율 0.4% → 2.1%, 노드당 CPU 38% → 71%.\n\n#ops 채널에 올릴 짧은 공지 좀 써 줘요. 이 수치를 설명하고 롤백한다는 내용으로요.")).toBe("creative_writing");
  });
});

describe("pasted lines of figures asked back as a table", () => {
  const lines = "\n\nsvc=checkout-a p95=640ms err=2.1% cpu=71%\nsvc=checkout-b p95=1180ms err=3.4% cpu=88%\nsvc=checkout-c p95=420ms err=0.9% cpu=52%\nsvc=checkout-d p95=870ms err=1.7% cpu=64%";
  it("reads them as extraction in several languages", () => {
    expect(taskOf(`Из этих строк сделай таблицу в markdown: сервис, p95 в мс и доля ошибок, худшие сверху:${lines}`)).toBe("extraction");
    expect(taskOf(`From these lines, give me a markdown table with service, p95 in ms and error rate, worst p95 first:${lines}`)).toBe("extraction");
  });

  it("takes a maths word among the columns asked for (area) as no sum", () => {
    const report = "这份GC报告里只挑出有名字的化合物，给出保留时间和峰面积，输出CSV：\n\nPeak  RT(min)  面积     名称\n1     3.12     22,410   柠檬烯\n2     5.48     8,902    未知\n3     7.05     61,330   芳樟醇\n4     9.61     4,118    香叶醇";
    expect(tableAskGuard("math", readConversationCached([{ role: "user", content: report }]))?.task).toBe("extraction");
  });

  it("leaves code asked for them, and a table the writer pasted, alone", () => {
    expect(taskOf(`Write a python script that turns lines like these into a CSV file:${lines}`)).toBe("code_generation");
    const pasted = learned.classify([{ role: "user", content: `Why is checkout-b so much slower than the others? Here's the table:${lines}` }]);
    expect(pasted.taskReason).not.toContain("as a table");
  });
});

describe("a judgement of figures asked", () => {
  it("finds judgement asks in the closing question, in ten languages", () => {
    for (const ask of [
      "is the drop real, or is it how we measure?",
      "¿es una señal de alarma o una variación normal?",
      "é um sinal de alerta ou uma variação normal?",
      "ist das ein Warnsignal oder eine normale Schwankung?",
      "est-ce un signal d'alarme ou une variation normale ?",
      "è un campanello d'allarme o una variazione normale?",
      "это тревожный знак или нормальные колебания?",
      "这是危险信号，还是正常波动？",
      "これは危険信号ですか、それとも普通の変動ですか？",
      "이게 경고 신호일까요, 아니면 정상적인 변동일까요?",
    ]) {
      expect(asksForJudgement(ask.toLowerCase()), ask).toBe(true);
    }
    expect(asksForJudgement("what's the legal minimum tread depth in germany?")).toBe(false);
  });

  it("reads a judgement of personal figures as analysis, and a sum asked of them as maths", () => {
    const figures = "My running log for the last 6 weeks: 5 km times 27:40, 28:15, 28:50, 29:30, 29:10, 30:05, resting heart rate up from 52 to 58, and I've been sleeping about 6 hours since the new job started.";
    expect(taskOf(`${figures} Is this a real warning sign, or just normal variation?`)).toBe("analysis");
    expect(taskOf("Mein Lauftagebuch der letzten 6 Wochen: 5 km in 27:40, 28:15, 28:50, 29:30, 29:10, 30:05, Ruhepuls von 52 auf 58, und ich schlafe seit dem neuen Job etwa 6 Stunden. Ist das ein Warnsignal oder eine normale Schwankung?")).toBe("analysis");
    expect(taskOf("最近6週間のランニング記録：5kmのタイムは27:40、28:15、28:50、29:30、29:10、30:05、安静時心拍は52から58に上がり、転職してから睡眠は6時間ほどです。これは危険信号ですか、それとも普通の変動ですか？")).toBe("analysis");
    expect(taskOf("최근 6주 달리기 기록: 5km 27:40, 28:15, 28:50, 29:30, 29:10, 30:05, 안정 시 심박수는 52에서 58로 올랐고, 이직 후 잠은 6시간 정도예요. 이게 경고 신호일까요, 아니면 정상적인 변동일까요?")).toBe("analysis");
    expect(taskOf(`${figures} What's my average 5 km time over the 6 weeks?`)).toBe("math");
  });
});

describe("a norm asked, with the writer's own figures after it", () => {
  it("reads the opening question's norm as a quick answer, in several languages", () => {
    expect(taskOf("Wie viel Wasser wird Erwachsenen normalerweise pro Tag empfohlen? Ich wiege 81 kg und laufe 4-mal pro Woche.")).toBe("simple_qa");
    expect(taskOf("成年人每天一般建议喝多少水？我81公斤，每周跑步4次。")).toBe("simple_qa");
    expect(taskOf("Is 1 horsepower the same as 0.75 kW? My mower says 6.5 hp and the spec sheet 4.8 kW.")).toBe("simple_qa");
    expect(taskOf("1馬力は0.75kWと同じですか？芝刈り機には6.5馬力、仕様書には4.8kWと書いてあります。")).toBe("simple_qa");
    expect(taskOf("1마력이 0.75kW랑 같은 거예요? 제 잔디깎이엔 6.5마력, 사양서엔 4.8kW라고 돼 있어요.")).toBe("simple_qa");
  });

  it("leaves a sum asked of the writer's figures, and advice asked later in a conversation, alone", () => {
    expect(taskOf("How much water should I drink a day if I weigh 81 kg at 35 ml per kg? Work it out for me.")).toBe("math");
    const later = learned.classify([
      { role: "user", content: "Here are my monthly expenses: rent 950, food 420, transport 180, subscriptions 95, eating out 310." },
      { role: "assistant", content: "Thanks, that adds up to 1,955 a month. Eating out and subscriptions are the most flexible." },
      { role: "user", content: "Vale, ¿qué me recomendarías cambiar? Quiero ahorrar al menos 400 al mes." },
    ]);
    expect(later.taskReason).not.toContain("asks a norm");
  });
});

describe("bands defined by figures, a label asked for each item", () => {
  const items = "\n\nMia 62 · Leon 41 · Sara 29 · Omar 55 · Ines 47 · Yuki 33";
  it("reads the ask as classification, whatever the script", () => {
    expect(taskOf(`Asigna a cada nadador un nivel: Oro 60+, Plata 45–59, Bronce 30–44, Inicio menos de 30. Nombre → nivel, nada más.${items}`)).toBe("classification");
    expect(taskOf(`Распредели пловцов по уровням: Золото 60+, Серебро 45–59, Бронза 30–44, Начальный ниже 30. Только имя → уровень.${items}`)).toBe("classification");
    expect(taskOf(`수영 선수마다 레벨을 매겨 줘요: 골드 60 이상, 실버 45~59, 브론즈 30~44, 입문 30 미만. 이름 → 레벨만요.${items}`)).toBe("classification");
  });

  it("leaves targets with an arrow in a table of figures, and code asked for the bands, alone", () => {
    const targets = learned.classify([{ role: "user", content: "Q3 by rep. Who needs coaching?\n\nRep  Leads  Meetings  Won\nAna  310  74  12\nBen  288  41  11\nCai  342  88  19\n\nTargets: meeting rate ≥ 20%, proposal→won ≥ 30%, cycle ≤ 45 days." }]);
    expect(targets.taskReason).not.toContain("bands defined by figures");
    expect(taskOf(`Write a python function that gives each swimmer a level: Gold 60+, Silver 45–59, Bronze 30–44, Entry below 30. Name → level.${items}`)).toBe("code_generation");
  });
});

describe("a diagnosis asked of a running system's figures", () => {
  it("is debugging in the languages whose words for suspecting the team wrote", () => {
    expect(taskOf("Unser Java-Dienst wächst pro Stunde um etwa 150 MB, bis er bei 6 GB stirbt, ungefähr alle 30 Stunden. Der Heap-Dump zeigt 64 % in byte[] unter CacheLoader.load, und die Thread-Zahl steigt von 200 auf 9.000. Was sollte ich verdächtigen?")).toBe("analysis"); // ADR 0030: a diagnosis from a system's log or figures, no code shown (was code_review)
    expect(taskOf("我们的Java服务每小时涨大约150 MB，到6 GB就挂，差不多每30小时一次。heap dump显示64%在CacheLoader.load下面的byte[]，线程数从200涨到9000。我该怀疑什么？")).toBe("analysis"); // ADR 0030 (was code_review)
  });
});

describe("a pasted text asked back in a few sentences", () => {
  const letter =
    '\n\n"Dear tenant, from 1 April 2026 the monthly rent for your flat will rise from 1,140 to 1,215 under clause 4.2 of your lease (index-linked, CPI +2.1% plus 4.4% for the new windows). Service charges stay at 185 a month; the heating advance rises from 62 to 78. The deposit of 3,420 remains unchanged. Any objection must reach us in writing within 30 days."';
  it("is its summary, whatever figures the text holds", () => {
    expect(taskOf(`Our landlord sent this. In two or three plain sentences, what changes for us?${letter}`)).toBe("summarization");
  });

  it("leaves a sum asked at that length alone", () => {
    expect(taskOf(`Our landlord sent this. In two sentences: how much more will we pay per year in total?${letter}`)).toBe("math");
  });
});

describe("help asked with a message, and a judgement read as a puzzle", () => {
  it("reads help with a mail about a child's times as writing", () => {
    expect(taskOf("Hilf mir bei einer Mail an den Trainer meiner Tochter. Ihre Zeiten über 100 m sind von 1:18 auf 1:26 gestiegen; ich möchte fragen, was ihm im Training auffällt und ob ein zusätzliches Training am Freitag helfen würde. Höflich, nicht zu lang.")).toBe("creative_writing");
  });

  it("reads a warning sign asked of school marks as analysis, not a chain of reasoning", () => {
    expect(taskOf("Das Zeugnis meiner Tochter, dieses Halbjahr gegenüber dem letzten: Chemie 2 → 4, Bio 2 → 3, Englisch 3 → 2, Kunst 2 → 1. Sie trainiert seit September 9 Stunden pro Woche im Verein. Ist das ein echtes Warnsignal oder ein normaler Durchhänger?")).toBe("analysis");
  });
});

describe("look-alikes found in review", () => {
  it("leaves a sequence puzzle's 'is there a pattern?' to maths, in several languages", () => {
    expect(asksForJudgement("sequence 2, 6, 12, 20, 30 — is there a pattern? find the next term.")).toBe(false);
    expect(taskOf("Sequence 2, 6, 12, 20, 30 — is there a pattern? Find the next term.")).toBe("math");
    expect(taskOf("Welche Zahl kommt als nächstes: 3, 7, 15, 31, 63? Erkennst du ein Muster?")).toBe("math");
    expect(asksForJudgement("c'est autre chose ?")).toBe(false);
  });

  it("reads 'help me with' as a message ask only when the message follows at once", () => {
    expect(MESSAGE_ASKS.test("can you help me with the maths in this email?")).toBe(false);
    expect(taskOf("Can you help me with the maths in this email? Revenue went from 12,000 to 38,000 — what percentage increase is that?")).not.toBe("creative_writing");
    expect(MESSAGE_ASKS.test("can you help me with an email to my landlord?")).toBe(true);
    expect(MESSAGE_ASKS.test("hilf mir bei einer mail an die vermieterin")).toBe(true);
  });

  it("reads 'as a table' / 'into a CSV' as the answer's form (the pattern's first form held a backspace, not \\b)", () => {
    const lines = "\n\nsvc=checkout-a p95=640ms err=2.1%\nsvc=checkout-b p95=1180ms err=3.4%\nsvc=checkout-c p95=420ms err=0.9%\nsvc=checkout-d p95=870ms err=1.7%";
    expect(tableAskGuard("math", readConversationCached([{ role: "user", content: `Put the services and their p95 into a CSV, worst first:${lines}` }]))?.task).toBe("extraction");
    expect(tableAskGuard("math", readConversationCached([{ role: "user", content: `The service that has a table of its own is slowest; what's its p95 in seconds?${lines}` }]))).toBeUndefined();
  });
});
