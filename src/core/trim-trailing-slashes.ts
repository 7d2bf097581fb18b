/**
 * A URL or path without its trailing slashes, in linear time: the regular expression for "slashes at the end"
 * backtracks quadratically on a long run of slashes followed by anything else (each start of the run scans to its end).
 * @module
 */

/** `text` without the slashes it ends with. */
export function trimTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x2f) end -= 1;
  return text.slice(0, end);
}
