/**
 * Sixth round: general mechanisms for the classes dev sets 7 and 8 missed. One test per class, each failing
 * without its fix.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification, ConversationClassifier } from "../classifier.js";
import { readingConversations } from "./conversation-classifier.js";
import { detectFollowUp } from "./follow-up.js";
import { listingGuard } from "./listing.js";
import { readConversation } from "./read-conversation.js";
import { pipelineTaskOf } from "./pipeline-prompt.js";
import { agentGuard } from "./agent-guard.js";
import { questionGuard, toolLogGuard } from "./task-guards.js";
import { systemTaskGuard } from "./system-task-guard.js";

const u = (content: string): ChatMessage => ({ role: "user", content });
const a = (content: string): ChatMessage => ({ role: "assistant", content });
const sys = (content: string): ChatMessage => ({ role: "system", content });
const call = (name: string): ChatMessage => ({ role: "assistant", content: null, tool_calls: [{ id: "t1", type: "function", function: { name, arguments: "{}" } }] });
const tool = (content: string): ChatMessage => ({ role: "tool", tool_call_id: "t1", content });

/** A base classifier that reads `whole` (with `confidence`) for a conversation and `alone` (0.5) for a single message. */
function stub(whole: string, alone: string, confidence = 0.6): ConversationClassifier {
  return {
    name: "stub",
    classify: (messages) => ({ task: messages.length > 1 ? { label: whole, confidence } : { label: alone, confidence: 0.5 }, difficulty: { label: "mid", confidence: 0.5 }, strongProbability: 0.3 }) as ConversationClassification,
  };
}

describe("an agent's latest turn is read from the turn itself", () => {
  const inbox = [sys("You are an email assistant. Tools: read_email, create_draft."), u("Let Marta know Friday works but Thursday doesn't."), call("read_email"), tool("From: Marta\nCan we meet Thursday?")];
  it("replaces a chat reading of the conversation by the turn's own reading", () => {
    expect(readingConversations(stub("chat", "creative_writing")).classify(inbox).task.label).toBe("creative_writing");
  });
  it("leaves an unsure reading of another task alone (replacing it lost more on fresh data than it won)", () => {
    expect(readingConversations(stub("summarization", "creative_writing", 0.3)).classify(inbox).task.label).toBe("summarization");
    expect(readingConversations(stub("summarization", "creative_writing", 0.7)).classify(inbox).task.label).toBe("summarization");
  });
  it("reads a turn the agent answered with a lookup as a quick answer when it still reads as chat", () => {
    const shop = [sys("You are the support agent of a lamp shop. Tools: lookup_order."), u("hey, where's my parcel? order 88213"), call("lookup_order"), tool('{"status":"in_transit"}')];
    expect(readingConversations(stub("chat", "chat")).classify(shop).task.label).toBe("simple_qa");
    // Thanks after the lookup (no tool call after it) stays small talk.
    expect(readingConversations(stub("chat", "chat")).classify([...shop, a("It arrives Tuesday."), u("thanks!")]).task.label).toBe("chat");
  });
});

describe("a log returned by the agent's tools", () => {
  const logs = Array.from({ length: 6 }, (_, i) => `2026-11-29T21:1${i}:03Z level=error svc=checkout msg="upstream connect error" status=502`).join("\n");
  const oncall = [sys("You are an on-call assistant. Tools: query_logs."), u("what's causing the 502s on checkout?"), call("query_logs"), tool(logs)];
  it("is debugging context: the code reading is not re-read without it, and a quick-answer reading becomes code review", () => {
    expect(readConversation(oncall).agent.toolLog).toBe(true);
    expect(readingConversations(stub("code_review", "simple_qa")).classify(oncall).task.label).toBe("analysis"); // ADR 0030: a diagnosis from a system's log or figures, no code shown (was code_review)
    expect(toolLogGuard("simple_qa", readConversation(oncall))?.task).toBe("code_review");
    expect(toolLogGuard("simple_qa", readConversation([sys("Tools: get_order."), u("where is my order?"), call("get_order"), tool('{"status": "shipped"}')]))).toBeUndefined();
  });
});

describe("label lists with separators other than commas", () => {
  it("reads 'a | b | c', 'a／b／c', 'a；b；c' and 'a、b、c' after a colon as a label set to pick from", () => {
    for (const prompt of [
      "You are a comment moderator. Decide for each comment: allow | review | remove. Output the decision only.",
      "投稿を次に判定してください：スパム／誹謗中傷／問題なし",
      "将工单分到以下队列：账单；技术支持；销售；其他",
      "请判断评论属于：好评、差评、中评",
    ]) expect(pipelineTaskOf(prompt.toLowerCase()), prompt).toBe("classification");
    for (const prompt of ["Tools: find_slots | book_slot | cancel_booking.", "| name | role | team |", "Tools: search, read, write."]) expect(pipelineTaskOf(prompt.toLowerCase()), prompt).toBeUndefined();
  });
  it("lets a labelling pipeline label a text whose words cue another task", () => {
    const ticket = readConversation([sys("你是工单分类机器人。可选标签：账单、登录、故障、建议。只输出标签。"), u("昨天开始一直登录不上，提示密码错误。")]);
    expect(systemTaskGuard("code_review", ticket)?.task).toBe("classification");
  });
});

