/**
 * Who an experiment assigns: the unit whose hash picks the arm.
 * @module
 */
import { createHash } from "node:crypto";
import type { ChatRequest } from "../../core/types.js";

/** Where the unit came from, in priority order. */
export type ExperimentUnitSource = "key" | "user" | "header" | "decision";

/** The unit of assignment. */
export interface ExperimentUnit {
  value: string;
  source: ExperimentUnitSource;
}

/** The per-request fields that identify the caller (a subset of RouteContext). */
export interface ExperimentUnitContext {
  /** The virtual key id. */
  keyId?: string | null | undefined;
  /** The `x-switchyard-user` header. */
  userHeader?: string | undefined;
  /** The decision id: the last resort, which assigns each request independently. */
  requestId?: string | undefined;
}

/**
 * The unit: the request's `user` field, else the `x-switchyard-user` header (scoped by the key when there is one),
 * else the virtual key id, else the decision id. The end user comes first: a team behind one key is many users, and
 * with the key first such a team's traffic all landed in one arm. Undefined when none is known (e.g.
 * `switchyard route` with no key): such requests are not enrolled.
 */
export function experimentUnit(request: ChatRequest, context: ExperimentUnitContext): ExperimentUnit | undefined {
  const scope = context.keyId ? `${context.keyId}/` : "";
  const user = request.user;
  if (typeof user === "string" && user !== "") return { value: `user:${scope}${user}`, source: "user" };
  if (context.userHeader) return { value: `user:${scope}${context.userHeader}`, source: "header" };
  if (context.keyId) return { value: `key:${context.keyId}`, source: "key" };
  if (context.requestId) return { value: `decision:${context.requestId}`, source: "decision" };
  return undefined;
}

/**
 * What the decision log keeps of the unit, so the experiment report can count units and treat a unit's requests as
 * one cluster: 16 characters of the sha256 of experiment and unit (the raw user id or header value is not stored;
 * the name salts it, so one user's digests differ between experiments). Null when each request is its own unit
 * (assigned by decision id): nothing to group.
 */
export function unitDigest(experiment: string, unit: ExperimentUnit): string | null {
  if (unit.source === "decision") return null;
  return createHash("sha256").update(`${experiment}\u0000${unit.value}`).digest("base64url").slice(0, 16);
}

/** The `x-switchyard-user` header as one string, for the gateway's RouteContext. */
export function userHeaderValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value === undefined || value === "" ? undefined : value;
}
