/**
 * Corrections a person would make to a task reading that saw only words: numbers in a log or a
 * business report are not maths, and a request inside a coding agent's conversation is about code.
 * @module
 */
import type { CueHit } from "./cue-matcher.js";
import type { ConversationReading } from "./read-conversation.js";

/** Maths a reader would call maths: notation, or the words that name a maths problem, in any cue language. */
const EXPLICIT_MATH =
  /\\(frac|sqrt|int|sum|boxed)|\$[^$\n]{0,40}[\\^_=][^$\n]{0,40}\$|[∫∑√π≤≥≠]|\b[a-z]\s*\^\s*\d|\b\d*[a-z]\s*[-+]\s*\d+\s*=|\b(solve|equation|integral|derivative|theorem|prove|probability|polynomial|matrix|quadratic|factorial|modulo|geometry|algebra|triangle|circle|radius|divisible|prime)/;
/** Log output: timestamps, log levels, stack frames, CI markers, exit codes. */
const LOG_LINE =
  /^\s*(\[?\d{4}-\d\d-\d\d[t ]\d\d:\d\d|\[?\d\d:\d\d:\d\d|\[?(error|err!|warn|warning|info|debug|fatal|fail|failed|passed|ok)\b|at [\w.$<>]+ \(|\s*at .+:\d+:\d+|npm err|##\[|step \d+\/\d+|exit(ed)? (with )?code \d+|traceback|e\s{2,}|\s*file ".+", line \d+)/;
const LOG_WORDS = /\b(ci|pipeline|build (log|failed|failure)|workflow|github actions|jenkins|gitlab|test run|stack trace|exit code|logs?)\b/;
/** Business and product metrics (numbers about a business are analysis). */
const METRIC_WORDS =
  /\b(churn|retention|conversion|revenue|mrr|arr|kpis?|cohorts?|funnel|sign-?ups?|subscribers?|customers?|users?|dau|mau|arpu|ltv|cac|nps|growth|yoy|mom|quarter(ly)?|q[1-4]|margin|sales|bookings|pipeline coverage|win rate|rates?|tickets?|backlog|headcount|ratings?|reviews?|traffic|visitors|sessions|spend|budget|ads|campaigns?|open rate|clicks?)\b|abandono|kündigung|abwanderung|taux de|taxa de|tasso di|отток|流失率|解約率|이탈률|用户|顧客|고객/;
/** Numbers about a running system (infrastructure, builds, performance) are code work. */
const SYSTEM_WORDS =
  /\b(latency|p50|p9\d|throughput|rps|qps|cpu|memory|ram|heap|oom\w*|pods?|k8s|kubernetes|containers?|docker|deploy\w*|(?:the|our|ci|nightly|release) builds?|benchmarks?|servers?|endpoints?|queries|database|cache|exit code|timeouts?|error rate|regression)\b/;
/** Small talk even in an agent's conversation: thanks or an acknowledgement in a few words. */
const SMALL_TALK = /^(hi|hello|hey|thanks|thank you|thx|ok|okay|great|cool|nice|perfect|awesome|danke|gracias|merci|grazie|obrigad\w|спасибо|谢谢|ありがとう|고마워)\b[^\n]{0,30}$/;
const BUG_WORDS = /\b(bug|error|exception|fail\w*|crash\w*|broken|wrong|why|doesn'?t|does not|isn'?t|not working|traceback|stack trace|review|regression|flaky|explain|what does|how does|where (is|are|do|does)|walk me through)\b|fehler|erreur|errore|erro|ошибк|错误|エラー|오류|버그/;

/** Tasks a coding agent's request is never about (in the agent's own conversation). */
const NOT_AGENT_TASKS = new Set(["chat", "simple_qa", "classification", "extraction", "brainstorming", "deep_reasoning", "math"]);
/** Tasks a coding agent's request may be about, but not when it reports a bug or asks why code misbehaves. */
const NOT_AGENT_BUG_TASKS = new Set(["analysis", "creative_writing"]);

/** A correction and why it was made. */
export interface GuardResult {
  task: string;
  why: string;
}

/** Words that name a maths problem (for token-level checks). */
export const MATH_PROBLEM_WORDS: ReadonlySet<string> = new Set(
  "solve equation equations integral derivative theorem prove probability polynomial matrix quadratic factorial modulo geometry algebra triangle circle radius divisible prime".split(" "),
);
/** Business and product metric words (for token-level checks). */
export const METRIC_TOKENS: ReadonlySet<string> = new Set(
  "churn retention conversion revenue mrr arr kpi kpis cohort cohorts funnel signups signup subscribers customers users dau mau arpu ltv cac nps growth yoy mom quarter quarterly margin sales bookings rate rates tickets backlog headcount rating ratings reviews traffic visitors sessions spend budget ads campaign campaigns clicks".split(" "),
);

/** Whether the text (lower-cased) shows maths notation or names a maths problem. */
export function hasExplicitMath(lower: string): boolean {
  return EXPLICIT_MATH.test(lower);
}

/** Whether the text (lower-cased) holds log output. */
export function looksLikeLog(lower: string): boolean {
  const lines = logLines(lower);
  return lines >= 2 || (lines >= 1 && LOG_WORDS.test(lower));
}

/** Whether the text (lower-cased) talks about business or product metrics. */
export function mentionsMetrics(lower: string): boolean {
  return METRIC_WORDS.test(lower);
}

function logLines(text: string): number {
  let count = 0;
  for (const line of text.split("\n", 200)) if (LOG_LINE.test(line)) count++;
  return count;
}

/** Tasks a pasted log with a question is not, unless the user asks for something to be written. */
const NOT_LOG_TASKS = new Set(["math", "code_generation", "simple_qa", "chat", "deep_reasoning"]);
const WRITE_REQUEST = /\b(write|create|generate|implement|build me|make me|add)\b/;

/** Numbers are not maths: a log is about code, a metrics question is analysis. A pasted log is read as debugging. */
export function numericGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  const text = reading.latestLower;
  if (task !== "math") {
    if (NOT_LOG_TASKS.has(task) && !WRITE_REQUEST.test(text) && text.includes("\n") && looksLikeLog(text)) return { task: "code_review", why: "a pasted log is read as debugging" };
    return undefined;
  }
  if (hasExplicitMath(text) || hasStrongCue(reading.cues, "math")) return undefined;
  if (looksLikeLog(text)) return { task: "code_review", why: "numbers in a log are not maths" };
  if (SYSTEM_WORDS.test(text)) return { task: "code_review", why: "numbers about a running system are not maths" };
  if (mentionsMetrics(text)) return { task: "analysis", why: "numbers about business metrics are not maths" };
  return undefined;
}

/** A request in a coding agent's conversation is about code unless it is small talk or clearly something else. */
export function agentGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!reading.agent.coding) return undefined;
  const text = reading.latestLower.trim();
  if (text.length === 0) return undefined;
  if (SMALL_TALK.test(text)) return task === "chat" ? undefined : { task: "chat", why: "small talk in a coding-agent context" };
  const bug = BUG_WORDS.test(text);
  if (!NOT_AGENT_TASKS.has(task) && !(bug && NOT_AGENT_BUG_TASKS.has(task))) return undefined;
  const guarded = bug ? "code_review" : "code_generation";
  return { task: guarded, why: "coding-agent context" };
}

function hasStrongCue(cues: readonly CueHit[], task: string): boolean {
  return cues.some((cue) => cue.task === task && cue.strong);
}
