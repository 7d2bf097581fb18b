/**
 * Prometheus metrics of the gateway, on its own Registry (never the global one, so several apps can live in
 * one process, e.g. in tests).
 * @module
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { CircuitBreaker, CircuitState } from "../routing/fallback/circuit-breaker.js";
import type { AttemptObserver } from "../routing/fallback/fallback-settings.js";

/** What the scrape-time gauges read. */
export interface GaugeSources {
  /** Each budget's status (the spend guard's `status()`). */
  budgets?: () => Promise<readonly { budget: string; limitUsd: number; remainingUsd: number }[]>;
  breaker?: CircuitBreaker;
  /** Models whose circuit is reported even before their first attempt (the config's tier models). */
  models?: () => readonly string[];
  /** The decision outbox's backlog (`DecisionOutbox.backlog`), read at scrape time only. */
  outbox?: () => { records: number; oldestCreatedAt: number | null };
  /** How many keys carrying a budget the budget gauge left out for its label bound (`budget-gauge-source.ts`). */
  budgetKeysUnlisted?: () => Promise<number>;
  /** How many ledger settles and releases wait for Redis (`Ledger.heldWrites`; ADR 0059). */
  ledgerWritesHeld?: () => number;
  /** The clock the oldest waiting record's age is measured by. Default: `Date.now`. */
  now?: () => number;
  /**
   * A gauge could not be read (its store is down): the scrape still answers, without that gauge's values, and the
   * failure is counted in `switchyard_metrics_collect_failures_total`. Log it from here (rate-limited). Default: ignored.
   */
  onCollectError?: (error: unknown, gauge: string) => void;
}

/** `switchyard_circuit_breaker_state` values. */
export const CIRCUIT_STATE_VALUE: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };

/** The gateway's metrics. */
export interface GatewayMetrics {
  registry: Registry;
  /** Counts one finished request. `model` is the model that answered, or `none`. */
  observeRequest(input: { model: string; tier: string; status: number; stream: boolean; durationMs: number; timeToFirstTokenMs: number | null }): void;
  /** Feeds upstream attempts and fallbacks from the attempt loop. */
  observer: AttemptObserver;
  /** Adds the gauges computed at scrape time: budget remaining per budget, circuit state per model. */
  watch(sources: GaugeSources): void;
  /** Counts one trace batch the collector did not take, and the spans it dropped. */
  observeTraceExportFailure(spans: number): void;
}

/**
 * The most distinct model ids a metric labels separately. Model ids come from clients (an explicit id passes
 * through even when the catalog lacks it), so without a cap a client sending random ids would grow every
 * labelled series, and /metrics with them, without bound. Past the cap, new ids are counted as `(other)`.
 */
export const MAX_MODEL_LABELS = 500;

/** `(other)`: the label of model ids seen after MAX_MODEL_LABELS distinct ones. */
export const OTHER_MODEL_LABEL = "(other)";

/**
 * Maps model ids to themselves until `max` distinct unknown ids were seen, then new unknown ones to `(other)`. Known
 * ids (the catalog's and the config's, `isKnown`) always keep their own label and never use up the cap, so a client
 * sending made-up ids cannot hide the real fleet's metrics.
 */
export function createModelLabeler(max = MAX_MODEL_LABELS, isKnown: (model: string) => boolean = () => false): (model: string) => string {
  const seen = new Set<string>();
  return (model) => {
    if (seen.has(model) || isKnown(model)) return model;
    if (seen.size >= max) return OTHER_MODEL_LABEL;
    seen.add(model);
    return model;
  };
}

const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

