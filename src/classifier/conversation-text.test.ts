/**
 * The text and images of a chat message written with content parts of another API's shape: clients that build chat
 * messages from Responses parts (`input_text`, `output_text`, `input_image`) or Anthropic blocks (`image`) send
 * them to the chat door. Their text was read as nothing (the task went unread, the prompt priced at ~0 tokens) and
 * their images were not counted, so a model without vision could be picked.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../core/types.js";
import { countImages, messageText } from "./conversation-text.js";
import { estimateMessagesTokens } from "./estimate-tokens.js";

const responsesParts: ChatMessage = { role: "user", content: [{ type: "input_text", text: "Translate to German: good night" }, { type: "input_image", image_url: "https://example.com/a.png" }] };
const answerParts: ChatMessage = { role: "assistant", content: [{ type: "output_text", text: "Gute Nacht" }] };
const anthropicImage: ChatMessage = { role: "user", content: [{ type: "text", text: "What is this?" }, { type: "image", source: { type: "base64", media_type: "image/png", data: "AAAA" } }] };

describe("content parts of other API shapes in a chat message", () => {
  it("reads input_text and output_text parts as text", () => {
    expect(messageText(responsesParts)).toBe("Translate to German: good night");
    expect(messageText(answerParts)).toBe("Gute Nacht");
    const long: ChatMessage = { role: "user", content: [{ type: "input_text", text: "word ".repeat(2_000) }] };
    expect(estimateMessagesTokens([long])).toBeGreaterThan(1_000);
  });

  it("counts input_image and Anthropic image blocks as images", () => {
    expect(countImages([responsesParts, anthropicImage, { role: "user", content: [{ type: "image_url", image_url: { url: "data:," } }] }])).toBe(3);
  });
});
