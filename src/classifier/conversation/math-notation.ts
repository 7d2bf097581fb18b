/**
 * Maths notation in a message: LaTeX commands, maths symbols, equations, powers, f(x) and chemical equations. Read by
 * `numeric-domain.ts` (what the numbers of a message are about).
 * @module
 */
import { hasChemEquation } from "./chemical-equation.js";

/**
 * Maths notation: LaTeX commands (whole: `C:\\src\\Generated` holds no `\\ge`) and maths symbols (literal-led: cheap
 * on any text). Superscript ² and ³ are not in it: "12 m²" is a measurement.
 */
const MATH_SYMBOLS = /\\(frac|sqrt|int|sum|boxed|cdot|times|le|ge|binom)(?![a-z])|[∫∑√π≤≥≠∞]/;
/** Notation that needs a marker character first: `$…=…$`, "x^2", "2x + 3 =", "y = 3x", "f(x)". */
const MATH_DOLLAR = /\$[^$\n]{0,40}[\\^_=][^$\n]{0,40}\$/;
const MATH_POWER = /\b[a-z]\s*\^\s*\d/;
const MATH_EQUATION = /\b\d*[a-z]\s*[-+]\s*\d+\s*=|\b[a-z]\s*=\s*-?\d+\s*[a-z]\b/;
const MATH_FUNCTION = /\bf\s*\(\s*x\s*\)/;

/** Whether `lower` shows maths notation; the costlier patterns run only when their marker character occurs. */
export function hasMathNotation(lower: string): boolean {
  if (MATH_SYMBOLS.test(lower)) return true;
  if (lower.includes("$") && MATH_DOLLAR.test(lower)) return true;
  if (lower.includes("^") && MATH_POWER.test(lower)) return true;
  if (lower.includes("=") && MATH_EQUATION.test(lower)) return true;
  if (hasChemEquation(lower)) return true;
  return lower.includes("(") && MATH_FUNCTION.test(lower);
}
