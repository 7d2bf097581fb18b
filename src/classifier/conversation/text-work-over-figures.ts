/**
 * Text work asked of a system's figures (round 37n): "tl;dr of this changelog?" over version lines, "List every package
 * name and version pinned in this lockfile snippet, nothing else:", "Which readings exceed 80 dB? Just return the rows
 * verbatim." over a CSV. Versions, timestamps and sizes made the learned model read debugging (or a label), the heuristic
 * a pasted log; the opening ask names a summary or an extraction, and nothing in it asks why or what is wrong. Code in the
 * turn keeps a debugging reading (a query whose logic "finds" rows is code to review).
 * @module
 */
import { BUG_WORDS } from "./task-words.js";
import { readNumericDomain } from "./numeric-domain.js";
import { showsCode } from "./code-shape.js";
import type { ConversationReading } from "./read-conversation.js";
import type { CueHit } from "./cue-matcher.js";
import type { GuardResult } from "./task-guards.js";

/** Text work an opening verb may name here. */
const TEXT_WORK: ReadonlySet<string> = new Set(["summarization", "extraction"]);
/** The ask's verb stands this early in the turn. */
const OPENING_CHARS = 40;
/** Readings rows returned as they are get: a log's debugging, a label, a reading or a sum of the figures, a lookup, a piece. */
const ROWS_MISREAD: ReadonlySet<string> = new Set(["code_review", "classification", "analysis", "math", "simple_qa", "chat", "creative_writing"]);
/**
 * Rows or lines handed back as they stand, in the ten cue languages: "just return the rows verbatim", "copy the matching
 * lines as-is", "devuelve las filas tal cual", "gib die Zeilen unverändert zurück", "renvoie les lignes telles quelles",
 * "restituisci le righe così come sono", "retorna as linhas como estão", "верни строки как есть", "原样返回这些行",
 * "その行をそのまま出して", "그 행들 그대로 보여줘".
 */
const ROWS_AS_THEY_ARE = new RegExp(
  [
    "\\b(?:return|give|show|print|copy|paste|list|output|spit out)(?: me| back)? (?:the |those |these |only the |just the )?(?:matching |relevant )?(?:rows|lines|entries|records)(?: back)? (?:verbatim|as[- ]is|unchanged|as they are|word for word|exactly as (?:written|they appear))\\b",
    "(?:devuelve|dame|mu[ée]strame|copia|lista)\\S* (?:solo |s[óo]lo )?(?:las|esas|estas) (?:filas|l[íi]neas)(?: que \\S{1,20})? (?:tal (?:cual|como est[áa]n)|sin cambios|literalmente)",
    "(?:gib|zeig|kopier|liste)\\S*(?: mir)? (?:nur )?(?:die|diese) (?:zeilen|eintr[äa]ge)(?: zur[üu]ck)? (?:unver[äa]ndert|w[öo]rtlich|so wie sie sind)",
    "(?:renvoie|donne|montre|copie|liste)\\S*(?:-moi)? (?:seulement |juste )?(?:les|ces) (?:lignes|entr[ée]es) (?:telles quelles|tel quel|mot pour mot|sans les modifier)",
    "(?:restituisci|dammi|mostrami|copia|elenca)\\S* (?:solo )?(?:le|queste|quelle) (?:righe|voci) (?:cos[iì] come sono|tali e quali|alla lettera|senza modificarle)",
    "(?:retorn[ae]|devolv[ae]|me d[áa]|mostr[ae]|copi[ae]|list[ae])\\S* (?:s[óo] |apenas )?(?:as|essas|estas) (?:linhas|entradas) (?:como est[ãa]o|tal como est[ãa]o|sem (?:mudar|alterar)|literalmente)",
    "(?:верни|выведи|покажи|скопируй|перечисли)\\S* (?:только )?(?:эти |те |нужные )?(?:строки|записи) (?:как есть|без изменений|дословно)",
    "原样(?:返回|列出|输出|给我|贴出)|原封不动地(?:返回|列出)|そのまま(?:返して|出して|抜き出して|貼って|並べて)|그대로 (?:돌려|보여|뽑아|붙여)",
  ].join("|"),
);

/** The turn's first line, where the writer asks. */
function askLine(lower: string): string {
  const end = lower.indexOf("\n");
  return end < 0 ? lower : lower.slice(0, end);
}

/** Summary or extraction for a debugging reading of text work asked over a system's figures (see the module comment). */
export function textWorkOverFiguresGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!ROWS_MISREAD.has(task) || reading.agent.coding) return undefined;
  const lower = reading.latestLower;
  const ask = askLine(lower);
  // The shape first, then the checks that read the whole turn (the numeric domain costs tens of microseconds).
  const rows = ROWS_AS_THEY_ARE.exec(ask);
  // "sum this up in 3 bullets for the board:" over a KPI table: a summary, read as a reading of the figures (round 42). The
  // opening's cues are read first: the numeric domain scans the whole turn.
  const opening = rows === null && (task === "code_review" || task === "analysis") ? openingTextWork(reading) : undefined;
  const named = opening !== undefined && (task === "code_review" || !readNumericDomain(lower).interpret) ? opening : undefined;
  if ((rows === null && named === undefined) || BUG_WORDS.test(ask) || readNumericDomain(lower).failure) return undefined;
  if (rows !== null) return { task: "extraction", why: `'${rows[0]}' asks for rows handed back as they stand` };
  // "帮忙看下这个 SQL 有什么问题。逻辑是：找出…": code under the ask is code to review, whatever text work its logic names.
  if (named === undefined || showsCode("user", reading.latest)) return undefined;
  return { task: named.task, why: `'${named.word}' opens the turn and names ${named.task === "summarization" ? "a summary" : "an extraction"} of the figures below it` };
}

/** The one text work the turn's opening cues name, with no other task's strong cue in the turn. */
function openingTextWork(reading: ConversationReading): CueHit | undefined {
  const opening = reading.cues.filter((cue) => cue.at < OPENING_CHARS && TEXT_WORK.has(cue.task));
  const named = opening[0];
  if (named === undefined || reading.cues.some((cue) => cue.strong && !TEXT_WORK.has(cue.task)) || opening.some((cue) => cue.task !== named.task)) return undefined;
  return named;
}
