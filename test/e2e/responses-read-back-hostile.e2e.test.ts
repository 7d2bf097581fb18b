/**
 * Hostile query strings and ids on the read-back routes: every answer is a 200, a 400 naming the parameter or a 404,
 * in OpenAI's envelope, never a 500 or a stack trace; a listed page is never more than `limit` items.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway, type Gateway } from "./gateway-harness.js";

describe("the read-back routes under hostile input", () => {
  let gateway: Gateway;
  let id = "";
  beforeAll(async () => {
    gateway = await startGateway();
    id = (await gateway.client.responses.create({ model: "switchyard/tier/e2e", input: [{ role: "user", content: "One." }, { role: "assistant", content: "Two." }, { role: "user", content: "Three." }] })).id;
  });
  afterAll(async () => gateway.close());

  const param = fc.constantFrom("limit", "order", "after", "include", "include[]", "stream", "limit[]", "order[]", "after[]", "__proto__", "constructor");
  const value = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("1", "3", "100", "101", "-1", "1e1", "0x10", " 2", "asc", "desc", "true", "message.output_text.logprobs"), fc.integer().map(String));
  const query = fc.array(fc.tuple(param, value), { maxLength: 6 }).map((pairs) => pairs.map(([name, text]) => `${encodeURIComponent(name)}=${encodeURIComponent(text)}`).join("&"));

  it("answers any query with 200, 400 or 404 in the envelope", async () => {
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom("/input_items", ""), fc.boolean(), async (search, tail, known) => {
        const target = known ? id : `resp_${search.slice(0, 20)}`;
        const response = await fetch(`${gateway.url}/v1/responses/${encodeURIComponent(target)}${tail}?${search}`);
        const body = (await response.json()) as { object?: string; data?: unknown[]; error?: { message: string; param: string | null } };
        expect([200, 400, 404]).toContain(response.status);
        if (response.status === 200 && tail) {
          expect(body.object).toBe("list");
          const limit = new URLSearchParams(search).get("limit");
          expect(body.data?.length).toBeLessThanOrEqual(limit === null ? 20 : Number(limit));
        }
        if (response.status !== 200) expect(body.error?.message).not.toMatch(/\n\s+at /);
      }),
      { numRuns: 300 },
    );
  });
});