describe("follow-ups by shape", () => {
  it("reads a turn with no content of its own that asks for more as a follow-up, in the ten languages", () => {
    for (const text of ["any more?", "other ideas please", "d'autres ?", "noch welche?", "¿algunas otras?", "mais alguns?", "altre idee?", "другие варианты?", "더 있어?", "还有吗", "他には？"]) {
      expect(detectFollowUp(text), text).toEqual({ kind: "inherit", phrase: expect.any(String) });
    }
    for (const text of ["is there more to it than money?", "other people think so", "plus de détails sur le contrat"]) expect(detectFollowUp(text), text).toBeUndefined();
  });
  it("reads a bare reference to another item as a follow-up", () => {
    for (const text of ["and the second one?", "the last one?", "¿y la segunda?", "und das zweite?", "et le deuxième ?", "e o terceiro?", "e l'ultimo?", "а второй?", "2つ目は？", "두 번째는?"]) {
      expect(detectFollowUp(text)?.kind, text).toBe("inherit");
    }
    for (const text of ["the first law of thermodynamics?", "the second world war", "the last of the mohicans: who wrote it?"]) expect(detectFollowUp(text), text).toBeUndefined();
  });
  it("reads 'and for …' with a contracted preposition (pt 'e dos …', it 'e dei …', fr 'et aux …')", () => {
    for (const text of ["e dos bálticos?", "e nas férias?", "e dei paesi baltici?", "et aux états-unis ?", "¿y al revés?"]) expect(detectFollowUp(text)?.kind, text).toBe("inherit");
  });
});

describe("listing a text's action items, decisions or owners", () => {
  const transcript = "Dana: we ship on the 14th.\nRavi: I need the copy by Monday.\nMei: I'll own the copy; we drop the referral banner.\n".repeat(3);
  it("is extraction when there is a text to list from (pasted, or fetched by the agent's tools)", () => {
    const pasted = readConversation([u(`Notes from today's sync:\n${transcript}`), a("Got it."), u("list the decisions and the next steps with owners")]);
    expect(listingGuard("analysis", pasted)?.task).toBe("extraction");
    const fetched = readConversation([sys("You are a meeting assistant. Tools: get_transcript."), u("列出行动项和负责人"), call("get_transcript"), tool(transcript)]);
    expect(listingGuard("simple_qa", fetched)?.task).toBe("extraction");
  });
  it("leaves advice and summaries alone", () => {
    expect(listingGuard("analysis", readConversation([u("list the next steps for launching a podcast")]))).toBeUndefined();
    expect(listingGuard("summarization", readConversation([u(`${transcript}\nSummarize this and list the decisions`)]))).toBeUndefined();
  });
});

describe("a coding agent asked to make the change", () => {
  it("reads 'can you fix it?' after a bug report as code generation, 'how do I fix it?' stays a review", () => {
    const agent = (text: string) => readConversation([sys("You are Claude Code, Anthropic's official CLI for Claude."), u(text)]);
    for (const text of ["the CSV export drops the last row, can you fix it?", "the parser crashes on empty input, please fix the parser", "der Export ist kaputt, kannst du das beheben?", "导出少了一行，帮我修一下", "CSVの出力が壊れています。直して"]) {
      expect(agentGuard("code_review", agent(text))?.task, text).toBe("code_generation");
    }
    expect(agentGuard("code_review", agent("the CSV export drops the last row, how do I fix it?"))).toBeUndefined();
  });
});

describe("a lookup turn whose words name a task", () => {
  it("keeps the cue's task instead of a quick answer", () => {
    const inbox = [sys("Tools: read_email."), u("reply to Karen: Thursday works, ask if 3pm is fine"), call("read_email"), tool("From: Karen\nCan we meet Thursday?")];
    expect(readingConversations(stub("chat", "chat", 0.3)).classify(inbox).task.label).toBe("creative_writing");
  });
  it("reads 'sum up' as a summary cue", () => {
    expect(readConversation([u("sum up the thread with my landlord")]).cues.some((cue) => cue.task === "summarization")).toBe(true);
  });
});

describe("a chat reading of a question about the world", () => {
  it("is a quick answer in several languages; small talk and questions to the assistant stay chat", () => {
    for (const text of ["Почему небо голубое? Объясни коротко.", "¿Por qué el cielo es azul?", "Is a tomato a fruit or a vegetable?", "为什么天空是蓝色的？"]) {
      expect(questionGuard("chat", readConversation([u(text)]))?.task, text).toBe("simple_qa");
    }
    for (const text of ["how are you today?", "what do you think about me?", "Can I vent for a minute? My roommate eats my food.", "¿cómo estás?", "thanks! what now?"]) {
      expect(questionGuard("chat", readConversation([u(text)])), text).toBeUndefined();
    }
  });
});
