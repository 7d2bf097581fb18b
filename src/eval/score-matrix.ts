/**
 * Readers for per-model score matrices: arena-bench-v1 (`score-matrix.csv`), the 39-model MT-Bench
 * matrix (`score-matrix-39-models.csv`, `-1` = judge failure) and AlpacaEval preference matrices
 * (1..2 preference over the reference, turned into a 0..1 win rate). Empty cells stay missing.
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ChatMessage } from "../core/types.js";
import { InvalidRequestError } from "../core/errors/index.js";
import { parseCsvRecords } from "./csv.js";

/** One prompt and each model's score on it (undefined when the cell is empty). */
export interface MatrixItem {
  id: string;
  messages: ChatMessage[];
  prompts: string[];
  scores: Record<string, number | undefined>;
}

/** A per-model score matrix. */
export interface ScoreMatrix {
  name: string;
  models: string[];
  items: MatrixItem[];
  /** Columns read as text, not scores, each with its first cell that is no number (a matrix read from its columns). */
  textColumns?: Readonly<Record<string, string>>;
}

/** One rung of a tier ladder: a model column and its price. */
export interface LadderRung {
  model: string;
  /** Blended list price (mean of input and output) in USD per million tokens. */
  usdPerMillionTokens: number;
}

/**
 * Default ladders, cheapest first, from the models' public list prices when the data was collected
 * (blended: mean of input and output USD per million tokens). Override with `--ladder FILE`.
 */
export const DEFAULT_LADDERS: Readonly<Record<string, readonly LadderRung[]>> = {
  "arena-bench-v1": [
    { model: "mistralai/Mistral-7B-Instruct-v0.1", usdPerMillionTokens: 0.2 },
    { model: "mistralai/Mixtral-8x7B-Instruct-v0.1", usdPerMillionTokens: 0.6 },
    { model: "gpt-4-1106-preview", usdPerMillionTokens: 20 },
  ],
  "mt-bench": [
    { model: "llama-2-chat-7b", usdPerMillionTokens: 0.2 },
    { model: "mistralai/Mixtral-8x7B-Instruct-v0.1", usdPerMillionTokens: 0.6 },
    { model: "gpt-4-1106-preview", usdPerMillionTokens: 20 },
  ],
  "alpaca-eval": [
    { model: "llama-2-7b-chat-hf", usdPerMillionTokens: 0.2 },
    { model: "llama-2-70b-chat-hf", usdPerMillionTokens: 0.9 },
    { model: "gpt4_1106_preview", usdPerMillionTokens: 20 },
  ],
  "alpaca-eval-weighted": [
    { model: "gemma-7b-it", usdPerMillionTokens: 0.1 },
    { model: "gpt-3.5-turbo-1106", usdPerMillionTokens: 1.5 },
    { model: "claude-2.1", usdPerMillionTokens: 16 },
    { model: "gpt4_1106_preview", usdPerMillionTokens: 20 },
  ],
};

function toScore(cell: string | undefined, transform: (value: number) => number): number | undefined {
  if (cell === undefined || cell.trim() === "") return undefined;
  const value = Number(cell);
  if (!Number.isFinite(value) || value < 0) return undefined;
  return transform(value);
}

/** A CSV file's header and records; a file that is no CSV (an open quote) is named with the line. */
function readCsv(file: string): ReturnType<typeof parseCsvRecords> {
  try {
    return parseCsvRecords(readFileSync(file, "utf8"), file);
  } catch (error) {
    if (error instanceof SyntaxError) throw new InvalidRequestError(error.message);
    throw error;
  }
}

function matrixFromCsv(
  file: string,
  name: string,
  keyColumns: readonly string[],
  transform: (value: number) => number,
  toItem: (record: Record<string, string>, index: number) => Pick<MatrixItem, "id" | "messages" | "prompts">,
): ScoreMatrix {
  const { header, records } = readCsv(file);
  const models = header.filter((column) => !keyColumns.includes(column));
  const items = records.map((record, index) => {
    const scores = Object.create(null) as Record<string, number | undefined>;
    for (const model of models) scores[model] = toScore(record[model], transform);
    return { ...toItem(record, index), scores };
  });
  return { name, models, items };
}

function userMessages(prompts: readonly string[]): ChatMessage[] {
  return prompts.map((content) => ({ role: "user", content }));
}

/** arena-bench-v1: 300 prompts × 16 models, GPT-4 judge 1–10. */
export function readArenaBenchMatrix(file: string): ScoreMatrix {
  return matrixFromCsv(file, "arena-bench-v1", ["question_id", "prompt"], (v) => v, (r) => ({
    id: r.question_id ?? "",
    messages: userMessages([r.prompt ?? ""]),
    prompts: [r.prompt ?? ""],
  }));
}

/** The 39-model MT-Bench matrix: one row per (question, turn); turn 2 is read with its first turn. */
export function readMtBenchMatrix(file: string): ScoreMatrix {
  const firstTurns = new Map<string, string>();
  return matrixFromCsv(file, "mt-bench", ["question_id", "turn", "category", "prompt"], (v) => v, (r) => {
    const prompt = r.prompt ?? "";
    const id = r.question_id ?? "";
    if (r.turn === "1") firstTurns.set(id, prompt);
    const prompts = r.turn === "1" ? [prompt] : [firstTurns.get(id) ?? "", prompt].filter(Boolean);
    return { id: `${id}-${r.turn ?? ""}`, messages: userMessages(prompts), prompts };
  });
}

