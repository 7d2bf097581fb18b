/**
 * The simulator's outcome mode (`simulate-upstream --outcomes FILE`): a per-model outcome file tells it how
 * well each model answers each prompt, and it answers with that known result, so a whole learning loop
 * (traffic, feedback, `train --from-log`, shadow, A/B, promote) can run end to end over real HTTP.
 *
 * Accepted files (the per-model outcome sets used by llmrouter / RouteLLM style evaluations):
 * - JSON Lines: `{"prompt": "...", "scores": {"<model id>": 0..1, ...}}`, or the scores as top-level numeric
 *   fields next to `prompt`;
 * - CSV with a header: a `prompt` column and one numeric column per model id.
 * Prompts match the request's last user message after trimming and collapsing whitespace; models match
 * without a `:variant` suffix.
 * @module
 */
import { parseCsvRecords, parseJsonLines } from "../../eval/csv.js";

/** Known scores per prompt and model. */
export interface OutcomeTable {
  /** Prompts in the file. */
  readonly size: number;
  /** Every model id the file scores. */
  readonly models: readonly string[];
  /** The known score of `model` on `prompt`, or undefined. */
  score(prompt: string, model: string): number | undefined;
}

/** The answer text carrying a known outcome; `readOutcomeScore` reads it back (a feedback or judge step). */
export function outcomeAnswerText(model: string, score: number, excerpt: string): string {
  return `[outcome score=${score}] This is a simulated answer from ${model} to: ${excerpt}`;
}

/** The score an outcome-mode answer carries, or undefined for any other text. */
export function readOutcomeScore(text: string): number | undefined {
  const match = /\[outcome score=([0-9.]+)\]/.exec(text);
  const score = match ? Number(match[1]) : Number.NaN;
  return Number.isFinite(score) ? score : undefined;
}

/** Parses an outcome file's text (JSONL or CSV, chosen by `fileName`'s extension, else by content). */
export function parseOutcomeTable(text: string, fileName: string): OutcomeTable {
  const isCsv = fileName.toLowerCase().endsWith(".csv") || (!fileName.toLowerCase().endsWith(".jsonl") && !text.trimStart().startsWith("{"));
  const rows = isCsv ? parseCsvRecords(text, fileName).records : parseJsonLines(text);
  const table = new Map<string, Map<string, number>>();
  const models = new Set<string>();
  rows.forEach((row, index) => {
    if (typeof row !== "object" || row === null) throw new Error(`${fileName} row ${index + 1}: not an object`);
    const record = row as Record<string, unknown>;
    if (typeof record.prompt !== "string" || record.prompt.trim() === "") throw new Error(`${fileName} row ${index + 1}: no "prompt"`);
    const source = typeof record.scores === "object" && record.scores !== null ? (record.scores as Record<string, unknown>) : record;
    const scores = new Map<string, number>();
    for (const [model, value] of Object.entries(source)) {
      if (model === "prompt" || model === "scores") continue;
      const score = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
      if (!Number.isFinite(score)) continue;
      if (score < 0 || score > 1) throw new Error(`${fileName} row ${index + 1}: score of ${model} must be 0..1 (got ${score})`);
      scores.set(model, score);
      models.add(model);
    }
    table.set(normalizePrompt(record.prompt), scores);
  });
  if (table.size === 0) throw new Error(`${fileName} holds no prompts`);
  return {
    size: table.size,
    models: [...models].sort(),
    score(prompt, model) {
      const scores = table.get(normalizePrompt(prompt));
      if (!scores) return undefined;
      const colon = model.lastIndexOf(":");
      return scores.get(model) ?? (colon > 0 ? scores.get(model.slice(0, colon)) : undefined);
    },
  };
}

function normalizePrompt(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}
