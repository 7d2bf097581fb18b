/**
 * A conversation whose model's circuit is open moves to the routed chain at routing time, and the decision's reasons
 * say why, instead of routing "stays on X (affinity)" and the attempt loop then skipping X without a word in them.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, expect, it } from "vitest";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { InMemoryCircuitBreaker } from "../../src/routing/fallback/circuit-breaker.js";
import { CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

const [PRIMARY, SECONDARY] = CHAIN;
const breaker = new InMemoryCircuitBreaker({ failures: 2, windowMs: 60_000, cooldownMs: 60_000 }, SYSTEM_CLOCK);
let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway({ app: { breaker } });
});
afterAll(async () => gateway.close());

it("moves at routing, with the reason in the decision, when the remembered model's circuit is open", async () => {
  const client = new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: "unused", maxRetries: 0, defaultHeaders: { "x-switchyard-session": "circuit-run" } });
  gateway.simulator.setFault(PRIMARY, "server_error");
  const first = await client.chat.completions.create({ model: "switchyard/task/probe", messages: [{ role: "user", content: "Name a prime." }] }).withResponse();
  expect(first.response.headers.get("x-switchyard-model")).toBe(SECONDARY);
  gateway.simulator.reset();
  // PRIMARY's one failure is below the threshold; SECONDARY's circuit opens.
  breaker.record(SECONDARY ?? "", "failure");
  breaker.record(SECONDARY ?? "", "failure");
  expect(breaker.state(SECONDARY ?? "")).toBe("open");
  const second = await client.chat.completions.create({ model: "switchyard/task/probe", messages: [{ role: "user", content: "Another." }] }).withResponse();
  expect(second.response.headers.get("x-switchyard-model")).toBe(PRIMARY);
  expect(second.response.headers.get("x-switchyard-affinity")).toBe("moved");
  const record = gateway.records.at(-1);
  expect(record?.reasons?.join(" ")).toContain(`The conversation was on ${SECONDARY}, whose circuit is open`);
  expect(record?.reasons?.join(" ")).not.toContain("stays on");
  expect(record?.attempts.map((attempt) => attempt.errorType ?? "ok")).not.toContain("circuit_open");
});
