import { describe, expect, it } from "vitest";
import { classifyHttpFailure } from "./classify-upstream-failure.js";
import { parseRetryAfterMs } from "./parse-retry-after.js";
import { redactSecret } from "./redact-secret.js";

const body = (code: number, message: string, metadata: Record<string, unknown> = {}): string => JSON.stringify({ error: { code, message, metadata } });

describe("classifyHttpFailure", () => {
  it.each([408, 429, 500, 502, 503, 504])("%i is retryable", (status) => {
    const error = classifyHttpFailure({ model: "m", status, headers: {}, bodyText: body(status, "x") });
    expect(error).toMatchObject({ kind: "http", isRetryable: true, upstreamStatus: status });
  });

  it("reads Retry-After on a 429", () => {
    const error = classifyHttpFailure({ model: "m", status: 429, headers: { "retry-after": "2" }, bodyText: body(429, "slow down") });
    expect(error.retryAfterMs).toBe(2_000);
  });

  it("recognises context length and moderation errors", () => {
    const context = classifyHttpFailure({ model: "m", status: 400, headers: {}, bodyText: body(400, "This endpoint's maximum context length is 8192 tokens.") });
    expect(context).toMatchObject({ kind: "context_length_exceeded", isRetryable: false });
    const moderation = classifyHttpFailure({ model: "m", status: 403, headers: {}, bodyText: body(403, "m requires moderation", { reasons: ["harassment"] }) });
    expect(moderation).toMatchObject({ kind: "content_policy", isRetryable: false });
  });

  it("reads the provider's own error inside OpenRouter's \"Provider returned error\" (metadata.raw): its kind and its words", () => {
    const raw = (message: string): Record<string, unknown> => ({ raw: JSON.stringify({ error: { message, type: "invalid_request_error" } }), provider_name: "OpenAI" });
    const context = classifyHttpFailure({ model: "m", status: 400, headers: {}, bodyText: body(400, "Provider returned error", raw("This model's maximum context length is 128000 tokens. However, your messages resulted in 190000 tokens.")) });
    expect(context).toMatchObject({ kind: "context_length_exceeded", isRetryable: false });
    const policy = classifyHttpFailure({ model: "m", status: 400, headers: {}, bodyText: body(400, "Provider returned error", raw("Your request was flagged by our safety system.")) });
    expect(policy).toMatchObject({ kind: "content_policy" });
    const image = classifyHttpFailure({ model: "m", status: 400, headers: {}, bodyText: body(400, "Provider returned error", raw("Invalid base64 image_url.")) });
    expect(image).toMatchObject({ kind: "http", isRetryable: false });
    expect(image.message).toBe("HTTP 400: Provider returned error (OpenAI: Invalid base64 image_url.)");
    // A raw that is plain text, long, or carries control characters: its first line, cut.
    const plain = classifyHttpFailure({ model: "m", status: 400, headers: {}, bodyText: body(400, "Provider returned error", { raw: `bad\u001b[31m request ${"x".repeat(1_000)}` }) });
    expect(plain.message.length).toBeLessThan(400);
    expect(plain.message).toContain("(bad");
    expect(plain.message).not.toContain("\u001b");
  });

  it("does not retry a plain 400 or 401", () => {
    expect(classifyHttpFailure({ model: "m", status: 400, headers: {}, bodyText: body(400, "bad param") }).isRetryable).toBe(false);
    expect(classifyHttpFailure({ model: "m", status: 401, headers: {}, bodyText: "" }).isRetryable).toBe(false);
  });
});

describe("parseRetryAfterMs", () => {
  it("reads retry-after-ms, seconds and HTTP dates", () => {
    expect(parseRetryAfterMs({ "retry-after-ms": "150" })).toBe(150);
    expect(parseRetryAfterMs({ "retry-after": "3" })).toBe(3_000);
    expect(parseRetryAfterMs({ "retry-after": new Date(10_000).toUTCString() }, 4_000)).toBe(6_000);
    expect(parseRetryAfterMs({})).toBeUndefined();
    expect(parseRetryAfterMs({ "retry-after": "soon" })).toBeUndefined();
  });
});

describe("redactSecret", () => {
  it("removes every occurrence of the key", () => {
    expect(redactSecret("key sk-or-v1-abcdef and sk-or-v1-abcdef", "sk-or-v1-abcdef")).toBe("key [REDACTED] and [REDACTED]");
    expect(redactSecret("nothing here", "sk-or-v1-abcdef")).toBe("nothing here");
  });
});
