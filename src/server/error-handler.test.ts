import { describe, expect, it } from "vitest";
import { AllAttemptsFailedError, BudgetExceededError, NoRouteError, RateLimitError, RecordNotDurableError, UpstreamError, UpstreamRateLimitedError } from "../core/errors/index.js";
import { errorSummary, STORAGE_RETRY_AFTER_SECONDS, toErrorResponse } from "./error-handler.js";

describe("toErrorResponse", () => {
  it("keeps a GatewayError's status and envelope", () => {
    const budget = toErrorResponse(new BudgetExceededError({ budget: "global/day", remainingUsd: 0, requestedUsd: 1 }));
    expect(budget).toMatchObject({ status: 402, envelope: { error: { type: "budget_exceeded", code: "budget_exceeded" } } });
    expect(toErrorResponse(new NoRouteError("no model has tools", "tools")).status).toBe(404);
    const timeouts = new AllAttemptsFailedError([new UpstreamError({ message: "t", kind: "timeout", model: "m", isRetryable: true })]);
    expect(toErrorResponse(timeouts).status).toBe(504);
  });

  it("adds Retry-After to a per-key 429", () => {
    const response = toErrorResponse(new RateLimitError({ retryAfterMs: 1_500, limitPerMinute: 10, keyName: "k" }));
    expect(response).toMatchObject({ status: 429, headers: { "retry-after": "2" } });
  });

  it("adds Retry-After (the shortest hold) to the 503 when every model is held by its own Retry-After", () => {
    const response = toErrorResponse(new UpstreamRateLimitedError({ message: "held", retryAfterMs: 12_200 }));
    expect(response).toMatchObject({ status: 503, headers: { "retry-after": "13" }, envelope: { error: { code: "upstream_rate_limited" } } });
  });

  it("maps Fastify's body errors to 413 / 400 / 415", () => {
    const tooBig = toErrorResponse(Object.assign(new Error("too big"), { code: "FST_ERR_CTP_BODY_TOO_LARGE", statusCode: 413 }));
    expect(tooBig.status).toBe(413);
    // The caller learns what to change, and the operator which setting holds the limit.
    expect(tooBig.envelope.error.message).toMatch(/server\.body_limit_bytes.*send a smaller body/);
    expect(toErrorResponse(new SyntaxError("Unexpected token")).envelope.error.code).toBe("invalid_json");
    expect(toErrorResponse(Object.assign(new Error("x"), { code: "FST_ERR_CTP_INVALID_MEDIA_TYPE", statusCode: 415 })).status).toBe(415);
  });

  it("turns anything else into a generic 500 without internals", () => {
    const response = toErrorResponse(new TypeError("Cannot read properties of undefined (reading 'x') at /src/secret/path.ts:12"));
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.envelope)).not.toMatch(/secret|path\.ts|Cannot read/);
  });

  it("answers a storage that cannot take writes (a full disk, a read-only or damaged file) with a 503 that says so, and logs its code", () => {
    const full = Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
    // Some paths rethrow the failure as a plain object with the same fields.
    for (const error of [full, { code: "SQLITE_FULL", message: "database or disk is full" }]) {
      const response = toErrorResponse(error);
      expect(response.status).toBe(503);
      expect(response.envelope.error).toMatchObject({ type: "server_error", code: "storage_unavailable" });
      expect(response.headers).toEqual({ "retry-after": String(STORAGE_RETRY_AFTER_SECONDS) });
      expect(response.envelope.error.message).toMatch(/SQLITE_FULL: database or disk is full.*free disk space/);
      expect(errorSummary(error)).toMatchObject({ code: "SQLITE_FULL", message: "database or disk is full" });
    }
    expect(toErrorResponse(Object.assign(new Error("attempt to write a readonly database"), { code: "SQLITE_READONLY" })).status).toBe(503);
    // A record that could not be committed, and a store's own GatewayError, carry the same pause (ADR 0072).
    expect(toErrorResponse(new RecordNotDurableError(full)).headers).toEqual({ "retry-after": String(STORAGE_RETRY_AFTER_SECONDS) });
    // Another process holding the file's lock past busy_timeout, and SQLite's extended codes of the same failures.
    for (const code of ["SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_BUSY_SNAPSHOT", "SQLITE_IOERR_WRITE", "SQLITE_CANTOPEN_ISDIR"]) {
      expect(toErrorResponse(Object.assign(new Error("database is locked"), { code })).envelope.error.code, code).toBe("storage_unavailable");
    }
    expect(toErrorResponse(Object.assign(new Error("constraint failed"), { code: "SQLITE_CONSTRAINT" })).status).toBe(500);
    // A shared store that went away: Postgres shutting down or refusing, Redis out of retries.
    expect(toErrorResponse(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })).status).toBe(503);
    // A statement Postgres cancelled at the gateway's statement_timeout (a lock held by another session, a stalled server).
    expect(toErrorResponse(Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" })).envelope.error.code).toBe("storage_unavailable");
    const refused = toErrorResponse(Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:5432"), { code: "ECONNREFUSED" })).envelope.error;
    expect(refused.code).toBe("storage_unavailable");
    // The address is the operator's to read in the log, not the caller's.
    expect(refused.message).not.toContain("10.0.0.5");
    const authFailed = Object.assign(new Error('connection failure for user "switchyard_app" on host db.internal'), { code: "08006" });
    expect(toErrorResponse(authFailed).envelope.error.message).not.toMatch(/switchyard_app|db\.internal/);
    expect(toErrorResponse(Object.assign(new Error("Reached the max retries per request limit (which is 2)."), { name: "MaxRetriesPerRequestError" })).status).toBe(503);
    // Redis reconnecting: the gateway's client refuses commands at once rather than queueing them.
    expect(toErrorResponse(new Error("Stream isn't writeable and enableOfflineQueue options is false")).envelope.error.code).toBe("storage_unavailable");
    // A store that stopped answering: a Redis command or a Postgres query past its time limit, a Postgres connect that
    // timed out (node-postgres's and pg-pool's messages).
    // A Redis or Postgres outage is not a full disk: the advice names the store to bring back.
    expect(toErrorResponse(new Error("Connection is closed.")).envelope.error.message).toMatch(/\(redis\).*The operator must bring Redis back; the gateway reconnects on its own, so retry later\.$/);
    expect(toErrorResponse(new Error("timeout exceeded when trying to connect")).envelope.error.message).toMatch(/\(postgres\).*bring Postgres back/);
    expect(toErrorResponse(Object.assign(new Error("x"), { code: "57P01" })).envelope.error.message).not.toContain("disk");
    const timedOut = { "Command timed out": "redis", "Query read timeout": "postgres", "Connection terminated due to connection timeout": "postgres", "timeout exceeded when trying to connect": "postgres" };
    for (const [message, store] of Object.entries(timedOut)) {
      const { envelope } = toErrorResponse(new Error(message));
      expect(envelope.error.code, message).toBe("storage_unavailable");
      expect(envelope.error.message, message).toContain(`(${store})`);
    }
    expect(toErrorResponse(new Error("Some other message")).status).toBe(500);
  });

  it("takes a body the client stopped sending for the client's doing (499), not an internal error", () => {
    const aborted = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    expect(toErrorResponse(aborted)).toMatchObject({ status: 499, envelope: { error: { code: "client_closed_request" } } });
  });

  it("logs ioredis's words for a Redis that is not there in the gateway's, keeping the library's text as detail", () => {
    // "Stream isn't writeable and enableOfflineQueue options is false" named the client's settings, not the outage.
    expect(errorSummary(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toEqual({
      type: "Error",
      message: "Redis is not connected (the client is reconnecting), so the command was not sent",
      detail: "Stream isn't writeable and enableOfflineQueue options is false",
    });
    expect(errorSummary(new Error("Command timed out")).message).toBe("Redis did not answer within 2 s (the command's time limit)");
    expect(errorSummary(new Error("Connection is closed.")).message).toBe("the connection to Redis closed before it answered");
    expect(errorSummary(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:6391"), { code: "ECONNREFUSED" }))).toEqual({ type: "Error", code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:6391" });
  });
});

