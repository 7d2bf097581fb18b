import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../core/types.js";
import { urlAttachmentCount } from "./attachment-tokens.js";

const user = (...content: unknown[]): ChatMessage => ({ role: "user", content: content as ChatMessage["content"] });

describe("urlAttachmentCount", () => {
  it("counts files, videos and unknown parts named by an http(s) URL", () => {
    expect(urlAttachmentCount([user({ type: "file", file: { filename: "a.pdf", file_data: "https://x/a.pdf" } }, { type: "video_url", video_url: { url: "HTTP://x/v.mp4" } })])).toBe(2);
  });

  it("does not count inline payloads, images by URL, text, or a URL written inside text", () => {
    expect(urlAttachmentCount([
      user({ type: "file", file: { filename: "a.pdf", file_data: "data:application/pdf;base64,QUJD" } }),
      user({ type: "image_url", image_url: { url: "https://x/a.png" } }, { type: "text", text: "https://x/a.pdf" }),
      { role: "user", content: "https://x/a.pdf" },
    ])).toBe(0);
  });
});
