/**
 * A request body's `charset` at the three doors. Round 27 read every body as UTF-8 whatever its label: a Latin-1
 * body's "café" was refused as not UTF-8, a UTF-16 one as not JSON. Now a single-byte charset (ASCII in its first 128
 * bytes) is decoded as labelled, UTF-8 or none is read as before, and any other charset gets a 415 saying so.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, startGateway, type Gateway } from "./gateway-harness.js";

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway();
});
afterAll(async () => {
  await gateway.close();
});

const DOORS: [string, (text: string) => object][] = [
  ["/v1/chat/completions", (text) => ask(text)],
  ["/v1/messages", (text) => ({ ...ask(text), max_tokens: 20 })],
  ["/v1/responses", (text) => ({ model: "switchyard/tier/e2e", input: text })],
];

async function post(door: string, contentType: string, bytes: Buffer): Promise<{ status: number; body: string }> {
  const response = await fetch(`${gateway.url}${door}`, { method: "POST", headers: { "content-type": contentType, "anthropic-version": "2023-06-01" }, body: bytes });
  return { status: response.status, body: await response.text() };
}

/** What the upstream was sent, as text. */
function sentUpstream(): string {
  return JSON.stringify(gateway.simulator.calls.map((call) => call.body));
}

describe("a body's charset", () => {
  for (const [door, body] of DOORS) {
    it(`decodes Latin-1, Windows-1252 and ISO-8859-2 as labelled at ${door}`, async () => {
      gateway.simulator.reset();
      const latin1 = await post(door, "application/json; charset=latin1", Buffer.from(JSON.stringify(body("café crème")), "latin1"));
      expect(latin1.status, latin1.body).toBe(200);
      expect(sentUpstream()).toContain("café crème");
      gateway.simulator.reset();
      const euro = Buffer.from(JSON.stringify(body("price: EURO")), "latin1");
      euro[euro.indexOf("EURO")] = 0x80;
      const cp1252 = await post(door, 'application/json; charset="Windows-1252"', euro);
      expect(cp1252.status, cp1252.body).toBe(200);
      expect(sentUpstream()).toContain("price: €URO");
      gateway.simulator.reset();
      const polish = await post(door, "application/json; charset=ISO-8859-2", Buffer.from(JSON.stringify(body("pi\u00b1tek")), "latin1"));
      expect(polish.status, polish.body).toBe(200);
      expect(sentUpstream()).toContain("piątek");
    });

    it(`refuses UTF-16, Shift_JIS and an unknown charset with a 415 at ${door}`, async () => {
      gateway.simulator.reset();
      const json = JSON.stringify(body("hello"));
      const cases: [string, Buffer][] = [
        ["utf-16", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, "utf16le")])],
        ["utf-16le", Buffer.from(json, "utf16le")],
        ["Shift_JIS", Buffer.from(json)],
        ["utf-7", Buffer.from(json)],
        ["x".repeat(500), Buffer.from(json)],
      ];
      for (const [charset, bytes] of cases) {
        const answer = await post(door, `application/json; charset=${charset}`, bytes);
        expect(answer.status, `${charset}: ${answer.body}`).toBe(415);
        expect(answer.body).toContain("charset");
        expect(answer.body).toContain("UTF-8");
        expect(answer.body.length).toBeLessThan(1_000);
        if (door === "/v1/messages") expect(JSON.parse(answer.body)).toMatchObject({ type: "error", error: { type: "invalid_request_error" } });
        else expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "unsupported_media_type" } });
      }
      expect(gateway.simulator.calls).toHaveLength(0);
    });

    it(`reads UTF-8 as before, labelled or not, and still refuses bytes that are not UTF-8 under it at ${door}`, async () => {
      // UTF-8 labelled Latin-1 (a header copied from elsewhere) is read as the UTF-8 it is, not as "naÃ¯ve".
      for (const type of ["application/json", "application/json; charset=UTF-8", 'application/json;charset="utf8"', "application/json; charset=ISO-8859-1"]) {
        gateway.simulator.reset();
        const answer = await post(door, type, Buffer.from(JSON.stringify(body("naïve"))));
        expect(answer.status, `${type}: ${answer.body}`).toBe(200);
        expect(sentUpstream(), type).toContain("naïve");
      }
      const wrong = await post(door, "application/json; charset=utf-8", Buffer.from(JSON.stringify(body("café")), "latin1"));
      expect(wrong.status).toBe(400);
      expect(wrong.body).toContain("not UTF-8");
    });

    it(`reads a body under an empty charset parameter as UTF-8 (no charset) at ${door}`, async () => {
      for (const type of ["application/json; charset=", 'application/json; charset=""', "application/json;charset= ", "application/json; charset=; charset=utf-8"]) {
        gateway.simulator.reset();
        const answer = await post(door, type, Buffer.from(JSON.stringify(body("naïve"))));
        expect(answer.status, `${type}: ${answer.body}`).toBe(200);
        expect(sentUpstream(), type).toContain("naïve");
      }
    });
  }
});
