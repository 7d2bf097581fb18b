/**
 * The shapes of the admin API answers the dashboard reads. The record and report types come from the server's
 * own modules (type-only, erased from the bundle); the rest mirror docs/dashboard.md's endpoint list.
 * @module
 */
import type { DecisionRecord } from "../log/decision-record.js";
import type { ReportFigures, SpendReport } from "../log/build-report.js";
import type { ShadowRouterReport } from "../log/shadow-report.js";
import type { KeyJson } from "../storage/key-json.js";
import type { VerdictFigures } from "./verdict.js";

export type { DecisionRecord };

/** `GET /api/keys` rows (snake_case, as `POST /api/keys` takes them). */
export type VirtualKey = KeyJson;

/** `GET /api/budgets` rows, and the overview's `budgets`: one shape (resets_at in ms since the epoch). */
export type BudgetStatus = OverviewBudget;

/** Report figures, with the latency and escalation figures newer gateways add. */
export type Figures = ReportFigures & {
  escalations?: number;
  escalation_rate?: number;
  latency_p50_ms?: number | null;
  latency_p95_ms?: number | null;
  error_rate?: number;
};

/** `GET /api/report`. */
export type Report = Omit<SpendReport, "total" | "rows"> & { total: Figures; rows: (Figures & { group: string })[] };

/** `GET /api/report/timeseries` (times in ms since epoch). */
export interface TimeSeries {
  bucket: "hour" | "day";
  by: string;
  since: number;
  until: number;
  points: { t: number; group: string; requests: number; served: number; refused: number; failed: number; cost_usd: number; judge_cost_usd: number; premium_equivalent_usd: number }[];
}

/** A budget's status in `/api/overview` and `/api/budgets` (the server's `BudgetJson`). */
export interface OverviewBudget {
  budget: string;
  window: string;
  limit_usd: number;
  spent_usd: number;
  reserved_usd: number;
  remaining_usd: number;
  /** The end of its UTC day or month, ms since the epoch. */
  resets_at: number;
}

/** `GET /api/overview`. */
export interface Overview {
  generated_at: number;
  premium_model: string | null;
  today: Figures & { since: number; until: number };
  month: Figures & { since: number; until: number };
  budgets: OverviewBudget[];
  /** Why the budgets could not be read (a ledger that is down), or null; absent from older gateways. */
  budgets_error?: string | null;
  /** Absent when read with `series=none`, as the dashboard reads it (its charts read `/api/report/timeseries`). */
  hourly?: TimeSeries;
  daily?: TimeSeries;
}

/** A list answer. */
export interface List<T> {
  object: "list";
  data: T[];
  next_cursor?: string | null;
}

/** `GET /api/models/stats` rows. */
export interface ModelStats {
  model: string;
  requests: number;
  share: number;
  cost_usd: number;
  attempts: number;
  errors: number;
  skipped: number;
  error_rate: number;
  ttft_ms: number | null;
  tokens_per_second: number | null;
  breaker: { state: string; open_until: number | null };
}

export type { Estimate } from "../log/experiment-report-stats.js";
export type { ArmReport } from "../log/experiment-arm-types.js";

/** `GET /api/experiments/:name/report`. */
export interface ExperimentReport extends VerdictFigures {
  experiment: string;
  since: string;
  until: string;
  config: { enabled?: boolean; share?: number; variant?: Record<string, unknown>; match?: Record<string, unknown> } | null;
  verdict: string;
}

/** `GET /api/experiments` rows. */
export interface ExperimentSummary {
  name: string;
  configured: boolean;
  enabled: boolean;
  share: number | null;
  requests: { control: number; variant: number };
  verdict: string;
  /** What the verdict was written from (absent from older gateways). */
  verdict_input?: VerdictFigures;
}

/** `POST /api/route`. */
export interface PlaygroundAnswer {
  decision: {
    task: string;
    task_confidence: number;
    task_source: string;
    difficulty: string;
    strong_probability?: number;
    tier: string;
    model: string;
    fallbacks: string[];
    max_tokens: number;
    estimated_cost_usd: number;
    prompt_tokens: number;
    reasons: string[];
    mode: string;
  };
  chain: { id: string; in_catalog: boolean; max_tokens: number; worst_case_cost_usd: number }[];
  experiment: string | null;
  arm: string | null;
}

/** A router as `GET /api/router` names it: an adapter id and file, or the shipped router (`weights` null). */
export interface RouterRefView {
  id: string;
  weights: string | null;
  /** The quality knob a promoted router runs at, in place of `routing.quality`. */
  quality?: number;
}

/** `GET /api/router`: the routers in use and the state file's record. */
export interface RouterView {
  active: RouterRefView;
  shadow: RouterRefView | null;
  arms: Record<string, RouterRefView>;
  loaded_at: string;
  /** Absent from older gateways. */
  state_file?: string;
  /** The newest changes (100 at most), oldest first; `history_total` counts them all. */
  history?: { action: "promote" | "rollback"; at: string; by: string; from: RouterRefView; to: RouterRefView; experiment: string | null; verdict: string; forced: boolean }[];
  history_total?: number;
  pending?: RouterRefView | null;
  state_error?: string | null;
  /** Online mode's counters on the instance that answered, since it started; absent when `routing.online` is off. */
  online?: OnlineView;
}

/** `GET /api/router`'s `online`: the bandit in front of the default router (docs/learning.md, online mode). */
export interface OnlineView {
  decisions: number;
  explored: number;
  outcomes: number;
  /** Absent from older gateways. */
  corrected?: number;
  skipped?: number;
  adapterActive: boolean;
}

/** `GET /api/router/shadow`. */
export interface ShadowView {
  routers: ShadowRouterReport[];
}
