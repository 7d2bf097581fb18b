/**
 * Every simulator fault through the Messages and Responses doors, streamed and not: the same guarantees as chat
 * (test/e2e/failover.e2e.test.ts) in each door's own format. Failures before content fail over invisibly; after
 * content a stream ends with the door's error event and never its clean stop; refusals keep the door's envelope.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { REFUSAL_TEXT, type SimulatorFault } from "../../src/testing/simulator/index.js";
import { CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

const [PRIMARY, SECONDARY] = CHAIN;
const PROMPT = "Say hello to the gateway.";
const MODEL = "switchyard/tier/e2e";

/** What a door's answer said, whatever its format. */
interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** complete: the door's clean stop; error: its error event; none: neither (a JSON error body). */
  ending: "complete" | "error" | "none";
  /** Anthropic stop_reason / Responses status. */
  stop: string | null;
  body: unknown;
  /** The usage of the stream's last event, when it carried one (Responses: response.completed / .failed). */
  usage?: { input_tokens?: number; output_tokens?: number; cost_usd?: number } | undefined;
}

interface DoorDriver {
  name: "messages" | "responses";
  path: string;
  body(stream: boolean): Record<string, unknown>;
  fromJson(body: Record<string, unknown>): Pick<Answer, "text" | "stop">;
  fromEvents(events: { event: string; data: Record<string, unknown> }[]): Pick<Answer, "text" | "stop" | "ending" | "usage">;
  refusalCode(body: unknown): string | undefined;
}

const MESSAGES: DoorDriver = {
  name: "messages",
  path: "/v1/messages",
  body: (stream) => ({ model: MODEL, max_tokens: 200, stream, messages: [{ role: "user", content: PROMPT }] }),
  fromJson: (body) => ({ text: (body.content as { text?: string }[]).map((block) => block.text ?? "").join(""), stop: body.stop_reason as string }),
  fromEvents(events) {
    const text = events.map(({ data }) => ((data.delta as { text?: string } | undefined)?.text ?? "")).join("");
    const last = events.at(-1)?.event;
    const delta = events.find((event) => event.event === "message_delta")?.data.delta as { stop_reason?: string } | undefined;
    expect(last === "error" && events.some((event) => event.event === "message_stop")).toBe(false);
    return { text, stop: delta?.stop_reason ?? null, ending: last === "message_stop" ? "complete" : last === "error" ? "error" : "none" };
  },
  refusalCode: (body) => (body as { type?: string; error?: { type?: string } }).type === "error" ? (body as { error: { type: string } }).error.type : undefined,
};

const RESPONSES: DoorDriver = {
  name: "responses",
  path: "/v1/responses",
  body: (stream) => ({ model: MODEL, stream, input: PROMPT }),
  fromJson: (body) => ({ text: body.output_text as string, stop: body.status as string }),
  fromEvents(events) {
    const text = events.map(({ event, data }) => (event === "response.output_text.delta" ? (data.delta as string) : "")).join("");
    const last = events.at(-1);
    const response = last?.data.response as { status?: string; usage?: Answer["usage"] } | undefined;
    const final = response?.status ?? null;
    expect(last?.event === "response.failed" && events.some((event) => event.event === "response.completed")).toBe(false);
    return { text, stop: final, usage: response?.usage, ending: last?.event === "response.completed" || last?.event === "response.incomplete" ? "complete" : last?.event === "response.failed" ? "error" : "none" };
  },
  refusalCode: (body) => (body as { error?: { code?: string } }).error?.code,
};

