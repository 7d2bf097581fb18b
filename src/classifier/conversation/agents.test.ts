/**
 * Agents that are not coding agents (fifth round): one test per class of dev set 6's misses, each failing without
 * its fix.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassifier } from "../classifier.js";
import { isClosing } from "./closing.js";
import { readingConversations } from "./conversation-classifier.js";
import { detectFollowUp } from "./follow-up.js";
import { pipelineTaskOf } from "./pipeline-prompt.js";
import { readConversation } from "./read-conversation.js";
import { agentGuard } from "./agent-guard.js";
import { closingGuard } from "./task-guards.js";
import { systemTaskGuard } from "./system-task-guard.js";

const u = (content: string): ChatMessage => ({ role: "user", content });
const sys = (content: string): ChatMessage => ({ role: "system", content });
const call = (name: string): ChatMessage => ({ role: "assistant", content: null, tool_calls: [{ id: "t1", type: "function", function: { name, arguments: "{}" } }] });
const tool = (content: string): ChatMessage => ({ role: "tool", tool_call_id: "t1", content });

describe("coding-agent evidence", () => {
  it("does not take an agent with 'tools to read the inbox' for a coding agent; 'tools to read files' still is one", () => {
    expect(readConversation([sys("You are an email assistant with tools to read the user's inbox."), u("anything urgent?")]).agent.codingSystem).toBe(false);
    expect(readConversation([sys("You have tools to search the user's calendar and send invites."), u("x")]).agent.codingSystem).toBe(false);
    expect(readConversation([sys("You are an agent. Use tools to read and edit files."), u("x")]).agent.codingSystem).toBe(true);
  });
  it("does not read a fetched web page as code in context", () => {
    const page = `<html><body><div class="nav">Home</div><p>Fjordlight was founded in 1987.</p></body></html>`;
    expect(readConversation([u("who founded Fjordlight?"), call("fetch_page"), tool(page)]).agent.coding).toBe(false);
    expect(readConversation([u("fix it"), call("fetch"), tool("function f(a) {\n  return a;\n}\n")]).agent.coding).toBe(true);
  });
});

describe("a pipeline's system prompt sets the task by its shape", () => {
  it("reads label lists as classification and JSON fields as extraction, in several languages", () => {
    for (const prompt of [
      "You moderate a forum. Possible labels: ALLOW, SPAM, HATE, NSFW. Reply with one label.",
      "You sort incoming mail into exactly one folder: Invoices, Newsletters, Personal, Work.",
      "For each caption, output one of: safe, violence, adult.",
      "Eres un moderador. Categorías: aceptable, spam, insulto. Devuelve solo la categoría.",
      "Etichette possibili: fatturazione, accesso, bug. Rispondi solo con l'etichetta.",
      "Ты бот модерации. Метки: ok, spam, toxic. Отвечай одной меткой.",
      "各レビューを positive / negative / neutral のいずれかに分類してください。",
    ]) expect(pipelineTaskOf(prompt.toLowerCase()), prompt).toBe("classification");
    for (const prompt of ["You are a CV parsing agent. Output JSON: name, email, phone, skills.", "Eres un agente que procesa facturas. Devuelve un JSON con proveedor, nif, número y total."]) {
      expect(pipelineTaskOf(prompt.toLowerCase()), prompt).toBe("extraction");
    }
    expect(pipelineTaskOf("you are a localization agent with tools get_strings and write_strings.")).toBe("translation");
    expect(pipelineTaskOf("you are ava, the support agent for cloudnest. tools: get_account, get_invoices.")).toBeUndefined();
  });
  it("sets the task of a turn that only carries input", () => {
    const reading = readConversation([sys("You are a CV parsing agent. Output JSON: name, email, years_experience, skills."), u("Jonas Eklund — Go, Kubernetes, Terraform since 2015")]);
    expect(systemTaskGuard("code_generation", reading)?.task).toBe("extraction");
  });
});

describe("tool results of an agent that is not a coding agent", () => {
  it("re-reads a code reading without the tool results", () => {
    // A base that reads code whenever it sees a tool result, and a question otherwise.
    const base: ConversationClassifier = {
      name: "stub",
      classify: (messages) => ({ task: { label: messages.some((m) => m.role === "tool") ? "code_review" : "simple_qa", confidence: 0.6 } }) as ReturnType<ConversationClassifier["classify"]>,
    };
    const support = [sys("You are a support agent for a shop. Tools: get_order."), u("where is my order 55120?"), call("get_order"), tool('{"status":"in transit"}')];
    expect(readingConversations(base).classify(support).task.label).toBe("simple_qa");
    const coding = [sys("You are a coding agent in the user's repository."), u("check this function for bugs"), call("read_file"), tool("def f():\n    return 1\n")];
    expect(readingConversations(base).classify(coding).task.label).toBe("code_review");
  });
});

describe("closings", () => {
  it("reads a closing turn as small talk in ten languages, in any agent", () => {
    for (const text of ["cheers, that's all for today", "vale, eso es todo, gracias", "danke, das wär's", "merci, c'est tout", "obrigado, é só isso", "grazie, è tutto", "спасибо, это всё", "好的，就这些", "以上です、ありがとう", "감사합니다, 이게 다예요"]) {
      expect(isClosing(text), text).toBe(true);
    }
    for (const text of ["¿es todo correcto?", "that's all wrong, fix the parser", "пока не работает"]) expect(isClosing(text), text).toBe(false);
    const coding = readConversation([sys("You are a coding agent in the user's repository."), u("bump axios"), call("shell"), tool("ok"), u("cheers, that's all for today")]);
    expect(agentGuard("chat", coding)).toBeUndefined();
    expect(closingGuard("classification", readConversation([sys("Labels: a, b, c."), u("ok thanks, that's all")]))?.task).toBe("chat");
  });
});

describe("comparative follow-ups", () => {
  it("reads a bare comparative as a follow-up that keeps the task", () => {
    for (const text of ["something cheaper?", "anything else?", "und was günstigeres?", "algo más barato?", "quelque chose de moins cher ?", "подешевле?", "any alternatives?"]) {
      expect(detectFollowUp(text)?.kind, text).toBe("inherit");
    }
    for (const text of ["write a paper", "a letter to mom", "what is faster, go or rust?"]) expect(detectFollowUp(text), text).toBeUndefined();
  });
});
