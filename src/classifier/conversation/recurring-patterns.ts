/**
 * "looking across this year's postmortems, what patterns keep repeating?" over the chunks a search returned, "¿qué
 * causas se repiten en estos informes?", "welche Muster wiederholen sich?", "quels points communs ?", "有什么共同点？":
 * what recurs across several documents is found by comparing them, an analysis (forty-first round: read as a lookup, the
 * tool call answering the turn). Read only after a tool result; a reading of a fault or of writing is left alone.
 * @module
 */
import { pattern } from "./follow-up-pattern.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** What recurs, or what items share, in the ten cue languages. */
const RECURRING = pattern(
  [
    "(?:what|which) (?:patterns|themes|trends)|patterns? (?:that )?(?:keeps?|are) (?:repeating|recurring|coming up|showing up)|recurring (?:themes|patterns|issues|causes|problems|failures)|common (?:causes|threads|themes|root causes|factors|failure modes)|keeps? (?:coming up|repeating|recurring|showing up)|(?:have|share) in common|in common across",
    "qu[eé] patrones|patrones (?:que )?se repiten|(?:temas|causas|problemas|fallos) recurrentes|causas comunes|se repiten|tienen en com[uú]n",
    "welche (?:muster|gemeinsamkeiten)|wiederholen sich|wiederkehrende (?:muster|themen|ursachen|probleme|fehler)|gemeinsamkeiten|gemeinsame ursachen",
    "quels (?:sch[eé]mas|motifs|points communs)|(?:motifs|sch[eé]mas|causes|probl[eè]mes|th[eè]mes) r[eé]currents|reviennent (?:souvent|sans cesse|r[eé]guli[eè]rement)|points communs|causes communes",
    "quais padr[oõ]es|padr[oõ]es (?:que )?se repetem|(?:temas|causas|problemas|falhas) recorrentes|causas comuns|t[eê]m em comum|se repetem",
    "quali schemi|(?:schemi|temi|cause|problemi) ricorrenti|cause comuni|hanno in comune",
    "закономерност\\S*|повторяющи\\S* (?:проблем\\S*|причин\\S*|паттерн\\S*|темы)|общие причины|что общего",
  ].join("|"),
  "共同点|共性|规律|反复出现|重复出现|共同原因|共通点|共通する|繰り返し(?:起き|発生|出て)|공통점|반복되는|공통 원인",
);
/** Readings a question of what recurs across the documents gets (a lookup, talk, a pulling out). */
const MISREAD: ReadonlySet<string> = new Set(["simple_qa", "chat", "extraction"]);

/** Analysis for a question of what recurs across the documents a tool returned (see the module comment). */
export function recurringPatternsGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.agent.toolMessages === 0) return undefined;
  const asked = RECURRING.exec(reading.latestLower);
  return asked === null ? undefined : { task: "analysis", why: `'${asked[0]}' asks what recurs across the tool's results` };
}