async function send(gateway: Gateway, door: DoorDriver, stream: boolean): Promise<Answer> {
  const response = await fetch(`${gateway.url}${door.path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(door.body(stream)) });
  const raw = await response.text();
  const isStream = (response.headers.get("content-type") ?? "").startsWith("text/event-stream");
  if (!isStream) {
    const body = JSON.parse(raw) as Record<string, unknown>;
    return { status: response.status, headers: response.headers, ending: "none", body, ...(response.status === 200 ? door.fromJson(body) : { text: "", stop: null }) };
  }
  const events = raw
    .split("\n\n")
    .filter((block) => block.startsWith("event: "))
    .map((block) => {
      const [eventLine, dataLine] = block.split("\n");
      return { event: (eventLine ?? "").slice(7), data: JSON.parse((dataLine ?? "").slice(6)) as Record<string, unknown> };
    });
  return { status: response.status, headers: response.headers, body: raw, ...door.fromEvents(events) };
}

const FAILOVER_FAULTS: SimulatorFault[] = ["rate_limit", "rate_limit_no_retry_after", "server_error", "unavailable", "connection_reset", "no_response", "slow_first_token", "malformed_chunk"];
const AFTER_CONTENT_FAULTS: SimulatorFault[] = ["stream_cut", "stream_stall", "stream_error"];
const SECONDARY_TEXT = `This is a simulated answer from ${SECONDARY} to: ${PROMPT}`;

for (const door of [MESSAGES, RESPONSES]) {
  describe(`faults through /v1/${door.name}`, () => {
    let gateway: Gateway;
    beforeAll(async () => {
      gateway = await startGateway({ config: { circuit_breaker: { failures: 1000, window_ms: 60_000, cooldown_ms: 1_000 } } });
    });
    afterAll(async () => gateway.close());
    beforeEach(() => {
      gateway.simulator.reset();
      gateway.records.length = 0;
      gateway.holds.clear(); // a rate_limit case holds the primary for its Retry-After second
    });

    for (const stream of [false, true]) {
      const mode = stream ? "streamed" : "not streamed";
      const failsOver = stream ? FAILOVER_FAULTS : [...FAILOVER_FAULTS, ...AFTER_CONTENT_FAULTS];
      for (const fault of failsOver) {
        it(`${fault} (${mode}): the next model answers invisibly`, async () => {
          gateway.simulator.setFault(PRIMARY, fault);
          const answer = await send(gateway, door, stream);
          expect(answer.status).toBe(200);
          expect(answer.text).toBe(SECONDARY_TEXT);
          expect(answer.headers.get("x-switchyard-model")).toBe(SECONDARY);
          expect(answer.headers.get("x-switchyard-attempts")).toBe("2");
          if (stream) expect(answer.ending).toBe("complete");
          expect(gateway.records.at(-1)).toMatchObject({ door: door.name, outcome: "served", model: SECONDARY });
        });
      }
      if (stream) {
        for (const fault of AFTER_CONTENT_FAULTS) {
          it(`${fault} (streamed) after content ends with the door's error event, never its clean stop`, async () => {
            gateway.simulator.setFault(PRIMARY, fault);
            const answer = await send(gateway, door, true);
            expect(answer.status).toBe(200);
            expect(answer.text.length).toBeGreaterThan(0);
            expect(answer.ending).toBe("error");
            expect(gateway.records.at(-1)).toMatchObject({ door: door.name, outcome: "failed", finishReason: "error" });
            if (door.name === "responses") {
              // The cut answer was charged on estimates (the prompt, ~4 characters a token of the text sent); the
              // usage beside that cost says the same, as the Messages door does, never zero tokens.
              expect(answer.usage?.cost_usd).toBeGreaterThan(0);
              expect(answer.usage?.input_tokens).toBeGreaterThan(0);
              expect(answer.usage?.output_tokens).toBe(Math.ceil(answer.text.length / 4));
            }
          });
        }
      }

      it(`missing_done (${mode}) is a complete answer from the first model`, async () => {
        gateway.simulator.setFault(PRIMARY, "missing_done");
        const answer = await send(gateway, door, stream);
        expect(answer.headers.get("x-switchyard-attempts")).toBe("1");
        expect(answer.text).toContain(PRIMARY);
        if (stream) expect(answer.ending).toBe("complete");
      });

      it(`context_length_exceeded (${mode}) moves to a model with room`, async () => {
        gateway.simulator.setFault(PRIMARY, "context_length_exceeded");
        const answer = await send(gateway, door, stream);
        expect(answer.status).toBe(200);
        expect(answer.headers.get("x-switchyard-model")).not.toBe(PRIMARY);
      });

      it(`moderation (${mode}) is a 403 in the door's envelope, not retried`, async () => {
        gateway.simulator.setFault(PRIMARY, "moderation");
        const answer = await send(gateway, door, stream);
        expect(answer.status).toBe(403);
        expect(door.refusalCode(answer.body)).toBe(door.name === "messages" ? "permission_error" : "content_policy_violation");
        expect(gateway.simulator.calls).toHaveLength(1);
      });

      it(`flapping (${mode}): every request is served`, async () => {
        gateway.simulator.setFault(PRIMARY, "flapping");
        for (let i = 0; i < 4; i += 1) {
          const answer = await send(gateway, door, stream);
          expect(answer.status).toBe(200);
          expect([PRIMARY, SECONDARY]).toContain(answer.headers.get("x-switchyard-model"));
        }
      });

      it(`empty, refusal and length (${mode}) come through as answers in the door's terms`, async () => {
        gateway.simulator.setFault(PRIMARY, "empty");
        expect((await send(gateway, door, stream)).text).toBe("");
        gateway.simulator.setFault(PRIMARY, "refusal");
        expect((await send(gateway, door, stream)).text).toBe(REFUSAL_TEXT);
        gateway.simulator.setFault(PRIMARY, "length");
        const cut = await send(gateway, door, stream);
        expect(cut.stop).toBe(door.name === "messages" ? "max_tokens" : "incomplete");
      });
    }
  });
}
