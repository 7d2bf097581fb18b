/**
 * The text of a config file's bytes, refusing bytes that are not UTF-8. Decoding them anyway turned each bad byte
 * into U+FFFD, so a file saved as Latin-1 or Windows-1252 (`café` in a model id, a tier name, a header value) passed
 * `config check` and `serve` holding text nobody wrote, and a UTF-16 file (as some Windows editors save) was read as
 * a scalar of mojibake and reported as "must be a mapping". Now the error names the line and column of the first bad
 * byte, and the fix.
 * @module
 */
import { isUtf8 } from "node:buffer";
import { ConfigError } from "../core/errors/index.js";
import { firstInvalidByte } from "../server/request-shape/body-text.js";

/** The file's text; a ConfigError naming `file` when its bytes are UTF-16 or not UTF-8. */
export function configFileText(bytes: Buffer, file: string): string {
  if (startsWithUtf16Mark(bytes)) {
    throw new ConfigError([{ path: "", message: "the config file is UTF-16 (it starts with a UTF-16 byte-order mark); a config is UTF-8 text: save it as UTF-8" }], file);
  }
  if (isUtf8(bytes)) return bytes.toString("utf8");
  const offset = firstInvalidByte(bytes);
  const { line, column } = lineAndColumn(bytes, offset);
  throw new ConfigError(
    [{ path: "", message: `the config file is not UTF-8: line ${line}, column ${column} (byte ${offset}) starts an invalid sequence; a config is UTF-8 text: save it as UTF-8 (a Latin-1 or Windows-1252 file gives this)` }],
    file,
  );
}

function startsWithUtf16Mark(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** The 1-based line and column (in characters, the valid text before it being UTF-8) of the byte at `offset`. */
function lineAndColumn(bytes: Buffer, offset: number): { line: number; column: number } {
  const before = bytes.subarray(0, offset);
  let line = 1;
  for (let at = before.indexOf(0x0a); at !== -1; at = before.indexOf(0x0a, at + 1)) line += 1;
  const lineStart = before.lastIndexOf(0x0a) + 1;
  return { line, column: [...before.subarray(lineStart).toString("utf8")].length + 1 };
}
