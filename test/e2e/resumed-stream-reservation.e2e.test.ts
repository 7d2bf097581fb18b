/**
 * A resumed attempt reads the prompt and the text before the cut (the prefill): its reservation covers both. It
 * reserved the prompt's worst case alone, so a resume after a long partial answer was charged past what it held,
 * and concurrent resumes could take spend past a hard cap (round 26).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import type { ChatMessage } from "../../src/core/types.js";
import { countPromptTokens } from "../../src/testing/simulator/plan-answer.js";
import { trackingSpendGuard } from "../support/tracking-spend-guard.js";
import { onJsonBody, streamChunk, useGatewayBehind } from "./gateway-fixture.js";
import { CHAIN } from "./gateway-harness.js";

/** Text before the cut: about 90% of the attempt's max_tokens at four characters a token (an honest answer). */
const partialFor = (maxTokens: number): string => "word ".repeat(Math.floor((maxTokens * 4 * 0.9) / 5));
const chunk = (model: string, delta: Record<string, unknown>, finish: string | null = null, extra: Record<string, unknown> = {}): string => streamChunk("gen-resume", model, delta, finish, extra);

function answer(request: IncomingMessage, response: ServerResponse): void {
  onJsonBody<{ model: string; max_tokens?: number; messages: { role: string; content: string }[] }>(request, ({ model, max_tokens: maxTokens = 0, messages }) => {
    response.writeHead(200, { "content-type": "text/event-stream" });
    if (model === CHAIN[0]) {
      response.write(chunk(model, { role: "assistant", content: partialFor(maxTokens) }));
      setTimeout(() => response.destroy(), 50);
      return;
    }
    // The finishing model writes up to its max_tokens and bills what it read, counted as the simulator counts it:
    // the prompt and the prefill (the last message, an assistant turn).
    const promptTokens = countPromptTokens(messages as ChatMessage[]);
    response.write(chunk(model, { role: "assistant", content: " The end." }));
    response.write(chunk(model, {}, "length", { usage: { prompt_tokens: promptTokens, completion_tokens: maxTokens, total_tokens: promptTokens + maxTokens } }));
    response.end("data: [DONE]\n\n");
  });
}

const guard = trackingSpendGuard();
const reservedFor = new Map<string, number>();
const overs: string[] = [];
beforeAll(() => {
  const reserve = guard.reserve.bind(guard);
  const settle = guard.settle.bind(guard);
  guard.reserve = async (input) => {
    const reservation = await reserve(input);
    reservedFor.set(reservation.id, input.amountUsd);
    return reservation;
  };
  guard.settle = async (reservation, actualUsd) => {
    const held = reservedFor.get(reservation.id) ?? 0;
    if (actualUsd > held * (1 + 1e-9)) overs.push(`${reservation.id}: settled ${actualUsd} on ${held} reserved`);
    return settle(reservation, actualUsd);
  };
});
const the = useGatewayBehind(answer, undefined, { spendGuard: guard });

describe("a resumed stream's reservation", () => {
  it("covers the prefill it sends: the attempt is never settled above what it reserved", async () => {
    const response = await fetch(`${the.gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "switchyard/tier/e2e", stream: true, max_tokens: 16_000, switchyard: { resume: true }, messages: [{ role: "user", content: "Tell me about switchyards." }] }),
    });
    const text = await response.text();
    expect(text).toContain("The end.");
    expect(the.gateway.records.at(-1)).toMatchObject({ outcome: "served", model: CHAIN[1] });
    expect(guard.settled.length).toBe(2);
    expect(overs).toEqual([]);
    expect(guard.open.size).toBe(0);
  }, 30_000);
});
