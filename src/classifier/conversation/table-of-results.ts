/**
 * "me faz uma tabelinha só com os horários depois das 21h", "hazme una tablita con los horarios…", "fais-moi un petit
 * tableau avec les horaires…" after a tool brought the timetable: a table of what the tool returned is the items pulled
 * out of it, an extraction (thirty-fourth round: read as code_generation, maths or a summary by the word's diminutive or
 * the times in it). Pasted lines asked back as a table are `figure-asks.ts`' case; a coding agent's table is code.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** A table asked for, with what goes in it, in the ten cue languages (diminutives too). */
const TABLE_WITH =
  /(?<![\p{L}])(?:(?:a |little |small |quick )?table|tabel(?:inha|a)|tabl(?:ita|a)|(?:petit )?tableau|tabelle|tabell(?:ina|a)|таблиц\p{L}*|табличк\p{L}*)(?: (?:just|only|s[óo]|solo|s[óo]lo|seulement|juste|nur|только))? (?:with|of|com|con|avec|mit|di|с|из)(?![\p{L}])|(?:做|列|整理)(?:成|个|一个)?(?:表格|表)|表に(?:して|まとめ)|표로 (?:정리|만들)/u;
/** Characters the ask may run to: a short turn about what came before it. */
const MAX_ASK_CHARS = 160;
/** Readings a table of tool results gets instead of an extraction. */
const MISREAD: ReadonlySet<string> = new Set(["code_generation", "math", "summarization", "chat", "simple_qa"]);

/** A short ask for a table of what the tools returned, outside a coding agent: an extraction (see the module comment). */
export function tableOfResultsGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.agent.coding || reading.agent.toolMessages === 0) return undefined;
  const text = reading.latestLower;
  if (text.length > MAX_ASK_CHARS || text.includes("\n") || text.includes("`")) return undefined;
  const asked = TABLE_WITH.exec(text);
  return asked === null ? undefined : { task: "extraction", why: `'${asked[0].trim()}' asks for a table of what the tools returned` };
}
