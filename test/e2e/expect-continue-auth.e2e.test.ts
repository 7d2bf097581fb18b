/**
 * `Expect: 100-continue` from a caller the gateway will refuse: the refusal (401) is the final answer, before any body
 * byte, and no `100 Continue` invites the upload. Node said `100 Continue` as soon as the head arrived, before the key
 * was checked, so a client with a wrong key uploaded its whole body (up to `server.body_limit_bytes`) to hear 401.
 * @module
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUZZ_ADMIN_KEY, startFuzzTarget, type FuzzTarget } from "../fuzz/fuzz-target.js";
import { collect, openSocket, parseFirstResponse } from "../fuzz/raw-http.js";

let target: FuzzTarget;
let secret: string;
beforeAll(async () => {
  target = await startFuzzTarget();
  const created = await fetch(`${target.url}/api/keys`, {
    method: "POST",
    headers: { authorization: `Bearer ${FUZZ_ADMIN_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "continue-auth" }),
  });
  secret = ((await created.json()) as { secret: string }).secret;
});
afterAll(async () => target.close());

/** Sends the head only, as a client that waits for `100 Continue` does, and reads what comes back. */
async function headOnly(path: string, credential: string, length = 5_000): Promise<{ text: string; closed: boolean }> {
  const socket = await openSocket(target.url);
  const answer = collect(socket, 2_000);
  socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\n${credential}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nExpect: 100-continue\r\n\r\n`);
  return answer;
}

/** Sends the head with the right key, waits for `100 Continue`, then sends `body` and reads the final answer. */
async function bodyAfterContinue(body: string): Promise<string> {
  const socket = await openSocket(target.url);
  const interim = new Promise<string>((resolve) => socket.once("data", (chunk: Buffer) => resolve(chunk.toString("latin1"))));
  socket.write(
    `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${secret}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`,
  );
  expect(await interim).toMatch(/^HTTP\/1\.1 100 Continue\r\n/);
  const answer = collect(socket, 5_000);
  socket.write(body);
  return (await answer).text;
}

describe("Expect: 100-continue and the caller's key", () => {
  for (const [path, credential, code] of [
    ["/v1/chat/completions", "Authorization: Bearer sk-sy-wrong-key-000000", "invalid_api_key"],
    ["/v1/responses", "Authorization: Bearer sk-sy-wrong-key-000000", "invalid_api_key"],
    ["/v1/messages", "x-api-key: sk-sy-wrong-key-000000", undefined],
    ["/api/route", "Authorization: Bearer not-the-admin-key", undefined],
  ] as const) {
    it(`${path}: a wrong key gets its 401 before the body, never 100 Continue, and the connection closes`, async () => {
      const answer = await headOnly(path, credential);
      expect(answer.text).not.toContain("100 Continue");
      expect(answer.text).toMatch(/^HTTP\/1\.1 401 /);
      const { headers, body } = parseFirstResponse(answer.text);
      expect(headers.connection).toBe("close");
      expect(headers["content-type"]).toMatch(/^application\/json/);
      if (code) expect(JSON.parse(body)).toMatchObject({ error: { code } });
      else expect(body).toMatch(/error/);
      if (!path.startsWith("/v1/")) return;
      // The refusal is recorded, as a door's refusals are, under the id the answer names.
      const id = headers["x-switchyard-decision-id"];
      expect(id).toMatch(/^dec_/);
      const record = await fetch(`${target.url}/api/decisions/${id}`, { headers: { authorization: `Bearer ${FUZZ_ADMIN_KEY}` } });
      expect(await record.json()).toMatchObject({ id, status: 401 });
    });
  }

  it("a right key gets 100 Continue, then the answer to its body on a connection kept open", async () => {
    const body = JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }] });
    const text = await bodyAfterContinue(body);
    expect(text).toMatch(/^HTTP\/1\.1 200 /);
    expect(parseFirstResponse(text).headers.connection).toBe("keep-alive");
    expect(text).toContain("simulated answer");
  });

  it("a request refused after its body was asked for keeps the usual answer (400 naming the field)", async () => {
    const body = JSON.stringify({ model: "switchyard/tier/e2e", messages: [{ role: "user", content: "hi" }], temperature: "hot" });
    const text = await bodyAfterContinue(body);
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(parseFirstResponse(text).body)).toMatchObject({ error: { param: "temperature" } });
  });
});
