/**
 * Base of every error Switchyard throws on purpose. The server turns these into the OpenAI
 * error envelope in one place; anything else becomes a 500 with no stack trace.
 * @module
 */

import { paramWithoutActedOn } from "../quote-sent-text.js";

const MARKER = Symbol.for("switchyard.error");

/** Options every gateway error takes. */
export interface GatewayErrorOptions {
  message: string;
  /** HTTP status the gateway answers with. */
  status: number;
  /** OpenAI envelope `type`. */
  type: string;
  /** OpenAI envelope `code`. */
  code?: string | null;
  /** OpenAI envelope `param`. */
  param?: string | null;
  cause?: unknown;
}

/** Base class of Switchyard's errors. */
export class GatewayError extends Error {
  readonly [MARKER] = true;
  readonly status: number;
  readonly type: string;
  readonly code: string | null;
  #param: string | null;

  constructor({ message, status, type, code = null, param = null, cause }: GatewayErrorOptions) {
    super(message, { cause });
    this.name = new.target.name;
    this.status = status;
    this.type = type;
    this.code = code;
    this.#param = param === null ? null : paramWithoutActedOn(param);
  }

  /** OpenAI envelope `param`: a field's name, with nothing a terminal or a log reader acts on left raw in it. */
  get param(): string | null {
    return this.#param;
  }

  /** The same error in other words: a door restates the engine's field names in its own (`door-field-names.ts`). */
  restate(message: string, param: string | null): void {
    this.message = message;
    this.#param = param === null ? null : paramWithoutActedOn(param);
  }

  /** True for any GatewayError, even across duplicated module copies. */
  static isInstance(error: unknown): error is GatewayError {
    return typeof error === "object" && error !== null && MARKER in error;
  }

  /** The OpenAI error envelope body. */
  toEnvelope(): { error: { message: string; type: string; code: string | null; param: string | null } } {
    return { error: { message: this.message, type: this.type, code: this.code, param: this.param } };
  }
}
