/**
 * What the upstream reads and bills besides the messages' text: the tool definitions and a response format's JSON
 * schema. The worst case reserved before a call counted the messages alone, so a request with a few words and a large
 * tool list reserved cents' fractions and was billed for every definition: a hard cap let it through, and a few such
 * requests at once spent several times the cap. Here the upstream bills a token per four bytes of the body it is sent,
 * as a provider bills the definitions it reads, and every door must keep the cap.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createSpendGuard } from "../../src/budget/index.js";
import { createMemoryLedger } from "../../src/storage/index.js";
import type { Gateway } from "./gateway-harness.js";
import { startGatewayBehind } from "./gateway-behind.js";

/** Room for one such request, not two. */
const LIMIT_USD = 0.008;
/** About 400 KB of tool definitions: about 100,000 tokens, far more than the cap buys on the tier's models. */
const TOOLS = Array.from({ length: 40 }, (_, n) => ({ name: `tool_${n}`, description: "Looks a thing up. ".repeat(560), schema: { type: "object", properties: { query: { type: "string" } } } }));

function billByBytes(request: IncomingMessage, response: ServerResponse): void {
  const pieces: Buffer[] = [];
  request.on("data", (piece: Buffer) => pieces.push(piece));
  request.on("end", () => {
    const body = Buffer.concat(pieces);
    const bytes = body.length;
    const { model } = JSON.parse(body.toString("utf8")) as { model: string };
    const usage = { prompt_tokens: Math.ceil(bytes / 4), completion_tokens: 5, total_tokens: Math.ceil(bytes / 4) + 5 };
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ id: "gen-bill", object: "chat.completion", created: 1, model, choices: [{ index: 0, message: { role: "assistant", content: "{}" }, finish_reason: "stop" }], usage }));
  });
}

const DOORS: [string, string, Record<string, unknown>][] = [
  ["chat", "/v1/chat/completions", { messages: [{ role: "user", content: "Look it up." }], tools: TOOLS.map(({ name, description, schema }) => ({ type: "function", function: { name, description, parameters: schema } })) }],
  ["messages", "/v1/messages", { max_tokens: 100, messages: [{ role: "user", content: "Look it up." }], tools: TOOLS.map(({ name, description, schema }) => ({ name, description, input_schema: schema })) }],
  ["responses", "/v1/responses", { input: "Look it up.", tools: TOOLS.map(({ name, description, schema }) => ({ type: "function", name, description, parameters: schema })) }],
  ["chat, a response format", "/v1/chat/completions", { messages: [{ role: "user", content: "Give the record." }], response_format: { type: "json_schema", json_schema: { name: "record", schema: TOOLS[0]?.schema, description: "A record. ".repeat(40_000) } } }],
];

describe("the worst case reserved counts what the upstream reads besides the messages", () => {
  for (const [name, path, body] of DOORS) {
    describe(name, () => {
      let gateway: Gateway;
      beforeAll(async () => {
        const budgets = [{ scope: "global" as const, window: "day" as const, limit_usd: LIMIT_USD }];
        const spendGuard = createSpendGuard({ ledger: createMemoryLedger(), budgets, clock: SYSTEM_CLOCK });
        gateway = await startGatewayBehind(billByBytes, { budgets }, { spendGuard });
      });
      afterAll(() => gateway.close());

      it("keeps the hard cap with three such requests at once, and reserves at least what each was billed", async () => {
        const send = (): Promise<number> => fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "switchyard/tier/e2e", ...body }) }).then(async (answer) => (await answer.text(), answer.status));
        const statuses = await Promise.all([send(), send(), send()]);
        const spent = gateway.records.reduce((sum, record) => sum + record.costUsd, 0);
        expect(spent).toBeLessThanOrEqual(LIMIT_USD);
        for (const record of gateway.records) expect(record.estimatedCostUsd).toBeGreaterThanOrEqual(record.costUsd);
        expect(statuses.filter((status) => status === 200)).toHaveLength(1);
        expect(statuses.filter((status) => status === 402)).toHaveLength(2);
      });
    });
  }
});
