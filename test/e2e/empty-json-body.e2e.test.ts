/**
 * A request with `Content-Type: application/json` and no body (clients and scripts that set the header on every
 * request, `curl -X DELETE -H 'content-type: application/json'`): a route that reads no body answered 400 "The request
 * body is not valid JSON", so revoking a key from such a client failed and the key stayed active. The body is now
 * absent: a route that reads none answers as usual, and one that needs one says it must be a JSON object.
 * @module
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAnswer, FUZZ_ADMIN_KEY, send, startFuzzTarget, type FuzzTarget } from "../fuzz/fuzz-target.js";

let target: FuzzTarget;
beforeAll(async () => {
  target = await startFuzzTarget();
});
afterAll(async () => target.close());

const JSON_TYPE = { "content-type": "application/json" };
const ADMIN = { ...JSON_TYPE, authorization: `Bearer ${FUZZ_ADMIN_KEY}` };

describe("an empty body under a JSON content type", () => {
  it("is answered by a door that needs a body as a body that is no JSON object, in its own envelope", async () => {
    for (const path of ["/v1/chat/completions", "/v1/responses", "/v1/messages"]) {
      const answer = await send(target, "POST", path, "", JSON_TYPE);
      expect(answer.status, path).toBe(400);
      expect(answer.body, path).toContain("The request body must be a JSON object");
    }
  });

  it("does not stop a route that reads no body: a key is revoked, the routers reload", async () => {
    const created = await send(target, "POST", "/api/keys", JSON.stringify({ name: "scripted" }), ADMIN);
    expect(created.status).toBe(201);
    for (const body of ["", " \r\n"]) {
      const reload = await send(target, "POST", "/api/router/reload", body, ADMIN);
      checkAnswer(reload, "reload");
      expect(reload.status).toBe(200);
    }
    const revoked = await send(target, "DELETE", "/api/keys/scripted", "", ADMIN);
    checkAnswer(revoked, "revoke");
    expect(revoked.status).toBe(200);
    expect(JSON.parse(revoked.body)).toMatchObject({ name: "scripted", revoked_at: expect.any(Number) });
  });
});
