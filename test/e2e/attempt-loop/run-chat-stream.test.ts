import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SimulatorFault } from "../../../src/testing/simulator/index.js";
import { collect, startFallbackKit, TEST_CHAIN, type FallbackKit } from "./fallback-test-kit.js";
import { runChatStream } from "../../../src/routing/fallback/run-chat-stream.js";

const [PRIMARY, SECONDARY] = TEST_CHAIN;

function dataEvents(text: string): string[] {
  return text.split("\n\n").filter((event) => event.startsWith("data: ") && event !== "data: [DONE]");
}

describe("runChatStream", () => {
  let kit: FallbackKit;
  beforeAll(async () => {
    kit = await startFallbackKit({ chunkCount: 6 });
  });
  afterAll(async () => kit.close());
  beforeEach(() => kit.simulator.reset());

  it("passes the stream through and ends with usage and [DONE]", async () => {
    const session = await runChatStream(kit.deps(), kit.request({ stream: true }), { resume: false });
    const text = await collect(session.chunks);
    const outcome = await session.outcome;
    expect(session.model).toBe(PRIMARY);
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
    expect(text).toContain('"usage"');
    expect(outcome).toMatchObject({ status: "completed", finishReason: "stop", model: PRIMARY });
    expect(outcome.costUsd).toBe(outcome.usage?.cost);
    expect(outcome.text).toContain(`simulated answer from ${PRIMARY}`);
  });

  const beforeContent: SimulatorFault[] = ["rate_limit", "server_error", "connection_reset", "no_response", "slow_first_token", "malformed_chunk"];
  for (const fault of beforeContent) {
    it(`fails over invisibly on ${fault} before the first content`, async () => {
      kit.simulator.setFault(PRIMARY, fault);
      const session = await runChatStream(kit.deps(), kit.request({ stream: true }), { resume: false });
      const text = await collect(session.chunks);
      expect(session.model).toBe(SECONDARY);
      expect(session.run.upstreamAttempts).toBe(2);
      expect(text).not.toContain(PRIMARY);
      expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
    });
  }

  for (const fault of ["stream_cut", "stream_stall"] as const) {
    it(`ends a ${fault} after content with an error chunk and no [DONE]`, async () => {
      kit.simulator.setFault(PRIMARY, fault);
      const session = await runChatStream(kit.deps(), kit.request({ stream: true }), { resume: false });
      const text = await collect(session.chunks);
      const events = dataEvents(text);
      const last = JSON.parse((events.at(-1) ?? "").slice(6)) as { error: { code: string }; choices: { finish_reason: string }[] };
      expect(text).not.toContain("[DONE]");
      expect(last.choices[0]?.finish_reason).toBe("error");
      expect(last.error.code).toBe(fault === "stream_cut" ? "connection" : "timeout");
      expect((await session.outcome).status).toBe("failed");
    });
  }

  it("treats a missing [DONE] after a proper finish_reason as success and adds [DONE]", async () => {
    kit.simulator.setFault(PRIMARY, "missing_done");
    const session = await runChatStream(kit.deps(), kit.request({ stream: true }), { resume: false });
    const text = await collect(session.chunks);
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
    expect((await session.outcome).status).toBe("completed");
    expect(session.run.upstreamAttempts).toBe(1);
  });

  it("resumes a cut stream on the next model with the partial text as prefill", async () => {
    kit.simulator.setFault(PRIMARY, "stream_cut");
    const session = await runChatStream(kit.deps(), kit.request({ stream: true }), { resume: true });
    const text = await collect(session.chunks);
    const outcome = await session.outcome;
    expect(outcome).toMatchObject({ status: "completed", resumes: 1 });
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
    const resumedCall = kit.simulator.calls[1]?.body as { model: string; messages: { role: string; content: string }[] };
    expect(resumedCall.model).toBe(SECONDARY);
    const prefill = resumedCall.messages.at(-1);
    expect(prefill?.role).toBe("assistant");
    expect(prefill?.content.length).toBeGreaterThan(0);
    expect(outcome.text.startsWith(prefill?.content ?? "x")).toBe(true);
    const ids = new Set(dataEvents(text).map((event) => (JSON.parse(event.slice(6)) as { id?: string }).id));
    expect(ids.size).toBe(1);
  });

  it("stops the upstream when the consumer leaves", async () => {
    const slow = await startFallbackKit({ chunkCount: 20, chunkDelayMs: 50 });
    try {
      const session = await runChatStream(slow.deps(), slow.request({ stream: true }), { resume: false });
      for await (const chunk of session.chunks) {
        if (chunk.includes("content")) break;
      }
      expect((await session.outcome).status).toBe("client_gone");
    } finally {
      await slow.close();
    }
  });
});