/** AlpacaEval: preference 1..2 over the reference model, as a 0..1 win rate. */
export function readAlpacaEvalMatrix(file: string, name = "alpaca-eval"): ScoreMatrix {
  return matrixFromCsv(file, name, ["idx", "dataset", "instruction"], (v) => v - 1, (r) => ({
    id: r.idx ?? "",
    messages: userMessages([r.instruction ?? ""]),
    prompts: [r.instruction ?? ""],
  }));
}

/** Reads a score-matrix dataset from a folder or CSV file; undefined when it is not one. */
export function readScoreMatrix(target: string): ScoreMatrix | undefined {
  const isDir = existsSync(target) && statSync(target).isDirectory();
  const files = isDir ? readdirSync(target).map((f) => path.join(target, f)) : [target];
  const find = (pattern: RegExp): string | undefined => files.find((f) => pattern.test(path.basename(f)));
  const arena = find(/^score-matrix\.csv$/);
  if (arena && /arena/.test(target)) return readArenaBenchMatrix(arena);
  const mtBench = find(/^score-matrix-39-models\.csv$/);
  if (mtBench) return readMtBenchMatrix(mtBench);
  const weighted = find(/^weighted_alpaca_eval.*\.csv$/);
  const alpaca = find(/^alpaca_eval.*preferences\.csv$/);
  if (alpaca) return readAlpacaEvalMatrix(alpaca);
  if (weighted) return readAlpacaEvalMatrix(weighted, "alpaca-eval-weighted");
  if (arena) return readColumnsMatrix(arena);
  return undefined;
}

const ID_COLUMNS = ["question_id", "id", "idx"];
const PROMPT_COLUMNS = ["prompt", "question", "instruction"];

/**
 * A `score-matrix.csv` known by no name (a team's own, or a development set such as vicuna80), read from its own
 * columns: the prompt from `prompt`, `question` or `instruction`, the models from the columns whose cells are all
 * numbers (a `category` column is not a model). It is named after its folder.
 */
export function readColumnsMatrix(file: string): ScoreMatrix {
  const { header, records } = readCsv(file);
  const idColumn = ID_COLUMNS.find((column) => header.includes(column));
  const promptColumn = PROMPT_COLUMNS.find((column) => header.includes(column));
  if (!promptColumn) throw new InvalidRequestError(`${file}: a score matrix needs a prompt column (${PROMPT_COLUMNS.join(", ")}); its columns are ${header.join(", ")}.`);
  const firstText = (column: string): number => records.findIndex((record) => (record[column] ?? "").trim() !== "" && !Number.isFinite(Number(record[column])));
  const textColumns = Object.create(null) as Record<string, string>;
  for (const column of header) {
    const row = column === idColumn || column === promptColumn ? -1 : firstText(column);
    if (row >= 0) textColumns[column] = `data row ${row + 1} holds ${JSON.stringify((records[row]?.[column] ?? "").slice(0, 40))}`;
  }
  const keyColumns = header.filter((column) => column === idColumn || column === promptColumn || column in textColumns);
  const matrix = matrixFromCsv(file, path.basename(path.dirname(path.resolve(file))), keyColumns, (v) => v, (record, index) => {
    const prompt = record[promptColumn] ?? "";
    return { id: (idColumn ? record[idColumn] : undefined) ?? String(index + 1), messages: userMessages([prompt]), prompts: [prompt] };
  });
  return { ...matrix, textColumns };
}

/** The ladder a matrix is scored on: the one given, else its default; a clear error naming the columns otherwise. */
export function ladderFor(matrix: ScoreMatrix, given: readonly LadderRung[] | undefined): LadderRung[] {
  const ladder = [...(given ?? DEFAULT_LADDERS[matrix.name] ?? [])];
  const columns = matrix.models.join(", ");
  const how = "give --ladder FILE, a JSON list [{\"model\", \"usd_per_million_tokens\"}] cheapest first";
  if (ladder.length === 0) throw new InvalidRequestError(`${matrix.name} has no default tier ladder: ${how}, naming two or more of its model columns: ${columns}.`);
  const missing = ladder.filter((rung) => !matrix.models.includes(rung.model)).map((rung) => rung.model);
  // A model column with one cell that is no number ("n/a", "NaN") is read as text: said, rather than "not in" a file that has it.
  const asText = missing.filter((model) => matrix.textColumns?.[model] !== undefined).map((model) => `${model} is read as text, not scores, since its ${matrix.textColumns?.[model]}, which is no number`);
  if (missing.length > 0) throw new InvalidRequestError(`Ladder models not in ${matrix.name}: ${missing.join(", ")}. Its model columns: ${columns}.${asText.length > 0 ? ` (${asText.join("; ")}.)` : ""}`);
  if (ladder.length < 2) throw new InvalidRequestError(`The ladder for ${matrix.name} has one rung; routing needs two or more (${how}).`);
  // Scored over nothing, eval printed n: 0 with null metrics and exited 0 (a header-only file, or an open quote).
  if (!matrix.items.some((item) => ladder.every((rung) => item.scores[rung.model] !== undefined))) {
    const rows = `${matrix.items.length} row${matrix.items.length === 1 ? "" : "s"} read`;
    throw new InvalidRequestError(`${matrix.name} has no row with a score for every ladder model (${ladder.map((rung) => rung.model).join(", ")}): ${rows}; nothing to evaluate.`);
  }
  return ladder;
}
