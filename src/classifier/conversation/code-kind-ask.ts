/**
 * Code asked for by its kind at the head of the turn, with no verb (round 37n): "Bash one-liner or small script: from an
 * nginx access log, print the 10 slowest requests … e.g. <a log line>", "python script to dedupe these rows:", "regex for
 * these order ids:", "Python script please: read invoices.csv…", "script en bash para…", "Bash-Einzeiler, der…", "un one-liner bash pour…", "uno script bash che…",
 * "скрипт на bash, который…". The sample below it (a log line, figures) made the reading debugging or a reading of the
 * figures; the head names code to write. A problem in the head ("python script that crashes on …", "why") is left alone.
 * @module
 */
import { BUG_WORDS } from "./task-words.js";
import { readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Readings a sample under the ask pulls it to, and the code reading it keeps (a pasted log would make it debugging). */
const MISREAD: ReadonlySet<string> = new Set(["code_generation", "code_review", "analysis", "simple_qa", "extraction", "math", "chat"]);
const LANG = "(?:bash|shell|zsh|powershell|python|awk|sed|jq|sql|postgres|mysql|js|javascript|typescript|node|ruby|perl|go)";
const KIND = "(?:one-?liner|one liner|script|command|query|function|snippet|regex|filter|pipeline)";
/** The kind of code, first in the turn, then a colon or what it is for, in six cue languages. */
const CODE_KIND_HEAD = new RegExp(
  [
    `^(?:(?:a|an|quick|small|simple|short|tiny)\\s+){0,2}(?:${LANG}[\\s-]+)?${KIND}(?:\\s+(?:in|using)\\s+${LANG})?(?:\\s+or\\s+(?:a\\s+)?(?:(?:small|short|simple|tiny)\\s+)?${KIND})?(?:,?\\s+(?:please|pls|plz))?\\s*(?::|\\b(?:to|that|which|for)\\s)`,
    `^(?:un |una |uno |um |uma )?(?:peque[ñn][oa] |pequeno |piccolo |petit )?(?:script|one-?liner|comando|commande|consulta|requ[êe]te|query|funci[óo]n|fun[çc][ãa]o|funzione|fonction|regex)(?: (?:en|em|in) ${LANG}| ${LANG})? (?:para|pra|que|pour|qui|per|che)\\s`,
    `^(?:ein |eine |einen )?(?:kleine[rns]? )?(?:${LANG}-)?(?:einzeiler|skript|script|befehl|abfrage|funktion|regex)(?: in ${LANG})?,? (?:der|die|das|f[üu]r|um)\\s`,
    `^(?:скрипт|однострочник|команд[ау]|запрос|функци[юя]|регулярк[ау])(?: на ${LANG})?,? (?:котор\\S+|для|чтобы)\\s`,
  ].join("|"),
  "u",
);

/** The turn's first line, where the writer asks. */
function askLine(lower: string): string {
  const end = lower.indexOf("\n");
  return end < 0 ? lower : lower.slice(0, end);
}

/** Code to write for a turn headed by the kind of code it asks for (see the module comment). */
export function codeKindAskGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task)) return undefined;
  const ask = askLine(reading.latestLower);
  const head = CODE_KIND_HEAD.exec(ask);
  if (head === null || BUG_WORDS.test(ask)) return undefined;
  // "python script:" over a traceback names the code, not what to do with it: a failure below keeps the debugging. A purpose
  // ("… to count the lines per status code") asks for the code whatever status the sample shows.
  if (head[0].trimEnd().endsWith(":") && readNumericDomain(reading.latestLower).failure) return undefined;
  return { task: "code_generation", why: `'${head[0].trim()}' heads the turn: code to write` };
}
