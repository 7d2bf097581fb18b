/**
 * Who an experiment assigns: the unit whose hash picks the arm.
 * @module
 */
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
 * The unit: the virtual key id, else the request's `user` field, else the `x-switchyard-user` header, else the
 * decision id. Undefined when none is known (e.g. `switchyard route` with no key): such requests are not enrolled.
 */
export function experimentUnit(request: ChatRequest, context: ExperimentUnitContext): ExperimentUnit | undefined {
  if (context.keyId) return { value: `key:${context.keyId}`, source: "key" };
  const user = request.user;
  if (typeof user === "string" && user !== "") return { value: `user:${user}`, source: "user" };
  if (context.userHeader) return { value: `user:${context.userHeader}`, source: "header" };
  if (context.requestId) return { value: `decision:${context.requestId}`, source: "decision" };
  return undefined;
}

/** The `x-switchyard-user` header as one string, for the gateway's RouteContext. */
export function userHeaderValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value === undefined || value === "" ? undefined : value;
}
