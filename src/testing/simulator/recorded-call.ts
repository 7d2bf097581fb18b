/**
 * What the simulator remembers about each request.
 * @module
 */
import type { SimulatorFault } from "./simulator-fault.js";

/** One request the simulator received, for tests to assert what the gateway forwarded. */
export interface RecordedCall {
  method: string;
  /** Path without the query string, e.g. `/api/v1/chat/completions`. */
  path: string;
  /** Lower-cased header names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** The parsed JSON body, or the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
  /** The model the answer is for, when the request named one. */
  model: string | null;
  /** The fault applied, or null. */
  fault: SimulatorFault | null;
  /** The status sent, or null when the simulator never answered (reset, no response). */
  status: number | null;
  /** ms since the epoch. */
  receivedAt: number;
}
