/**
 * Seventh round (agents): general mechanisms for the agent classes dev set 10 (agents) missed at first sight. One
 * test per class, each failing without its fix.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification, ConversationClassifier } from "../classifier.js";
import { readingConversations } from "./conversation-classifier.js";
import { pipelineTaskOf } from "./pipeline-prompt.js";

const u = (content: string): ChatMessage => ({ role: "user", content });
const a = (content: string): ChatMessage => ({ role: "assistant", content });
const sys = (content: string): ChatMessage => ({ role: "system", content });
const call = (name: string): ChatMessage => ({ role: "assistant", content: null, tool_calls: [{ id: "t1", type: "function", function: { name, arguments: "{}" } }] });
const tool = (content: string): ChatMessage => ({ role: "tool", tool_call_id: "t1", content });

/** A base classifier that reads `label` (with `confidence`) for any conversation. */
function stub(label: string, confidence = 0.5): ConversationClassifier {
  return {
    name: "stub",
    classify: () => ({ task: { label, confidence }, difficulty: { label: "mid", confidence: 0.5 }, strongProbability: 0.3 }) as ConversationClassification,
  };
}
const read = (label: string, messages: ChatMessage[], confidence = 0.5): string => readingConversations(stub(label, confidence)).classify(messages).task.label;

describe("labelling pipelines that name no label noun", () => {
  it("reads spaced-slash sets, 'a, b or c' sets, per-item picks held to the label, rating scales and language ID", () => {
    const prompts = [
      "route each email to exactly one desk: claims / underwriting / billing / complaints. reply with the desk name and nothing else.",
      "per ogni post scegli: pubblica / rivedi / elimina.",
      "고객 문의를 담당 부서로 배정하세요. 부서: 결제 / 배송 / 기술지원 / 기타.",
      "for each alert, assign a severity: sev1, sev2, sev3 or sev4.",
      "label each message spam or ham.",
      "du bekommst kundenbewertungen. antworte mit einer zahl von 1 bis 5 sternen. nur die zahl.",
      "tu détectes la langue de chaque message et réponds par son code iso 639-1.",
      "определи язык текста и верни его код.",
    ];
    for (const prompt of prompts) expect(pipelineTaskOf(prompt), prompt).toBe("classification");
  });
  it("leaves slashes in values, plain assistants and tool-using agents alone", () => {
    expect(pipelineTaskOf("extrahiere titel, ort und remote (ja/nein).")).toBeUndefined();
    expect(pipelineTaskOf("you are a friendly assistant. answer each question briefly.")).toBeUndefined();
    expect(pipelineTaskOf("route each email to one desk: claims / billing / fraud. nothing else.", true)).toBeUndefined();
  });
  it("sets the task of a turn that only carries the text to label", () => {
    const desk = [sys("Route each email to one desk: CLAIMS / BILLING / FRAUD. Reply with the desk name and nothing else."), u("I was charged £38.60 twice in March.")];
    expect(read("math", desk)).toBe("classification");
  });
});

describe("writing, ideas and summarizer pipelines", () => {
  it("reads a writing job, an ideas job and a summarizer named by its role", () => {
    expect(pipelineTaskOf("you write app store release notes from our internal changelog.")).toBe("creative_writing");
    expect(pipelineTaskOf("você escreve descrições curtas de produtos a partir da ficha técnica.")).toBe("creative_writing");
    expect(pipelineTaskOf("tu proposes des idées de titres d'articles pour un blog.")).toBe("brainstorming");
    expect(pipelineTaskOf("eres un resumidor de actas.")).toBe("summarization");
  });
  it("sets the task of input sent to it, not of a question asked of it", () => {
    const copy = sys("Você escreve descrições curtas de produtos para o catálogo a partir da ficha técnica.");
    expect(read("math", [copy, u("Garrafa térmica 750 ml, aço inox, 12 h quente / 24 h frio, R$ 89,90")])).toBe("creative_writing");
    expect(read("simple_qa", [copy, u("qual é o limite de palavras?")])).toBe("simple_qa");
  });
  it("reads a long text sent to a summarizer as its content, whatever words it holds", () => {
    const minutes = `Acta de la junta. ${"Se aprueba el presupuesto y el presidente enviará una carta a los vecinos. ".repeat(4)}`;
    expect(read("analysis", [sys("Eres un resumidor de actas. Devuelve tres viñetas."), u(minutes)])).toBe("summarization");
  });
});

