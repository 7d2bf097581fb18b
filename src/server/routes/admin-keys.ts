/**
 * `GET /api/keys`, `POST /api/keys` (answers the secret once), `DELETE /api/keys/:idOrName`. Keys are written as
 * `storage/key-json.ts` writes them: snake_case, under the names the POST body takes.
 * @module
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { MAX_BUDGET_USD } from "../../core/money.js";
import { InvalidRequestError } from "../../core/errors/index.js";
import { escapeSentText, quoteSentText } from "../../core/quote-sent-text.js";
import { issueVirtualKey } from "../../storage/virtual-key-secret.js";
import { keyJson } from "../../storage/key-json.js";
import { notFound, type AdminRouteDeps } from "./admin-deps.js";

const budgetUsd = z.number().nonnegative().max(MAX_BUDGET_USD, `must be at most ${MAX_BUDGET_USD} USD (the most the ledger counts exactly)`).nullable().optional();

const createKeySchema = z.strictObject({
  name: z.string().min(1),
  daily_budget_usd: budgetUsd,
  monthly_budget_usd: budgetUsd,
  rpm: z.number().int().positive().nullable().optional(),
  tiers: z.array(z.string().min(1)).nullable().optional(),
});

/** Registers the key routes. */
export function registerAdminKeyRoutes(app: FastifyInstance, deps: AdminRouteDeps): void {
  app.get("/api/keys", async () => ({ object: "list", data: (await deps.keys.list({ includeRevoked: true })).map(keyJson) }));

  app.post("/api/keys", async (request, reply) => {
    const parsed = createKeySchema.safeParse(request.body ?? {});
    if (!parsed.success) throw keyRequestError(parsed.error.issues[0]);
    const body = parsed.data;
    // As `keys create --tiers ""`: a list naming no tier was stored as every tier, the opposite of what it says.
    if (body.tiers?.length === 0) throw new InvalidRequestError("Invalid key request: tiers names no tier; leave it out (or null) to allow every tier.", { param: "tiers" });
    const allowedTiers = body.tiers ? [...new Set(body.tiers)] : null;
    const tiers = deps.tiers?.();
    const unknown = tiers ? (allowedTiers ?? []).filter((tier) => !tiers.includes(tier)) : [];
    if (tiers && unknown.length > 0) throw new InvalidRequestError(`Invalid key request: tiers: unknown tier ${quoteSentText(unknown[0] ?? "", 64)}. Valid tiers: ${tiers.join(", ")}.`, { param: "tiers" });
    const { key, secret } = await issueVirtualKey(
      deps.keys,
      {
        name: body.name,
        dailyBudgetUsd: body.daily_budget_usd ?? null,
        monthlyBudgetUsd: body.monthly_budget_usd ?? null,
        rpm: body.rpm ?? null,
        allowedTiers,
      },
      { now: deps.clock.now() },
    );
    reply.code(201);
    return { key: keyJson(key), secret };
  });

  app.delete<{ Params: { id: string } }>("/api/keys/:id", async (request) => {
    const revoked = await deps.keys.revoke(request.params.id, deps.clock.now());
    if (!revoked) throw notFound(`No active key with id or name ${quoteSentText(request.params.id, 64)}.`);
    return keyJson(revoked);
  });
}

/**
 * The 400 for a key request the schema refused. A field the API does not have is named in `param` (it was `""`,
 * zod's path for the body, with the field only inside the message); a body that is no object has no param.
 */
function keyRequestError(issue: z.core.$ZodIssue | undefined): InvalidRequestError {
  if (issue?.code === "unrecognized_keys" && issue.path.length === 0) {
    const field = issue.keys[0] ?? "";
    // The name is the caller's text: quoted escaped (quote-sent-text.ts), so a quote, a newline, an escape sequence or
    // a direction override in it cannot rewrite the message where it is shown.
    return new InvalidRequestError(`Invalid key request: unknown field ${quoteSentText(field, 64)}; the fields are ${Object.keys(createKeySchema.shape).join(", ")}.`, { param: escapeSentText(field, 64) });
  }
  const path = issue?.path.join(".") ?? "";
  return new InvalidRequestError(`Invalid key request: ${path || "body"}: ${issue?.message ?? "invalid"}`, path ? { param: path } : {});
}
