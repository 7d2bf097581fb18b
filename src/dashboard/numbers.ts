/**
 * Numbers with units and currency as the dashboard writes them (no DOM: unit-tested in Node).
 * @module
 */

const USD_LARGE = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD", currencyDisplay: "narrowSymbol", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const USD_SMALL = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD", currencyDisplay: "narrowSymbol", maximumSignificantDigits: 3 });
/** From ten cents to a dollar: whole cents at least, three significant digits at most ($0.50, $0.123). */
const USD_CENTS = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD", currencyDisplay: "narrowSymbol", minimumFractionDigits: 2, maximumFractionDigits: 3 });
const USD_COMPACT = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD", currencyDisplay: "narrowSymbol", notation: "compact", maximumSignificantDigits: 3 });
const INTEGER = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const COMPACT = new Intl.NumberFormat(undefined, { notation: "compact", maximumSignificantDigits: 3 });

/**
 * US dollars: cents from $1 up, three significant digits below (LLM calls cost fractions of a cent), never fewer than
 * whole cents (three significant digits alone wrote half a dollar "$0.5", beside "$1.00" on the same axis).
 */
function usdText(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  if (value === 0) return USD_LARGE.format(0);
  const size = Math.abs(value);
  // From 0.995 up, three significant digits would round to "$1": show cents instead.
  return size >= 0.995 ? USD_LARGE.format(value) : size >= 0.0995 ? USD_CENTS.format(value) : USD_SMALL.format(value);
}

/**
 * What is left of a budget, as {@link usd} writes dollars but rounded down: rounded to the nearest cent, $0.000144
 * spent of $2.00 read "$2.00 left of $2.00", as if nothing had been spent; a budget's left is never shown as more
 * than there is. (Cut here rather than with `roundingMode`, which older browsers ignore.)
 */
function usdLeftText(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value) || value <= 0) return usdText(value);
  // The digits usd shows, in its formats: cents from $1, a tenth of a cent from $0.10, three significant digits below.
  const decimals = value >= 1 ? 2 : value >= 0.1 ? 3 : 2 - Math.floor(Math.log10(value));
  const scale = 10 ** decimals;
  // The nudge keeps a product that binary fractions leave just under a whole number (0.29 × 100) on it.
  const cut = Math.floor(value * scale * (1 + 1e-12)) / scale;
  return (value >= 1 ? USD_LARGE : value >= 0.1 ? USD_CENTS : USD_SMALL).format(cut);
}

/**
 * Dollars for a stat card: from a million up in compact form ("$21M", "$1.23B"). In full, "$21,000,000.00" is wider
 * than the narrowest card and broke inside the number ("$21,000,000.0" over "0"); the card's title keeps the full figure.
 */
function usdCompactText(value: number | null | undefined): string {
  return value !== null && value !== undefined && Number.isFinite(value) && Math.abs(value) >= 1e6 ? USD_COMPACT.format(value) : usdText(value);
}

/** A count for a stat card: from ten million up in compact form ("12.3M"), for the same reason as {@link usdCompact}. */
function countCompactText(value: number | null | undefined): string {
  return value !== null && value !== undefined && Number.isFinite(value) && Math.abs(value) >= 1e7 ? COMPACT.format(value) : countText(value);
}

/** A count. */
function countText(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "—" : INTEGER.format(value);
}

/** A count with its noun, singular for exactly one ("1 request", "2 requests"); the noun takes an -s. */
export function counted(value: number | null | undefined, noun: string): string {
  return `${isolated(countText(value))} ${value === 1 ? noun : `${noun}s`}`;
}

/**
 * A duration given in milliseconds, in the unit a reader takes in at a glance: "850 ms" below 10 s, then "12.3 s",
 * "5 min 24 s", "1 h 30 min" (an hour and a half read "5400.0 s"). Rounded once, in the unit shown, so 59.97 s
 * reads "1 min 0 s", never "60.0 s".
 */
function msText(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  // The reader's minus, as the number formats write it: a hard-coded hyphen read "-12,3 s" beside "−0,05" in Swedish.
  if (value < 0) return `${minusSign()}${msText(-value)}`;
  if (Math.round(value) < 10_000) return `${INTEGER.format(value)} ms`;
  const tenths = Math.round(value / 100);
  if (tenths < 600) return `${decimalText(tenths / 10, 1)} s`;
  const seconds = Math.round(value / 1000);
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const minutes = Math.round(value / 60_000);
  return `${INTEGER.format(Math.floor(minutes / 60))} h ${minutes % 60} min`;
}

/** From here up (what would print as 1,000,000% or more) no figure: "more than 999K%" says all a reader acts on. */
const PERCENT_CAP = 999_500;

/**
 * A fraction as a percentage: "12.3%" below 1,000%, then three significant digits in the compact notation of the
 * stat cards ("1.23K%", "45.6K%": an arm costing 16 times its control and one costing 1,000 times stay apart,
 * which ">999%" would not keep), and ">999K%" past that (a control that cost next to nothing made a cost change
 * of "+100000000000000000.0%", wider than its table).
 */
