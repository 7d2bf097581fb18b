/**
 * A query parameter's name is the caller's text: where a 400 repeats it, it is quoted escaped (quoteSentText), so a
 * direction override, a C1 control or a line separator in it cannot rewrite the message where a log reader or a
 * terminal shows it, and the `param` is cut without halving a surrogate pair (round 24; the near-miss and DELETE
 * messages printed the name raw).
 * @module
 */
import { describe, expect, it } from "vitest";
import { invalidRequestOf } from "../../../test/support/invalid-request.js";
import { choiceOf, decisionFilterOf } from "./admin-query.js";
import { refuseDeleteQueryParams, refuseUnreadQueryParams } from "./admin-query-names.js";
import { parseDimension } from "./admin-report.js";
import { queryValue } from "./admin-deps.js";
import { parseDoorName } from "../doors/read-offline-request.js";

describe("a query parameter's name in the admin 400", () => {
  it("a near miss of cursor carrying a direction override is quoted escaped", () => {
    const error = invalidRequestOf(() => refuseUnreadQueryParams("/api/decisions", { "curs\u202eor": "x" }));
    expect(error.message).toContain('unknown parameter "curs\\u202eor"; did you mean cursor?');
    expect(error.message).not.toMatch(/\u202e/);
  });

  it("a C1 control (CSI) in a near miss is escaped, not printed", () => {
    const error = invalidRequestOf(() => refuseUnreadQueryParams("/api/decisions", { "tie\u009br": "x" }));
    expect(error.message).not.toMatch(/\u009b/);
    expect(error.message).toContain("\\u009b");
  });

  it("a DELETE's query parameter is quoted escaped, and its param escaped and cut the same way, never halving an emoji", () => {
    const name = `${"a".repeat(63)}😀\u2028`;
    const error = invalidRequestOf(() => refuseDeleteQueryParams("/api/keys/:id", { [name]: "1" }));
    expect(error.message).not.toMatch(/[\u2028\ud800-\udfff]/);
    expect(error.param).toBe(`${"a".repeat(63)}…`);
    // The param carried the name cut but raw: a line separator or a direction override reached what printed it (round 26 review).
    expect(invalidRequestOf(() => refuseDeleteQueryParams("/api/keys/:id", { "a\u2028\u202eb": "1" })).param).toBe("a\\u2028\\u202eb");
  });
});

describe("a query parameter's value in the admin 400", () => {
  const ACTED_ON = /[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  it.each([
    ["status", () => decisionFilterOf({ status: "serv\u202eed" }, Date.now(), "7d")],
    ["min_cost_usd", () => decisionFilterOf({ min_cost_usd: "1\u202e" }, Date.now(), "7d")],
    ["a choice", () => choiceOf({ bucket: "da\u009by" }, "bucket", ["day", "hour"], "day")],
    ["by", () => parseDimension("ti\u202eer")],
  ])("%s is quoted escaped, not printed raw", (_name, run) => {
    const error = invalidRequestOf(run);
    expect(error.message).not.toMatch(ACTED_ON);
    expect(error.message).toMatch(/\\u(202e|2028|009b)/);
  });
});

describe("a filter given as a list (round 24 review)", () => {
  it("quotes the list's name escaped: ?tier[\\u202e]= was printed raw, and cut with slice inside a surrogate pair", () => {
    const error = invalidRequestOf(() => queryValue({ "tier[\u202e]": "x" }, "tier"));
    expect(error.message).not.toMatch(/\u202e/);
    expect(error.message).toContain("tier[\\u202e]");
    const long = invalidRequestOf(() => queryValue({ [`tier[${"a".repeat(33)}😀]`]: "x" }, "tier"));
    expect(long.message).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe("an offline request's door name (route --jsonl) (round 24 review)", () => {
  it("is quoted escaped and cut: JSON.stringify left a line separator raw and printed an object whole", () => {
    expect(invalidRequestOf(() => parseDoorName("chat\u2028")).message).not.toMatch(/\u2028/);
    expect(invalidRequestOf(() => parseDoorName({ big: "x".repeat(100_000) })).message.length).toBeLessThan(300);
  });
});
