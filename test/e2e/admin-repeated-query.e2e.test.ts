/**
 * An admin query parameter given twice (`?tier=budget&tier=mid`, `?limit=1&limit=2`): the admin API takes one value
 * of each, so it answers a 400 naming the parameter instead of reading it as absent (every decision, the default
 * limit or period, under a URL that looked filtered). A parameter written as a list (`?tier[]=budget`, `?limit[0]=1`, as
 * the qs library and axios write arrays) was a parameter of another name to the admin API, so ignored the same way.
 * @module
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAnswer, FUZZ_ADMIN_KEY, send, startFuzzTarget, type FuzzTarget } from "../fuzz/fuzz-target.js";

let target: FuzzTarget;
beforeAll(async () => {
  target = await startFuzzTarget();
});
afterAll(async () => target.close());

const ADMIN = { authorization: `Bearer ${FUZZ_ADMIN_KEY}` };

describe("a repeated admin query parameter", () => {
  it.each([
    ["/api/decisions?tier=budget&tier=mid", "tier"],
    ["/api/decisions?limit=1&limit=2", "limit"],
    ["/api/decisions?status=served&status=failed", "status"],
    ["/api/decisions?since=1h&since=30d", "since"],
    ["/api/report?by=tier&by=model", "by"],
    ["/api/budgets?key=a&key=b", "key"],
    ["/api/experiments?since=1d&since=2d", "since"],
  ])("%s → 400 naming %s", async (path, param) => {
    const answer = await send(target, "GET", path, undefined, ADMIN);
    checkAnswer(answer, path);
    expect(answer.status, answer.body).toBe(400);
    const { error } = JSON.parse(answer.body) as { error: { param: string; message: string } };
    expect(error.param).toBe(param);
    expect(error.message).toContain("2 times");
  });

  it.each([
    ["/api/decisions?tier[]=budget", "tier", "tier[]"],
    ["/api/decisions?tier%5B%5D=budget&tier%5B%5D=mid", "tier", "tier[]"],
    ["/api/decisions?limit[0]=1", "limit", "limit[0]"],
    ["/api/decisions?status[]=served", "status", "status[]"],
    ["/api/report?by[]=model", "by", "by[]"],
    ["/api/report/timeseries?bucket[]=day", "bucket", "bucket[]"],
    ["/api/budgets?key[]=a", "key", "key[]"],
    ["/api/models/stats?model[x]=a", "model", "model[x]"],
    ["/api/experiments?since[]=1d", "since", "since[]"],
  ])("%s (a list, as qs and axios write one) → 400 naming %s", async (path, param, written) => {
    const answer = await send(target, "GET", path, undefined, ADMIN);
    checkAnswer(answer, path);
    expect(answer.status, answer.body).toBe(400);
    const { error } = JSON.parse(answer.body) as { error: { param: string; message: string } };
    expect(error.param).toBe(param);
    expect(error.message).toContain(`as a list ("${written}")`);
  });

  it("one value of each still filters, and unrelated or empty parameters are still ignored", async () => {
    for (const path of ["/api/decisions?tier=budget&limit=5", "/api/decisions?tier=", "/api/decisions?unrelated=1&unrelated=2", "/api/report?by=tier"]) {
      const answer = await send(target, "GET", path, undefined, ADMIN);
      expect(answer.status, `${path}: ${answer.body}`).toBe(200);
    }
  });
});
