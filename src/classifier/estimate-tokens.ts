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
import { codeAt } from "./code-at.js";
import type { ChatMessage } from "../core/types.js";
import { messageText } from "./conversation-text.js";
import { TextMemo } from "./text-memo.js";

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

/** Words up to this many letters are usually one token. */
const LETTERS_IN_ONE_TOKEN = 6;
/** Extra tokens per letter for words of 7-13 letters, then per letter beyond 13 (measured on o200k). */
const EXTRA_PER_LETTER = 0.07;
const EXTRA_PER_LETTER_LONG = 0.2;
/** A lower-to-upper case change inside a word ("readFile") usually starts a new token. */
const CAMEL_CASE_COST = 0.8;
/** A short suffix after an apostrophe ("'s", "'t", "'ve") merges in o200k and splits in cl100k. */
const APOSTROPHE_SUFFIX_COST = 0.3;
/** Cost of a symbol that follows a different symbol in the same run ("\":\"", ");"). */
const JOINED_SYMBOL_COST = 0.3;
/** Cost of a symbol that repeats the previous one ("====", "----"). */
const REPEATED_SYMBOL_COST = 0.34;
/** Digits per token (cl100k and o200k split numbers into groups of up to three). */
const DIGITS_PER_TOKEN = 3;
/**
 * Non-Latin scripts, per character, measured against o200k on the team's multilingual prompts
 * (`estimate-tokens.test.ts`): o200k merges common Han, kana and Hangul sequences, so a character
 * is well under one token; cl100k spends about one per character. The costs sit between the two,
 * nearer o200k and never below it on the test texts.
 */
const HAN_COST = 0.8;
const KANA_COST = 0.8;
const HANGUL_SYLLABLE_COST = 0.9;
const CYRILLIC_LETTER_COST = 0.34;
/** A final nudge upwards: underestimating a prompt costs more than overestimating it. */
const SAFETY_FACTOR = 1.02;

/**
 * Estimates how many tokens `text` encodes to with a modern BPE tokenizer (cl100k / o200k).
 * Linear in the text length, a single pass, no allocation: each word, number or space run is
 * consumed by a tight inner loop and priced once.
 */
export function estimateTokens(text: string): number {
  const length = text.length;
  if (length === 0) return 0;
  let tokens = 0;
  let kind: Kind = Kind.None;
  let previousPunct = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const next: Kind = code < 128 ? (ASCII_KINDS[code] as Kind) : Kind.None;
    if (next === Kind.Letter) {
      let end = i + 1;
      let previous = code;
      let caseChanges = 0;
      for (; end < length; end++) {
        const letter = text.charCodeAt(end);
        if (letter > 122 || ASCII_KINDS[letter] !== Kind.Letter) break;
        if (letter <= 90 && previous >= 97) caseChanges++;
        previous = letter;
      }
      const run = end - i;
      const apostropheSuffix = kind === Kind.Punct && previousPunct === 39 && run <= 2;
      tokens += (apostropheSuffix ? APOSTROPHE_SUFFIX_COST : wordCost(run)) + caseChanges * CAMEL_CASE_COST;
      i = end;
    } else if (next === Kind.Digit || next === Kind.Space) {
      let end = i + 1;
      while (end < length && text.charCodeAt(end) < 128 && ASCII_KINDS[text.charCodeAt(end)] === next) end++;
      const run = end - i;
      // Digits go in groups of three; one space joins the next word, a longer run is about one token.
      tokens += next === Kind.Digit ? Math.ceil(run / DIGITS_PER_TOKEN) : run > 1 ? 1 : 0;
      previousPunct = 0;
      i = end;
    } else if (next === Kind.Punct) {
      // Symbols in a run merge partly; the first one starts a token, except an apostrophe or a hyphen
      // before a letter, which join the word ("don't", "-term").
      if (kind === Kind.Punct) tokens += code === previousPunct ? REPEATED_SYMBOL_COST : JOINED_SYMBOL_COST;
      else if (code !== 39 && !(code === 45 && isLetter(codeAt(text, i + 1)))) tokens += 1;
      previousPunct = code;
      i++;
    } else {
      tokens += nonAsciiCost(code);
      previousPunct = 0;
      i++;
    }
    kind = next;
  }
  return Math.max(1, Math.round(tokens * SAFETY_FACTOR));
}

/** Texts longer than this are estimated from spread samples (agent-sized tool results). */
export const SAMPLE_ABOVE_CHARS = 131_072;
const SAMPLE_COUNT = 64;
const SAMPLE_CHARS = 2_048;
/** The golden ratio's fraction: where each window sits inside its stretch, so windows never fall into step with a repeating text. */
const SAMPLE_OFFSET_STEP = 0.6180339887;
/**
 * Sampling misses the exact pass by about ±1.5% on long mixed texts (+1.8% seen on this repository's source at 2 M
 * characters); the estimate is raised by 1.5% so it
 * errs high, the safe side for context checks (an estimate below the truth can send a request to a model whose
 * context it overflows).
 */
const SAMPLE_MARGIN = 1.015;

/**
 * `estimateTokens` for texts of any size in bounded time: up to SAMPLE_ABOVE_CHARS the exact single pass, beyond
 * it 64 windows of 2 KB, one in each equal stretch of the text at a golden-ratio offset, scaled to the full length
 * and raised by SAMPLE_MARGIN. A 300k-token prompt costs ~128 KB of scanning instead of ~1.2 MB.
 */
