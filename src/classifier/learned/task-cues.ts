/**
 * Task cue words and phrases, written by the team from general usage (never from evaluation data).
 * They become features (`cue:<task>`) so the model generalises from a few hundred examples to
 * synonyms it has not seen with a label.
 * @module
 */
import { codeAt } from "../code-at.js";
import { WordFilter } from "../word-filter.js";
import { hashString } from "./feature-hash.js";

/** Single words that hint at a task. */
const CUE_WORDS: Readonly<Record<string, readonly string[]>> = {
  translation: ["translate", "translation", "translated", "translating", "spanish", "french", "german", "italian", "japanese", "chinese", "mandarin", "korean", "russian", "portuguese", "arabic", "hindi", "dutch", "polish", "turkish", "greek", "swedish", "vietnamese", "thai", "latin", "hebrew", "english"],
  summarization: ["summarize", "summarise", "summary", "summarizing", "tl", "tldr", "condense", "gist", "recap", "shorten", "overview", "synopsis", "digest", "abridge"],
  extraction: ["extract", "parse", "json", "fields", "emails", "addresses", "urls", "dates", "entities", "hashtags"],
  classification: ["classify", "categorize", "categorise", "category", "categories", "label", "tag", "sentiment", "spam", "positive", "negative", "neutral", "genre", "intent", "toxic"],
  code_generation: ["function", "implement", "script", "program", "code", "class", "algorithm", "python", "javascript", "typescript", "java", "rust", "golang", "sql", "bash", "regex", "api", "endpoint", "component", "dockerfile", "html", "css", "kotlin", "swift", "c++", "pandas", "query"],
  code_review: ["review", "bug", "buggy", "fix", "error", "wrong", "refactor", "crash", "crashes", "exception", "panics", "leak", "flaky", "undefined", "vulnerability", "vulnerable", "audit", "lint", "debug"],
  analysis: ["analyze", "analyse", "analysis", "compare", "comparison", "evaluate", "assess", "assessment", "implications", "impact", "swot", "strengths", "weaknesses", "tradeoffs", "trends", "interpret", "critically", "versus", "vs", "factors", "examine"],
  creative_writing: ["poem", "story", "haiku", "sonnet", "lyrics", "song", "limerick", "toast", "fable", "fairy", "screenplay", "dialogue", "monologue", "novel", "verse", "eulogy", "rap", "jingle", "fiction", "narrative", "tale", "poetry", "rhyme", "script"],
  brainstorming: ["ideas", "brainstorm", "brainstorming", "suggest", "suggestions", "names", "options", "themes", "alternatives", "possibilities", "inspiration"],
  chat: ["hi", "hello", "hey", "thanks", "thank", "bye", "goodnight", "lol", "haha", "yo", "sup", "chat", "lonely", "bored", "vent"],
  simple_qa: ["who", "when", "where", "capital", "invented", "discovered", "founded", "population", "stand", "tallest", "largest", "longest", "author"],
  math: ["solve", "equation", "calculate", "compute", "integral", "derivative", "probability", "prove", "sum", "percent", "matrix", "fraction", "divisible", "remainder", "area", "perimeter", "average", "polynomial", "factor", "simplify", "evaluate", "limit", "geometry", "algebra", "theorem", "digits", "divisors", "interest"],
  deep_reasoning: ["riddle", "puzzle", "logic", "logical", "reasoning", "reason", "paradox", "lying", "liar", "liars", "truth", "deduce", "deduction", "strategy", "constraints", "argument", "dilemma", "philosophical", "hypothetical", "infer", "justify"],
};

/** Phrases (matched as substrings of the lower-cased text). */
const CUE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  translation: ["how do you say", "how would you say", "what does", "in english", "into english", "to english"],
  summarization: ["key points", "main points", "boil down", "sum up", "in a nutshell", "key takeaways", "in one sentence", "tl;dr", "executive summary", "catch up"],
  extraction: ["pull out", "list all", "find all", "get all", "identify all", "as json", "extract the", "every date", "all the names"],
  classification: ["is this spam", "which category", "is this a", "spam or not", "fact or opinion", "positive or negative", "label each", "sort these", "is it a"],
  code_generation: ["write a function", "write code", "write a script", "write a program", "implement a", "write a class", "write a query", "one-liner", "unit tests", "```"],
  code_review: ["what's wrong", "what is wrong", "why does", "doesn't work", "does not work", "spot the", "find the bug", "code review", "is this code", "look over", "is there a security", "improve this code"],
  analysis: ["pros and cons", "trade-offs", "trade offs", "advantages and disadvantages", "what are the implications", "why did", "what factors", "compare the", "strengths and weaknesses", "what trends"],
  creative_writing: ["write a poem", "write a story", "short story", "write a letter", "write a speech", "bedtime story", "write a toast", "in the style of", "write a blog post", "flash fiction"],
  brainstorming: ["come up with", "give me ideas", "ideas for", "some ways to", "what are some", "ways to", "names for", "help me think", "list some", "think of"],
  chat: ["how are you", "what's up", "nice to meet", "talk to you", "good morning", "good night", "how's your day", "just wanted to", "want to chat"],
  simple_qa: ["what is the capital", "who wrote", "who painted", "who invented", "when did", "what year", "how many", "what does", "stand for", "what is the", "which country"],
  math: ["solve for", "how much", "what is the probability", "find the", "how many ways", "x^2", "x =", "square root", "per cent", "%"],
  deep_reasoning: ["step by step", "think carefully", "reason through", "explain your reasoning", "explain why", "what must be true", "who is lying", "work out", "think through", "second-order"],
};

