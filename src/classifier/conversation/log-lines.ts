/**
 * Log output and stack traces in a message, and whether they report a failure. Read by `numeric-domain.ts` and the
 * guards that weigh a pasted log.
 * @module
 */

/** Log output: timestamps, levels, access-log lines, stack frames (Java, Python, JS, Go, Rust), CI and build markers. */
const LOG_LINE =
  /^\s*(\d{1,3}(\.\d{1,3}){3} - \S{1,40} \[\d\d\/|\[?\d{4}-\d\d-\d\d[t ]\d\d:\d\d|\[?\d\d:\d\d:\d\d|\[?(error|err!|warn|warning|info|debug|fatal|fail|failed|passed|ok|panic)\b|at [\w.$<>]+ ?\(|at .+:\d+:\d+|npm err|##\[|step \d+\/\d+|exit(ed)? (with )?code \d+|traceback|e\s{2,}|file ".+", line \d+|caused by:|exception in thread|goroutine \d+|thread '.+' panicked|error\[e\d+\]|-->\s*\S+:\d+:\d+|> task :|build (failed|successful)|\S+\.(c|cc|cpp|h|go|rs|ts|js|py|java|kt):\d+(:\d+)?:? (error|warning)|make: \*\*\*|fatal:|killed|oomkilled|crashloopbackoff)/;
const LOG_WORDS = /\b(ci|pipeline|build (log|failed|failure)|workflow|github actions|jenkins|gitlab|test run|stack ?trace|exit code|logs?)\b/;
/** Lines that report a failure (an error, exception or failed test), as opposed to a log of traffic. */
export const ERROR_LINE = /\b(error|exception|failed|fatal|panic(ked)?|traceback|segfault|oomkilled|crashloopbackoff|exit code [1-9])\b|err!/;
/** `ERROR_LINE`'s words as literals (prefixes), for a cheap look before any regex. */
const FAILURE_WORDS = ["error", "exception", "fail", "fatal", "panic", "traceback", "segfault", "oomkilled", "crashloop", "exit code", "err!"];
/** Characters of a long text a failure word is looked for in (a failing log shows one near its top). */
const FAILURE_WINDOW_CHARS = 4_000;

/** Whether `lower` may report a failure after `from`: a literal look for `ERROR_LINE`'s words in its first characters. */
export function mayReportFailure(lower: string, from = 0): boolean {
  const window = lower.length > FAILURE_WINDOW_CHARS ? lower.slice(0, FAILURE_WINDOW_CHARS) : lower;
  return FAILURE_WORDS.some((word) => window.includes(word, from));
}

/** A log line says what it is in its first characters; a longer line is read that far (bounded work per line). */
const LOG_LINE_CHARS = 1_000;

function logLines(text: string): number {
  let count = 0;
  for (const line of text.split("\n", 200)) if (LOG_LINE.test(line.length > LOG_LINE_CHARS ? line.slice(0, LOG_LINE_CHARS) : line)) count++;
  return count;
}

/** Whether the text (lower-cased) holds log output or a stack trace. */
export function looksLikeLog(lower: string): boolean {
  const lines = logLines(lower);
  return lines >= 2 || (lines >= 1 && LOG_WORDS.test(lower));
}
