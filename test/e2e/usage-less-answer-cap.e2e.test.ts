/**
 * An upstream that ignores `max_tokens` but stays inside the output bound (`max_tokens × 64 + 16,384` characters) and
 * sends no usage: its answer was charged its text at four characters a token, up to 16 times what was reserved, so
 * requests racing for a hard cap, each admitted on its worst case, spent many times the cap (round 26's leftover,
 * reviewed). The gateway's estimate is never the upstream's bill: without one, an attempt is charged at most the
 * output its reservation covered (max_tokens), so spend stays within the cap whatever the upstream streams.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createSpendGuard } from "../../src/budget/index.js";
import { createMemoryLedger } from "../../src/storage/index.js";
import { outputCharLimit } from "../../src/routing/fallback/output-bound.js";
import type { Gateway } from "./gateway-harness.js";
import { startGatewayBehind } from "./gateway-behind.js";

const MAX_TOKENS = 20;
/** Room for three requests' worst case (a 20-token answer on openai/gpt-5-nano, a short prompt), not for one runaway. */
const LIMIT_USD = 0.00003;
/** Text the upstream writes: 90% of the bound, no character repeating the one before it (each counts whole). */
const TEXT = "word ".repeat(Math.floor((outputCharLimit(MAX_TOKENS) * 0.9) / 5));

const chunk = (model: string, delta: Record<string, unknown>, finish: string | null = null): string =>
  `data: ${JSON.stringify({ id: "gen-long", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;

/** Ignores max_tokens, sends no usage: streamed in 200-character pieces and finished, or whole. */
function runaway(request: IncomingMessage, response: ServerResponse): void {
  let body = "";
  request.on("data", (piece: Buffer) => (body += piece.toString("utf8")));
  request.on("end", () => {
    const { model, stream } = JSON.parse(body) as { model: string; stream?: boolean };
    if (!stream) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ id: "gen-long", object: "chat.completion", created: 1, model, choices: [{ index: 0, message: { role: "assistant", content: TEXT }, finish_reason: "stop" }] }));
      return;
    }
    response.writeHead(200, { "content-type": "text/event-stream" });
    response.write(chunk(model, { role: "assistant", content: "" }));
    for (let at = 0; at < TEXT.length; at += 200) response.write(chunk(model, { content: TEXT.slice(at, at + 200) }));
    response.write(chunk(model, {}, "stop"));
    response.end("data: [DONE]\n\n");
  });
}

const DOORS: [string, string, Record<string, unknown>][] = [
  ["chat, streamed", "/v1/chat/completions", { stream: true, max_tokens: MAX_TOKENS, messages: [{ role: "user", content: "Say a little." }] }],
  ["chat, whole", "/v1/chat/completions", { max_tokens: MAX_TOKENS, messages: [{ role: "user", content: "Say a little." }] }],
  ["messages, streamed", "/v1/messages", { stream: true, max_tokens: MAX_TOKENS, messages: [{ role: "user", content: "Say a little." }] }],
  ["responses, streamed", "/v1/responses", { stream: true, max_output_tokens: MAX_TOKENS, input: "Say a little." }],
];

describe("an answer without usage past max_tokens, within the output bound, racing for a hard cap", () => {
  for (const [name, path, body] of DOORS) {
    describe(name, () => {
      let gateway: Gateway;
      const reserved = new Map<string, number>();
      const overs: string[] = [];
      beforeAll(async () => {
        const budgets = [{ scope: "global" as const, window: "day" as const, limit_usd: LIMIT_USD }];
        const spendGuard = createSpendGuard({ ledger: createMemoryLedger(), budgets, clock: SYSTEM_CLOCK });
        const reserve = spendGuard.reserve.bind(spendGuard);
        const settle = spendGuard.settle.bind(spendGuard);
        spendGuard.reserve = async (input) => {
          const reservation = await reserve(input);
          reserved.set(reservation.id, input.amountUsd);
          return reservation;
        };
        spendGuard.settle = async (reservation, actualUsd) => {
          const held = reserved.get(reservation.id) ?? 0;
          if (actualUsd > held * (1 + 1e-9)) overs.push(`settled ${actualUsd} on ${held} reserved`);
          return settle(reservation, actualUsd);
        };
        gateway = await startGatewayBehind(runaway, { budgets, tiers: { e2e: { models: ["openai/gpt-5-nano"], max_tokens: 300 } } }, { spendGuard });
      });
      afterAll(() => gateway.close());

      it("never spends past the cap: each attempt is charged at most what it reserved, and its record says the same", async () => {
        const send = (): Promise<number> =>
          fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" }, body: JSON.stringify({ model: "switchyard/tier/e2e", ...body }) }).then(async (answer) => (await answer.text(), answer.status));
        const statuses = await Promise.all([send(), send(), send(), send(), send()]);
        expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(0);
        expect(statuses.filter((status) => status !== 200 && status !== 402)).toEqual([]);
        expect(overs).toEqual([]);
        const spent = gateway.records.reduce((sum, record) => sum + record.costUsd, 0);
        expect(spent).toBeGreaterThan(0);
        expect(spent).toBeLessThanOrEqual(LIMIT_USD);
        // The tokens recorded are the ones charged: no more output than max_tokens, the most an honest upstream bills.
        for (const record of gateway.records.filter((each) => each.outcome === "served")) expect(record.outputTokens).toBeLessThanOrEqual(MAX_TOKENS);
      }, 30_000);
    });
  }
});