describe("who does what, and a document's obligations", () => {
  const transcript = [sys("You are a meeting assistant. Tools: read_transcript."), u("¿qué acordamos ayer y quién se encarga de cada cosa?"), call("read_transcript"), tool("Marta: yo preparo la propuesta. Jorge: yo hablo con legal.")];
  it("lists the agreed items with their owners", () => {
    expect(read("simple_qa", transcript)).toBe("extraction");
    expect(read("simple_qa", [sys("Ops assistant. Tools: read_doc."), u("who's on the hook for what after yesterday's postmortem?"), call("read_doc"), tool("Priya will add a canary. Tom owns the lint rule.")])).toBe("extraction");
  });
  it("pulls a contract's obligations out when asked to list them", () => {
    const contract = [sys("Assistente jurídico. Ferramentas: buscar_contrato."), u("quais são as obrigações do fornecedor? lista em tópicos"), call("buscar_contrato"), tool("Cláusula 3 – Obrigações da CONTRATADA: 3.1 coletas em 24 horas; 3.2 seguro de carga.")];
    expect(read("classification", contract)).toBe("extraction");
  });
});

describe("a turn's verb and object outside coding agents", () => {
  it("reads a message to write as creative writing, code to write as code generation, a comparison as analysis", () => {
    const support = [sys("Du bist der Support-Assistent. Werkzeuge: bestellung_suchen."), u("Kunde 55812?"), call("bestellung_suchen"), tool('{"status": "versandbereit"}')];
    expect(read("translation", [...support, u("Schreib ihm bitte eine kurze Entschuldigung, dass es Montag wird.")], 0.27)).toBe("creative_writing");
    expect(read("analysis", [sys("Analyse-Agent. Werkzeuge: abfrage."), u("schreib mir eine Abfrage für den Umsatz pro Kategorie")])).toBe("code_generation");
    expect(read("translation", [sys("Shop assistant. Tools: search."), u("这两款哪款更适合跑步？帮我对比一下")], 0.3)).toBe("analysis");
  });
  it("leaves a sure translation alone", () => {
    expect(read("translation", [u("Help me write this text message in Vietnamese: I'll be home late.")], 0.9)).toBe("translation");
  });
});

describe("coding-agent turns", () => {
  const agent = sys("You are a coding agent working in the user's repository. Tools: read_file, run.");
  it("reads a review ask in another language as code review", () => {
    expect(read("code_generation", [agent, u("这个 PR 能合吗？帮我看看有没有问题")])).toBe("code_review");
  });
  it("reads an ask to optimize as a change to make, but not a how-to question", () => {
    expect(read("code_review", [agent, u("essa query tá lenta demais, consegue otimizar?")])).toBe("code_generation");
    expect(read("code_review", [agent, u("how could I optimize this query?")])).toBe("code_review");
  });
  it("reads a question about a concept that names nothing of the project as a quick answer", () => {
    expect(read("code_review", [agent, u("<user_query>\nbtw what's the difference between a mutex and a semaphore?\n</user_query>")])).toBe("simple_qa");
    expect(read("code_review", [agent, u("what's the difference between these two functions?")])).toBe("code_review");
  });
  it("keeps thanks with no new ask as chat", () => {
    expect(read("chat", [agent, u("aggiungi il campo note"), a("Fatto."), u("perfetto, grazie mille! per oggi basta così")])).toBe("chat");
  });
});

describe("other agent turns", () => {
  it("reads a question about what a tool's figures mean as analysis", () => {
    const table = "week | channel | signups\n02-23 | paid | 2210\n03-02 | paid | 1120\n03-09 | paid | 1090";
    expect(read("simple_qa", [sys("SQL analytics agent. Tools: run_query."), u("weekly signups please"), call("run_query"), tool(table), u("what's behind the dip in March?")])).toBe("analysis");
  });
  it("reads a consent-shaped turn that names its own task by that task", () => {
    const search = [sys("연구 보조 에이전트. 도구: 논문검색"), u("수면 관련 논문 찾아줘"), call("논문검색"), tool("1) Kim (2024) ... 2) Chen (2023) ...")];
    // The search turn reads as chat; the whole conversation, ending in the summary ask, as a summary.
    const byLast: ConversationClassifier = {
      name: "stub",
      classify: (messages) => stub(String(messages[messages.length - 1]?.content).includes("요약") ? "summarization" : "chat").classify(messages),
    };
    expect(readingConversations(byLast).classify([...search, u("이 논문들 핵심만 요약해줘")]).task.label).toBe("summarization");
  });
  it("reads a greeting alone as chat", () => {
    expect(read("code_generation", [sys("Virtual assistant of Peak Fitness. Tools: class_schedule, book_class."), u("hiya 👋")])).toBe("chat");
  });
});
