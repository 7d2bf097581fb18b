/**
 * An admin query parameter the route does not read, though the caller plainly meant it: a filter another admin route
 * takes (`until` on an experiment report, whose period ends now), a near miss of one (`?teir=budget`), or a page
 * offset (`?offset=100` on the cursor-paged decisions). Each was ignored, so the answer covered what the URL said it
 * did not (every tier, up to now, the first page again). Each is now a 400 naming it and what the route takes; a name
 * no route reads and nothing resembles (a cache-buster `_=`, `unrelated`) is still ignored.
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

async function get(path: string): Promise<{ status: number; error?: { param: string | null; message: string } }> {
  const answer = await send(target, "GET", path, undefined, ADMIN);
  checkAnswer(answer, path);
  return { status: answer.status, ...(JSON.parse(answer.body) as { error?: { param: string | null; message: string } }) };
}

describe("an admin query parameter the route does not read", () => {
  it.each([
    ["/api/experiments/exp/report?until=2026-11-01", "until", /\/api\/experiments\/:name\/report does not take until \(it takes since\)/],
    ["/api/router/shadow?since=7d&tier=budget", "tier", /does not take tier \(it takes since\)/],
    ["/api/report?by=tier&bucket=day", "bucket", /\/api\/report does not take bucket/],
    ["/api/budgets?since=7d", "since", /\/api\/budgets does not take since \(it takes key, task, tier\)/],
    ["/api/keys?status=revoked", "status", /\/api\/keys does not take status \(it takes no parameters\)/],
    ["/api/decisions?teir=budget", "teir", /unknown parameter "teir"; did you mean tier\?/],
    ["/api/models/stats?sinse=1h", "sinse", /did you mean since\?/],
    ["/api/decisions?stauts[]=served", "stauts", /did you mean status\?/],
    ["/api/decisions?offset=100", "offset", /\/api\/decisions pages with limit and cursor \(the next_cursor of the previous page\)/],
    ["/api/report?page=2", "page", /\/api\/report is not paged/],
    // How OpenAI, Stripe and Anthropic lists page: a pager that sent its last id as one got the first page again, for ever.
    ["/api/decisions?after=dec_01a24c6f1c8e4428785d25c9c0656a87", "after", /\/api\/decisions pages with limit and cursor/],
    ["/api/decisions?starting_after=dec_1", "starting_after", /pages with limit and cursor/],
    ["/api/decisions?before_id=dec_1", "before_id", /pages with limit and cursor/],
    // Read as a time, after and before meant since and until: the 400 says so, not only how the route pages.
    ["/api/decisions?after=2026-11-01", "after", /pages with limit and cursor .*; a period is since \(after\) and until \(before\)/],
    ["/api/report?before=2026-11-01", "before", /\/api\/report is not paged .*; a period is since \(after\) and until \(before\)/],
    // Number() read these as 16: a hexadecimal limit or cost is no number a person writes.
    ["/api/decisions?limit=0x10", "limit", /Invalid limit "0x10"/],
    ["/api/decisions?min_cost_usd=0x10", "min_cost_usd", /Invalid min_cost_usd "0x10"/],
  ])("%s → 400 naming %s", async (path, param, message) => {
    const answer = await get(path);
    expect(answer.status).toBe(400);
    expect(answer.error?.param).toBe(param);
    expect(answer.error?.message).toMatch(message);
  });

  it("still ignores a name no admin route reads and none resembles, and takes every parameter a route reads", async () => {
    for (const path of [
      "/api/decisions?_=1733300000000&unrelated=1&v=2",
      "/api/decisions?since=7d&until=1h&task=chat&tier=e2e&model=x&status=served&key=k&experiment=e&min_cost_usd=0&limit=5",
      "/api/report/timeseries?bucket=day&by=model&since=30d",
      "/api/overview?by=task",
      "/api/experiments?since=30d",
      "/api/budgets?key=nobody",
    ]) {
      expect([200, 404], path).toContain((await get(path)).status);
    }
  });
});
