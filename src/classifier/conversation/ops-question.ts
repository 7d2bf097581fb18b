/**
 * A diagnosis asked in a short turn over what an operations agent's tools returned (round 39): "billing-sync is behind
 * again" before the agent lists the consumer lag, "anything unusual here?" after a latency query, "is this the db or the
 * app?" after a pod's log, "irgendwas auffällig?", "¿algo raro aquí?", "有什么异常吗？". Read as a lookup, a label or a list of
 * ideas; it asks what is wrong with the running system, which ADR 0030 reads as analysis when no code is under review
 * (its guard turns only a review so). A coding agent's run, code in the conversation, a why (left to the other guards)
 * or a long turn is left alone.
 * @module
 */
import { LOG_MEANING, toolsBroughtOutput } from "./log-meaning.js";
import { showsCodeUnderReview } from "./ops-diagnosis.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** A diagnosis asked, or a running system's fault reported, in the ten cue languages. */
const DIAGNOSIS_ASK = new RegExp(
  [
    /\banything (?:unusual|odd|weird|off|wrong|suspicious|abnormal|stand(?:ing|s)? out)\b|\bwhat(?:'s| is) (?:going on|wrong|happening)\b|\bis (?:this|it|that) (?:the|a|an) [\w-]{1,20} or (?:the |a |an )?[\w-]{1,20}\?|\b(?:is|are) (?:behind|lagging|stuck|flapping|degraded|down)(?: again)?\b/.source,
    /algo (?:raro|extraño|anormal)|qu[eé] est[aá] pasando|(?:irgendwas|etwas) (?:auff[äa]llig|ungew[öo]hnlich|komisch)|was ist (?:da )?los|h[äa]ngt (?:wieder )?hinterher/.source,
    /quelque chose d'(?:anormal|inhabituel|bizarre)|qu'est-ce qui se passe|qualcosa di (?:strano|anomalo|insolito)|cosa sta succedendo|algo (?:estranho|anormal)|o que est[aá] acontecendo/.source,
    /что-то (?:необычн|странн|подозрительн)|что происходит|(?:снова|опять) отста[её]т|有(?:什么|没有)?异常|怎么回事|何か(?:異常|おかしい)|どうなって(?:る|いる)|이상한 (?:거|점)|무슨 일/.source,
  ].join("|"),
  "u",
);
/** Characters such a turn runs to. */
const MAX_CHARS = 160;
/**
 * Readings a short diagnosis ask in an ops run is mistaken for. A review is left to ADR 0030's guard: where it finds no log
 * or figures, the team's rows label the review so (a draft that took it moved six rows of dev-89 to dev-164).
 */
const MISREAD: ReadonlySet<string> = new Set(["simple_qa", "classification", "brainstorming", "chat", "extraction"]);

/** Analysis for a short diagnosis ask over an operations agent's tool results, no code under review (module comment). */
export function opsQuestionGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.agent.toolMessages === 0 || reading.latestLower.length > MAX_CHARS) return undefined;
  // What the log the tools read says (round 52): "what does this log say?", "이 로그 무슨 뜻이야?"; only over a log or an
  // output the tools brought, not over a paper, an article or minutes ("was sagt das Protokoll?").
  const asked = DIAGNOSIS_ASK.exec(reading.latestLower) ?? (toolsBroughtOutput(reading) ? LOG_MEANING.exec(reading.latestLower) : null);
  if (asked === null || showsCodeUnderReview(reading)) return undefined;
  return { task: "analysis", why: `'${asked[0]}' asks what is wrong with the system the agent's tools read (ADR 0030)` };
}
