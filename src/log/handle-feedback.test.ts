import { describe, expect, it } from "vitest";
import type { GatewayError } from "../core/errors/index.js";
import { lateRecordWait } from "./find-decision.js";
import { handleFeedback } from "./handle-feedback.js";
import { makeDecisionRecord } from "./make-decision-record.js";

describe("handleFeedback", () => {
  it("stores a score on the decision, and answers 400 / 404 with the field or id named", async () => {
    const stored: [string, number, string | null | undefined][] = [];
    const decisions = {
      recordFeedback: async (id: string, score: number, label?: string | null) => {
        if (id !== "dec_1") return false;
        stored.push([id, score, label]);
        return true;
      },
      get: async (id: string) => (id === "dec_1" ? makeDecisionRecord({ id }) : id === "dec_refused" ? makeDecisionRecord({ id, outcome: "refused", status: 402 }) : undefined),
    };
    expect(await handleFeedback(decisions, { decision_id: "dec_1", score: 0.75, label: "good" })).toEqual({ object: "feedback", decision_id: "dec_1", score: 0.75, label: "good" });
    expect(stored).toEqual([["dec_1", 0.75, "good"]]);
    const bad = await handleFeedback(decisions, { decision_id: "dec_1", score: 2 }).catch((e: unknown) => e as GatewayError);
    expect(bad).toMatchObject({ status: 400, param: "score" });
    // An unknown field is named in param, as POST /api/keys names it (it was "body"); a JSON __proto__ key too.
    const extra = await handleFeedback(decisions, { decision_id: "dec_1", score: 1, comment: "x" }).catch((e: unknown) => e as GatewayError);
    expect(extra).toMatchObject({ status: 400, param: "comment" });
    // The name is the caller's text: quoted and escaped, never echoed raw (an escape sequence, a newline or a direction
    // override in it rewrote the message where it was printed).
    const hostile = await handleFeedback(decisions, { decision_id: "dec_1", score: 1, "lable\u001b[31m\n\u202eok": "x" }).catch((e: unknown) => e as GatewayError);
    expect((hostile as GatewayError).message).toBe('Invalid feedback: unknown field(s) "lable\\u001b[31m\\n\\u202eok". Send {"decision_id": "dec_...", "score": 0..1, "label"?: "..."}.');
    // An id no decision has is the caller's text too: its line separator and direction override came back raw (round 26).
    const unknownId = await handleFeedback(decisions, { decision_id: "dec_\u2028\u202e", score: 1 }).catch((e: unknown) => e as GatewayError);
    expect((unknownId as GatewayError).message).toMatch(/^No decision dec_\\u2028\\u202e\. Use/);
    const many = await handleFeedback(decisions, { decision_id: "dec_1", score: 1, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, ["x".repeat(500)]: 7 }).catch((e: unknown) => e as GatewayError);
    expect((many as GatewayError).message).toContain('unknown field(s) "a", "b", "c", "d", "e" and 2 more.');
    const long = await handleFeedback(decisions, { decision_id: "dec_1", score: 1, ["x".repeat(500)]: 7 }).catch((e: unknown) => e as GatewayError);
    expect((long as GatewayError).message).toContain(`unknown field(s) "${"x".repeat(64)}…".`);
    const proto = await handleFeedback(decisions, JSON.parse('{"decision_id":"dec_1","score":1,"__proto__":{"score":0}}')).catch((e: unknown) => e as GatewayError);
    expect(proto).toMatchObject({ status: 400, param: "__proto__" });
    const missing = await handleFeedback(decisions, { decision_id: "dec_nope", score: 1 }).catch((e: unknown) => e as GatewayError);
    expect(missing).toMatchObject({ status: 404, code: "decision_not_found" });
    // A refused request got no answer: rating it would count against its experiment arm.
    const refused = await handleFeedback(decisions, { decision_id: "dec_refused", score: 0 }).catch((e: unknown) => e as GatewayError);
    expect(refused).toMatchObject({ status: 409, code: "decision_not_answered" });
  });

  it("refuses a score on a request no model answered (every fallback failed, or refused before routing): it has nothing to rate", async () => {
    const records = {
      dec_failed: makeDecisionRecord({ id: "dec_failed", outcome: "failed", status: 502, model: null }),
      dec_malformed: makeDecisionRecord({ id: "dec_malformed", outcome: "client_error", status: 400, model: null }),
      // A stream cut after content: the client read part of an answer, which can be rated.
      dec_cut: makeDecisionRecord({ id: "dec_cut", outcome: "failed", status: 200, model: "openai/gpt-5-nano" }),
    };
    const stored: string[] = [];
    const decisions = {
      recordFeedback: async (id: string) => (stored.push(id), true),
      get: async (id: string) => records[id as keyof typeof records],
    };
    for (const id of ["dec_failed", "dec_malformed"]) {
      const refused = await handleFeedback(decisions, { decision_id: id, score: 0 }).catch((e: unknown) => e as GatewayError);
      expect(refused, id).toMatchObject({ status: 409, code: "decision_not_answered", message: expect.stringContaining("with no model answering it") });
    }
    await handleFeedback(decisions, { decision_id: "dec_cut", score: 0.2 });
    expect(stored).toEqual(["dec_cut"]);
  });

  it("refuses a label with control or direction-override characters (a label is one line of plain text), and keeps any other text", async () => {
    const stored: (string | null | undefined)[] = [];
    const decisions = {
      recordFeedback: async (_id: string, _score: number, label?: string | null) => (stored.push(label), true),
      get: async (id: string) => makeDecisionRecord({ id }),
    };
    // Unicode's own line breaks split a label as \n does; half a surrogate pair is no text at all, and the log (UTF-8)
    // stored "a\ud800b" as "a\ufffd\ufffd\ufffdb" while the answer echoed the label as given.
    const unicodeBreaks = ["line\u2028sep", "para\u2029sep", "half\ud800", "\udc00lone", "swapped\udc00\ud800"];
    for (const label of ["bad\u001b[31mred", "two\nlines", "nul\u0000", "tab\there", "del\u007f", "c1\u009b31m", "\u202egnp.exe", "iso\u2066late", ...unicodeBreaks]) {
      const refused = await handleFeedback(decisions, { decision_id: "dec_1", score: 1, label }).catch((e: unknown) => e as GatewayError);
      expect(refused, JSON.stringify(label)).toMatchObject({ status: 400, param: "label" });
    }
    expect(stored).toEqual([]);
    for (const label of ["wrong language", "Ünïcödé ✓ 中文 👍", "a-b_c.d/e:f", ""]) await handleFeedback(decisions, { decision_id: "dec_1", score: 1, label });
    expect(stored).toEqual(["wrong language", "Ünïcödé ✓ 中文 👍", "a-b_c.d/e:f", ""]);
  });

  it("looks again for a fresh decision another instance has not shipped yet, with few reads, and not for an old or future id (round 21)", async () => {
    const clock = { at: 1_800_000_000_000 };
    const idAt = (ms: number) => `dec_${ms.toString(16).padStart(12, "0")}${"ab".repeat(10)}`;
    const fresh = idAt(clock.at - 50);
    const reads: string[] = [];
    let shipsAt = clock.at + 250;
    const decisions = {
      recordFeedback: async () => true,
      get: async (id: string) => {
        reads.push(id);
        return id === fresh && clock.at >= shipsAt ? makeDecisionRecord({ id }) : undefined;
      },
    };
    const lateRecords = { withinMs: 3_000, now: () => clock.at, sleep: async (ms: number) => void (clock.at += ms), maxWaiting: 16, waiting: 0 };
    expect(await handleFeedback(decisions, { decision_id: fresh, score: 1 }, { lateRecords })).toMatchObject({ decision_id: fresh });
    expect(reads).toHaveLength(3); // at once, after 100 ms and after 200 more (past 250 ms)
    // Never shipped: 404 after a handful of reads, within the 3 s the id's time allows.
    shipsAt = Infinity;
    reads.length = 0;
    const started = clock.at;
    const never = await handleFeedback(decisions, { decision_id: idAt(clock.at), score: 1 }, { lateRecords }).catch((e: unknown) => e as GatewayError);
    expect(never).toMatchObject({ status: 404, code: "decision_not_found" });
    expect(reads.length).toBeLessThanOrEqual(6);
    expect(clock.at - started).toBeLessThanOrEqual(3_000);
    // An id made a minute ago, one dated an hour ahead, or of another shape: one read, no wait.
    for (const id of [idAt(clock.at - 60_000), idAt(clock.at + 3_600_000), "dec_nope"]) {
      reads.length = 0;
      const before = clock.at;
      await expect(handleFeedback(decisions, { decision_id: id, score: 1 }, { lateRecords })).rejects.toMatchObject({ status: 404 });
      expect({ id, reads: reads.length, waited: clock.at - before }).toEqual({ id, reads: 1, waited: 0 });
    }
  });

  it("a key flooding forged fresh ids leaves waits to other keys: their feedback sent to another instance is kept (round 22 review)", async () => {
    const now = 1_800_000_000_000;
    const idAt = (n: number) => `dec_${(now - 10).toString(16).padStart(12, "0")}${n.toString(16).padStart(20, "0")}`;
    const wakes: (() => void)[] = [];
    const lateRecords = { ...lateRecordWait(() => now), sleep: () => new Promise<void>((resolve) => wakes.push(resolve)) };
    const real = idAt(999);
    let shipped = false;
    const decisions = { recordFeedback: async () => true, get: async (id: string) => (shipped && id === real ? makeDecisionRecord({ id, keyId: "key_b" }) : undefined) };
    const flood = Array.from({ length: 32 }, (_, n) => handleFeedback(decisions, { decision_id: idAt(n), score: 0 }, { callerKeyId: "key_a", lateRecords }).catch(() => "404"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const rated = handleFeedback(decisions, { decision_id: real, score: 1 }, { callerKeyId: "key_b", lateRecords }).catch((e: unknown) => e as GatewayError);
    await new Promise((resolve) => setTimeout(resolve, 20));
    shipped = true;
    while (wakes.length > 0 || lateRecords.waiting > 0) {
      wakes.splice(0).forEach((wake) => wake());
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(await rated).toMatchObject({ object: "feedback", decision_id: real });
    expect(await Promise.all(flood)).toEqual(flood.map(() => "404"));
  });
});

describe("handleFeedback's 400s read in the gateway's words, not zod's", () => {
  const decisions = { recordFeedback: async () => true, get: async () => makeDecisionRecord({ id: "dec_1" }) };
  const refusal = async (body: unknown) => {
    const error = (await handleFeedback(decisions, body).catch((e: unknown) => e)) as GatewayError;
    expect(error).toMatchObject({ status: 400, code: "invalid_request" });
    return { message: error.message, param: error.param };
  };

  it("names what a missing, mistyped or out-of-range field must be, with the value sent", async () => {
    // POST /v1/feedback is what a newcomer wires first; "Invalid input: expected number, received undefined" and
    // "Too big: expected number to be <=1" were zod's words, not a fix.
    expect(await refusal({ decision_id: "dec_1" })).toEqual({ param: "score", message: expect.stringContaining("score: is required: a number from 0 to 1.") });
    expect(await refusal({ decision_id: "dec_1", score: "0.9" })).toEqual({ param: "score", message: expect.stringContaining('score: must be a number from 0 to 1, written without quotes (got "0.9").') });
    expect(await refusal({ decision_id: "dec_1", score: 1.8 })).toEqual({ param: "score", message: expect.stringContaining("score: must be from 0 to 1 (got 1.8).") });
    expect(await refusal({ decision_id: "dec_1", score: -1 })).toEqual({ param: "score", message: expect.stringContaining("score: must be from 0 to 1 (got -1).") });
    expect(await refusal({ score: 1 })).toEqual({ param: "decision_id", message: expect.stringContaining("decision_id: is required: the x-switchyard-decision-id header of the response you rate.") });
    expect(await refusal({ decision_id: "", score: 1 })).toEqual({ param: "decision_id", message: expect.stringContaining("decision_id: must be the x-switchyard-decision-id header of the response you rate (got \"\").") });
    expect(await refusal({ decision_id: 7, score: 1 })).toEqual({ param: "decision_id", message: expect.stringContaining("decision_id: must be the x-switchyard-decision-id header of the response you rate (got 7).") });
    expect(await refusal({ decision_id: "dec_1", score: 1, label: 5 })).toEqual({ param: "label", message: expect.stringContaining("label: must be a string or null (got 5).") });
    expect(await refusal({ decision_id: "dec_1", score: 1, label: "a".repeat(300) })).toEqual({ param: "label", message: expect.stringContaining("label: must be at most 200 characters (got 300).") });
    expect(await refusal([])).toEqual({ param: "body", message: expect.stringContaining("body: must be a JSON object (got an array).") });
    for (const body of [{ decision_id: "dec_1" }, { decision_id: "dec_1", score: 2 }, { score: 1 }, [], { decision_id: "", score: 1 }]) {
      expect((await refusal(body)).message).not.toMatch(/Invalid input|Too big|Too small|expected \w+, received|>=|<=/);
    }
  });
});

describe("handleFeedback's 400 quotes a hostile value sent, short and inert", () => {
  const decisions = { recordFeedback: async () => true, get: async () => makeDecisionRecord({ id: "dec_1" }) };
  const message = async (body: unknown) => ((await handleFeedback(decisions, body).catch((e: unknown) => e)) as GatewayError).message;

  it("cuts a value whose escapes run long before the message's own cap, so the quote and the fix still close it", async () => {
    // 100 NULs or half surrogate pairs escape to 600 characters: the message's 300-character cap cut the quote mid-escape
    // (`\ud83d\`), with no closing `")` and no "Send {...}" after it.
    for (const score of ["\u0000".repeat(100), "\ud83d".repeat(100), `${"a".repeat(79)}\u0000\u0000`]) {
      const text = await message({ decision_id: "dec_1", score });
      expect(text).toMatch(/\(got "[^"]*…"\)\. Send \{"decision_id"/);
      expect(text.length).toBeLessThan(300);
    }
  });

  it("escapes what a terminal or a log reader acts on: C1 controls (8-bit CSI), DEL, line separators, direction overrides", async () => {
    const text = await message({ decision_id: "dec_1", score: "\u009b2J\u007f\u2028ERROR forged\u2029\u202eevil\u2066" });
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain(String.raw`(got "\u009b2J\u007f\u2028ERROR forged\u2029\u202eevil\u2066")`);
  });
});
