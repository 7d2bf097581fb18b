/**
 * Keys the gateway sends or reads in HTTP headers, checked at start. A line break (a key file saved with a final
 * newline), a leading space (and, for the admin key, a trailing one), or a character outside printable ASCII cannot travel in a header: the gateway
 * started, then every upstream call failed ("invalid authorization header", each model's circuit charged) or every
 * admin sign-in was refused. The check names the variable, never the value.
 * @module
 */
import { ConfigError } from "../core/errors/index.js";

const SENDABLE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/**
 * Throws a ConfigError naming `variable` when `value` is set and no header can carry it; `use` says what would fail.
 * `trailingBlanksDropped`: the value ends a header the gateway sends (`Bearer <key>`), whose receiver drops spaces and
 * tabs at its end (RFC 9110), so a key followed by some (an env file's `KEY=sk-or-... `) worked and is let be. The admin
 * key is compared with what a client sends, which loses them on the way in, so there they are refused.
 */
export function assertSendableSecret(variable: string, value: string | undefined, use: string, options: { trailingBlanksDropped?: boolean } = {}): void {
  if (value === undefined || value === "") return;
  if (SENDABLE.test(options.trailingBlanksDropped === true ? withoutTrailingBlanks(value) : value)) return;
  const why = /[\r\n]/.test(value) ? "holds a line break (a key file saved with a final newline is the usual cause)" : /^\s|\s$/.test(value) ? "starts or ends with a space" : "holds a character outside printable ASCII";
  throw new ConfigError([{ path: variable, message: `${why}, so no client can send it in an HTTP header and ${use}. Remove it (the value is not shown)` }]);
}

/** `value` without the spaces and tabs at its end, in one pass from the end (`/[ \t]+$/` retries from every blank: quadratic). */
function withoutTrailingBlanks(value: string): string {
  let end = value.length;
  while (end > 0 && (value[end - 1] === " " || value[end - 1] === "\t")) end--;
  return value.slice(0, end);
}