/** A cue phrase: its task's number, its text, and the character after its first word (-1 when it is only that word). */
interface Phrase {
  id: number;
  text: string;
  next: number;
}

/** The tasks that have cues, numbered; per task its feature names, built once (no strings per call). */
const TASKS = [...new Set([...Object.keys(CUE_WORDS), ...Object.keys(CUE_PHRASES)])];
const TASK_ID = new Map(TASKS.map((task, id) => [task, id]));
const WORD_NAMES = TASKS.map((task) => `cuew:${task}`);
const COUNT_NAMES = TASKS.map((task) => [1, 2, 3].map((n) => `cuew:${task}:${n}`));
const PHRASE_NAMES = TASKS.map((task) => `cuep:${task}`);

/** Phrases grouped by their first word, so only phrases whose first word occurs are searched. */
const PHRASES_BY_FIRST_WORD = new Map<string, Phrase[]>();
const ALWAYS_CHECKED: Phrase[] = [];
for (const [task, phrases] of Object.entries(CUE_PHRASES)) {
  for (const text of phrases) {
    const first = /^[a-z0-9]+(?:'[a-z]+)?/.exec(text)?.[0];
    const isWord = first !== undefined && (text.length === first.length || /^[\s;'-]/.test(text.slice(first.length)));
    const head = isWord ? first : text;
    const phrase = { id: TASK_ID.get(task) ?? 0, text, next: text.length > head.length ? text.charCodeAt(head.length) : -1 };
    if (isWord) PHRASES_BY_FIRST_WORD.set(first, [...(PHRASES_BY_FIRST_WORD.get(first) ?? []), phrase]);
    else ALWAYS_CHECKED.push(phrase);
  }
}

const WORD_INDEX = new Map<string, number[]>();
for (const [task, words] of Object.entries(CUE_WORDS)) for (const w of words) WORD_INDEX.set(w, [...(WORD_INDEX.get(w) ?? []), TASK_ID.get(task) ?? 0]);

/**
 * Per-call scratch, reused (classification is synchronous): typed arrays and arrays with a count of their own, since
 * truncating an array (`length = 0`) is a runtime call in V8.
 */
const counts = new Int32Array(TASKS.length);
const order = new Int32Array(TASKS.length);
const phraseFound = new Uint8Array(TASKS.length);
const phraseOrder = new Int32Array(TASKS.length);
let phraseCount = 0;
/** The phrase heads met among the words, in order, and their phrases. */
const heads: string[] = [];
const headPhrases: (readonly Phrase[])[] = [];
/** Each always-checked phrase as a group of its own. */
const ALWAYS_CHECKED_GROUPS = ALWAYS_CHECKED.map((phrase) => [phrase]);

/** Start offsets of a head in the text (as a substring, as `includes` would find it), reused per call. */
let positions = new Int32Array(64);

/**
 * Marks the tasks of the phrases that occur in `lower` (anywhere, as `lower.includes(phrase)` would say). Every
 * phrase of a group begins with `head`, so the text is scanned once for `head` and each phrase is checked only
 * where `head` occurs and the character after it is the phrase's.
 */
function checkPhrases(lower: string, head: string, phrases: readonly Phrase[]): void {
  let found = 0;
  // The module's tables in locals for the loops (a module-level `let` is loaded and checked at each use).
  let at = lower.indexOf(head);
  if (at < 0) return;
  let starts = positions;
  for (; at >= 0; at = lower.indexOf(head, at + 1)) {
    if (found === starts.length) positions = starts = grow(starts);
    starts[found++] = at;
  }
  const after = head.length;
  for (const { id, text, next } of phrases) {
    if (phraseFound[id] !== 0) continue;
    for (let p = 0; p < found; p++) {
      const start = starts[p] as number;
      if ((next < 0 || codeAt(lower, start + after) === next) && lower.startsWith(text, start)) {
        phraseFound[id] = 1;
        phraseOrder[phraseCount++] = id;
        break;
      }
    }
  }
}

function isAmong(list: readonly string[], count: number, word: string): boolean {
  for (let k = 0; k < count; k++) if (list[k] === word) return true;
  return false;
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * The cue features of a lower-cased text and its words: `cue:<task>` and `cuew:<task>:<count bucket>`. With
 * `hashes` (each word's `hashString(word, seed)`, as the tokenizer gives them), words are looked up by their hash.
 */
export function taskCueFeatures(lower: string, words: readonly string[], hashes?: { values: Uint32Array; seed: number }): string[] {
  counts.fill(0);
  let ordered = 0;
  let headCount = 0;
  const hashed = hashes === undefined ? undefined : hashedCueWords(hashes.seed);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const entry = hashed === undefined ? entryOf(w) : hashed.find(w, hashes?.values[i] as number);
    if (entry === undefined) continue;
    if (entry.tasks !== undefined) {
      for (const id of entry.tasks) {
        if (counts[id] === 0) order[ordered++] = id;
        counts[id] = (counts[id] as number) + 1;
      }
    }
    if (entry.phrases !== undefined && !isAmong(heads, headCount, w)) {
      heads[headCount] = w;
      headPhrases[headCount++] = entry.phrases;
    }
  }
  const out: string[] = [];
  for (let k = 0; k < ordered; k++) {
    const id = order[k] as number;
    out.push(WORD_NAMES[id] as string, COUNT_NAMES[id]?.[Math.min(3, counts[id] as number) - 1] as string);
  }
  phraseFound.fill(0);
  phraseCount = 0;
  for (const group of ALWAYS_CHECKED_GROUPS) checkPhrases(lower, (group[0] as Phrase).text, group);
  for (let k = 0; k < headCount; k++) checkPhrases(lower, heads[k] as string, headPhrases[k] as readonly Phrase[]);
  for (let k = 0; k < phraseCount; k++) out.push(PHRASE_NAMES[phraseOrder[k] as number] as string);
  return out;
}

/** What a cue word or phrase head stands for: the tasks it cues, the phrases it begins. */
interface CueWord {
  tasks: readonly number[] | undefined;
  phrases: readonly Phrase[] | undefined;
}

/** Cue words and phrase heads: most words of a text are passed over without hashing them for two map lookups. */
const MAY_CUE = new WordFilter([...WORD_INDEX.keys(), ...PHRASES_BY_FIRST_WORD.keys()]);
const CUE_WORD_LIST = [...new Set([...WORD_INDEX.keys(), ...PHRASES_BY_FIRST_WORD.keys()])];
const CUE_WORD_ENTRIES = CUE_WORD_LIST.map((w): CueWord => ({ tasks: WORD_INDEX.get(w), phrases: PHRASES_BY_FIRST_WORD.get(w) }));
const ENTRY_BY_WORD = new Map(CUE_WORD_LIST.map((w, i) => [w, CUE_WORD_ENTRIES[i] as CueWord]));

function entryOf(word: string): CueWord | undefined {
  return MAY_CUE.mayHold(word) ? ENTRY_BY_WORD.get(word) : undefined;
}

/**
 * The cue words by their FNV hash from one seed, in an open-addressed table: a word is found by the hash the
 * tokenizer computed, so no string is hashed again (V8 hashes each fresh word string on its first map lookup).
 */
class HashedCueWords {
  readonly #slots: Int32Array;
  readonly #mask: number;

  constructor(seed: number) {
    this.#mask = (1 << Math.ceil(Math.log2(CUE_WORD_LIST.length * 4))) - 1;
    this.#slots = new Int32Array(this.#mask + 1);
    CUE_WORD_LIST.forEach((word, index) => {
      let slot = spread(hashString(word, seed)) & this.#mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = index + 1;
    });
  }

  /** The entry of `word`, whose hash from this table's seed is `hash`. */
  find(word: string, hash: number): CueWord | undefined {
    for (let slot = spread(hash) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const index = (this.#slots[slot] as number) - 1;
      if (index < 0) return undefined;
      if (CUE_WORD_LIST[index] === word) return CUE_WORD_ENTRIES[index];
    }
  }
}

/** FNV-1a's low bits depend only on the characters' low bits: fold the high ones in before masking. */
function spread(hash: number): number {
  return hash ^ (hash >>> 15);
}

const HASHED = new Map<number, HashedCueWords>();

function hashedCueWords(seed: number): HashedCueWords {
  let table = HASHED.get(seed);
  if (table === undefined) HASHED.set(seed, (table = new HashedCueWords(seed)));
  return table;
}
