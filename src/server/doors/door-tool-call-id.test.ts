import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chatCallId, doorToolCallId, responsesCallId, upstreamToolCallId, withUpstreamToolCallIds } from "./door-tool-call-id.js";

const ANTHROPIC_ID = /^[a-zA-Z0-9_-]+$/;

describe("tool-call ids at the Messages and Responses doors", () => {
  it("show a provider's `functions.lookup:0` in Anthropic's id characters, and read it back as the provider wrote it", () => {
    for (const upstream of ["functions.lookup:0", "call 1", "tool/é:2", "sy64_", "a.b"]) {
      const shown = doorToolCallId(upstream);
      expect(shown, upstream).toMatch(ANTHROPIC_ID);
      expect(upstreamToolCallId(shown)).toBe(upstream);
    }
  });

  it("keep an id that already fits, and read every id back as itself, even one that looks encoded", () => {
    const lookalike = doorToolCallId("functions.x:0");
    for (const upstream of ["call_abc", "toolu_01A", "sy64_abc", lookalike, doorToolCallId(lookalike)]) {
      const shown = doorToolCallId(upstream);
      expect(shown).toMatch(ANTHROPIC_ID);
      expect(upstreamToolCallId(shown), upstream).toBe(upstream);
    }
    expect(doorToolCallId("call_abc")).toBe("call_abc");
    // A client's own id that merely starts like ours is not rewritten.
    expect(upstreamToolCallId("sy64_not base64!")).toBe("sy64_not base64!");
  });

  it("turn a conversation's shown ids back for the upstream, in calls and results alike", () => {
    const shown = doorToolCallId("functions.lookup:0");
    const messages = withUpstreamToolCallIds([
      { role: "assistant", content: null, tool_calls: [{ id: shown, type: "function", function: { name: "lookup", arguments: "{}" } }] },
      { role: "tool", tool_call_id: shown, content: "42" },
    ]);
    expect(messages[0]?.tool_calls).toEqual([{ id: "functions.lookup:0", type: "function", function: { name: "lookup", arguments: "{}" } }]);
    expect(messages[1]?.tool_call_id).toBe("functions.lookup:0");
  });

  it("show a provider's id as it is at the Responses door (no pattern, 64 characters at most), unless it reads as encoded", () => {
    const lookalike = doorToolCallId("functions.x:0");
    for (const upstream of ["functions.lookup:0", "call_abc", "sy64_abc", `functions.${"t".repeat(50)}:0`]) {
      expect(responsesCallId(upstream)).toBe(upstream);
      expect(upstreamToolCallId(responsesCallId(upstream))).toBe(upstream);
    }
    // The upstream's own id that reads as one shown encoded is encoded, so it reads back as itself, not "functions.x:0".
    expect(responsesCallId(lookalike)).not.toBe(lookalike);
    expect(upstreamToolCallId(responsesCallId(lookalike))).toBe(lookalike);
  });
});

