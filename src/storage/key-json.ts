/**
 * A virtual key as JSON shows it, in `/api/keys` and `switchyard keys list --json` / `keys create --json`:
 * snake_case, times in ms since the epoch, and the names `POST /api/keys` takes (`daily_budget_usd`, `tiers`), so
 * what a client writes reads back under the same names. Both answered the store's camelCase (`createdAt`,
 * `allowedTiers`) while every other admin route answers snake_case (ADR 0038). Never the secret or its hash.
 * @module
 */
import type { VirtualKey } from "./key-store.js";

/** One key's fields, as the admin API and the CLI's JSON write them. */
export interface KeyJson {
  /** `key_` + random hex; what budgets and the decision log refer to. */
  id: string;
  name: string;
  /** The secret's first characters, e.g. `sk-sy-Ab3d`. */
  prefix: string;
  /** ms since the epoch. */
  created_at: number;
  /** ms since the epoch, or null while active. */
  revoked_at: number | null;
  daily_budget_usd: number | null;
  monthly_budget_usd: number | null;
  /** Requests per minute, or null for no limit. */
  rpm: number | null;
  /** Tiers the key may use, or null for all. */
  tiers: string[] | null;
}

/** The JSON row for one key. */
export function keyJson(key: VirtualKey): KeyJson {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    created_at: key.createdAt,
    revoked_at: key.revokedAt,
    daily_budget_usd: key.dailyBudgetUsd,
    monthly_budget_usd: key.monthlyBudgetUsd,
    rpm: key.rpm,
    tiers: key.allowedTiers,
  };
}
