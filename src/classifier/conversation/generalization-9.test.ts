/**
 * Ninth round: general mechanisms for the classes the development sets 21 and 22 missed (read after they were scored
 * unseen at the end of the eighth round). One test per class, each failing without its fix; the examples are new
 * wordings of each class, not the sets' rows.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassifier } from "../classifier.js";
import { readingConversations } from "./conversation-classifier.js";
import { detectFollowUp } from "./follow-up.js";
import { guessLanguage } from "./script.js";
import { a, call, read, sys, tool, u } from "../../../test/support/conversation-kit.js";

const CODING = "You are a coding agent working in the user's repository. Use the tools to read and edit files.";
const coding = (turn: string): ChatMessage[] => [sys(CODING), u("rename the config loader"), call("edit_file"), tool("ok: 3 replacements"), a("Done, renamed in 3 files."), u(turn)];

describe("a change of subject after thanks", () => {
  // A base that reads a turn by its own words: a question ending in '?' after the marker is a quick answer.
  const base: ConversationClassifier = {
    name: "words",
    classify: (messages) => {
      const last = messages[messages.length - 1];
      const text = typeof last?.content === "string" ? last.content : "";
      const label = messages.length === 1 && /^(what|how|does|is|who)\b/i.test(text) ? "simple_qa" : "chat";
      return { task: { label, confidence: 0.7 }, difficulty: { label: "budget", confidence: 0.7 }, strongProbability: 0.1, taskReason: "" };
    },
  };
  const classify = (messages: ChatMessage[]): string => readingConversations(base).classify(messages).task.label;
  it("reads what follows the marker, not the thanks before it", () => {
    for (const turn of ["cheers. random but how tall is the eiffel tower, my kid asked", "nice one. side question, who painted the night watch?", "ty! unrelated: what is the boiling point of ethanol?"]) {
      expect(classify(coding(turn)), turn).toBe("simple_qa");
    }
  });
  it("ignores the marker deep inside a pasted text", () => {
    const transcript = `summarize this call for my manager\n\n${"[00:01] Ana: we went over the renewal terms and the seat count. ".repeat(4)}[00:09] Ana: ok, different topic, what is the budget?`;
    expect(read("summarization", [u("hi"), a("Hi! How can I help?"), u(transcript)])).toBe("summarization");
  });
});

describe("small talk with the coding agent after a fix", () => {
  it("is chat when the thanks ends with a question about the agent itself", () => {
    for (const turn of ["you saved my weekend, that typo was driving me nuts. how's your day going?", "lifesaver!! two hours on that missing comma. and you?", "thanks a lot, works now 🙏 how are you doing?"]) {
      expect(read("code_generation", coding(turn), 0.9), turn).toBe("chat");
    }
  });
  it("is not chat when the question is about the code", () => {
    // A cause asked of the coding run is analysis (ADR 0045).
    expect(read("code_generation", coding("thanks! but why does it still fail on windows?"), 0.9)).toBe("analysis");
  });
});

describe("short follow-ups that point at the next item or at a step not understood", () => {
  it("inherits from 'now the …', 'and a + b + c', and a step not understood", () => {
    for (const turn of ["now the transpose", "then do the eigenvalues", "ahora la derivada", "jetzt die Umkehrfunktion", "and phone + email + company", "y fecha, importe, concepto", "i don't get step 3, why is it 12?", "no entiendo el segundo paso", "не понимаю, откуда 12"]) {
      expect(detectFollowUp(turn.toLowerCase()), turn).toBeDefined();
    }
  });
  it("keeps the anchor's task for them", () => {
    // The anchor alone reads as maths; the whole conversation, read without the follow-up, as something else.
    const base: ConversationClassifier = {
      name: "anchor",
      classify: (messages) => ({ task: { label: messages.length === 1 ? "math" : "extraction", confidence: 0.6 }, difficulty: { label: "budget", confidence: 0.6 }, strongProbability: 0.1, taskReason: "" }),
    };
    const matrix = [u("multiply [[1,2],[3,4]] by [[0,1],[1,0]]"), a("[[2,1],[4,3]]")];
    for (const turn of ["now the determinant", "and rows + columns + rank"]) expect(readingConversations(base).classify([...matrix, u(turn)]).task.label, turn).toBe("math");
  });
  it("does not take a new sentence that starts with 'and' for a list of fields", () => {
    expect(detectFollowUp("and then we argued for an hour about whether the meeting should even happen, which was pointless")).toBeUndefined();
  });
});

describe("a puzzle the user cannot solve", () => {
  it("stays a puzzle when the verb is 'solve' and the text has puzzle words", () => {
    for (const text of ["can't solve this riddle: a knight always tells the truth and a liar always lies. who is who?", "помогите решить головоломку: рыцари всегда говорят правду, лжецы всегда лгут"]) {
      expect(read("deep_reasoning", [u(text)], 0.9), text).toBe("deep_reasoning");
    }
  });
  it("is still maths when 'solve' has no puzzle word", () => {
    expect(read("deep_reasoning", [u("solve for x: 3x + 7 = 22")], 0.9)).toBe("math");
  });
});

describe("a verb and its object asked for in another language", () => {
  it("asks for code even when the language sits between the verb and the noun, over a summary reading", () => {
    expect(read("summarization", [u("напиши на python скрипт, который удаляет старые логи")])).toBe("code_generation");
  });
  it("asks for a text to read out, over a summary reading", () => {
    for (const text of ["me escribes un texto para la jubilación de mi jefe? corto y con humor", "schreib mir einen Text für die Hochzeit meiner Schwester"]) {
      expect(read("summarization", [u(text)]), text).toBe("creative_writing");
    }
  });
  it("does not turn a summary into a comparison because the summarized text compares", () => {
    expect(read("summarization", [u("この記事を3行でまとめて\n\n新旧の2つの方式を比較した結果、新方式は処理時間が30%短かった。")])).toBe("summarization");
  });
});

describe("figures with a compute ask, a choice or a definition", () => {
  it("stays maths when a business figure is to be computed (CAGR, a total, an average)", () => {
    for (const text of ["sales went from 80k in 2020 to 150k in 2025. what's the CAGR?", "our three invoices are 1,200, 860 and 2,340 eur. what's the total with 20% vat?"]) {
      expect(read("math", [u(text)]), text).toBe("math");
    }
  });
  it("is analysis when figures about machines ask which option to pick", () => {
    const table = "plan   vCPU  RAM   $/month\nsmall   2    4GB   24\nmedium  4    8GB   48\nlarge   8   16GB   96\nour api peaks at 300 rps. which is the best option?";
    expect(read("math", [u(table)])).toBe("analysis");
  });
  it("is a quick answer when it asks what a term stands for after a money discussion", () => {
    const talk = [u("should we lease or buy the two vans? lease is 540/mo each for 3 yrs, buying is 31k each, we'd keep them 6 years"), a("Over six years buying is cheaper…")];
    expect(read("simple_qa", [...talk, u("ok. quick q, what does EBITDA stand for again, my accountant keeps mentioning it")])).toBe("simple_qa");
  });
});

describe("timestamped data with code asked for by its purpose", () => {
  const readings = "2025-03-01 00:00:12,pump-1,4.2\n2025-03-01 00:01:40,pump-2,3.9\n2025-03-01 00:02:05,pump-1,4.4\n";
  it("is code to write, not a pasted log to debug", () => {
    for (const ask of ["python code to get the daily max per pump", "a SQL query that sums the flow per hour"]) {
      expect(read("code_generation", [u(`readings from our pumps:\n\n${readings}\n${ask}`)]), ask).toBe("code_generation");
    }
  });
  it("is still a log to debug when the code is what failed", () => {
    expect(read("code_generation", [u(`the script that parses these fails:\n\n${readings}\nERROR parse failed at line 2\nERROR parse failed at line 3`)])).toBe("code_review");
  });
});

describe("a coding agent's turn that names other work, or a diagnosis", () => {
  it("keeps a verb that opens the turn even when the labels it lists are change words", () => {
    expect(read("code_review", coding("label each of these PRs as feat, fix, refactor or chore for the release notes"), 0.5)).toBe("classification");
  });
  it("does not take 'extract' that opens the turn for extraction: extracting code is a refactor", () => {
    expect(read("code_generation", coding("extract the retry logic into its own module and add a test"), 0.9)).toBe("code_generation");
  });
  it("reads a security ask as review, a profiling ask as analysis, and 'get it smaller' as a change", () => {
    expect(read("code_generation", coding("is the login handler safe from sql injection?"), 0.9)).toBe("code_review");
    // Where the time goes, asked of what the run's tools bring back, is analysis (ADR 0045).
    expect(read("analysis", coding("the nightly job takes 40 minutes, profile it and tell me where the time goes"), 0.9)).toBe("analysis");
    expect(read("code_review", coding("the docker image is 2GB, get it way smaller"), 0.6)).toBe("code_generation");
  });
  it("reads 'throw ideas at me' and 'catch me up' by their verbs", () => {
    expect(read("code_generation", coding("look at the open issues and throw ideas at me for a hack day"), 0.9)).toBe("brainstorming");
    expect(read("simple_qa", [sys("You are a Slack assistant."), u("catch me up on #payments, I was out"), call("read_channel"), tool("[09:00] ana: deploy failed\n[09:10] bo: rolled back")])).toBe("summarization");
  });
});

describe("the language of a short English question", () => {
  it("is English when it has English function words only", () => {
    expect(guessLanguage("side question, does japan do daylight saving time at all?", "latin", [])).toBe("en");
  });
});

describe("dev 25 and 26's classes", () => {
  it("reads a choice among options as analysis, over a quick-answer or chat reading", () => {
    for (const text of ["which combo makes most sense? the early flight saves a hotel night", "A사는 연봉 6000, B사는 5600인데 워라밸이 좋아요. 어디가 나을까?", "thu nhập 40 triệu, nên thuê hay mua căn hộ này?"]) {
      expect(read("simple_qa", [u(text)]), text).toBe("analysis");
    }
  });
  it("reads a coding agent's choice to weigh, with no change asked, as analysis", () => {
    expect(read("code_generation", coding("both libs are benchmarked now. which one should we adopt? weigh it up for me, no code changes"), 0.8)).toBe("analysis");
    expect(read("code_generation", coding("which one should we adopt? the faster one, swap it in"), 0.8)).toBe("code_generation");
  });
  const log = "[2025-03-11 01:00:02] INFO etl start run_id=8841\n[2025-03-11 01:04:40] INFO extract rows=48211\n[2025-03-11 01:09:13] WARN retry 1/3 load.orders\n[2025-03-11 01:12:40] INFO done";
  it("reads a pasted log under an ask to summarize it as a summary, and under a why as debugging", () => {
    expect(read("code_review", [u(`short summary of last night's run for the ops channel, non-technical readers\n\n${log}`)])).toBe("summarization");
    expect(read("code_review", [u(`why did the load step retry?\n\n${log}`)])).toBe("analysis"); // ADR 0030: a diagnosis from a system's log or figures, no code shown (was code_review)
  });
  it("reads new code asked for by needing it, in several languages", () => {
    expect(read("extraction", [u("necesito una query SQL q me saque los 10 clientes q mas gastaron, tablas clientes(id) y pedidos(cliente_id, total)")])).toBe("code_generation");
    const access = "2025-03-11T10:14:02Z svc=checkout status=502 latency=30001ms\n2025-03-11T10:14:06Z svc=cart status=200 latency=41ms";
    expect(read("code_review", [u(`need a regex (python) that pulls latency and status out of lines like\n\n${access}`)])).toBe("code_generation");
    expect(read("creative_writing", [u("I want an Apps Script that emails me every morning when a row goes over budget")])).toBe("code_generation");
  });
  it("reads 'tl;dr' after tool results nobody wrote up as a summary, and after a written answer as a shorter one", () => {
    const base: ConversationClassifier = {
      name: "creative",
      classify: () => ({ task: { label: "creative_writing", confidence: 0.6 }, difficulty: { label: "budget", confidence: 0.6 }, strongProbability: 0.1, taskReason: "" }),
    };
    const support = [sys("You are a support copilot with ticket tools."), u("load ticket AH-1 before I call the customer"), call("get_ticket"), tool('{"id":"AH-1","messages":["thermostat offline since the update"]}')];
    expect(readingConversations(base).classify([...support, u("tl;dr before I dial, 4 bullets max")]).task.label).toBe("summarization");
    expect(readingConversations(base).classify([u("write a poem about autumn"), a("Leaves fall slow…"), u("shorter")]).task.label).toBe("creative_writing");
  });
  it("reads leaving for lunch as a closing, 'сделай посмешнее' as a restyle, and 'flag each' as labelling", () => {
    expect(read("code_review", coding("ok gonna grab lunch 🍜"))).toBe("chat");
    expect(detectFollowUp("норм, но сделай посмешнее")).toBeDefined();
    expect(read("analysis", [u("flag each account as Healthy / At risk: Boltwise 120 seats 112 active, Orchard 40 seats 11 active")])).toBe("classification");
  });
  it("reads a coding agent's write-up ask as a summary, and name ideas 'before I rename it' as brainstorming", () => {
    expect(read("code_generation", coding("nice. write up what you changed for the PR description, short"), 0.8)).toBe("summarization");
    expect(read("code_review", coding("this name is awful. throw me 10 better name ideas before I rename it"), 0.8)).toBe("brainstorming");
  });
});

describe("seven more languages: Dutch, Turkish, Polish, Indonesian, Vietnamese, Arabic and Hindi", () => {
  it("name the task by their defining verbs", () => {
    const asks: [string, string][] = [
      ["Kun je dit verslag even samenvatten voor mijn baas? Het overleg ging over de planning.", "summarization"],
      ["Bu e-postayı kısaca özetler misin? Toplantı cuma gününe ertelendi.", "summarization"],
      ["Przetłumacz proszę na angielski: Spotkanie przesunięte na piątek.", "translation"],
      ["Tolong terjemahkan ke bahasa inggris: rapat diundur ke hari jumat.", "translation"],
      ["Tóm tắt giúp mình email này nhé: cuộc họp dời sang thứ sáu.", "summarization"],
      ["لخص هذا البريد من فضلك: تم تأجيل الاجتماع إلى يوم الجمعة", "summarization"],
      ["इस ईमेल का सारांश दो: मीटिंग शुक्रवार तक टल गई है", "summarization"],
    ];
    for (const [text, task] of asks) expect(read("chat", [u(text)]), text).toBe(task);
  });
  it("are named in the reasons", () => {
    expect(guessLanguage("kun je een stuk of tien namen verzinnen voor mijn bakkerij?", "latin", [])).toBe("nl");
    expect(guessLanguage("bu hafta için bir plan yapar mısın, çok yoğunum ama", "latin", [])).toBe("tr");
    expect(guessLanguage("tolong bantu saya bikin rencana untuk minggu ini yang tidak terlalu padat", "latin", [])).toBe("id");
    expect(guessLanguage("لخص هذا", "arabic", [])).toBe("ar");
  });
});

describe("dev 27 and 28's classes", () => {
  it("reads a side question as a change of subject, not as a follow-up ('… again?')", () => {
    const base: ConversationClassifier = {
      name: "alone",
      classify: (messages) => ({ task: { label: messages.length === 1 ? "simple_qa" : "code_generation", confidence: 0.7 }, difficulty: { label: "budget", confidence: 0.6 }, strongProbability: 0.1, taskReason: "" }),
    };
    expect(readingConversations(base).classify(coding("side question while you're there — what is the default port of postgres again?")).task.label).toBe("simple_qa");
  });
  it("reads 'the English version' in Japanese, Chinese and Korean as a translation follow-up", () => {
    for (const turn of ["英語版もお願い", "要英文版", "영어 버전도 줘"]) expect(detectFollowUp(turn)?.kind, turn).toBe("translate");
  });
  it("reads amounts to compute and unit prices as maths, and spikes as something to explain", () => {
    expect(read("analysis", [u("cart: 2 desks at $379.99 and a mat at $39.99, $40 coupon first. what's the total with 8.25% tax?")])).toBe("math");
    expect(read("math", [u("comp plan is 6% on the first 150k and 9% above. deals so far 112k and 48k. what's my commission so far?")])).toBe("math");
    expect(read("math", [u("which is cheaper per kg? oats 750 g for $4.29 or the 1.2 kg bag for $6.49")])).toBe("math");
    expect(read("analysis", [u("ts rps p99_ms heap_mb\n10:00 820 118 1210\n10:04 835 940 1640\n10:08 828 121 1190\nour p99 spikes every ~8 min, what's going on?")])).toBe("analysis"); // ADR 0030: a diagnosis from a system's log or figures, no code shown (was code_review)
  });
  it("reads a riddle or brain teaser by its noun, in a coding agent too", () => {
    expect(read("analysis", [u("Petite énigme : trois amis paient 30 € une chambre, le gérant rend 5 €, le groom en garde 2. Où est passé l'euro ?")])).toBe("deep_reasoning");
    expect(read("code_generation", coding("a brain teaser from standup: 100 prisoners, 100 boxes, each opens 50. what's the winning strategy?"), 0.8)).toBe("deep_reasoning");
  });
  it("reads code asked for by 'make me' or 'give me the query', a queue to pick, a Korean message and an Arabic choice", () => {
    expect(read("creative_writing", [u("hazme un script en bash que me mande un mensaje a telegram si el disco pasa del 85%")])).toBe("code_generation");
    expect(read("analysis", [u("just give me the query, I'll run it myself: weekly signup cohorts since july")])).toBe("code_generation");
    expect(read("translation", [u("dime a qué cola va este correo (facturación o técnico): \"me cobran doble el plan\"")])).toBe("classification");
    expect(read("chat", [u("고마워! 근데 이거 말고, 엄마 생신 축하 메시지 좀 써줄래?")])).toBe("creative_writing");
    expect(read("simple_qa", [u("عندي عرضين لشقة في عمّان، أيهما أفضل لي؟")])).toBe("analysis");
  });
});
