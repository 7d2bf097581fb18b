/**
 * `GET /api/decisions?since=&limit=&key=` (newest first) and `GET /api/decisions/:id`.
 * @module
 */
import type { FastifyInstance } from "fastify";
import { InvalidRequestError } from "../../core/errors/index.js";
import { parseSince } from "../../log/parse-since.js";
import { notFound, queryValue, type AdminRouteDeps } from "./admin-deps.js";

const MAX_LIMIT = 1_000;

/** Registers the decision routes. */
export function registerAdminDecisionRoutes(app: FastifyInstance, deps: AdminRouteDeps): void {
  app.get("/api/decisions", async (request) => {
    const since = queryValue(request.query, "since");
    const limitText = queryValue(request.query, "limit") ?? "100";
    const limit = Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestError(`Invalid limit "${limitText}": use a whole number from 1 to ${MAX_LIMIT}.`, { param: "limit" });
    }
    const keyId = queryValue(request.query, "key");
    const data = await deps.decisions.list({
      limit,
      ...(since ? { since: parseSince(since, deps.clock.now()) } : {}),
      ...(keyId ? { keyId } : {}),
    });
    return { object: "list", data };
  });

  app.get<{ Params: { id: string } }>("/api/decisions/:id", async (request) => {
    const record = await deps.decisions.get(request.params.id);
    if (!record) throw notFound(`No decision ${request.params.id}.`);
    return record;
  });
}
