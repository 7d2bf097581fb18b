/**
 * Splits a byte stream into numbered lines as they arrive, so a batch command holds one line at a time: `route
 * --jsonl -` fed 100,000 lines through a pipe answers each as it comes and stays at the same memory, instead of
 * reading the whole input first. A line longer than the bound is counted and skipped without being kept. A line that
 * is not UTF-8 is reported by where its first bad byte is, not decoded: decoding replaced the bytes with U+FFFD and the
 * line was routed as text the caller never wrote, where the gateway refuses such a body.
 * @module
 */
import { isUtf8 } from "node:buffer";
import { firstInvalidByte } from "../server/request-shape/body-text.js";

/**
 * One line of the input, numbered from 1: its text (without the newline), how long it was when over the bound, or
 * the offset of its first byte that is not UTF-8.
 */
export type InputLine = { number: number; text: string } | { number: number; overLimitBytes: number } | { number: number; notUtf8AtByte: number };

/**
 * The lines of `chunks`, split at "\n" (a "\r" before it stays in the text: JSON reads it as white space). A final
 * line without a newline is a line; an input ending in a newline has no empty last line. Splitting on the byte 0x0A
 * is safe for UTF-8, where that byte never occurs inside a multibyte character.
 */
export async function* readLines(chunks: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 0;
  const finish = (): InputLine => {
    number += 1;
    const line: InputLine = size > maxLineBytes ? { number, overLimitBytes: size } : decodeLine(number, Buffer.concat(parts, size));
    parts = [];
    size = 0;
    return line;
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let start = 0;
    for (;;) {
      const end = buffer.indexOf(0x0a, start);
      const piece = buffer.subarray(start, end === -1 ? buffer.length : end);
      size += piece.length;
      // Past the bound the line is only counted: its bytes are dropped, not kept.
      if (size <= maxLineBytes) parts.push(piece);
      else parts = [];
      if (end === -1) break;
      yield finish();
      start = end + 1;
    }
  }
  if (size > 0) yield finish();
}

/** A line's bytes as text, or where the first sequence that is not UTF-8 starts. */
function decodeLine(number: number, bytes: Buffer): InputLine {
  return isUtf8(bytes) ? { number, text: bytes.toString("utf8") } : { number, notUtf8AtByte: firstInvalidByte(bytes) };
}
