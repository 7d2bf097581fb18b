/**
 * Test helper: the 400 a call refuses with, for assertions on its `param`, `code` and message.
 * @module
 */
import { InvalidRequestError } from "../../src/core/errors/index.js";

/** Runs `call` and returns the InvalidRequestError it throws; fails when it passes or throws anything else. */
export function invalidRequestOf(call: () => unknown): InvalidRequestError {
  try {
    call();
  } catch (error) {
    if (error instanceof InvalidRequestError) return error;
    throw error;
  }
  throw new Error("expected a 400 (InvalidRequestError), the call passed");
}