describe("tool-call ids within 64 characters (Bedrock's tool_use.id, OpenAI's call_id)", () => {
  /** Kimi's id for an MCP tool as Claude Code names them: 59 characters, two outside the pattern. */
  const MCP_ID = "functions.mcp__github__create_pull_request_review:1234567";

  it("show a provider's id outside the pattern in at most 64 characters, readable, and read it back", () => {
    const shown = doorToolCallId(MCP_ID);
    expect(shown).toMatch(ANTHROPIC_ID);
    expect(shown.length, shown).toBeLessThanOrEqual(64);
    expect(shown).toBe("sy-functions-dmcp__github__create_pull_request_review-c1234567");
    expect(upstreamToolCallId(shown)).toBe(MCP_ID);
  });

  it("still read back an id shown as `sy64_` + base64url by an earlier version, however long", () => {
    const long = `functions.${"t".repeat(60)}:0`;
    expect(upstreamToolCallId(`sy64_${Buffer.from(long).toString("base64url")}`)).toBe(long);
    expect(upstreamToolCallId(`sy64_${Buffer.from("tool/é:2").toString("base64url")}`)).toBe("tool/é:2");
  });

  it("show an id that cannot be written in 64 characters as a short hash: the same every time, sent upstream as it is", () => {
    for (const upstream of [`functions.${"t".repeat(60)}:0`, "x".repeat(65), `é${"t".repeat(64)}`, `é${"t".repeat(60)}`]) {
      // The Responses door shows an id of 64 or fewer as it is, whatever its characters.
      for (const show of upstream.length > 64 ? [doorToolCallId, responsesCallId] : [doorToolCallId]) {
        const shown = show(upstream);
        expect(shown, upstream).toMatch(ANTHROPIC_ID);
        expect(shown.length).toBeLessThanOrEqual(64);
        expect(show(upstream)).toBe(shown);
        // Not decodable: the call and its result both reach the upstream under this id, so it still pairs them.
        expect(upstreamToolCallId(shown)).toBe(shown);
      }
    }
    expect(doorToolCallId("a".repeat(65))).not.toBe(doorToolCallId("b".repeat(65)));
  });

  it("keep the mapping one-to-one: every id read back as itself, lookalikes of the short form included", () => {
    const ids = ["functions.lookup:0", "a-b", "sy-", "sy-x", "sy-a-db", "sy--d", "sy-a-", "sy-a-?", "x:y", "-", ".", "a b", "ü", "sy64_YQ", MCP_ID];
    const lookalikes = ids.map((id) => doorToolCallId(id));
    for (const upstream of [...ids, ...lookalikes, ...lookalikes.map((id) => doorToolCallId(id))]) {
      for (const show of [doorToolCallId, responsesCallId, chatCallId]) {
        const shown = show(upstream);
        // Only an id whose every form is over 64 characters is hashed: the one form not read back.
        if (shown.startsWith("syh_") && shown !== upstream) expect(3 + upstream.length + upstream.replace(/[a-zA-Z0-9_]/g, "").length, upstream).toBeGreaterThan(64);
        else expect(upstreamToolCallId(shown), `${show.name}(${upstream})`).toBe(upstream);
      }
    }
    // A client's own id that starts like ours but is not a canonical form goes upstream as it is.
    for (const own of ["sy-a-?", "sy-a-", "sy-abc", "sy--", `sy-${"a-d".repeat(30)}`]) expect(upstreamToolCallId(own)).toBe(own);
  });

  it("read a hostile nest of prefixes in linear time, without exhausting the stack", () => {
    const nested = "sy-".repeat(100_000) + "x-d";
    expect(upstreamToolCallId(nested)).toBe(nested);
    const base64Nest = Array.from({ length: 40 }).reduce<string>((id) => `sy64_${Buffer.from(id).toString("base64url")}`, "a.b");
    expect(upstreamToolCallId(base64Nest).length).toBeLessThan(base64Nest.length);
  });
});

describe("tool-call ids: one-to-one for every string a provider can send", () => {
  const SHOWN = [doorToolCallId, responsesCallId, chatCallId];
  /** Strings of the pieces our forms are made of (and JSON's lone surrogates, which `"\ud800"` parses to). */
  const piece = fc.constantFrom("sy-", "sy64_", "syh_", "-", "-d", "-h", "-c", ".", ":", "a", "_", "é", "\u0000", "\ud800", "\udc00", "\ufffd");
  const anyId = fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 80 }), fc.array(piece, { minLength: 1, maxLength: 30 }).map((pieces) => pieces.join("")));

  it("read every shown id back as the provider's (a hashed one aside), and never show two ids alike", () => {
    for (const show of SHOWN) {
      fc.assert(fc.property(anyId, anyId, (one, other) => {
        const shown = show(one);
        if (!(shown.startsWith("syh_") && shown !== one)) expect(upstreamToolCallId(shown), `${show.name}(${JSON.stringify(one)})`).toBe(one);
        if (one !== other) expect(show(other), `${show.name}(${JSON.stringify(one)}, ${JSON.stringify(other)})`).not.toBe(shown);
      }), { numRuns: 5000 });
    }
  });

  it("keep ids with lone surrogates apart: they have no UTF-8, so no base64url of it reads them back", () => {
    const ids = ["call\ud800", "call\udc00", "call\ufffd"];
    for (const show of [doorToolCallId, responsesCallId]) {
      const shown = ids.map((id) => show(id.padEnd(70, "x")));
      expect(new Set(shown).size, show.name).toBe(3);
    }
    const shown = ids.map((id) => doorToolCallId(id));
    expect(new Set(shown).size).toBe(3);
    for (const [index, id] of shown.entries()) expect([ids[index], id]).toContain(upstreamToolCallId(id));
  });

  it("show a provider's id shaped as a hashed one encoded, so it is not the hash another id is shown as", () => {
    const hashed = doorToolCallId("x".repeat(65));
    expect(hashed.startsWith("syh_")).toBe(true);
    for (const show of SHOWN) {
      expect(show(hashed), show.name).not.toBe(hashed);
      expect(upstreamToolCallId(show(hashed)), show.name).toBe(hashed);
    }
    // The hashed id itself, sent back, still goes upstream as it is (the provider was sent it in the call).
    expect(upstreamToolCallId(hashed)).toBe(hashed);
  });
});
