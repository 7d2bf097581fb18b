/**
 * What the dashboard shows as a decision's model. A request no model answered (every upstream down, every circuit
 * open) read "none", as a request refused before routing does, so the operator could not tell "nothing was tried"
 * from "all three models failed" without opening it. Now it names what was tried and how each failed.
 * @module
 */
import type { DecisionRecord } from "./api-types.js";

/** The Model cell: its text, and the longer account for a tooltip. */
export interface ModelShown {
  text: string;
  /** Each attempt in order, with its error: `a: server_error (HTTP 502); b: timeout`. Empty when a model answered. */
  detail: string;
  answered: boolean;
}

/** The model that answered, or what was tried; "none" only when nothing was (a refusal before routing). */
export function modelShown(record: Pick<DecisionRecord, "model" | "attempts">): ModelShown {
  if (record.model !== null) return { text: record.model, detail: "", answered: true };
  if (record.attempts.length === 0) return { text: "none", detail: "", answered: false };
  const tried = [...new Set(record.attempts.map((attempt) => attempt.model))];
  const detail = record.attempts.map((attempt) => `${attempt.model}: ${attempt.errorType ?? "no answer"}${attempt.status ? ` (HTTP ${attempt.status})` : ""}`).join("; ");
  return { text: `none answered; tried ${tried.join(", ")}`, detail, answered: false };
}
