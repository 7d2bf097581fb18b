/**
 * A decision record as the outbox keeps it (JSON text), with its NaN and infinite measures kept: JSON writes them as
 * null, which the decisions table then stored as 0 (a plausible free, empty, instant answer the reports' `impossible`
 * count missed) for every record shipped from the table rather than from memory: after kill -9, behind a store
 * down for more than the remembered records. A top-level one is written as `{"$number": "NaN"}` (or `"Infinity"`,
 * `"-Infinity"`), which an older build reads as no number (0, as it would have); nested values are left as JSON has them.
 * @module
 */
import type { DecisionRecord } from "../../log/decision-record.js";

const NON_FINITE = new Set(["NaN", "Infinity", "-Infinity"]);

/** The record as JSON text, a top-level NaN or infinite number as `{"$number": text}`. */
export function outboxRecordJson(record: DecisionRecord): string {
  const fields = record as unknown as Record<string, unknown>;
  let kept: Record<string, unknown> | undefined;
  for (const key in fields) {
    const value = fields[key];
    if (typeof value === "number" && !Number.isFinite(value)) (kept ??= { ...fields })[key] = { $number: String(value) };
  }
  return JSON.stringify(kept ?? record);
}

/** A record from `outboxRecordJson`'s text (or an older build's plain JSON), its kept numbers back to what they were. */
export function parseOutboxRecord(text: string): DecisionRecord {
  const record = JSON.parse(text) as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    const kept = keptNumber(value);
    if (kept !== undefined) record[key] = kept;
  }
  return record as unknown as DecisionRecord;
}

function keptNumber(value: unknown): number | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const text = (value as { $number?: unknown }).$number;
  return keys.length === 1 && typeof text === "string" && NON_FINITE.has(text) ? Number(text) : undefined;
}
