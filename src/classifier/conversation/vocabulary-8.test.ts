/**
 * Eighth round: the word lists of the conversation layer's shapes, closed by family (verb forms, synonyms, colloquial
 * and polite forms) in the ten cue languages rather than one word per miss. For each family, a few invented phrasings
 * per language that now read right, and near-misses that must not fire.
 */
import { describe, expect, it } from "vitest";
import { isClosing } from "./closing.js";
import { codingTurnGuard } from "./coding-turn.js";
import { detectFollowUp } from "./follow-up.js";
import { declaresLabelling } from "./pipeline-labels.js";
import { writingPipelineOf } from "./pipeline-writing.js";
import { readConversation } from "./read-conversation.js";
import { greetingGuard, turnAskGuard } from "./turn-asks.js";

const labels = (text: string): boolean => declaresLabelling(text.toLowerCase());
const writing = (text: string): string | undefined => writingPipelineOf(text.toLowerCase());
const kindOf = (text: string): string | undefined => detectFollowUp(text.toLowerCase())?.kind;
const askOf = (text: string): string | undefined => turnAskGuard("chat", 0.3, readConversation([{ role: "user", content: text }]))?.task;
const BUG = /\b(?:what does|error|fail)\b|ошибк|エラー/;
const codingTurn = (text: string): string | undefined => {
  const lower = text.toLowerCase();
  const result = codingTurnGuard("code_generation", lower, BUG.test(lower), false, (span) => BUG.test(lower.replace(span, " ")));
  return typeof result === "object" ? result.task : result;
};

describe("labelling pipelines", () => {
  it("reads answer-only wording in the ten languages with a pick made for each item", () => {
    for (const text of [
      "Assign each ticket to a team. Output only the team, no explanation.",
      "Para cada correo indica el departamento. Nada más.",
      "Ordne jede Anfrage einer Abteilung zu. Ausschließlich der Name, nichts weiter.",
      "Pour chaque message, indique le service concerné, sans explication.",
      "Para cada avaliação, indique o setor. Nada mais.",
      "Per ogni richiesta indica il reparto, nient'altro.",
      "Для каждого отзыва укажи отдел, без объяснений.",
      "每条工单指出所属部门，只需回答部门名称。",
      "各問い合わせの担当部署を選び、部署名だけを答えてください。",
      "각 문의의 담당 부서를 지정하고 설명 없이 부서명만 말해 주세요.",
    ]) {
      expect(labels(text), text).toBe(true);
    }
  });

  it("reads options named after a verb of answering, without a colon", () => {
    for (const text of [
      "Respond with urgent, normal or low.",
      "Responde con alta, media o baja.",
      "Antworte nur mit hoch, mittel oder niedrig.",
      "Réponds par oui, non ou incertain.",
      "Responda com sim, não ou talvez.",
      "Rispondi solo con alta, media oppure bassa.",
      "Ответь только высокий, средний или низкий.",
    ]) {
      expect(labels(text), text).toBe(true);
    }
  });

  it("reads rating scales with units or 'between', in the ten languages", () => {
    for (const text of [
      "Rate each review between 1 and 5. Only the number.",
      "Puntúa cada reseña entre 1 y 5 estrellas. Solo el número.",
      "Bewerte jede Bewertung mit 1 Stern bis 5 Sterne, nur die Zahl.",
      "Note chaque avis de 1 étoile à 5, uniquement le chiffre.",
      "Avalie cada comentário de 1 ponto a 5, apenas o número.",
      "Valuta ogni recensione da 1 stella a 5, soltanto il numero.",
      "Оцени каждый отзыв от 1 балла до 5, только число.",
      "给每条评论打分，1分到5分，只回答数字。",
      "各レビューを1点から5点で評価し、数字のみ出力してください。",
      "각 후기를 1점에서 5점으로 평가하고 숫자만 답하세요.",
    ]) {
      expect(labels(text), text).toBe(true);
    }
  });

  it("does not read an assistant's prose as a label set", () => {
    for (const text of [
      "You are a helpful assistant. Answer with care, detail, and examples or analogies when useful.",
      "Answer with a short summary, a list of risks or a recommendation.",
      "Você responde perguntas de clientes com simpatia, clareza ou humor.",
      "Du bist Teil des Teams und ein freundlicher Helfer.",
      "Explain concepts between 1 and 5 paragraphs long.",
    ]) {
      expect(labels(text), text).toBe(false);
    }
  });
});

