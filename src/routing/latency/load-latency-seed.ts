/**
 * Loads a latency seed file (`routing.latency_seed`, `serve --latency-seed`).
 * @module
 */
import { whyUnreadable } from "../../core/why-unreadable.js";
import { readRegularFile } from "../../core/read-regular-file.js";
import { ConfigError } from "../../core/errors/index.js";
import type { LatencySeedEntry } from "./latency-tracker.js";
import { parseLatencySeed } from "./parse-latency-seed.js";

/** Reads and parses the file. Throws ConfigError naming the file when it cannot be read or parsed. */
export async function loadLatencySeedFile(file: string): Promise<Map<string, LatencySeedEntry>> {
  let text: string;
  try {
    text = await readRegularFile(file);
  } catch (error) {
    throw new ConfigError([{ path: "routing.latency_seed", message: `cannot read ${file}: ${whyUnreadable(error)}` }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError([{ path: "routing.latency_seed", message: `${file} is not valid JSON: ${(error as Error).message}` }]);
  }
  return parseLatencySeed(json, file);
}
