/**
 * `GET /api/decisions` (newest first, filtered, keyset-paginated) and `GET /api/decisions/:id`.
 * Filters: `since`, `until`, `task`, `tier`, `model`, `status`, `key`, `experiment`, `min_cost_usd`; pages:
 * `limit` (1..1000, default 100) and `cursor` (the previous page's `next_cursor`).
 * @module
 */
import { escapeSentText, quoteSentText } from "../../core/quote-sent-text.js";
import type { FastifyInstance } from "fastify";
import { GatewayError, InvalidRequestError } from "../../core/errors/index.js";
import { decisionIdTime } from "../../core/id-generator.js";
import { notLoggedHint, refusalMessage } from "../recent-refusals.js";
import { parseDecimal } from "../../core/parse-decimal.js";
import { findDecision, lateRecordWait } from "../../log/find-decision.js";
import { notFound, queryValue, type AdminRouteDeps } from "./admin-deps.js";
import { decisionFilterOf, decodeCursor, encodeCursor } from "./admin-query.js";

const MAX_LIMIT = 1_000;
/** Without `since`, pages cover everything logged. */
const ALL_TIME = "1970-01-01";

/** Registers the decision routes. */
export function registerAdminDecisionRoutes(app: FastifyInstance, deps: AdminRouteDeps): void {
  app.get("/api/decisions", async (request) => {
    const limitText = queryValue(request.query, "limit") ?? "100";
    const limit = parseDecimal(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestError(`Invalid limit ${quoteSentText(limitText, 64)}: use a whole number from 1 to ${MAX_LIMIT}.`, { param: "limit" });
    }
    const filter = decisionFilterOf(request.query, deps.clock.now(), ALL_TIME);
    const cursor = queryValue(request.query, "cursor");
    const page = await deps.decisions.list({ ...filter, limit: limit + 1, ...(cursor ? { before: decodeCursor(cursor) } : {}) });
    const data = page.slice(0, limit);
    const last = data.at(-1);
    const next_cursor = page.length > limit && last ? encodeCursor(last) : null;
    return { object: "list", data, next_cursor };
  });

  // A decision made a moment ago on another instance may still wait in that instance's outbox: looked for again.
  const lateRecords = lateRecordWait(() => deps.clock.now());
  app.get<{ Params: { id: string } }>("/api/decisions/:id", async (request) => {
    const { id } = request.params;
    // An id the gateway gave a request it refused before routing names no record, ever (no door's handler took it):
    // say so, and what this instance answered it (round 29: "No decision" sent the user looking for a record that never was).
    const refusal = deps.refusal?.(id);
    if (refusal) throw new GatewayError({ message: refusalMessage(refusal), status: 404, type: "invalid_request_error", code: "refused_before_routing" });
    const record = await findDecision(deps.decisions, id, lateRecords);
    if (record) return record;
    throw notFound(`No decision ${escapeSentText(id, 80)}.${decisionIdTime(id) === undefined ? "" : notLoggedHint()}`);
  });
}
