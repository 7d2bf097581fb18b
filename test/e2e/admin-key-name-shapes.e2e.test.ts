/**
 * `POST /api/keys` took a name that reads as something else the keys API handles: another key's id
 * (`key_2506c42e7d02a973`), which `DELETE /api/keys/:idOrName` and `keys revoke` look up first as an id, so revoking
 * that name revoked the other key (and the named one could never be revoked by name); or a secret pasted as the name
 * (`sk-sy-...`, an OpenRouter `sk-or-...`), then stored and shown in clear in every key list and report. `keys create`
 * refused `key_` names; the API did not. Both now refuse both, in the one place a key is issued (ADR 0068).
 * @module
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAnswer, FUZZ_ADMIN_KEY, send, startFuzzTarget, type FuzzTarget } from "../fuzz/fuzz-target.js";

let target: FuzzTarget;
beforeAll(async () => {
  target = await startFuzzTarget();
});
afterAll(async () => target.close());

const ADMIN = { "content-type": "application/json", authorization: `Bearer ${FUZZ_ADMIN_KEY}` };

describe("key names the admin API refuses", () => {
  it("refuses a name shaped as a key id, or as a secret, and stores neither", async () => {
    const first = JSON.parse((await send(target, "POST", "/api/keys", JSON.stringify({ name: "team-a" }), ADMIN)).body) as { key: { id: string }; secret: string };
    const cases: [string, RegExp][] = [
      [first.key.id, /looks like a key id/],
      ["KEY_team", /looks like a key id/],
      [first.secret, /looks like a secret/],
      ["sk-or-v1-0123456789abcdef", /looks like a secret/],
      // Real secrets are longer than a name may be: refused for their shape, never echoed past 10 characters either.
      [`sk-or-v1-${"0123456789abcdef".repeat(4)}`, /looks like a secret/],
      [`SK-ant-api03-${"AbCd0123-_".repeat(10)}`, /looks like a secret/],
      [`sk-proj-${"a".repeat(40)}+/=`, /looks like a secret/],
    ];
    for (const [name, why] of cases) {
      const answer = await send(target, "POST", "/api/keys", JSON.stringify({ name }), ADMIN);
      checkAnswer(answer, name);
      expect({ name, status: answer.status }).toEqual({ name, status: 400 });
      const error = (JSON.parse(answer.body) as { error: { param: string; message: string } }).error;
      expect(error.param).toBe("name");
      expect(error.message).toMatch(why);
      // A secret given as a name is never echoed back whole.
      expect(answer.body).not.toContain(first.secret);
      if (/^sk-/i.test(name)) expect(answer.body).not.toContain(name.slice(0, 11));
    }
    const listed = JSON.parse((await send(target, "GET", "/api/keys", undefined, ADMIN)).body) as { data: { name: string }[] };
    expect(listed.data.map((key) => key.name)).toEqual(["team-a"]);
    // Revoking by the first key's id still revokes that key, and only it.
    expect((await send(target, "DELETE", `/api/keys/${first.key.id}`, undefined, ADMIN)).status).toBe(200);
  });

  it("still takes names that merely contain those letters", async () => {
    for (const name of ["my-key_1", "task-sk", "keys", "skunk-works"]) {
      const answer = await send(target, "POST", "/api/keys", JSON.stringify({ name }), ADMIN);
      expect({ name, status: answer.status }).toEqual({ name, status: 201 });
    }
  });
});
