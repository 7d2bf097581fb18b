/**
 * The body of `POST /v1/feedback {decision_id, score, label?}` (and `router.feedback()`): validated, then
 * stored on the decision. Framework-free, so the gateway route is one line around it.
 * @module
 */
import { z } from "zod";
import { escapeSentText, quoteSentText, quoteSentValue } from "../core/quote-sent-text.js";
import { GatewayError, InvalidRequestError } from "../core/errors/index.js";
import type { DecisionLogQueries } from "./decision-log-store.js";
import type { DecisionRecord } from "./decision-record.js";
import { findDecision, type LateRecordWait } from "./find-decision.js";

/**
 * Control characters (C0, DEL, C1), Unicode's line and paragraph separators, and the direction overrides and
 * isolates: a label is one line of plain text, shown in the dashboard and the admin API's JSON and read by whoever
 * exports it. An escape sequence or a right-to-left override made a label read as something else where it was shown
 * (a terminal, a table).
 */
const NOT_IN_A_LABEL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** Half a surrogate pair: no character, so the log (UTF-8) cannot hold it; it was stored as U+FFFD, not as answered. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What a label with such a character is told (the gateway's 400, the library's error). */
export const LABEL_RULE = "a label is one line of plain text: no control characters (newlines, tabs, escapes), line separators, direction overrides or half surrogate pairs";

/** True when `label` has none of those characters. */
export function isPlainLabel(label: string): boolean {
  return !NOT_IN_A_LABEL.test(label) && !LONE_SURROGATE.test(label);
}

/** A value sent, as a 400 quotes it: short, and never a whole array or object. */
function sent(value: unknown): string {
  return quoteSentValue(value, 80);
}

const DECISION_ID = "the x-switchyard-decision-id header of the response you rate";
const SCORE = "a number from 0 to 1";

/** Each field's 400 says what it must be and what was sent, in the gateway's words (zod's were "Too big: expected number to be <=1"). */
const feedbackSchema = z.strictObject(
  {
    decision_id: z
      .string({ error: (issue) => (issue.input === undefined ? `is required: ${DECISION_ID}` : `must be ${DECISION_ID} (got ${sent(issue.input)})`) })
      .min(1, { error: `must be ${DECISION_ID} (got "")` }),
    score: z
      .number({ error: (issue) => (issue.input === undefined ? `is required: ${SCORE}` : `must be ${SCORE}${typeof issue.input === "string" ? ", written without quotes" : ""} (got ${sent(issue.input)})`) })
      .min(0, { error: (issue) => `must be from 0 to 1 (got ${sent(issue.input)})` })
      .max(1, { error: (issue) => `must be from 0 to 1 (got ${sent(issue.input)})` }),
    label: z
      .string({ error: (issue) => `must be a string or null (got ${sent(issue.input)})` })
      .max(200, { error: (issue) => `must be at most 200 characters (got ${typeof issue.input === "string" ? issue.input.length : "more"})` })
      .refine(isPlainLabel, { message: LABEL_RULE })
      .nullable()
      .optional(),
  },
  { error: (issue) => (issue.code === "invalid_type" ? `must be a JSON object (got ${sent(issue.input)})` : undefined) },
);

/**
 * Throws a 409 `decision_not_answered` for a decision with no answer to rate. A refused request (401, 402, 403,
 * 429...) got none: a score on it would count against its experiment arm. Nor did one no model answered at all
 * (every fallback failed before any content, or a body refused as malformed): its failure is already counted, and a
 * score would read as the quality of a tier that never spoke. A stream cut after content was read, and can be rated.
 */
export function assertAnswered(record: Pick<DecisionRecord, "id" | "outcome" | "status" | "model">, param: string): void {
  if (record.outcome !== "refused" && record.model !== null) return;
  const why = record.outcome === "refused" ? `was refused (${record.status})` : `ended ${record.outcome} (${record.status}) with no model answering it`;
  throw new GatewayError({ message: `Decision ${record.id} ${why} and has no answer to rate.`, status: 409, type: "invalid_request_error", code: "decision_not_answered", param });
}

/** What the route answers on success. */
export interface FeedbackAccepted {
  object: "feedback";
  decision_id: string;
  score: number;
  label: string | null;
}

/**
 * Validates the body and records the feedback. Throws InvalidRequestError (400) naming the bad field, or a
 * 404 GatewayError when no decision has that id. With `callerKeyId` (the gateway's caller holds a virtual key), a
 * decision another key made is answered as unknown too: one team's scores must not move another team's experiment
 * verdicts, its per-tier quality or the adapter trained on them.
 */
export async function handleFeedback(decisions: Pick<DecisionLogQueries, "recordFeedback" | "get">, body: unknown, options: { callerKeyId?: string | null; lateRecords?: LateRecordWait } = {}): Promise<FeedbackAccepted> {
  const parsed = feedbackSchema.safeParse(body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const unknown = issue?.code === "unrecognized_keys" ? issue.keys : undefined;
    // An unknown field is named itself, as POST /api/keys names it, not as the body it sits in.
    const field = (unknown?.[0] === undefined ? undefined : escapeSentText(unknown[0], 64)) ?? (issue?.path.join(".") || "body");
    // A name is the caller's text: quoted escaped (quote-sent-text.ts), so a newline, an escape sequence or a direction
    // override in it cannot rewrite the message where it is shown.
    const names = unknown?.slice(0, 5).map((name) => quoteSentText(name, 64));
    const what = names && unknown ? `unknown field(s) ${names.join(", ")}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ""}` : (issue?.message ?? "invalid").slice(0, 300);
    throw new InvalidRequestError(
      `Invalid feedback: ${unknown ? "" : `${field}: `}${what}. Send {"decision_id": "dec_...", "score": 0..1, "label"?: "..."}.`,
      { param: field },
    );
  }
  const { decision_id: decisionId, score, label = null } = parsed.data;
  const found = await findDecision(decisions, decisionId, options.lateRecords, options.callerKeyId);
  const record = found && options.callerKeyId && found.keyId !== options.callerKeyId ? undefined : found;
  if (record) assertAnswered(record, "decision_id");
  if (!record || !(await decisions.recordFeedback(decisionId, score, label))) {
    throw new GatewayError({
      // A decision id is 36 characters: a longer one is quoted cut, not echoed whole.
      message: `No decision ${escapeSentText(decisionId, 80)}${decisionId.length > 80 ? ` (${decisionId.length} characters)` : ""}. Use the x-switchyard-decision-id header of the response you rate.`,
      status: 404,
      type: "invalid_request_error",
      code: "decision_not_found",
      param: "decision_id",
    });
  }
  return { object: "feedback", decision_id: decisionId, score, label };
}

