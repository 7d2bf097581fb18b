/**
 * `report`'s filters, `--task`, `--tier`, `--model`, `--key` and `--status`: the same filters `/api/report` and the
 * dashboard take (`task`, `tier`, `model`, `key`, `status`), so the team lead who filters the dashboard to one
 * expensive task gets the same figures from the CLI. A key is given by name or id (the log keeps ids).
 * @module
 */
import { InvalidRequestError } from "../core/errors/index.js";
import type { DecisionFilter } from "../log/decision-log-store.js";
import type { DecisionOutcome } from "../log/decision-record.js";
import type { KeyStore } from "../storage/key-store.js";

const OUTCOMES: readonly DecisionOutcome[] = ["served", "refused", "failed", "client_error"];

/** The filter flags as commander hands them over. */
export interface ReportFilterOptions {
  task?: string;
  tier?: string;
  model?: string;
  key?: string;
  status?: string;
}

/** The decision filter the flags ask for (empty when none is given); a clear error for an unknown status or key. */
export async function readReportFilter(options: ReportFilterOptions, keys: KeyStore): Promise<DecisionFilter> {
  const filter: DecisionFilter = {};
  if (options.task) filter.task = options.task;
  if (options.tier) filter.tier = options.tier;
  if (options.model) filter.model = options.model;
  if (options.status !== undefined) {
    if (!(OUTCOMES as readonly string[]).includes(options.status)) throw new InvalidRequestError(`Invalid --status "${options.status}". Valid values: ${OUTCOMES.join(", ")}.`);
    filter.outcome = options.status as DecisionOutcome;
  }
  if (options.key) filter.keyId = await keyIdOf(options.key, keys);
  return filter;
}

/** `task code_generation, key team-a`: what the rows were filtered to, for the table's heading. */
export function describeReportFilter(options: ReportFilterOptions): string {
  return (["task", "tier", "model", "key", "status"] as const)
    .filter((name) => options[name])
    .map((name) => `${name} ${String(options[name])}`)
    .join(", ");
}

/** The filter in `/api/report`'s query names (`key` is the key's id), for `--json`. */
export function filterAsQuery(filter: DecisionFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.task) query["task"] = filter.task;
  if (filter.tier) query["tier"] = filter.tier;
  if (filter.model) query["model"] = filter.model;
  if (filter.keyId) query["key"] = filter.keyId;
  if (filter.outcome) query["status"] = filter.outcome;
  return query;
}

/**
 * The id of the key `given` names. Names are unique among active keys only: a revoked key and its successor may share
 * one, and picking either would report one key's spend as the name's, so a name several keys carry is refused with
 * their ids.
 */
async function keyIdOf(given: string, keys: KeyStore): Promise<string> {
  const all = await keys.list({ includeRevoked: true });
  const byId = all.find((key) => key.id === given);
  if (byId) return byId.id;
  const named = all.filter((key) => key.name === given);
  if (named.length === 1 && named[0]) return named[0].id;
  if (named.length > 1) {
    const ids = named.map((key) => `${key.id}${key.revokedAt === null ? " (active)" : " (revoked)"}`).join(", ");
    throw new InvalidRequestError(`${named.length} keys are named "${given}": ${ids}. Give the id of the one to report on.`);
  }
  throw new InvalidRequestError(`No key "${given}" in this store: give a key's name or id as \`switchyard keys list\` shows them.`);
}
