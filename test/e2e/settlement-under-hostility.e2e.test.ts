/**
 * However a request ends (a client schema the quality check cannot evaluate, an upstream that breaks mid-stream,
 * a client that leaves), every door settles or releases each reservation it made and writes one decision record.
 * The books are kept by a tracking SpendGuard; the records by the harness.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SimulatorFault } from "../../src/testing/simulator/index.js";
import { trackingSpendGuard, type TrackingSpendGuard } from "../support/tracking-spend-guard.js";
import { CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

const MODEL = "switchyard/tier/e2e";
const PROMPT = "Give me the record as JSON.";
/** A JSON schema that compiles but refers to itself forever: evaluating it overflows the stack. */
const SELF_REFERRING = { $ref: "#" };

interface DoorCase {
  door: "chat" | "messages" | "responses";
  path: string;
  body(stream: boolean, extra?: Record<string, unknown>): Record<string, unknown>;
  /** The door's clean end of a stream. */
  cleanEnd: RegExp;
}

const DOORS: DoorCase[] = [
  { door: "chat", path: "/v1/chat/completions", body: (stream, extra) => ({ model: MODEL, stream, messages: [{ role: "user", content: PROMPT }], ...extra }), cleanEnd: /data: \[DONE\]/ },
  { door: "messages", path: "/v1/messages", body: (stream, extra) => ({ model: MODEL, max_tokens: 200, stream, messages: [{ role: "user", content: PROMPT }], ...extra }), cleanEnd: /event: message_stop/ },
  { door: "responses", path: "/v1/responses", body: (stream, extra) => ({ model: MODEL, stream, input: PROMPT, ...extra }), cleanEnd: /event: response\.completed/ },
];

let gateway: Gateway;
let guard: TrackingSpendGuard;
beforeAll(async () => {
  guard = trackingSpendGuard();
  // Every case hits the primary with another fault: the breaker (which would rightly open on a model failing half its
  // calls) is set out of reach, so each case meets the primary it is about.
  gateway = await startGateway({ app: { spendGuard: guard }, simulator: { chunkCount: 30, chunkDelayMs: 15 }, config: { circuit_breaker: { failures: 1000, window_ms: 60_000, cooldown_ms: 1_000 } } });
});
afterAll(async () => gateway.close());
beforeEach(() => {
  gateway.simulator.reset();
  gateway.holds.clear();
});

async function post(path: string, body: unknown, signal?: AbortSignal): Promise<{ status: number; text: string; decisionId: string | null }> {
  const response = await fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), ...(signal ? { signal } : {}) });
  return { status: response.status, text: await response.text(), decisionId: response.headers.get("x-switchyard-decision-id") };
}

/** Waits for the request's record (written before the last byte, but a client that left reads no last byte). */
async function recordOf(decisionId: string | null, recordsBefore: number): Promise<void> {
  for (let waited = 0; waited < 2_000 && gateway.records.length === recordsBefore; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(gateway.records.length).toBe(recordsBefore + 1);
  if (decisionId) expect(gateway.records.at(-1)?.id).toBe(decisionId);
}

function expectBooksClosed(): void {
  expect([...guard.open.values()]).toEqual([]);
}

describe("a client JSON schema the quality check cannot evaluate", () => {
  const format = (door: DoorCase["door"]): Record<string, unknown> =>
    door === "responses"
      ? { text: { format: { type: "json_schema", name: "loop", schema: SELF_REFERRING } } }
      : { response_format: { type: "json_schema", json_schema: { name: "loop", schema: SELF_REFERRING } } };
  for (const stream of [false, true]) {
    for (const door of DOORS.filter((each) => each.door !== "messages")) {
      it(`${door.path}, stream ${stream}: answered (no 500, no cut stream), recorded and settled`, async () => {
        const before = gateway.records.length;
        const answer = await post(door.path, door.body(stream, format(door.door)));
        expect(answer.status).toBe(200);
        if (stream) expect(answer.text).toMatch(door.cleanEnd);
        await recordOf(answer.decisionId, before);
        expect(gateway.records.at(-1)).toMatchObject({ status: 200, qualityChecks: [] });
        expectBooksClosed();
      });
    }
  }
});

describe("an upstream that breaks after content", () => {
  const faults: SimulatorFault[] = ["stream_cut", "stream_stall", "stream_error", "malformed_chunk", "missing_done"];
  for (const door of DOORS) {
    for (const fault of faults) {
      it(`${door.path} with ${fault}: one record, every reservation settled or released`, async () => {
        for (const model of CHAIN) gateway.simulator.setFault(model, fault);
        const before = gateway.records.length;
        const answer = await post(door.path, door.body(true));
        expect(answer.status).toBeLessThan(600);
        await recordOf(answer.decisionId, before);
        expectBooksClosed();
      });
    }
  }
});

describe("a client that leaves", () => {
  for (const door of DOORS) {
    it(`${door.path}: mid-stream, the reservation is settled and the request recorded as 499`, async () => {
      const before = gateway.records.length;
      const controller = new AbortController();
      const response = await fetch(`${gateway.url}${door.path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(door.body(true)), signal: controller.signal });
      const reader = response.body?.getReader();
      await reader?.read();
      controller.abort();
      await reader?.read().catch(() => undefined);
      await recordOf(response.headers.get("x-switchyard-decision-id"), before);
      expect(gateway.records.at(-1)).toMatchObject({ status: 499 });
      // The client ended the call, not the model: its attempt says so (it said stream_interrupted, a model's error).
      expect(gateway.records.at(-1)?.attempts.at(-1)?.errorType).toBe("client_gone");
      expectBooksClosed();
    });

    it(`${door.path}: while the upstream thinks (no stream), the prompt it had is charged, and the request recorded as 499 with that cost`, async () => {
      for (const model of CHAIN) gateway.simulator.setFault(model, "no_response");
      const before = gateway.records.length;
      const settledBefore = guard.settled.length;
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 150);
      await post(door.path, door.body(false), controller.signal).catch(() => undefined);
      await recordOf(null, before);
      const record = gateway.records.at(-1);
      expect(record).toMatchObject({ status: 499 });
      expectBooksClosed();
      // The request had gone out: released, it would let abort-and-repeat spend past a hard cap for free.
      const charged = guard.settled.slice(settledBefore).filter((entry) => entry.requestId === record?.id);
      expect(charged).toHaveLength(1);
      expect(charged[0]?.actualUsd).toBeGreaterThan(0);
      expect(record?.costUsd).toBeCloseTo(charged[0]?.actualUsd ?? -1, 12);
    });
  }
});