/** Creates the metrics on a fresh Registry. */
export function createGatewayMetrics(options: { defaultMetrics?: boolean; maxModelLabels?: number; isKnownModel?: (model: string) => boolean } = {}): GatewayMetrics {
  const registry = new Registry();
  const label = createModelLabeler(options.maxModelLabels, options.isKnownModel);
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: "switchyard_" });
  const requests = new Counter({
    name: "switchyard_requests_total",
    help: "Chat completion requests by answering model, tier, HTTP status and streaming.",
    labelNames: ["model", "tier", "status", "stream"] as const,
    registers: [registry],
  });
  const attempts = new Counter({
    name: "switchyard_upstream_attempts_total",
    help: "Upstream attempts by model and outcome (success, or the failure kind, or a skip reason).",
    labelNames: ["model", "outcome"] as const,
    registers: [registry],
  });
  const fallbacks = new Counter({
    name: "switchyard_fallbacks_total",
    help: "Moves to the next model, by the model that failed and why.",
    labelNames: ["from_model", "reason"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "switchyard_request_duration_seconds",
    help: "Time from request to the last byte, by answering model and tier.",
    labelNames: ["model", "tier"] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [registry],
  });
  const timeToFirstToken = new Histogram({
    name: "switchyard_time_to_first_token_seconds",
    help: "Time to the first content chunk (streams) or first response byte, by answering model and tier.",
    labelNames: ["model", "tier"] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [registry],
  });
  const traceExportFailures = new Counter({
    name: "switchyard_trace_export_failures_total",
    help: "Trace batches the OTLP collector did not take (refused, unreachable, timed out); their spans are dropped.",
    registers: [registry],
  });
  const droppedSpans = new Counter({
    name: "switchyard_trace_spans_dropped_total",
    help: "Spans lost in trace batches that failed to export.",
    registers: [registry],
  });
  // prom-client hashes the label set on every call; labelled children are cached per combination instead.
  const requestChildren = new Map<string, ReturnType<typeof requests.labels>>();
  const attemptedModels = new Set<string>();
  const latencyChildren = new Map<string, { latency: ReturnType<typeof latency.labels>; timeToFirstToken: ReturnType<typeof timeToFirstToken.labels> }>();
  return {
    registry,
    observeRequest({ model: answered, tier, status, stream, durationMs, timeToFirstTokenMs }) {
      const model = label(answered);
      const requestKey = `${model}\u0000${tier}\u0000${status}\u0000${stream ? 1 : 0}`;
      let requestChild = requestChildren.get(requestKey);
      if (!requestChild) {
        requestChild = requests.labels({ model, tier, status: String(status), stream: stream ? "true" : "false" });
        requestChildren.set(requestKey, requestChild);
      }
      requestChild.inc();
      if (status >= 400 && timeToFirstTokenMs === null) return;
      const modelKey = `${model}\u0000${tier}`;
      let children = latencyChildren.get(modelKey);
      if (!children) {
        children = { latency: latency.labels({ model, tier }), timeToFirstToken: timeToFirstToken.labels({ model, tier }) };
        latencyChildren.set(modelKey, children);
      }
      children.latency.observe(durationMs / 1000);
      if (timeToFirstTokenMs !== null) children.timeToFirstToken.observe(timeToFirstTokenMs / 1000);
    },
    watch: (sources) => registerGauges(registry, sources, attemptedModels),
    observeTraceExportFailure(spans) {
      traceExportFailures.inc();
      droppedSpans.inc(spans);
    },
    observer: {
      onAttempt: ({ model, outcome }) => {
        const name = label(model);
        // The breaker gauge lists the same bounded set of models.
        if (name !== OTHER_MODEL_LABEL) attemptedModels.add(model);
        attempts.inc({ model: name, outcome });
      },
      onFallback: (fromModel, reason) => fallbacks.inc({ from_model: label(fromModel), reason }),
    },
  };
}

