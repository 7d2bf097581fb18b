import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway, type Gateway } from "./gateway-harness.js";

/** A body whose prompt holds `bytes` raw, between valid JSON text. */
function bodyWith(door: string, bytes: number[]): Buffer {
  const [before, after] = (
    door === "/v1/responses"
      ? JSON.stringify({ model: "switchyard/tier/e2e", input: "café SPLIT here" })
      : JSON.stringify({ model: "switchyard/tier/e2e", max_tokens: 50, messages: [{ role: "user", content: "café SPLIT here" }] })
  ).split("SPLIT") as [string, string];
  return Buffer.concat([Buffer.from(before, "utf8"), Buffer.from(bytes), Buffer.from(after, "utf8")]);
}

async function send(gateway: Gateway, door: string, body: Buffer): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${gateway.url}${door}`, { method: "POST", headers: { "content-type": "application/json" }, body });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

// Bytes that are not UTF-8: a lone continuation byte, Latin-1 "é", a 3-byte sequence cut short, an overlong "/",
// a UTF-16 surrogate encoded as UTF-8, and a code point past U+10FFFF.
const INVALID: number[][] = [[0x80], [0xe9, 0x74, 0xe9], [0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]];

describe("a request body that is not UTF-8 gets a 400 in each door's envelope, and reaches no model", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(async () => gateway.close());

  it.each(["/v1/chat/completions", "/v1/responses"])("%s: the OpenAI envelope, code invalid_json, naming the byte", async (door) => {
    gateway.simulator.reset();
    for (const bytes of INVALID) {
      const body = bodyWith(door, bytes);
      const offset = body.indexOf(Buffer.from(bytes));
      const { status, json } = await send(gateway, door, body);
      expect(status, JSON.stringify(bytes)).toBe(400);
      expect(json.error).toMatchObject({ type: "invalid_request_error", code: "invalid_json" });
      expect((json.error as { message: string }).message).toContain(`byte ${offset} starts an invalid sequence`);
    }
    expect(gateway.simulator.calls).toHaveLength(0);
  });

  it("/v1/messages: the Anthropic envelope", async () => {
    gateway.simulator.reset();
    for (const bytes of INVALID) {
      const { status, json } = await send(gateway, "/v1/messages", bodyWith("/v1/messages", bytes));
      expect(status, JSON.stringify(bytes)).toBe(400);
      expect(json).toMatchObject({ type: "error", error: { type: "invalid_request_error" } });
      expect((json.error as { message: string }).message).toMatch(/not UTF-8/);
    }
    expect(gateway.simulator.calls).toHaveLength(0);
  });

  it("valid UTF-8 (4-byte characters, a literal U+FFFD, a byte order mark) still passes on every door", async () => {
    const valid = [...Buffer.from("😀 \uFFFD ü 漢", "utf8")];
    for (const door of ["/v1/chat/completions", "/v1/responses", "/v1/messages"]) {
      expect((await send(gateway, door, bodyWith(door, valid))).status, door).toBe(200);
      const withMark = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bodyWith(door, valid)]);
      expect((await send(gateway, door, withMark)).status, door).toBe(200);
    }
    expect(gateway.simulator.calls.at(-1)?.body).toMatchObject({});
    expect(JSON.stringify(gateway.simulator.calls.at(-1)?.body)).toContain("😀 \uFFFD ü 漢");
  });
});
