/**
 * Synthetic decision records for the report benchmark, and bulk loaders: SQLite (one prepared insert, 50,000
 * rows per transaction) and Postgres (20,000 rows per INSERT ... SELECT FROM unnest(arrays), one statement per
 * chunk instead of one per row). Records are deterministic (a seeded LCG) and spread evenly over `days`.
 * @module
 */
import type { Pool } from "pg";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { DECISION_COLUMNS, decisionToValues } from "../../src/storage/decision-columns.js";
import type { SqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";

const TIERS = ["budget", "budget", "budget", "standard", "standard", "premium", "reasoning"];
const TASKS = ["chat", "code_generation", "math", "summarization", "extraction", "translation"];
const MODELS = ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct", "google/gemini-2.5-flash", "openai/gpt-5-mini", "anthropic/claude-sonnet-4.5", "openai/gpt-5", "deepseek/deepseek-r1"];
const KEYS = Array.from({ length: 50 }, (_, i) => `key_${String(i).padStart(3, "0")}`);

/** A deterministic generator of `count` records ending at `end` (ms), `days` long. */
export function* syntheticDecisions(count: number, end: number, days: number): Generator<DecisionRecord> {
  let state = 42;
  const random = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const start = end - days * 86_400_000;
  const step = (end - start) / count;
  for (let i = 0; i < count; i += 1) {
    const roll = random();
    const outcome = roll < 0.02 ? "refused" : roll < 0.03 ? "failed" : roll < 0.035 ? "client_error" : "served";
    const model = outcome === "served" ? pick(MODELS) : null;
    const fellBack = random() < 0.05;
    const inputTokens = Math.floor(50 + random() * 2000);
    const outputTokens = Math.floor(20 + random() * 800);
    const experiment = random() < 0.1 ? pick(["cheap-codegen", "mini-chat", "flash-summaries"]) : null;
    yield {
      id: `dec_${String(i).padStart(8, "0")}`,
      createdAt: Math.floor(start + i * step),
      keyId: random() < 0.1 ? null : pick(KEYS),
      task: pick(TASKS),
      taskSource: random() < 0.3 ? "given" : "classified",
      taskConfidence: 0.5 + random() / 2,
      difficulty: pick(["simple", "moderate", "hard"]),
      tier: pick(TIERS),
      candidates: [MODELS[0] ?? "", MODELS[1] ?? ""],
      attempts: [
        ...(fellBack ? [{ model: MODELS[6] ?? "", status: 503, errorType: "http", latencyMs: 40 }] : []),
        ...(model ? [{ model, status: 200, errorType: null, latencyMs: 300 }] : []),
      ],
      model,
      experiment,
      arm: experiment ? (random() < 0.5 ? "control" : "variant") : null,
      estimatedCostUsd: (inputTokens + outputTokens * 4) * 2e-7,
      costUsd: outcome === "served" ? (inputTokens + outputTokens * 4) * 1.5e-7 * (1 + random()) : 0,
      inputTokens: outcome === "served" ? inputTokens : 0,
      outputTokens: outcome === "served" ? outputTokens : 0,
      timeToFirstTokenMs: outcome === "served" ? 100 + random() * 900 : null,
      latencyMs: outcome === "served" ? 150 + random() * random() * 20_000 : 2 + random() * 10,
      finishReason: outcome === "served" ? "stop" : null,
      stream: random() < 0.4,
      outcome,
      status: outcome === "served" ? 200 : outcome === "refused" ? 402 : outcome === "failed" ? 502 : 400,
      errorType: outcome === "served" ? null : outcome,
      qualityChecks: [],
      escalatedTo: random() < 0.02 ? "premium" : null,
      feedbackScore: random() < 0.05 ? Math.round(random() * 4) / 4 : null,
      feedbackLabel: null,
      prompt: null,
    };
  }
}

/** Loads records into the SQLite `decisions` table (created by the backend), 50,000 per transaction. */
export function loadSqlite(db: SqliteDatabase, records: Iterable<DecisionRecord>): void {
  const insert = db.prepare(`INSERT INTO decisions (${DECISION_COLUMNS.join(", ")}) VALUES (${DECISION_COLUMNS.map(() => "?").join(", ")})`);
  const insertChunk = db.transaction((chunk: DecisionRecord[]) => {
    for (const record of chunk) insert.run(decisionToValues(record));
  });
  let chunk: DecisionRecord[] = [];
  for (const record of records) {
    chunk.push(record);
    if (chunk.length === 50_000) {
      insertChunk(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) insertChunk(chunk);
}

const POSTGRES_TYPES: Record<string, string> = {
  created_at: "bigint", task_confidence: "float8", estimated_cost_usd: "float8", cost_usd: "float8", input_tokens: "bigint", output_tokens: "bigint",
  time_to_first_token_ms: "float8", latency_ms: "float8", stream: "smallint", status: "int", feedback_score: "float8",
};

/** Loads records into a Postgres decisions table, 20,000 rows per statement (one array parameter per column). */
export async function loadPostgres(pool: Pool, table: string, records: Iterable<DecisionRecord>): Promise<void> {
  const arrays = DECISION_COLUMNS.map((column, i) => `$${i + 1}::${POSTGRES_TYPES[column] ?? "text"}[]`);
  const text = `INSERT INTO ${table} (${DECISION_COLUMNS.join(", ")}) SELECT * FROM unnest(${arrays.join(", ")})`;
  let columns: (string | number | null)[][] = DECISION_COLUMNS.map(() => []);
  let size = 0;
  const flush = async (): Promise<void> => {
    if (size === 0) return;
    await pool.query(text, columns);
    columns = DECISION_COLUMNS.map(() => []);
    size = 0;
  };
  for (const record of records) {
    decisionToValues(record).forEach((value, i) => columns[i]?.push(value));
    size += 1;
    if (size === 20_000) await flush();
  }
  await flush();
}