export function estimateLongTextTokens(text: string): number {
  if (text.length <= SAMPLE_ABOVE_CHARS) return estimateTokens(text);
  const stride = Math.floor(text.length / SAMPLE_COUNT);
  const slack = Math.max(0, stride - SAMPLE_CHARS);
  let tokens = 0;
  let sampled = 0;
  for (let index = 0; index < SAMPLE_COUNT; index += 1) {
    const start = index * stride + Math.floor(((index * SAMPLE_OFFSET_STEP) % 1) * slack);
    const window = text.slice(start, start + SAMPLE_CHARS);
    tokens += estimateTokens(window);
    sampled += window.length;
  }
  return Math.ceil(tokens * (text.length / sampled) * SAMPLE_MARGIN);
}

/**
 * Long message texts' estimates, remembered by content (twelfth pass of issue 11): a coding agent resends its
 * 10–30k-token system prompt and its whole tool history with every request of a session, and estimating them again was
 * more than half of its routing decision at 40 turns. From 1 KB (a shorter text costs less to estimate than to look up)
 * up to {@link SAMPLE_ABOVE_CHARS} (a longer text is sampled: its estimate costs the same at any length, and holding it
 * would push out a session's worth of shorter ones); at most 4 M characters held (4–8 MB: a few long agent sessions),
 * least recently used let go first. The estimate is a function of the text alone, so a remembered estimate is the
 * estimate. Copies are held: a library caller's message text may be a slice of a far longer string, which holding the
 * slice would keep alive (a copy costs once per new text, far less than its estimate).
 */
const REMEMBERED_ESTIMATES = new TextMemo(estimateLongTextTokens, { minChars: 1_024, maxChars: SAMPLE_ABOVE_CHARS, maxHeldChars: 4_194_304, copyTexts: true });

/** `estimateLongTextTokens`, remembered by content as message texts are (for texts resent with every request). */
export function estimateRememberedTokens(text: string): number {
  return text.length === 0 ? 0 : REMEMBERED_ESTIMATES.answer(text);
}

/** Estimates the prompt tokens of a chat request: every message's text plus the chat format's overhead. */
export function estimateMessagesTokens(messages: readonly ChatMessage[]): number {
  let tokens = TOKENS_PER_REQUEST;
  for (const message of messages) {
    tokens += TOKENS_PER_MESSAGE;
    const text = messageText(message);
    if (text.length > 0) tokens += REMEMBERED_ESTIMATES.answer(text);
    if (typeof message.name === "string") tokens += 1;
    if (Array.isArray(message.tool_calls) && message.tool_calls.length > 0) {
      tokens += toolCallsTokens(message.tool_calls);
    }
  }
  return tokens;
}

/**
 * The tool calls' tokens: their JSON, as the upstream reads it. A call's arguments can be a whole file (Codex's
 * apply_patch, a write_file): past {@link SAMPLE_ABOVE_CHARS} of arguments each call's arguments are sampled as a long
 * text is and the rest of the call read whole, where serializing and reading all of it took 20 ms at 1.25 M characters.
 */
function toolCallsTokens(calls: readonly unknown[]): number {
  let argumentChars = 0;
  for (const call of calls) argumentChars += callArguments(call)?.length ?? 0;
  if (argumentChars <= SAMPLE_ABOVE_CHARS) return estimateRememberedTokens(JSON.stringify(calls));
  let tokens = 0;
  for (const call of calls) {
    const args = callArguments(call);
    if (args === undefined) tokens += estimateTokens(JSON.stringify(call) ?? "");
    else {
      const fn = (call as { function: Record<string, unknown> }).function;
      tokens += estimateLongTextTokens(args) + estimateTokens(JSON.stringify({ ...(call as object), function: { ...fn, arguments: "" } }));
    }
  }
  return tokens;
}

/** A chat tool call's `arguments` text, when it has one. */
function callArguments(call: unknown): string | undefined {
  const fn = typeof call === "object" && call !== null ? (call as { function?: unknown }).function : undefined;
  const args = typeof fn === "object" && fn !== null ? (fn as { arguments?: unknown }).arguments : undefined;
  return typeof args === "string" ? args : undefined;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** The kind of every ASCII character, looked up instead of compared on the hot path. */
const ASCII_KINDS: Uint8Array = buildAsciiKinds();

function buildAsciiKinds(): Uint8Array {
  const kinds = new Uint8Array(128).fill(Kind.Punct);
  for (let code = 97; code <= 122; code++) kinds[code] = Kind.Letter;
  for (let code = 65; code <= 90; code++) kinds[code] = Kind.Letter;
  for (let code = 48; code <= 57; code++) kinds[code] = Kind.Digit;
  for (const code of [32, 10, 9, 13]) kinds[code] = Kind.Space;
  return kinds;
}

function wordCost(letters: number): number {
  if (letters <= LETTERS_IN_ONE_TOKEN) return 1;
  if (letters <= 13) return 1 + (letters - LETTERS_IN_ONE_TOKEN) * EXTRA_PER_LETTER;
  return 1 + (13 - LETTERS_IN_ONE_TOKEN) * EXTRA_PER_LETTER + (letters - 13) * EXTRA_PER_LETTER_LONG;
}

function nonAsciiCost(code: number): number {
  if (code >= 0x400 && code <= 0x52f) return CYRILLIC_LETTER_COST;
  if (code < 0x0800) return 0.6; // Latin-1/extended, Greek, Hebrew, Arabic: usually 1-2 chars per token
  if (code >= 0xd800 && code <= 0xdfff) return 0.5; // each half of an emoji's surrogate pair
  if (code >= 0xac00 && code <= 0xd7af) return HANGUL_SYLLABLE_COST;
  if (code >= 0x3040 && code <= 0x30ff) return KANA_COST;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return HAN_COST;
  return 1; // other scripts and symbols: about one token per character
}
