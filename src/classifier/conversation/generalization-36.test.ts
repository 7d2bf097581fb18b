/**
 * Thirty-sixth round: classes round 35 left (`training/conversation-dev-179.jsonl`), each with the look-alike it must
 * leave alone. Team-written inputs, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const heuristicTaskOf = (messages: ChatMessage[]): string => heuristic.classify(messages).task.label;

/** A tool-using assistant that fetched `result` for `ask`, then the user's `next` turn. */
const afterTool = (system: string, ask: string, tool: string, result: string, next: string): ChatMessage[] => [
  { role: "system", content: system },
  { role: "user", content: ask },
  { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: tool, arguments: "{}" } }] },
  { role: "tool", tool_call_id: "c1", content: result },
  { role: "user", content: next },
];

describe("what went wrong, asked of the log an ops agent's tool returned", () => {
  const cronLog =
    "03:00:00 cron: starting job rotate-certs\n03:00:01 fetching certificate bundle from vault.internal:8200\n03:00:31 ERROR vault request timed out after 30s\n03:00:31 retry 1/2\n03:01:02 ERROR vault request timed out after 30s\n03:01:02 job rotate-certs exited with status 2";
  const ops = (next: string): ChatMessage[] =>
    afterTool("You are an operations assistant with read access to the servers' logs.", "did the cert rotation run last night?", "read_log", cronLog, next);
  const asks = [
    "what went wrong?",
    "so what's the problem?",
    "qu'est-ce qui cloche ?",
    "qu'est-ce qui a foiré cette nuit ?",
    "was ist da schiefgelaufen?",
    "¿qué salió mal?",
    "o que deu errado?",
    "cosa è andato storto?",
    "что пошло не так?",
    "哪里出问题了？",
    "何が問題？",
    "뭐가 문제야?",
    "뭐가 잘못된 거야?",
  ];
  it("is debugging the log, as a why-question over it is", () => {
    for (const next of asks) {
      expect(taskOf(ops(next)), next).toBe("code_review");
      expect(heuristicTaskOf(ops(next)), next).toBe("code_review");
    }
  });
  it("but the same words over a calendar or with no tool result are not", () => {
    const calendar = afterTool(
      "You are an executive assistant with read access to the user's calendar.",
      "what's on friday",
      "list_events",
      "09:00 Standup\n11:00 Board prep with Ana\n14:00 Dentist",
      "what's the problem with friday?",
    );
    expect(taskOf(calendar)).not.toBe("code_review");
    expect(taskOf([{ role: "user", content: "我和室友总吵架，哪里出问题了？" }])).not.toBe("code_review");
  });
});

describe("some of a tool's results listed by a condition", () => {
  const outdated = "Package    Current   Wanted   Latest\nreact      18.3.1    18.3.1   19.0.0\nexpress    4.19.2    4.21.1   5.0.1\nlodash     4.17.20   4.17.21  4.17.21\nvitest     1.6.0     1.6.0    2.1.8\npino       9.3.2     9.5.0    9.5.0";
  const coding = (next: string): ChatMessage[] => afterTool("You are a coding agent in a Node.js repository. Tools: run_cmd.", "check whats outdated", "run_cmd", outdated, next);
  const sql = "region | month | revenue\nnorth | 2026-10 | 41200\nnorth | 2026-11 | 39800\nsouth | 2026-10 | 28800\nsouth | 2026-11 | 31950\neast | 2026-10 | 17700\neast | 2026-11 | 16020";
  const data = (next: string): ChatMessage[] => afterTool("You are a data agent with read access to the warehouse. Tools: run_sql.", "revenue by region for oct and nov", "run_sql", sql, next);
  it("is an extraction, in a coding agent's run too", () => {
    for (const next of [
      "only list the ones with a major bump",
      "list only those where current is behind wanted",
      "solo lista los que tienen una versión mayor nueva",
      "liste juste ceux où la latest est une nouvelle majeure",
      "nur die auflisten, bei denen latest eine neue Major ist",
      "elenca solo quelli con una nuova major",
      "lista só os que têm major nova",
      "перечисли только те, где latest — новая мажорная",
      "latest がメジャーアップのものだけ挙げて",
      "latest가 메이저 업데이트인 것만 나열해줘",
    ]) {
      expect(taskOf(coding(next)), next).toBe("extraction");
      expect(heuristicTaskOf(coding(next)), next).toBe("extraction");
    }
    for (const next of ["only the rows where november is below october, list them", "solo dime las regiones donde bajó"]) {
      expect(taskOf(data(next)), next).toBe("extraction");
      expect(heuristicTaskOf(data(next)), next).toBe("extraction");
    }
  });
  it("but a change to make with them is code, and without a tool result the words are left alone", () => {
    expect(taskOf(coding("upgrade the ones where latest is a new major"))).toBe("code_generation");
    expect(taskOf(coding("only update the ones where wanted is newer than current"))).toBe("code_generation");
    expect(taskOf([{ role: "user", content: "just list the countries where the euro is used" }])).not.toBe("code_generation");
  });
});

