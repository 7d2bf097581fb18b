/**
 * Corrections a person would make to a task reading that saw only words: numbers in a log or a
 * business report are not maths, and a request inside a coding agent's conversation is about code.
 * @module
 */
import type { CueHit } from "./cue-matcher.js";
import type { ConversationReading } from "./read-conversation.js";

/** Maths a reader would call maths: notation, or the words that name a maths problem, in any cue language. */
const EXPLICIT_MATH =
  /\\(frac|sqrt|int|sum|boxed)|\$[^$\n]{1,80}\$|[∫∑√π≤≥≠]|\b[a-z]\s*\^\s*\d|\b\d*[a-z]\s*[-+]\s*\d+\s*=|\b(solve|equation|integral|derivative|theorem|prove|probability|polynomial|matrix|quadratic|factorial|modulo|geometry|algebra|triangle|circle|radius|divisible|prime)/;
/** Log output: timestamps, log levels, stack frames, CI markers, exit codes. */
const LOG_LINE =
  /^\s*(\[?\d{4}-\d\d-\d\d[t ]\d\d:\d\d|\[?\d\d:\d\d:\d\d|\[?(error|err!|warn|warning|info|debug|fatal|fail|failed|passed|ok)\b|at [\w.$<>]+ \(|\s*at .+:\d+:\d+|npm err|##\[|step \d+\/\d+|exit(ed)? (with )?code \d+|traceback|e\s{2,}|\s*file ".+", line \d+)/;
const LOG_WORDS = /\b(ci|pipeline|build (log|failed|failure)|workflow|github actions|jenkins|gitlab|test run|stack trace|exit code|logs?)\b/;
/** Business and product metrics (numbers about a business are analysis). */
const METRIC_WORDS =
  /\b(churn|retention|conversion|revenue|mrr|arr|kpis?|cohorts?|funnel|sign-?ups?|subscribers?|customers?|users?|dau|mau|arpu|ltv|cac|nps|growth|yoy|mom|quarter(ly)?|q[1-4]|margin|sales|bookings|pipeline coverage|win rate|rates?)\b|abandono|kündigung|abwanderung|taux de|taxa de|tasso di|отток|流失率|解約率|이탈률|用户|顧客|고객/;
/** Small talk even in an agent's conversation. */
const SMALL_TALK = /^(hi|hello|hey|thanks|thank you|ok|okay|great|cool|nice)\b[!. ]*$/;
const BUG_WORDS = /\b(bug|error|exception|fail\w*|crash\w*|broken|wrong|why|doesn'?t|does not|isn'?t|not working|traceback|stack trace|review|regression|flaky|explain|what does|how does|where (is|are|do|does)|walk me through)\b|fehler|erreur|errore|erro|ошибк|错误|エラー|오류|버그/;

/** Tasks a coding agent's request is never about (in the agent's own conversation). */
const NOT_AGENT_TASKS = new Set(["chat", "simple_qa", "classification", "extraction", "brainstorming", "deep_reasoning", "math"]);

/** A correction and why it was made. */
export interface GuardResult {
  task: string;
  why: string;
}

function logLines(text: string): number {
  let count = 0;
  for (const line of text.split("\n", 200)) if (LOG_LINE.test(line)) count++;
  return count;
}

/** Numbers are not maths: a log is about code, a metrics question is analysis. */
export function numericGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "math") return undefined;
  const text = reading.latestLower;
  if (EXPLICIT_MATH.test(text) || hasStrongCue(reading.cues, "math")) return undefined;
  if (logLines(text) >= 2 || (LOG_WORDS.test(text) && logLines(text) >= 1)) return { task: "code_review", why: "numbers in a log are not maths" };
  if (METRIC_WORDS.test(text)) return { task: "analysis", why: "numbers about business metrics are not maths" };
  return undefined;
}

/** A request in a coding agent's conversation is about code unless it is small talk or clearly something else. */
export function agentGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!reading.agent.coding || !NOT_AGENT_TASKS.has(task)) return undefined;
  const text = reading.latestLower.trim();
  if (text.length === 0 || SMALL_TALK.test(text)) return undefined;
  const guarded = BUG_WORDS.test(text) ? "code_review" : "code_generation";
  return { task: guarded, why: "coding-agent context" };
}

function hasStrongCue(cues: readonly CueHit[], task: string): boolean {
  return cues.some((cue) => cue.task === task && cue.strong);
}
