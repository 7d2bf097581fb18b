/**
 * Query-string parsing shared by the admin routes: the period (`since`, `until`), the decision filters, and the
 * opaque page cursor of `/api/decisions`.
 * @module
 */
import { quoteSentText } from "../../core/quote-sent-text.js";
import { InvalidRequestError } from "../../core/errors/index.js";
import { parseDecimal } from "../../core/parse-decimal.js";
import type { DecisionCursor, DecisionFilter } from "../../log/decision-log-store.js";
import type { DecisionOutcome } from "../../log/decision-record.js";
import { parsePeriod } from "../../log/parse-since.js";
import { queryValue } from "./admin-deps.js";

const OUTCOMES: readonly DecisionOutcome[] = ["served", "refused", "failed", "client_error"];

/** `since` (default `defaultSince` back from now) and `until` (default now). */
export function periodOf(query: unknown, now: number, defaultSince: string): { since: number; until: number } {
  return parsePeriod({ since: queryValue(query, "since"), until: queryValue(query, "until") }, now, defaultSince);
}

/** The period and the filters `task`, `tier`, `model`, `status`, `key`, `experiment`, `min_cost_usd`. */
export function decisionFilterOf(query: unknown, now: number, defaultSince: string): DecisionFilter & { since: number; until: number } {
  const filter: DecisionFilter & { since: number; until: number } = periodOf(query, now, defaultSince);
  const text = (name: string): string | undefined => queryValue(query, name);
  const task = text("task");
  const tier = text("tier");
  const model = text("model");
  const keyId = text("key");
  const experiment = text("experiment");
  if (task) filter.task = task;
  if (tier) filter.tier = tier;
  if (model) filter.model = model;
  if (keyId) filter.keyId = keyId;
  if (experiment) filter.experiment = experiment;
  const status = text("status");
  if (status !== undefined) {
    if (!(OUTCOMES as readonly string[]).includes(status)) {
      throw new InvalidRequestError(`Invalid status ${quoteSentText(status, 64)}. Valid values: ${OUTCOMES.join(", ")}.`, { param: "status" });
    }
    filter.outcome = status as DecisionOutcome;
  }
  const minCost = text("min_cost_usd");
  if (minCost !== undefined) {
    const value = parseDecimal(minCost);
    if (!Number.isFinite(value) || value < 0) throw new InvalidRequestError(`Invalid min_cost_usd ${quoteSentText(minCost, 64)}: use a number of US dollars, 0 or more.`, { param: "min_cost_usd" });
    filter.minCostUsd = value;
  }
  return filter;
}

/** One of `allowed`, or `fallback` when absent; a clear 400 otherwise. */
export function choiceOf<T extends string>(query: unknown, name: string, allowed: readonly T[], fallback: T): T {
  const value = queryValue(query, name) ?? fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InvalidRequestError(`Invalid ${name} ${quoteSentText(value, 64)}. Valid values: ${allowed.join(", ")}.`, { param: name });
}

/** The cursor of the page after `last`. */
export function encodeCursor(last: DecisionCursor): string {
  return Buffer.from(JSON.stringify([last.createdAt, last.id]), "utf8").toString("base64url");
}

/** Decodes `cursor`, or throws a 400. */
export function decodeCursor(cursor: string): DecisionCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    // A time is a whole number of ms (a made-up 1.5 or 1e300 would fail Postgres' BIGINT comparison: a 500).
    if (Array.isArray(parsed) && Number.isSafeInteger(parsed[0]) && typeof parsed[1] === "string") return { createdAt: parsed[0] as number, id: parsed[1] };
  } catch {
    // Falls through to the error below.
  }
  throw new InvalidRequestError("Invalid cursor: pass the next_cursor of the previous page unchanged.", { param: "cursor" });
}