describe("writing, ideas and summarizer pipelines", () => {
  it("reads genres of greetings, invitations, speeches and poems, verb first or (ja, ko) verb last", () => {
    for (const text of [
      "You craft wedding toasts from a few facts about the couple.",
      "Escribes felicitaciones de cumpleaños para nuestros clientes.",
      "Du verfasst Glückwünsche zum Firmenjubiläum.",
      "Tu rédiges des vœux de fin d'année pour nos partenaires.",
      "Você escreve convites para eventos da empresa.",
      "Scrivi auguri di Natale per i clienti.",
      "Ты пишешь поздравления для корпоративных открыток.",
      "你负责撰写节日祝福语。",
      "お客様へのお祝いのメッセージを作成します。",
      "당신은 결혼식 축사를 작성합니다.",
    ]) {
      expect(writing(text), text).toBe("creative_writing");
    }
  });

  it("reads ideas asked with give / list / think up verbs", () => {
    for (const text of ["你负责给出团建活动的点子。", "Ты придумываешь идеи для постов.", "Tu trouves des idées de sorties pour le week-end.", "Trovi idee per regali aziendali.", "あなたは新商品のアイデアを考えます。", "당신은 이벤트 아이디어를 추천합니다."]) {
      expect(writing(text), text).toBe("brainstorming");
    }
  });

  it("reads the German separable 'fasst … zusammen' as a summarizer", () => {
    expect(writing("Du fasst eingehende Support-Tickets in drei Sätzen zusammen.")).toBe("summarization");
    expect(writing("Sie fassen Protokolle kurz zusammen.")).toBe("summarization");
    expect(writing("Du bist ein hilfreicher Assistent. Fass dich kurz.")).toBeUndefined();
    expect(writing("Sie sind ein Assistent, der E-Mails beantwortet.")).toBeUndefined();
  });
});

describe("asks to send a message", () => {
  it("reads a verb of sending before a message as a message to write, in the ten languages", () => {
    for (const text of [
      "Send the landlord a note that the heater is broken",
      "Mándale un mensaje a Marta para decirle que llego tarde",
      "Schick meinem Chef eine Nachricht, dass ich krank bin",
      "Envoie-lui un petit mot pour le remercier",
      "Manda-lhe uma mensagem a pedir desculpa pelo atraso",
      "Mandagli un messaggio per spostare la riunione",
      "Отправь соседу сообщение, что я приеду позже",
      "给房东发条消息说暖气坏了",
      "大家にお礼のメッセージを送って",
      "친구한테 생일 축하 메시지 보내 줘",
    ]) {
      expect(askOf(text), text).toBe("creative_writing");
    }
  });

  it("does not read sending a thing or an answer as writing a message", () => {
    for (const text of ["Send the report to finance by Friday", "send me your card number", "schick mir die Antwort als PDF", "Il cliente comanda un messaggio di errore"]) {
      expect(askOf(text), text).toBeUndefined();
    }
  });
});

describe("coding-agent turns", () => {
  it("reads review asks by their colloquial verbs", () => {
    for (const text of [
      "can you take a quick look at my branch?",
      "échale un ojo al diff",
      "schau dir bitte den PR an",
      "jette un coup d'œil à ma branche",
      "dá uma olhada nesse PR",
      "puoi dare un'occhiata alla mia branch?",
      "глянь мой PR",
      "帮我看看这个PR",
      "このPRを見てください",
      "이 PR 좀 봐 줘",
    ]) {
      expect(codingTurn(text), text).toBe("code_review");
    }
  });

  it("reads what a term means as a concept question, unless it points at the project", () => {
    for (const text of ["btw what does HTTP 418 mean?", "¿qué significa idempotente?", "was bedeutet CORS?", "que veut dire SIGTERM ?", "o que significa ACID?", "cosa vuol dire CAP?", "что значит ACID?", "幂等是什么意思？", "冪等ってどういう意味？", "멱등성이 무슨 뜻이야?"]) {
      expect(codingTurn(text), text).toBe("simple_qa");
    }
    expect(codingTurn("what does this error mean?")).toBeUndefined();
    expect(codingTurn("what does `parse()` return?")).toBeUndefined();
  });
});

