/**
 * Paths to the read-only shared data beside the repository (`../shared/data`).
 * @module
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** `../shared/data` beside the repository. */
export const SHARED_DATA = process.env.SWITCHYARD_SHARED_DATA ?? path.resolve(REPO_ROOT, "../shared/data");

/** The three real `/models` snapshots. */
export const CATALOG_SNAPSHOTS = ["models-2025-12-18.json", "models-2026-05-20.json", "models-2026-06-16.json"].map((name) =>
  path.join(SHARED_DATA, "openrouter", name),
);

/** The newest snapshot's path. */
export const LATEST_CATALOG = CATALOG_SNAPSHOTS[2] as string;

/** Reads a JSON file. */
export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}
