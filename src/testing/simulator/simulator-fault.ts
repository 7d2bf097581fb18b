/**
 * The faults the OpenRouter simulator can inject. The names are stable: tests, configs and the
 * `switchyard simulate-upstream --fault model=fault` flag use them. `docs/simulator.md` describes each.
 * @module
 */
import { didYouMean } from "../../core/closest-name.js";

/** Every fault name, in documentation order. `none` cancels a per-model fault for one request. */
export const SIMULATOR_FAULTS = [
  "none",
  "rate_limit",
  "rate_limit_no_retry_after",
  "server_error",
  "unavailable",
  "connection_reset",
  "no_response",
  "slow_first_token",
  "stream_cut",
  "stream_stall",
  "stream_error",
  "malformed_chunk",
  "missing_done",
  "context_length_exceeded",
  "moderation",
  "flapping",
  "empty",
  "refusal",
  "length",
] as const;

/** A fault the simulator can inject into one response. */
export type SimulatorFault = (typeof SIMULATOR_FAULTS)[number];

/** True when `value` is a known fault name. */
export function isSimulatorFault(value: unknown): value is SimulatorFault {
  return typeof value === "string" && (SIMULATOR_FAULTS as readonly string[]).includes(value);
}

/**
 * `fault` as a known fault for `model`, from code (`setFault`, the `faults` option). JavaScript, or a string cast to the
 * type, could name one the simulator does not know: it was kept and never fired, so a fault test passed against a
 * healthy upstream.
 * @throws TypeError naming the valid faults and the closest one.
 */
export function checkedFault(model: string, fault: unknown, option?: string): SimulatorFault {
  if (isSimulatorFault(fault)) return fault;
  const said = `nknown fault ${JSON.stringify(fault)} for ${model}. Valid faults: ${SIMULATOR_FAULTS.join(", ")}.${didYouMean(String(fault), SIMULATOR_FAULTS)}`;
  throw new TypeError(option === undefined ? `U${said}` : `${option}: u${said}`);
}

/** The message of the `stream_error` fault's error event. */
export const STREAM_ERROR_MESSAGE = "Provider disconnected unexpectedly";

/** The refusal text the `refusal` fault answers with. */
export const REFUSAL_TEXT = "I'm sorry, but I can't help with that.";

/**
 * Parses `model=fault` (the CLI's `--fault` value). The model id may itself contain `=`-free
 * characters such as `/` and `:`; the last `=` separates it from the fault.
 * @throws Error naming the valid faults when the fault is unknown or the shape is wrong.
 */
export function parseFaultAssignment(text: string): { model: string; fault: SimulatorFault } {
  const separator = text.lastIndexOf("=");
  const model = separator > 0 ? text.slice(0, separator).trim() : "";
  const fault = separator > 0 ? text.slice(separator + 1).trim() : "";
  if (model === "") {
    // The caller names the flag (`--fault: ...`): the message says what goes in it, not the flag again.
    const bare = text.trim();
    if (isSimulatorFault(bare)) throw new Error(`"${bare}" is a fault: name the model it hits, as MODEL=${bare} (such as openai/gpt-5-nano=${bare}).`);
    throw new Error(`Expected MODEL=FAULT (such as openai/gpt-5-nano=rate_limit), got "${text}".`);
  }
  if (!isSimulatorFault(fault)) {
    throw new Error(`Unknown fault "${fault}" in "${text}". Valid faults: ${SIMULATOR_FAULTS.join(", ")}.${didYouMean(fault, SIMULATOR_FAULTS)}`);
  }
  return { model, fault };
}