describe("many subject lines, headlines or titles asked for", () => {
  const product = "Name: Lumen desk lamp\nLaunch: 2027-02-01\nPrice: €89\nFeatures: warm-to-cool light, USB-C, 40 h battery\nAudience: students, remote workers";
  const marketing = (next: string): ChatMessage[] =>
    afterTool("You are a marketing assistant agent with read access to the product catalogue.", "get the details of the new lamp", "get_product", product, next);
  it("is brainstorming: options to choose from", () => {
    for (const next of [
      "need 6 subject lines for the announcement, punchy",
      "dame 8 asuntos para el email de lanzamiento, divertidos",
      "gib mir 8 Betreffzeilen für die Launch-Mail",
      "mi servono 7 oggetti per la mail di lancio",
      "me dá 8 linhas de assunto pro email de lançamento",
      "给我8个发布邮件的标题",
      "ローンチメールの件名を8つ考えて",
      "런칭 메일 제목 8개 뽑아줘",
    ]) {
      expect(taskOf(marketing(next)), next).toBe("brainstorming");
      expect(heuristicTaskOf(marketing(next)), next).toBe("brainstorming");
    }
  });
  it("but one subject line, or headlines with the body, is the piece itself", () => {
    expect(taskOf(marketing("write me a subject line for the launch email"))).toBe("creative_writing");
    expect(taskOf(marketing("write the launch email, subject line + body"))).toBe("creative_writing");
    expect(taskOf(marketing("4 headlines + 2 body texts for facebook"))).toBe("creative_writing");
  });
});

describe("a rating on a scale asked of a text in the conversation", () => {
  const thread =
    "Customer (Dec 1): Third time writing. My invoice is STILL wrong, you charged me twice.\nAgent (Dec 1): Sorry, we're looking into it.\nCustomer (Dec 2): I want my money back TODAY or I'm disputing it with my bank.\nCustomer (Dec 3): Hello???";
  const support = (next: string): ChatMessage[] => afterTool("You are a support team lead's assistant. Tools: get_ticket_thread.", "open ticket 9120", "get_ticket_thread", thread, next);
  it("is a classification", () => {
    for (const next of [
      "rate how urgent this is, 1 to 10",
      "how upset is she, out of 5?",
      "¿qué tan enfadado está del 1 al 5?",
      "sur une échelle de 1 à 5, il est à quel point énervé ?",
      "wie sauer ist der Kunde auf einer Skala von 1 bis 10?",
      "da 1 a 5 quanto è arrabbiato?",
      "по шкале от 1 до 5 насколько он зол?",
      "按1到5分，这个客户有多生气？",
      "1から5で言うとどのくらい怒ってる？",
      "1~5점으로 치면 얼마나 화났어?",
    ]) {
      expect(taskOf(support(next)), next).toBe("classification");
      expect(heuristicTaskOf(support(next)), next).toBe("classification");
    }
  });
  it("but a scale with no text to rate, or a sum over ratings, is not", () => {
    expect(taskOf([{ role: "user", content: "on a scale of 1 to 10 how hard is learning japanese for an english speaker?" }])).not.toBe("classification");
    const csat = afterTool("You are a support analytics assistant.", "csat counts last week", "run_sql", "score | count\n1 | 31\n2 | 22\n3 | 48\n4 | 190\n5 | 402", "whats the average on the 1-5 scale?");
    expect(taskOf(csat)).toBe("math");
  });
});