function registerGauges(registry: Registry, sources: GaugeSources, attemptedModels: ReadonlySet<string>): void {
  const { budgets, breaker, models, outbox, ledgerWritesHeld, budgetKeysUnlisted, now = Date.now, onCollectError = () => {} } = sources;
  const failures = new Counter({
    name: "switchyard_metrics_collect_failures_total",
    // Collected alongside the gauges, so a scrape shows at least the failures of the scrapes before it.
    help: "Scrapes that left out a gauge because its store could not be read (Redis or the ledger down), by gauge.",
    labelNames: ["gauge"] as const,
    registers: [registry],
  });
  // A collect() that rejects fails the whole scrape (503 for /metrics during a Redis outage, when the other metrics
  // matter most): a gauge whose store is down is left out of that scrape instead.
  const readOrSkip = async <T>(gauge: string, read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      failures.inc({ gauge });
      try {
        onCollectError(error, gauge);
      } catch {
        // The hook failed; the scrape must still answer.
      }
      return undefined;
    }
  };
  if (budgets) {
    new Gauge({
      name: "switchyard_budget_remaining_usd",
      help: "What is left of each budget in its current window, in USD (limit - spent - reserved).",
      labelNames: ["budget"] as const,
      registers: [registry],
      async collect() {
        const statuses = await readOrSkip("switchyard_budget_remaining_usd", budgets);
        this.reset();
        for (const status of statuses ?? []) this.set({ budget: status.budget }, status.remainingUsd);
      },
    });
  }
  if (outbox) registerOutboxGauges(registry, outbox, now, readOrSkip);
  if (budgets && budgetKeysUnlisted) {
    new Gauge({
      name: "switchyard_budget_keys_unlisted",
      help: "Keys carrying a budget that switchyard_budget_remaining_usd leaves out (past its bound of keys), as of the last scrape.",
      registers: [registry],
      async collect() {
        this.set(await budgetKeysUnlisted());
      },
    });
  }
  if (ledgerWritesHeld) {
    new Gauge({
      name: "switchyard_ledger_writes_held",
      help: "Budget settles and releases accepted while Redis was unreachable and not applied yet (kept, or resent and not answered; saved to the local SQLite file at a stop).",
      registers: [registry],
      collect() {
        this.set(ledgerWritesHeld());
      },
    });
  }
  if (breaker) {
    new Gauge({
      name: "switchyard_circuit_breaker_state",
      help: "Circuit breaker state per model: 0 closed, 1 half-open, 2 open.",
      labelNames: ["model"] as const,
      registers: [registry],
      async collect() {
        const names = [...new Set([...(models?.() ?? []), ...attemptedModels])];
        const states = await readOrSkip("switchyard_circuit_breaker_state", () => Promise.all(names.map(async (model) => [model, await breaker.state(model)] as const)));
        this.reset();
        for (const [model, current] of states ?? []) this.set({ model }, CIRCUIT_STATE_VALUE[current]);
      },
    });
  }
}

/**
 * The decision outbox's backlog, read when scraped (one count and one index step on the local SQLite file; nothing on
 * the request path): records committed locally and not yet in the decisions table (Postgres, or SQLite's own), and
 * how long the oldest has waited. Normally about 0.1 s; growing while the store behind the outbox takes no writes.
 */
function registerOutboxGauges(registry: Registry, outbox: NonNullable<GaugeSources["outbox"]>, now: () => number, readOrSkip: <T>(gauge: string, read: () => Promise<T>) => Promise<T | undefined>): void {
  // Both gauges come from one read per scrape, made by whichever of them is collected first.
  let read: Promise<ReturnType<typeof outbox> | undefined> | undefined;
  const backlog = (): Promise<ReturnType<typeof outbox> | undefined> => {
    read ??= readOrSkip("switchyard_decision_outbox_records", async () => outbox()).finally(() => setImmediate(() => (read = undefined)));
    return read;
  };
  new Gauge({
    name: "switchyard_decision_outbox_records",
    help: "Decision records committed to the local outbox and not yet shipped to the decision log's store.",
    registers: [registry],
    async collect() {
      const value = await backlog();
      this.reset();
      if (value) this.set(value.records);
    },
  });
  new Gauge({
    name: "switchyard_decision_outbox_oldest_age_seconds",
    help: "How long the oldest record waiting in the decision outbox has waited, in seconds (0 when none waits).",
    registers: [registry],
    async collect() {
      const value = await backlog();
      this.reset();
      if (value) this.set(value.oldestCreatedAt === null ? 0 : Math.max(0, (now() - value.oldestCreatedAt) / 1000));
    },
  });
}
