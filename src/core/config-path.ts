/**
 * How a place in a config (or a file of its kind) is written in every message: keys joined by dots, a list's
 * position in brackets, `budgets[0].window`, as the docs and the warnings write it (and as request params are,
 * `messages[2].content`). Errors wrote `budgets.0.window` beside warnings' `budgets[2]`.
 * @module
 */

/** `["budgets", 0, "window"]` → `budgets[0].window`. */
export function configPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((text, segment) => appendConfigPath(text, segment), "");
}

/** `text` one level deeper: `budgets` + 0 → `budgets[0]`, `budgets[0]` + `window` → `budgets[0].window`. */
export function appendConfigPath(text: string, segment: PropertyKey): string {
  if (typeof segment === "number") return `${text}[${segment}]`;
  return text === "" ? String(segment) : `${text}.${String(segment)}`;
}
