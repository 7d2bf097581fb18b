/**
 * What the numbers in a message are about, in the ten cue languages: maths a reader would call maths
 * (notation, or the words that name a maths problem), a running system (logs, stack traces, builds,
 * latency, memory, web vitals), or a business (metrics, finance, invoices, budgets). The team wrote
 * the vocabularies from general usage; they are read only when a task reading is in doubt (see
 * `task-guards.ts`), over the capped latest turn, so they cost nothing on most requests.
 * @module
 */
import { TermScanner } from "./term-scanner.js";
import { JUDGEMENT_ASK, joinTerms } from "./judgement-asks.js";
import { hasMathNotation } from "./math-notation.js";
import { ERROR_LINE, looksLikeLog } from "./log-lines.js";
import { CALCULATE_ASK, COMPARE_ASK, COMPUTE_ASK, FIGURE_ASK, INTERPRET_ASK } from "./numeric-asks.js";
import { BODY_MEASURES, BUSINESS_WORDS, MATH_WORDS, MONEY, SOFTWARE_WORDS, SPEED, SYSTEM_MARKS, SYSTEM_WORDS, WEAK_SYSTEM_GROUPS, weakSystem } from "./numeric-subjects.js";

export { hasMathNotation } from "./math-notation.js";
export { looksLikeLog, mayReportFailure } from "./log-lines.js";
export { countNumbers } from "./count-numbers.js";

const MATH = 1;
const COMPUTE = 2;
const INTERPRET = 4;
const SYSTEM = 8;
const BUSINESS = 16;
const FIGURE = 32;
const CALCULATE = 64;
const SOFTWARE = 128;
/** The bit of {@link COMPARE_ASK}, after the weak system groups. */
const COMPARE = 1 << (8 + WEAK_SYSTEM_GROUPS.length);
/** One scanner for the eight lists, in the order of the bits above, then the weak system groups a bit each (one pass). */
const SCANNER = new TermScanner([MATH_WORDS, COMPUTE_ASK, joinTerms(INTERPRET_ASK, JUDGEMENT_ASK), SYSTEM_WORDS, BUSINESS_WORDS, FIGURE_ASK, CALCULATE_ASK, SOFTWARE_WORDS, ...WEAK_SYSTEM_GROUPS, COMPARE_ASK]);
/** The bits of {@link WEAK_SYSTEM_GROUPS} in a scan. */
const WEAK_SYSTEM = ((1 << WEAK_SYSTEM_GROUPS.length) - 1) << 8;

/**
 * The last text scanned and what was found: one decision's guards ask of the same turn many times (issue 11, twentieth
 * pass). Compared with `===`, which is a pointer check for the same string and a character compare for a copy.
 */
let lastScanned: string | undefined;
let lastFound = 0;

function scan(lower: string): number {
  if (lower !== lastScanned) {
    lastFound = SCANNER.scan(lower);
    lastScanned = lower;
  }
  return lastFound;
}

/** Whether the text (lower-cased) shows maths notation or names a maths problem. */
export function hasExplicitMath(lower: string): boolean {
  return hasMathNotation(lower) || (scan(lower) & MATH) !== 0;
}

/**
 * Says the sums are done or not wanted ("I've already run the numbers", "please don't redo it", "advice, not math", "I'm
 * not after exact numbers"; eighteenth round): a reading of the figures is asked, not a computation.
 */
export const SUMS_DECLINED =
  /\b(?:not asking (?:you )?(?:to )?(?:compute|calculate|work out|do) (?:the )?(?:payments?|numbers|math|maths|sums|figures)|already (?:done|run|ran|did|crunched|worked out) (?:the|all the|my) (?:math|maths|numbers|calculating|calculations?|sums)|(?:please )?don'?t (?:redo|recalculate|re-?run) (?:it|them|the (?:math|numbers|calculations?))|(?:advice|a judgement|your read|an opinion),? not (?:the )?(?:math|maths|calculations?|numbers)|not after (?:exact|the|precise) (?:numbers|figures|calculations?)|(?:don'?t|do not) need (?:exact |precise |the )?(?:numbers|figures|calculations?|the math))\b|ya hice (?:las cuentas|los c[aá]lculos)|j'ai d[ée]j[àa] fait (?:le calcul|les calculs)|ich habe (?:schon|bereits) gerechnet|j[áa] fiz as contas|ho gi[àa] fatto i conti|уже посчитал/;

/** What the numbers of a lower-cased text are about. */
export interface NumericDomain {
  math: boolean;
  log: boolean;
  /** A log or trace that reports a failure. */
  failure: boolean;
  system: boolean;
  business: boolean;
  /** An amount of money: a price, a salary, a fee. */
  money: boolean;
  /** Asks for a computed quantity (a figure or a calculation included). */
  compute: boolean;
  /** Asks for a figure to compute: an amount of money, a growth or margin, a projection. */
  figure: boolean;
  /** Asks by its verb for a figure to be calculated. */
  calculate: boolean;
  /** Asks for a reading of the numbers. */
  interpret: boolean;
}

/** Characters of a long text read for its domain words: its head and its tail (where the question usually is). */
const DOMAIN_HEAD_CHARS = 1_400;
const DOMAIN_TAIL_CHARS = 600;

/** The last text read and its domain (the same turn is read by many guards of one decision). */
let lastRead: string | undefined;
let lastDomain: Readonly<NumericDomain> | undefined;

/** Reads the domain of the numbers in `lower` (see the module comment). */
export function readNumericDomain(fullLower: string): Readonly<NumericDomain> {
  if (fullLower === lastRead && lastDomain !== undefined) return lastDomain;
  lastDomain = readDomain(fullLower);
  lastRead = fullLower;
  return lastDomain;
}

function readDomain(fullLower: string): NumericDomain {
  const lower = fullLower.length > DOMAIN_HEAD_CHARS + DOMAIN_TAIL_CHARS ? `${fullLower.slice(0, DOMAIN_HEAD_CHARS)}\n${fullLower.slice(-DOMAIN_TAIL_CHARS)}` : fullLower;
  const log = lower.includes("\n") && looksLikeLog(lower);
  const found = scan(lower);
  return {
    math: (found & MATH) !== 0 || hasMathNotation(lower) || ((found & COMPUTE) !== 0 && SPEED.test(lower)),
    log,
    failure: log && ERROR_LINE.test(lower),
    // "HRV 31 ms": milliseconds among a body's measures, with no word of a system or of software, are no system's (round 37n).
    system: (found & SYSTEM) !== 0 || (SYSTEM_MARKS.test(lower) && ((found & SOFTWARE) !== 0 || !BODY_MEASURES.test(lower))) || weakSystem(found & WEAK_SYSTEM, lower, (found & SOFTWARE) !== 0),
    business: (found & BUSINESS) !== 0,
    money: MONEY.test(lower),
    compute: (found & (COMPUTE | FIGURE | CALCULATE)) !== 0,
    figure: (found & FIGURE) !== 0,
    calculate: (found & CALCULATE) !== 0,
    interpret: (found & INTERPRET) !== 0 || ((found & COMPARE) !== 0 && (found & (COMPUTE | FIGURE | CALCULATE)) === 0),
  };
}
