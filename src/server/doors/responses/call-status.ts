/**
 * Whether a function call in an answer cut short (max_output_tokens, a content filter) was cut with it. OpenAI marks
 * such a call `incomplete`; one marked `completed` is run by an agent on half its arguments.
 * @module
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;

/**
 * A function call's status in an answer that ended as `answer`. In an answer cut short, a call whose arguments are not
 * one whole JSON object was cut with it (`incomplete`): arguments that stop inside it, none at all (the cut came after
 * the name), or a bare value (`12` parses, and may be what is left of `123`). A call whose object closes is complete.
 */
export function callStatus(args: string, answer: "completed" | "incomplete"): "completed" | "incomplete" {
  return answer === "completed" || isWholeObject(args) ? "completed" : "incomplete";
}

/**
 * True when the text is one JSON object closed at its end (whitespace aside). One pass that skips strings, with no
 * parse and no depth bound: the question is whether generation reached the end, not whether the JSON is valid, and an
 * object nested deeper than any request bound is still whole.
 */
function isWholeObject(args: string): boolean {
  const text = args.trim();
  if (text.charCodeAt(0) !== OPEN_OBJECT) return false;
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      index = closingQuote(text, index);
      if (index === -1) return false;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) depth += 1;
    else if ((code === CLOSE_OBJECT || code === CLOSE_ARRAY) && (depth -= 1) === 0) return index === text.length - 1;
  }
  return false;
}

/** The index of the quote closing the string that opens at `start`, or -1 when the text ends inside it. */
function closingQuote(text: string, start: number): number {
  for (let quote = text.indexOf('"', start + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
  }
  return -1;
}