describe("follow-ups", () => {
  it("reads 'same for / in / but' and what-if turns as the same task, in the ten languages", () => {
    for (const text of [
      "same in G",
      "same but for a week",
      "what if I double the budget?",
      "¿y qué pasa si son 12?",
      "was wäre, wenn wir 3 nehmen?",
      "et si on passe à 10 ?",
      "e se forem 20?",
      "e se fossero 7?",
      "а что если взять 8?",
      "如果是十个人呢？",
      "もし雨だったら？",
      "만약 두 배면?",
      "la stessa cosa per Napoli",
    ]) {
      expect(kindOf(text), text).toBe("inherit");
    }
  });

  it("reads why with a pointer as an ask to explain", () => {
    for (const text of ["why the first?", "why that one?", "¿por qué esa?", "warum der zweite?", "pourquoi celle-là ?", "por que esse?", "perché quello?", "почему именно так?", "为什么选第二个？", "なぜそれ？", "왜 첫 번째야?"]) {
      expect(kindOf(text), text).toBe("explain");
    }
    expect(kindOf("why is the sky blue?")).toBeUndefined();
  });

  it("reads shorten verbs with their clitics", () => {
    for (const text of ["abrévialo", "knapper bitte", "raccourcis-le", "encurta", "accorcialo", "сожми", "简洁一点", "手短に", "간결하게"]) expect(kindOf(text), text).toBe("shorten");
  });
});

describe("closings", () => {
  it("reads closings in the ten languages", () => {
    for (const text of ["that'll do, thanks", "eso sería todo, gracias", "danke, bis später!", "ce sera tout, merci", "por hoje é só", "per oggi basta così, grazie", "на этом всё, спасибо", "先这样吧，谢谢", "また明日！", "여기까지 할게요"]) {
      expect(isClosing(text.toLowerCase()), text).toBe(true);
    }
  });

  it("does not read an answer-only instruction or a deadline as a closing", () => {
    for (const text of ["dime solo el número, nada más", "answer in one word, nothing else", "mach das bis später fertig", "сделай отчёт до завтра", "пока не работает сборка"]) {
      expect(isClosing(text.toLowerCase()), text).toBe(false);
    }
  });
});

describe("second pass: explain, compare, optimize and list verbs", () => {
  it("reads explain verbs' synonyms pointing back", () => {
    for (const text of ["elaborate on that", "aclárame eso", "erläutere den letzten Schritt", "détaille ta réponse", "esclareça isso", "chiariscimi questo", "разъясни последний шаг", "解读一下这个", "그 부분 풀어서 설명해 줘"]) {
      expect(kindOf(text), text).toBe("explain");
    }
    expect(kindOf("aclárame la fotosíntesis con un ejemplo largo sobre plantas de interior")).toBeUndefined();
  });

  it("reads comparison verbs as analysis and optimize forms as a change", () => {
    expect(turnAskGuard("chat", 0.3, readConversation([{ role: "user", content: "Stell die zwei Angebote gegenüber" }]))?.task).toBe("analysis");
    expect(turnAskGuard("chat", 0.3, readConversation([{ role: "user", content: "сопоставь эти тарифы" }]))?.task).toBe("analysis");
    for (const text of ["mach es schneller", "velocizza questa query", "сделай быстрее", "提速一下", "速くして"]) {
      expect(codingTurnGuard("code_review", text.toLowerCase(), false, false), text).toEqual(expect.objectContaining({ task: "code_generation" }));
    }
  });
});

describe("third pass: restyle asks, language names, greetings", () => {
  it("reads restyle asks in the ten languages", () => {
    for (const text of ["make it less robotic", "más natural, por favor", "natürlicher bitte", "plus naturel", "mais direto", "più naturale", "живее", "更自然一点", "더 자연스럽게"]) {
      expect(kindOf(text), text).toBe("inherit");
    }
  });

  it("reads more language names after a preposition or alone", () => {
    for (const text of ["now in Vietnamese", "al árabe, por favor", "auf Niederländisch", "en néerlandais", "em holandês", "in olandese", "на украинский", "用越南语", "タイ語で", "베트남어로"]) {
      expect(kindOf(text), text).toBe("translate");
    }
  });

  it("reads greetings alone as chat, and a greeting with an ask as not one", () => {
    const greeting = (text: string): string | undefined => greetingGuard("simple_qa", readConversation([{ role: "user", content: text }]))?.task;
    for (const text of ["good day!", "buen día", "grüß Gott", "e aí?", "ehi!", "доброе утро", "早上好", "大家好！", "やあ", "좋은 아침이에요"]) expect(greeting(text), text).toBe("chat");
    for (const text of ["доброе утро, переведи это", "早上好，帮我写个函数"]) expect(greeting(text), text).toBeUndefined();
  });
});
