/**
 * A diagnosis of a running system read from its logs or figures, with no code under review, is `analysis` (ADR 0030):
 * "what broke?" after an on-call agent's tool brought a service's log, "our nightly CI job failed, what's the likely
 * cause?" above a CI log, "p99 went from 180 ms to 1.4 s after the deploy, why?". Reviewing, debugging or fixing code
 * the user shows (source, a diff, a query, a stack trace into their code) stays `code_review` or `code_generation`.
 * Applied last, to every reading the other guards settled on as `code_review`, so the guards that read a failing log
 * or a system's figures as debugging (`task-guards.ts`, `numeric-guard.ts`, `pasted-log-asks.ts`, …) all yield to it.
 * @module
 */
import { ranCode } from "./agent-context.js";
import { hostInspectionRun } from "./host-inspection.js";
import { valueAskedOfInspection } from "./inspection-value.js";
import { diagnosisOverRunOutput } from "./run-diagnosis.js";
import { showsCode } from "./code-shape.js";
import { countNumbers } from "./count-numbers.js";
import { looksLikeLog, readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";
import { asksNamedMeaning } from "./meaning-ask.js";
import type { GuardResult } from "./task-guards.js";
import type { ChatMessage } from "../../core/types.js";
import { messageText } from "../conversation-text.js";

/**
 * Code the turn shows that is not a log: a SQL query or its plan (the query is what would change), a Dockerfile's or a
 * Makefile's instructions at line starts, a config key path with code in it is left to `showsCode`.
 */
const QUERY_OR_BUILD_FILE = /\bselect\b[^;]{0,300}?\bfrom\b|\b(?:seq scan|index scan|index only scan|nested loop|hash join) on\b|\(cost=\d|^[ \t]*(?:from [\w./:-]+(?: as \w+)?|run (?:apt|pip|npm|yarn|go|cargo|mvn|gradle)\b)/m;
/**
 * The turn's subject is code even when none is pasted: failing tests or a compile, a query, a pull request, a diff, a
 * command or a formula to check, or a review asked for.
 */
const CODE_SUBJECT =
  /\b(?:pytest|jest|vitest|junit|rspec|npm test|yarn test|go test|cargo test|make test|unit tests?|tests? (?:fail|fails|failing|is failing|are failing)|test\w* fails|compil\w*|type ?errors?|strict mode|tsc|quer(?:y|ies)|promql|flux|sql|regex|formula|script|command|pull request|pr(?=[\s.,:;!?)#]|$)|cron expression|crontab|diff|patch|commit|review\w*|audit|security|npm (?:err|error|install)|pip install|eresolve)\b|テスト|コンパイル|スクリプト|测试|编译|查询|脚本|스크립트|테스트|컴파일|쿼리|kaava|formule|comando|befehl|команд|запрос/;
/** A stack trace or compiler error into code that `ranCode` does not know: Go's panics, C's and Go's compiler lines. */
const CODE_TRACE = /\b(?:value|type|key|index|attribute|name|zerodivision|import|module\w*|syntax|unicode\w*)error: |\bgoroutine \d+ \[|\bpanic: runtime error|^\S+\.(?:c|cc|cpp|h|go|rs|ts|tsx|js|py|java|kt|rb|php|cs|swift):\d+(?::\d+)?:? (?:fatal )?error\b/m;
/**
 * Code in a tool's result or an earlier turn that `showsCode` does not count: a compiler's or type checker's error at a
 * source file's line, a failed assertion or test method, a linter's finding in an infrastructure file.
 */
const CODE_IN_OUTPUT = /\b(?:type ?|value|key|index|attribute|name|zerodivision|import|syntax)error:|failed to compile|\b\w+\.(?:tsx?|jsx?|py|java|kt|go|rs|rb|php|cs|swift|cc|cpp|tf|r)[:(]\d+|assertion\w*error|\b\w+test\w* > \w+\(\) failed|\bon \w+\.tf line \d+/;
/** A tool call that runs or writes code the user asked for: its arguments carry a script, source or a patch. */
const CODE_ARGUMENT = /"(?:code|script|source|patch|diff)"\s*:/;
/** Earlier messages looked at for code in output, newest first. */
const OUTPUT_MESSAGES = 8;
/** Characters of each earlier message looked at. */
const OUTPUT_CHARS = 4_000;
/** A schedule line of five cron fields ("30 23 28-31 * *"); a match counts only with a `*` in it (see {@link hasCronLine}). */
const CRON_LINE = /(?:^|[`\s])[\d*][\d*/,-]*(?: [\d*][\d*/,-]*){4}(?=[`\s]|$)/m;
/** Numbers a turn shows for its figures to be a system's figures to read, not a word in passing. */
const MIN_SYSTEM_FIGURES = 2;

/**
 * Whether the conversation has code under review: a coding agent's run (the code is what it works on, pasted or not;
 * a shell that only inspected hosts is no coding agent's, ADR 0043), code in context or in the latest turn, a stack
 * trace into code, or a turn whose subject is code.
 */
export function showsCodeUnderReview(reading: ConversationReading): boolean {
  return (reading.agent.coding && !hostInspectionRun(reading)) || reading.agent.codeInContext || CODE_SUBJECT.test(reading.latestLower) || showsCode("user", reading.latest) || ranCode(reading.latest) || QUERY_OR_BUILD_FILE.test(reading.latestLower) || CODE_TRACE.test(reading.latestLower) || hasCronLine(reading.latestLower) || codeInOutput(reading);
}

function hasCronLine(text: string): boolean {
  return text.includes("*") && (CRON_LINE.exec(text)?.[0].includes("*") ?? false);
}

/** Whether a tool's result or an earlier turn shows code that ran, or a tool call carries code (see {@link CODE_IN_OUTPUT}). */
function codeInOutput(reading: ConversationReading): boolean {
  const { messages } = reading;
  for (let i = messages.length - 1, seen = 0; i >= 0 && seen < OUTPUT_MESSAGES; i--, seen++) {
    const message = messages[i] as ChatMessage;
    if (message.role === "system" || message.role === "developer") continue;
    if (Array.isArray(message.tool_calls) && CODE_ARGUMENT.test(JSON.stringify(message.tool_calls).slice(0, OUTPUT_CHARS))) return true;
    const text = messageText(message);
    if (CODE_IN_OUTPUT.test((text.length > OUTPUT_CHARS ? text.slice(0, OUTPUT_CHARS) : text).toLowerCase())) return true;
  }
  return false;
}

/** Whether the turn is read over a running system's log or figures: a tool's log, a pasted log, or a system's numbers. */
export function readsSystemEvidence(reading: ConversationReading): boolean {
  if (reading.agent.toolLog) return true;
  const text = reading.latestLower;
  if (looksLikeLog(text)) return true;
  if (!readNumericDomain(text).system) return false;
  return reading.agent.toolMessages > 0 || countNumbers(text, MIN_SYSTEM_FIGURES) >= MIN_SYSTEM_FIGURES;
}

/**
 * A change asked of an ops agent: the turn opens with an action ("restart it", "can you clean /var/log?", "bitte neu
 * starten") or consents ("go ahead", "do it"). A question that only names one ("do we need to replace the disk?") is none.
 */
const CHANGE_ASKED =
  /^(?:(?:ok(?:ay)?|yes|yeah|yep|sure|great|please|pls|then|so|now|can you|could you|would you|go ahead and|just)[,.!]?\s+)*(?:restart|reboot|fix|clean|clear|delete|remove|purge|prune|apply|run|rotate|free|kill|stop|start|scale|roll ?back|deploy|install|update|upgrade|increase|resize|extend|mount|unmount|replace|write|add|create|change|set|do (?:it|that|this)|go ahead)\b|^(?:bitte )?(?:starte|lösch|mach|bereinige)|^(?:reinicia|borra|limpia|redémarre|supprime|nettoie|riavvia|cancella|reinicie|apague|перезапусти|удали|очисти|重启|删除|清理|再起動|削除|재시작|삭제)/;

/** A diagnosis asked of an ops run whose shell only inspected hosts, read as code to write: the question, not a change. */
function inspectionQuestion(task: string, reading: ConversationReading): boolean {
  // A full-width question mark asks too ("这个证书什么时候过期？", round 54).
  return task === "code_generation" && (reading.latest.includes("?") || reading.latest.includes("？")) && !CHANGE_ASKED.test(reading.latestLower.trim()) && hostInspectionRun(reading);
}

/** A count, an amount, a time or a version asked of a host inspection's output: a lookup, not a diagnosis (round 54). */
function valueLookup(reading: ConversationReading): GuardResult | undefined {
  const asked = valueAskedOfInspection(reading);
  return asked === undefined ? undefined : { task: "simple_qa", why: `'${asked}' asks a value the host inspection's output holds, no diagnosis asked` };
}

/** A `code_review` reading of a diagnosis from a system's logs or figures, with no code under review, is analysis. */
export function opsDiagnosisGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (inspectionQuestion(task, reading) && !showsCodeUnderReview(reading)) return valueLookup(reading) ?? { task: "analysis", why: "a question over what an ops run's read-only shell found (ADR 0043)" };
  if (task !== "code_review") return undefined;
  // "…Exit Code: 137 — what does exit code 137 mean": a named code's meaning, a fact (round 45).
  if (asksNamedMeaning(reading)) return { task: "simple_qa", why: "asks what a named code or field means, a fact looked up" };
  if ((readsSystemEvidence(reading) || hostInspectionRun(reading)) && !showsCodeUnderReview(reading)) return valueLookup(reading) ?? { task: "analysis", why: "a diagnosis of a running system from its logs or figures, no code under review (ADR 0030)" };
  if (diagnosisOverRunOutput(reading)) return { task: "analysis", why: "a cause asked of what the run's tools brought back, no review asked (ADR 0045)" };
  return undefined;
}
