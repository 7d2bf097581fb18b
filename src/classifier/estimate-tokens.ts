/**
 * A fast token-count estimate for context-window checks and cost estimates on the hot path.
 *
 * It walks the text once with `charCodeAt`, grouping characters the way BPE pre-tokenizers
 * (cl100k / o200k) split them: words, digit groups, punctuation and whitespace runs. Each piece
 * costs a calibrated number of tokens. Nothing is allocated per token. It is calibrated against
 * gpt-tokenizer's o200k and cl100k encoders: within a few percent on English prose, and slightly
 * high on code and JSON, because underestimating a prompt is the costlier mistake.
 * @module
 */
import type { ChatMessage } from "../core/types.js";
import { messageText } from "./conversation-text.js";

/** Tokens OpenAI's chat format adds per message (role markers and separators). */
export const TOKENS_PER_MESSAGE = 4;
/** Tokens OpenAI's chat format adds once per request (the assistant's reply primer). */
export const TOKENS_PER_REQUEST = 3;

const enum Kind {
  None,
  Letter,
  Digit,
  Space,
  Punct,
}

/** Long words split into several tokens: one per this many letters past the first few. */
const LETTERS_PER_EXTRA_TOKEN = 4.2;
/** Letters a common word can hold and still be one token. */
const LETTERS_IN_ONE_TOKEN = 7;
/** Cost of a symbol that follows a different symbol in the same run. */
const JOINED_SYMBOL_COST = 0.5;
/** Cost of a symbol that repeats the previous one ("====", "----"). */
const REPEATED_SYMBOL_COST = 0.34;
/** Digits per token (cl100k and o200k split numbers into groups of up to three). */
const DIGITS_PER_TOKEN = 3;

/**
 * Estimates how many tokens `text` encodes to with a modern BPE tokenizer (cl100k / o200k).
 * Linear in the text length, a single pass, no allocation.
 */
export function estimateTokens(text: string): number {
  const length = text.length;
  if (length === 0) return 0;
  let tokens = 0;
  let kind: Kind = Kind.None;
  let run = 0;
  let previousPunct = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const next = classify(code);
    if (next === kind && (next === Kind.Letter || next === Kind.Digit || next === Kind.Space)) {
      run++;
      continue;
    }
    tokens += runCost(kind, run);
    if (next === Kind.Punct) {
      // Symbols in a run merge partly ("\":\"", ");", "===="); the first one starts a token.
      if (kind === Kind.Punct) tokens += code === previousPunct ? REPEATED_SYMBOL_COST : JOINED_SYMBOL_COST;
      else tokens += code === 39 ? 0 : 1; // an apostrophe joins its word ("'s", "n't")
      previousPunct = code;
    } else {
      previousPunct = 0;
      if (next === Kind.None) tokens += nonAsciiCost(code);
    }
    kind = next;
    run = 1;
  }
  tokens += runCost(kind, run);
  return Math.max(1, Math.ceil(tokens));
}

/** Estimates the prompt tokens of a chat request: every message's text plus the chat format's overhead. */
export function estimateMessagesTokens(messages: readonly ChatMessage[]): number {
  let tokens = TOKENS_PER_REQUEST;
  for (const message of messages) {
    tokens += TOKENS_PER_MESSAGE;
    const text = messageText(message);
    if (text.length > 0) tokens += estimateTokens(text);
    if (typeof message.name === "string") tokens += 1;
    if (Array.isArray(message.tool_calls) && message.tool_calls.length > 0) {
      tokens += estimateTokens(JSON.stringify(message.tool_calls));
    }
  }
  return tokens;
}

function classify(code: number): Kind {
  if (code >= 97 && code <= 122) return Kind.Letter; // a-z
  if (code >= 65 && code <= 90) return Kind.Letter; // A-Z
  if (code === 32 || code === 10 || code === 9 || code === 13) return Kind.Space;
  if (code >= 48 && code <= 57) return Kind.Digit;
  if (code < 128) return Kind.Punct;
  // Accented Latin, Greek and Cyrillic letters continue a word at a higher cost (see nonAsciiCost).
  return Kind.None;
}

function runCost(kind: Kind, run: number): number {
  switch (kind) {
    case Kind.Letter:
      return run <= LETTERS_IN_ONE_TOKEN ? 1 : 1 + (run - LETTERS_IN_ONE_TOKEN) / LETTERS_PER_EXTRA_TOKEN;
    case Kind.Digit:
      return Math.ceil(run / DIGITS_PER_TOKEN);
    case Kind.Space:
      // One space joins the next word; a longer run (indentation, blank lines) is about one token.
      return run === 1 ? 0 : 1;
    default:
      return 0;
  }
}

function nonAsciiCost(code: number): number {
  if (code < 0x0800) return 0.6; // Latin-1/extended, Greek, Cyrillic, Hebrew, Arabic: usually 1-2 chars per token
  if (code >= 0xd800 && code <= 0xdfff) return 0.5; // each half of an emoji's surrogate pair
  return 1; // CJK and other scripts: about one token per character
}
