/**
 * The `Examples:` section every command's `--help` ends with: each line a command as it is typed, so a reader of any
 * help page has a line to start from (test/cli/help-walk.test.ts walks them all).
 * @module
 */

/** `Examples:` and one `  $ ` line per command given. */
export function helpExamples(...lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`;
}
