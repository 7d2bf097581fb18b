/**
 * A streamed Messages answer's `message_start.usage.input_tokens` is the gateway's count of the prompt, the one
 * `POST /v1/messages/count_tokens` answers: each image counted as the most tokens a provider reads from one (ADR 0081).
 * It left images out, so a client reading it (Claude Code's context meter) saw a screenshot conversation as its words.
 */
import { describe, expect, it } from "vitest";
import { useMessagesGateway } from "../support/messages-gateway.js";

const MODEL = "switchyard/tier/e2e";
const PNG = "iVBORw0KGgo=";

describe("/v1/messages streaming: message_start counts images as count_tokens does", () => {
  const door = useMessagesGateway();

  it("gives the same input_tokens as count_tokens for a turn with two images", async () => {
    const messages = [
      {
        role: "user" as const,
        content: [
          { type: "image" as const, source: { type: "base64" as const, media_type: "image/png" as const, data: PNG } },
          { type: "image" as const, source: { type: "base64" as const, media_type: "image/png" as const, data: PNG } },
          { type: "text" as const, text: "What differs between these screenshots?" },
        ],
      },
    ];
    const system = "You compare screenshots.";
    const tools = [{ name: "zoom", description: "Zoom into a region", input_schema: { type: "object" as const, properties: { x: { type: "number" } } } }];
    const counted = await door.client.messages.countTokens({ model: MODEL, system, tools, messages });
    expect(counted.input_tokens).toBeGreaterThan(5000);
    const stream = door.client.messages.stream({ model: MODEL, max_tokens: 100, system, tools, messages });
    let started: number | undefined;
    for await (const event of stream) if (event.type === "message_start") started = event.message.usage.input_tokens;
    expect(started).toBe(counted.input_tokens);
  });
});
