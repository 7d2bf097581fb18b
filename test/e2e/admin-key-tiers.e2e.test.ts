/**
 * `POST /api/keys` with `tiers: []`: a key meant to reach no tier (or a form whose boxes were all left unticked) was
 * stored as one that reaches every tier, and read back as `tiers: null` ("all"). `switchyard keys create --tiers ""`
 * already refused that list; the API now refuses it the same way, and keeps one copy of a tier named twice.
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

describe("a key's tiers through the admin API", () => {
  it("refuses an empty list, which named no tier and was stored as every tier", async () => {
    const answer = await send(target, "POST", "/api/keys", JSON.stringify({ name: "no-tiers", tiers: [] }), ADMIN);
    checkAnswer(answer, "tiers []");
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { param: "tiers", message: expect.stringContaining("names no tier; leave it out (or null) to allow every tier") } });
    const listed = JSON.parse((await send(target, "GET", "/api/keys", undefined, ADMIN)).body) as { data: { name: string }[] };
    expect(listed.data.map((key) => key.name)).not.toContain("no-tiers");
  });

  it("keeps one copy of a tier named twice, and null still allows every tier", async () => {
    const twice = await send(target, "POST", "/api/keys", JSON.stringify({ name: "twice", tiers: ["e2e", "budget", "e2e"] }), ADMIN);
    expect(twice.status).toBe(201);
    expect(JSON.parse(twice.body)).toMatchObject({ key: { tiers: ["e2e", "budget"] } });
    const all = await send(target, "POST", "/api/keys", JSON.stringify({ name: "all", tiers: null }), ADMIN);
    expect(JSON.parse(all.body)).toMatchObject({ key: { tiers: null } });
  });
});