function percentText(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const points = value * 100;
  // A figure that rounds to zero has no sign: "-0.0%" read as a fall.
  const fixed = points.toFixed(digits).replace(/^-(?=[0.]+$)/, "");
  // In the reader's language ("12.3%", "12,3 %"), as money is: toFixed wrote "93.0%" beside "0,00503 $" in German.
  if (Math.abs(Number(fixed)) < 1000) return formatter(`percent${digits}`, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(fixed) / 100);
  if (Math.abs(points) >= PERCENT_CAP) return `${points < 0 ? `<${minusSign()}` : ">"}${COMPACT.format(999_000)}%`;
  return `${COMPACT.format(points)}%`;
}

/** A change as a signed percentage ("+12.3%", "-4.0%", "+1.23K%"). */
function signedPercentText(value: number): string {
  const text = percentText(value);
  return value > 0 && !text.startsWith(">") && text !== percentText(0) ? plus(text) : text;
}

/** Tokens per second. */
function perSecondText(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "—" : `${decimalText(value, 1)} tok/s`;
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let found = formatters.get(name);
  if (!found) formatters.set(name, (found = new Intl.NumberFormat(undefined, options)));
  return found;
}

/** A number with exactly `digits` decimals in the reader's language ("0.80", "0,80"): a score, a difference. */
function decimalText(value: number, digits: number): string {
  // A figure that rounds to zero has no sign ("-0.0 pt" read as a fall).
  const shown = Number(value.toFixed(digits)) === 0 ? 0 : value;
  return formatter(`decimal${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(shown);
}

/**
 * A difference with exactly `digits` decimals and its sign either way ("+0.125", "-0.125"), unsigned when it reads as
 * zero: the feedback row's scale read "-0.125" to "0.125" beside the points' "-1.0 pt" to "+1.0 pt".
 */
function signedDecimalText(value: number, digits: number): string {
  // No figure for a value no difference can have, as percent and ms write none ("+∞" and "NaN" read as figures).
  if (!Number.isFinite(value)) return "—";
  const text = decimalText(value, digits);
  return value > 0 && text !== decimalText(0, digits) ? plus(text) : text;
}

/**
 * A rise's sign as the reader's number format writes it, with any mark it puts first: ar-EG writes "؜+٢٫٧" as it
 * writes "؜-١٫٥", the Arabic letter mark running the sign right to left with its digits. A bare "+" sat left of the
 * digits while the minus sat right of them, so a rise and a fall in one column read from opposite ends.
 */
function plus(text: string): string {
  const parts = formatter("plus", { signDisplay: "exceptZero" }).formatToParts(1);
  const sign = parts.findIndex((part) => part.type === "plusSign");
  return `${sign < 0 ? "+" : parts.slice(0, sign + 1).map((part) => part.value).join("")}${text}`;
}

/**
 * The minus sign of the reader's language as the number formats above write it ("-" in English, "−" in Swedish),
 * so a sentence that puts its own signs on figures (an experiment's verdict) matches the tables beside it.
 */
export function minusSign(): string {
  return formatter("decimal0", { minimumFractionDigits: 0, maximumFractionDigits: 0 }).formatToParts(-1).find((part) => part.type === "minusSign")?.value ?? "-";
}

/**
 * Bidi classes that reorder a figure inside left-to-right text: Arabic-Indic digits (Arabic numbers to the bidi
 * algorithm), Hebrew and Arabic letters (a currency's "ر.س"), and the right-to-left and Arabic letter marks the Arabic
 * number formats write ("٩٣٫٠٪؜").
 */
const REORDERS = /[\u0590-\u08ff\u200f\u061c\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * A figure set apart from the text around it (first-strong isolate, as `<bdi>` does) when it holds anything that
 * reorders: in "Tokens in / out: ١٬٠٠٠ / ٢٠" the bidi algorithm read " / " between two Arabic numbers as right to
 * left and showed "٢٠ / ١٬٠٠٠", the output's count where the input's belongs. Figures in left-to-right digits are
 * left as they are. The isolate marks are invisible; text compared or parsed should use {@link plainFigure}.
 */
export function isolated(text: string): string {
  return REORDERS.test(text) ? `\u2068${text}\u2069` : text;
}

/** A text without the isolate marks {@link isolated} adds. */
export function plainFigure(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, "");
}

const isolating =
  <A extends unknown[]>(format: (...args: A) => string) =>
  (...args: A): string =>
    isolated(format(...args));

/** US dollars: cents from $1 up, three significant digits below (see `usdText`). */
export const usd = isolating(usdText);
/** What is left of a budget, rounded down (see `usdLeftText`). */
export const usdLeft = isolating(usdLeftText);
/** Dollars for a stat card, compact from a million up. */
export const usdCompact = isolating(usdCompactText);
/** A count for a stat card, compact from ten million up. */
export const countCompact = isolating(countCompactText);
/** A count. */
export const count = isolating(countText);
/** A duration given in milliseconds (see `msText`). */
export const ms = isolating(msText);
/** A fraction as a percentage (see `percentText`). */
export const percent = isolating(percentText);
/** A change as a signed percentage. */
export const signedPercent = isolating(signedPercentText);
/** Tokens per second. */
export const perSecond = isolating(perSecondText);
/** A number with exactly `digits` decimals in the reader's language. */
export const decimal = isolating(decimalText);
/** A difference with exactly `digits` decimals, signed either way unless it reads as zero. */
export const signedDecimal = isolating(signedDecimalText);
