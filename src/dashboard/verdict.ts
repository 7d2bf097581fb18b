/**
 * An experiment's verdict written with the reader's numbers ("variant is 38 % cheaper", "0,81 vs 0,83" in German),
 * from the figures the gateway wrote it from, by the gateway's own sentence builder: the sentence the API sends
 * writes its numbers as the CLI does ("38%", "0.81"), beside tables that follow the reader's language.
 * @module
 */
import { experimentVerdict, type VerdictNumbers } from "../log/experiment-report-verdict.js";
import type { ArmComparison, ArmReport } from "../log/experiment-arm-types.js";
import { decimal, minusSign, percent } from "./numbers.js";

/** What the verdict is written from (`GET /api/experiments` rows carry it as `verdict_input`; a report is one). */
export interface VerdictFigures {
  min_requests_per_arm: number;
  min_units_per_arm: number;
  /** Absent from older gateways. */
  min_feedback_per_arm?: number;
  arms: { control: ArmReport; variant: ArmReport };
  comparison: ArmComparison;
}

// The reader's minus too: the verdict wrote "−0.05" beside "-84.4%" in the table of the same page.
const READERS_NUMBERS: VerdictNumbers = { decimal, percent: (fraction, digits) => percent(fraction, digits), minus: minusSign() };

/**
 * The verdict in the reader's number format; the gateway's own sentence when the figures are missing (an older
 * gateway that sends no `min_feedback_per_arm`, whose minimum this page cannot know).
 */
export function localVerdict(figures: VerdictFigures | undefined, sent: string): string {
  if (figures?.min_feedback_per_arm === undefined) return sent;
  return experimentVerdict(
    { arms: figures.arms, comparison: figures.comparison, minRequests: figures.min_requests_per_arm, minUnits: figures.min_units_per_arm, minFeedback: figures.min_feedback_per_arm },
    READERS_NUMBERS,
  );
}
