/**
 * A query parameter's name is the caller's text: where a 400 repeats it, it is quoted escaped (quoteSentText), so a
 * direction override, a C1 control or a line separator in it cannot rewrite the message where a log reader or a
 * terminal shows it, and the `param` is cut without halving a surrogate pair (round 24; the near-miss and DELETE
 * messages printed the name raw).
 * @module
 */
import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../core/errors/index.js";
import { refuseDeleteQueryParams, refuseUnreadQueryParams } from "./admin-query-names.js";

function refusal(run: () => void): InvalidRequestError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidRequestError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("a query parameter's name in the admin 400", () => {
  it("a near miss of cursor carrying a direction override is quoted escaped", () => {
    const error = refusal(() => refuseUnreadQueryParams("/api/decisions", { "curs\u202eor": "x" }));
    expect(error.message).toContain('unknown parameter "curs\\u202eor"; did you mean cursor?');
    expect(error.message).not.toMatch(/\u202e/);
  });

  it("a C1 control (CSI) in a near miss is escaped, not printed", () => {
    const error = refusal(() => refuseUnreadQueryParams("/api/decisions", { "tie\u009br": "x" }));
    expect(error.message).not.toMatch(/\u009b/);
    expect(error.message).toContain("\\u009b");
  });

  it("a DELETE's query parameter is quoted escaped, and its param cut without halving an emoji", () => {
    const name = `${"a".repeat(63)}😀\u2028`;
    const error = refusal(() => refuseDeleteQueryParams("/api/keys/:id", { [name]: "1" }));
    expect(error.message).not.toMatch(/[\u2028\ud800-\udfff]/);
    expect(error.param).toBe("a".repeat(63));
  });
});
