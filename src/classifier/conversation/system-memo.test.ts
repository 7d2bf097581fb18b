import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { pipelineTaskOf } from "./pipeline-prompt.js";
import { CODING_SYSTEM_MEMO } from "./agent-context.js";
import { PIPELINE_MEMOS, readConversation } from "./read-conversation.js";
import { SystemMemo } from "./system-memo.js";

/** The system prompts of the development sets (never a held-back one). */
function developmentSystemPrompts(): string[] {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../training");
  const prompts = new Set<string>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".jsonl") && !file.includes("held-back"))) {
    for (const line of readFileSync(path.join(dir, name), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const row = JSON.parse(line) as { request?: { messages?: ChatMessage[] } };
      for (const message of row.request?.messages ?? []) if ((message.role === "system" || message.role === "developer") && typeof message.content === "string") prompts.add(message.content);
    }
  }
  return [...prompts];
}

describe("SystemMemo", () => {
  it("reads a prompt once, then answers from memory", () => {
    let reads = 0;
    const memo = new SystemMemo((text: string) => {
      reads++;
      return text.length;
    });
    expect([memo.answer("You are a helpful assistant."), memo.answer("You are a helpful assistant."), memo.answer("Be brief.")]).toEqual([28, 28, 9]);
    expect(reads).toBe(2);
  });

  it("stays bounded: long prompts are kept by content within 1 M characters, very long ones not at all, and a full table is emptied", () => {
    let reads = 0;
    const memo = new SystemMemo((text: string) => {
      reads++;
      return text.length;
    });
    const agentPrompt = "You are a coding agent. Run the tests before you finish.\n".repeat(800);
    expect(memo.answer(agentPrompt)).toBe(agentPrompt.length);
    expect(memo.answer((JSON.parse(JSON.stringify([agentPrompt])) as string[])[0] as string)).toBe(agentPrompt.length);
    expect([reads, memo.size]).toEqual([1, 1]);
    for (let i = 0; i < 40; i++) memo.answer(`${i} ${agentPrompt}`);
    expect(memo.size).toBeLessThanOrEqual(1 + Math.floor(1_048_576 / agentPrompt.length));
    memo.answer("x".repeat(300_000));
    memo.answer("x".repeat(300_000));
    expect(reads).toBe(43);
    reads = 0;
    const small = new SystemMemo((text: string) => text.length);
    for (let i = 0; i < 1_000; i++) {
      expect(small.answer(`prompt ${i}`)).toBe(`prompt ${i}`.length);
      expect(small.size).toBeLessThanOrEqual(128);
    }
  });

  it("gives every development system prompt's pipeline shape as a fresh read does, first and again, with and without tools", () => {
    const prompts = developmentSystemPrompts();
    expect(prompts.length).toBeGreaterThan(200);
    for (const round of [0, 1]) {
      for (const prompt of prompts) {
        const lower = `${prompt.slice(0, 1_500).toLowerCase()}\n`;
        for (const tools of [false, true]) expect([round, PIPELINE_MEMOS[tools ? 1 : 0].answer(lower)]).toEqual([round, pipelineTaskOf(lower, tools) ?? null]);
      }
    }
  });

  it("reads one system prompt once across conversations, and each reading equals a reading with an emptied memory", () => {
    const system = "You are the intake classifier. Possible labels: BILLING, OUTAGE, OTHER, and reply with one label.";
    const conversation = (text: string): ChatMessage[] => [
      { role: "system", content: system },
      { role: "user", content: text },
    ];
    const first = readConversation(conversation("my invoice is wrong"));
    const pipeline = first.systemPipeline;
    const held = PIPELINE_MEMOS[0].size;
    const second = readConversation(conversation("the site is down"));
    expect(second.systemPipeline).toBe(pipeline);
    expect(PIPELINE_MEMOS[0].size).toBe(held);
    expect(pipeline).toBe(pipelineTaskOf(`${system.toLowerCase()}\n`) ?? undefined);
    expect(second.agent.codingSystem).toBe(CODING_SYSTEM_MEMO.answer(system));
  });
});
