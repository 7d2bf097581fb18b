/**
 * `/v1/messages` `stop_sequences` with the official `@anthropic-ai/sdk`: the simulator cuts its answer at the
 * sequence as upstreams do and reports the provider's own reason in `native_finish_reason`, so the door's
 * `stop_reason: "stop_sequence"` (and `stop_sequence`) is read off real HTTP, streamed and not.
 */
import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { useMessagesGateway } from "../support/messages-gateway.js";

const CLAUDE = "anthropic/claude-sonnet-4.6";
const QUESTION: Anthropic.MessageParam = { role: "user", content: "Say hello to the gateway." };

describe("/v1/messages stop_sequences", () => {
  const door = useMessagesGateway();

  async function ask(stream: boolean, params: { model: string; stop_sequences: string[] }): Promise<Anthropic.Message> {
    const body = { max_tokens: 200, messages: [QUESTION], ...params };
    return stream ? door.client.messages.stream(body).finalMessage() : door.client.messages.create(body);
  }

  for (const stream of [false, true]) {
    const how = stream ? "streamed" : "not streamed";

    it(`a stop sequence the provider reports ends the message with stop_reason stop_sequence, naming it (${how})`, async () => {
      const message = await ask(stream, { model: "claude-sonnet-4-6", stop_sequences: [" to:"] });
      expect(message.stop_reason).toBe("stop_sequence");
      expect(message.stop_sequence).toBe(" to:");
      const text = message.content[0];
      expect(text?.type === "text" ? text.text : "").toBe(`This is a simulated answer from ${CLAUDE}`);
      expect((door.gateway.simulator.calls[0]?.body as { stop?: unknown }).stop).toEqual([" to:"]);
    });

    it(`with several sequences the upstream does not say which matched: stop_sequence reason, sequence null (${how})`, async () => {
      const message = await ask(stream, { model: CLAUDE, stop_sequences: ["never in the answer", " to:"] });
      expect(message.stop_reason).toBe("stop_sequence");
      expect(message.stop_sequence).toBeNull();
      // Not the first either when the first is the one that matched: the gateway cannot tell, so it never guesses.
      expect((await ask(stream, { model: CLAUDE, stop_sequences: [" to:", "never in the answer"] })).stop_sequence).toBeNull();
    });

    it(`one sequence sent twice is one sequence: it is named (${how})`, async () => {
      const message = await ask(stream, { model: CLAUDE, stop_sequences: [" to:", " to:"] });
      expect(message.stop_reason).toBe("stop_sequence");
      expect(message.stop_sequence).toBe(" to:");
    });

    it(`a natural end with stop sequences set stays end_turn (${how})`, async () => {
      const message = await ask(stream, { model: CLAUDE, stop_sequences: ["never in the answer"] });
      expect(message.stop_reason).toBe("end_turn");
      expect(message.stop_sequence).toBeNull();
    });

    it(`a provider that says only "stop" cannot be told apart from a natural end: end_turn, never a guess (${how})`, async () => {
      const message = await ask(stream, { model: "openai/gpt-5-nano", stop_sequences: [" to:"] });
      const text = message.content[0];
      expect(text?.type === "text" ? text.text : "").toBe("This is a simulated answer from openai/gpt-5-nano");
      expect(message.stop_reason).toBe("end_turn");
      expect(message.stop_sequence).toBeNull();
    });
  }
});
