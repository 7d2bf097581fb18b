/**
 * A door request that says `Expect: 100-continue` has its key checked before its body is asked for (the door's
 * `onRequest` hook), so a refused caller (401, 429) hears so before uploading anything: `100 Continue` is said only when
 * the body is first read (`expect-continue.ts`), which is after this. Other requests keep the door's order (the body
 * is read, then the key checked in the handler). Either way the key is checked once, under the decision id the
 * handler records, and a refusal gets its decision record.
 * @module
 */
import type { FastifyRequest } from "fastify";
import type { KeyIdentity } from "../auth/create-key-auth.js";

/** The key check done before the body: who the caller is, or why it was refused, under the decision id to record. */
export interface CallerBeforeBody {
  id: string;
  startedAt: number;
  outcome: { identity: KeyIdentity } | { refusal: unknown };
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set by a door's `onRequest` hook for a request that waits for `100 Continue`. */
    callerBeforeBody?: CallerBeforeBody;
  }
}

/** True when the client waits for `100 Continue` before it sends the body. */
export function awaitsContinue(request: FastifyRequest): boolean {
  const expectation = request.headers.expect;
  return typeof expectation === "string" && expectation.trim().toLowerCase() === "100-continue";
}

/** Runs `check` and keeps its identity or its refusal (thrown later by the handler, which records it). */
export async function checkCallerBeforeBody(id: string, startedAt: number, check: () => Promise<KeyIdentity>): Promise<CallerBeforeBody> {
  try {
    return { id, startedAt, outcome: { identity: await check() } };
  } catch (refusal) {
    return { id, startedAt, outcome: { refusal } };
  }
}
