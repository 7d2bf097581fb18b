/**
 * The requests this process refused before a door's handler read them (body not JSON, over the size limit,
 * compressed or not UTF-8, a key refused before its body, a drain's 503), by the request id their answer carried. Such
 * a refusal writes no decision record (`routes/refused-requests.ts` says why: nothing was routed, the caller may be
 * unidentified, and garbage must not fill the durable log), so a lookup of its id found nothing and said only "No
 * decision" (round 29). `GET /api/decisions/:id` now answers such an id with what happened to it.
 *
 * The token counters and the read-back routes write no record either: their refusals (a key refused, a body refused,
 * an unknown model) are remembered the same way.
 *
 * Kept in memory, per process, at most `MAX_REFUSALS` for `REMEMBERED_MS`: a flood of refused requests costs a fixed
 * amount of memory and no write to any store (a shared store written per refused request would turn a flood of
 * garbage into a flood of writes on the store every instance needs). An id refused by another instance, or longer ago,
 * is answered with the general explanation instead (`notLoggedHint`).
 * @module
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Clock } from "../core/clock.js";
import { toErrorResponse } from "./error-handler.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set when a door's handler took the request: it writes the decision record its id names. */
    doorHandled?: boolean;
  }
}

/** What a lookup tells of one refused request. */
export interface Refusal {
  requestId: string;
  /** When the answer was sent (ISO 8601). */
  at: string;
  status: number;
  code: string;
  message: string;
  method: string;
  path: string;
}

/** The most refusals remembered: the oldest is forgotten first. */
export const MAX_REFUSALS = 2_000;
/** The most characters of an answer's message kept (the gateway's own words; bounded all the same). */
const MAX_MESSAGE_CHARS = 400;
/** Fifteen minutes. */
export const REFUSAL_REMEMBERED_MS = 15 * 60_000;

/** The recent refusals of this process. */
export class RecentRefusals {
  readonly #byId = new Map<string, { refusal: Refusal; until: number }>();
  readonly #clock: Clock;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  note(refusal: Refusal): void {
    if (this.#byId.size >= MAX_REFUSALS) this.#byId.delete(this.#byId.keys().next().value as string);
    this.#byId.set(refusal.requestId, { refusal, until: this.#clock.now() + REFUSAL_REMEMBERED_MS });
  }

  get(requestId: string): Refusal | undefined {
    const held = this.#byId.get(requestId);
    if (held === undefined) return undefined;
    if (held.until > this.#clock.now()) return held.refusal;
    this.#byId.delete(requestId);
    return undefined;
  }
}

/**
 * Hooks that remember every refusal (status 400 and up) of a request that has a door's request id and that no door's
 * handler took. Registered after `registerDoorRequestIds`, before the routes.
 */
export function rememberRefusals(app: FastifyInstance, refusals: RecentRefusals, clock: Clock): void {
  const causes = new WeakMap<FastifyRequest, { code: string; message: string }>();
  // Callback hooks (they run on every error and every answer), each calling `done` whatever happens in it. Only a
  // request no door's handler took has its error read (a door's own has its record). A refusal whose cause cannot be
  // read is remembered by its status alone.
  app.addHook("onError", (request, _reply, error, done) => {
    if (request.doorRequestId !== undefined && request.doorHandled !== true) {
      try {
        causes.set(request, causeOf(error));
      } catch {
        // Remembered as `http_<status>` below.
      }
    }
    done();
  });
  app.addHook("onResponse", (request, reply, done) => {
    try {
      const requestId = request.doorRequestId;
      if (requestId !== undefined && reply.statusCode >= 400 && request.doorHandled !== true) {
        const cause = causes.get(request) ?? { code: `http_${reply.statusCode}`, message: "" };
        refusals.note({ requestId, at: new Date(clock.now()).toISOString(), status: reply.statusCode, ...cause, method: request.method, path: request.routeOptions.url ?? request.url });
      }
    } catch {
      // Not remembered: a lookup answers it with the general message.
    }
    done();
  });
}

/** The error's code and message as its answer gives them, the message bounded. */
function causeOf(error: unknown): { code: string; message: string } {
  const { envelope } = toErrorResponse(error);
  const { message } = envelope.error;
  return { code: envelope.error.code ?? envelope.error.type, message: message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS - 1)}…` : message };
}

/** The end of a lookup's 404 for an id of the gateway's shape that no record and no remembered refusal has. */
export function notLoggedHint(): string {
  return " A request refused before routing (a body that is not JSON, too large, compressed or not UTF-8; a key refused before its body was read; the gateway draining) and a token counter's answer get a request id but no decision record: the instance that refused it answers its id here for 15 minutes, with what it answered.";
}

/** The 404's message for a refusal remembered. */
export function refusalMessage(refusal: Refusal): string {
  return `No decision ${refusal.requestId}: the request (${refusal.method} ${refusal.path}) was refused before routing at ${refusal.at}, answered ${refusal.status} ${refusal.code}${refusal.message === "" ? "" : ` (${refusal.message})`}. A request refused before routing, and a token counter's, gets a request id but no decision record.`;
}
