/**
 * `switchyard_requests_total` counts every request a front door answers, including those refused before the door
 * reads them (a body that is not JSON, one over the size limit, an encoding the gateway does not take). Those were
 * missing: a client flooding the gateway with garbage did not move the error rate an operator alerts on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, startGateway, type Gateway } from "./gateway-harness.js";

/** Sum of every `switchyard_requests_total` series, and the sum per status. */
async function requestCounts(url: string): Promise<{ total: number; byStatus: Map<string, number> }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const byStatus = new Map<string, number>();
  let total = 0;
  for (const [, status, value] of text.matchAll(/^switchyard_requests_total\{[^}]*status="(\d+)"[^}]*\} (\d+)$/gm)) {
    total += Number(value);
    byStatus.set(status ?? "", (byStatus.get(status ?? "") ?? 0) + Number(value));
  }
  return { total, byStatus };
}

describe("request counters", () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startGateway({ config: { server: { body_limit_bytes: 4_096 } } });
  });
  afterAll(async () => gateway.close());

  it("count every answered request on every door, refused before reading or not", async () => {
    const post = (path: string, body: string, headers: Record<string, string> = {}): Promise<Response> =>
      fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    const before = await requestCounts(gateway.url);
    const sent: number[] = [];
    for (const path of ["/v1/chat/completions", "/v1/messages", "/v1/responses"]) {
      sent.push((await post(path, "{not json")).status);
      sent.push((await post(path, JSON.stringify({ ...ask("x".repeat(8_000)) }))).status);
      sent.push((await post(path, "{}", { "content-encoding": "gzip" })).status);
    }
    sent.push((await post("/v1/chat/completions", JSON.stringify(ask()))).status);
    expect(sent.filter((status) => status >= 400).length).toBe(9);
    expect(sent.at(-1)).toBe(200);
    const after = await requestCounts(gateway.url);
    expect(after.total - before.total).toBe(sent.length);
    for (const status of new Set(sent)) {
      const expected = sent.filter((value) => value === status).length;
      expect((after.byStatus.get(String(status)) ?? 0) - (before.byStatus.get(String(status)) ?? 0), `status ${status}`).toBe(expected);
    }
  });
});
