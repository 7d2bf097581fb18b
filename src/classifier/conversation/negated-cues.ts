/**
 * A task word the writer rules out is no cue: "Não é preciso traduzir nada, só quero saber o essencial", "no need to
 * translate it, just tell me what it says", "不用翻译，帮我总结一下", "übersetzen musst du sie nicht", "翻訳は不要です"
 * (eleventh round). The negation is looked for just before the cue (a few words, no sentence break) and, for the
 * languages that negate after the verb (German, Japanese, Korean), just after it.
 * @module
 */
import type { CueHit } from "./cue-matcher.js";

/** The parts of a conversation's reading the clause removal reads (`ConversationReading` has them). */
interface ReadTurn {
  latest: string;
  latestLower: string;
  cues: readonly CueHit[];
  negatedCues: readonly CueHit[];
}

/** A negation, then at most two words, at the end of the text before a cue. */
const BEFORE = new RegExp(
  `(?:^|[\\s,(¿¡"'«“])(?:${[
    "no need to|no need for|don'?t|do not|doesn'?t|does not|not asking (?:you )?to|without|never mind|no hace falta|no es necesario|no hay que|no (?:quiero|necesito)(?: que)?|sin",
    "não é preciso|não precisa[s]?(?: de)?|não quero(?: que)?|não é necessário|sem|pas besoin de|pas la peine de|inutile de|sans|non serve|non c'è bisogno di|non devi|senza",
    "nicht|keine?n?|ohne|не надо|не нужно|не треба|не потрібно|без|niet|geen|zonder|hoeft niet",
    // Russian typed in Latin letters (fifteenth round): "ne nado perevodit', prosto pereskazhi".
    "ne nado|ne nuzhno",
    // The newer languages' commonest (thirteenth round): "δεν θέλω ανάλυση", "nie potrzebuję tłumaczenia", "nechci shrnutí".
    "δεν θέλω|δε θέλω|δεν χρειάζ\\S*|χωρίς|nie (?:chcę|potrzebuję|trzeba)|nechci|nepotřebuj\\S*|není třeba|tidak perlu|gak usah|nggak usah|(?:gak|ga|nggak|enggak|ngga|tidak|tak) (?:butuh|perlu)|không cần|nu (?:vreau|e nevoie de)|fără|utan|inte|לא צריך|לא רוצה|בלי|لا أريد|بدون|مش عايز",
    // Swahili (seventeenth round): "hakuna haja ya kutafsiri", "bila muhtasari".
    "hakuna haja ya|si lazima|bila",
  ].join("|")})(?:\\s+[^\\s.!?;\\n]+){0,2}\\s+$|(?:不用|不需要|不要|不必|无需|用不着|别|ไม่ต้อง|ไม่จำเป็นต้อง)[^。！？.!?\\n]{0,4}$`,
  "u",
);
/**
 * "I want the whole thing, not a summary", "translate it, not just summarize it" (twentieth round): "not" right before the
 * cue, with at most "just" and an article between. Not two words more, as after "don't": "not a problem, summarize it"
 * rules nothing out.
 */
const NOT_BEFORE = /(?:^|[\s,(])not (?:just |only |merely |simply )?(?:an? |the |any )?$/u;
/**
 * A bare "no" / "non" / "não" / "ne pas" just before a cue. Not for a cue of Japanese in romaji (fifteenth round): there
 * "no" is the particle of "kono kiji no youyaku", "deeta no bunseki" (the summary of the article, the analysis of the
 * data), and Japanese negates after the verb.
 */
const BARE_NO_BEFORE = /(?:^|[\s,(])(?:no|non|não|ne pas)\s+$/u;
/**
 * A negation just after the cue in the languages that put it there ("übersetzen musst du sie nicht", "翻訳は不要"), and
 * (fifteenth round) in Japanese and Korean typed in Latin letters ("honyaku wa iranai", "beonyeok piryo eopseo"); (seventeenth
 * round) Hindi, Urdu, Bengali and Turkish, which negate after the verb too ("अनुवाद करने की ज़रूरत नहीं", "सारांश मत
 * बनाओ", "অনুবাদ করার দরকার নেই", "özetlemene gerek yok"). Bengali's bare না is left out: "অনুবাদ করে দেবে না?" is a polite ask.
 */
const AFTER = /^[^\s,.!?;:\n]*(?:\s+[^\s,.!?;:\n]+){0,3}\s+(?:nicht|nie|नहीं|मत|নেই|نہیں|gerek yok|gerekmez|gerekmiyor|istemiyorum)(?=[\s.!?,،।]|$)|^[^。！？\n]{0,3}(?:は不要|不要|しなくて|しないで|はいらない|いらない|は結構)|^[^.!?\n]{0,3}(?:필요 없|필요없|하지 마|안 해도)|^[^.!?,\n]{0,12}\s(?:wa )?(?:iranai|fuyou|shinaide|shinakute|piryo eops|piryoeops|an haedo)/u;
/** Characters read on each side of a cue. */
const WINDOW_CHARS = 40;
/**
 * Work put off later in the cue's sentence ("…перевести всё это в официальное обращение, но это потом", "hay que traducir
 * el anexo al inglés, pero eso no corre prisa ahora"): the writer asks for something else first (thirteenth round).
 */
const DEFERRED = new RegExp(
  [
    /\b(?:but|though) (?:that|this|it)(?:'s| is| comes| can)? (?:for )?(?:later|wait|not (?:urgent|now))\b|\b(?:later,? not now|not now,? later|no rush on (?:that|this|it))\b/.source,
    /(?:pero|aunque) (?:eso|esto) (?:es |va |viene )?(?:para )?(?:despu[ée]s|luego|m[áa]s tarde|no corre prisa|no es urgente|puede esperar)|aber das (?:kommt |hat |ist )?(?:sp[äa]ter|zeit|nicht eilig)/.source,
    /mais (?:ça|cela|ceci) (?:viendra |sera |peut )?(?:plus tard|attendre|n'est pas urgent)|ma (?:questo|quello) (?:dopo|più tardi|pu[òo] aspettare|non [èe] urgente)|mas (?:isso|isto) (?:fica para )?(?:depois|mais tarde|pode esperar|n[ãa]o [ée] urgente)/.source,
    /(?:но|а) это (?:потом|позже|подождёт|подождет|не срочно)/.source,
  ].join("|"),
  "u",
);
/** Characters after a cue, to its sentence's end, where work put off later is looked for. */
const SENTENCE_CHARS = 160;

/**
 * Tasks whose cue a negation rules out: the text work people decline ("no need to translate", "不用总结", "no analysis
 * needed, just the number"). A negated
 * maths or code word is a constraint on the method ("别用方程", "without a loop"), and "warum funktioniert das nicht"
 * is a question, so theirs stay.
 */
const DECLINABLE = new Set(["translation", "summarization", "extraction", "classification", "analysis"]);

/**
 * Says the sums are not needed ("I don't need exact calculations, just your assessment", "nie potrzebuję wyliczeń", "no
 * necesito cálculos"): maths declined, unlike a method ruled out ("without equations"; eighteenth round).
 */
const NOT_NEEDED_BEFORE =
  /(?:^|[\s,(¿¡"'«“])(?:no need (?:to|for)|(?:i |we )?(?:don'?t|do not) (?:really )?need|not asking (?:you )?(?:to|for)|no (?:necesito|hace falta|quiero)|n[ãa]o (?:preciso|precisa|quero)|pas besoin d[e']|je ne veux pas|brauche (?:keine|nicht)|nie potrzebuję|nie chcę|не нужн\S*|не надо|не прошу|gerek yok|不需要|不用|(?:gak|ga|nggak|enggak|ngga|tidak|tak) (?:butuh|perlu|minta))(?:\s+[^\s.!?;\n]+){0,2}\s+$/u;

/** "don't need many ideas": what is declined is a quantity, not the ideas. */
const QUANTITY_DECLINED = /(?:many|more|lots? of|a lot of|too many|tons of|dozens of|endless|wild|crazy|long)(?:\s+[^\s.!?;\n]+)?\s+$/u;
/** "…, just three strong ones": a count asked later in the sentence. */
const COUNT_ASKED = /\b(?:just|only|give me|need)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple)\b/u;

/** Ideas or sums declined, not a quantity of them ("i don't need many ideas, just three strong ones"). */
function declinedOutright(lower: string, hit: CueHit): boolean {
  const before = lower.slice(Math.max(0, hit.at - WINDOW_CHARS), hit.at);
  if (!NOT_NEEDED_BEFORE.test(before)) return false;
  if (hit.task !== "brainstorming") return true;
  if (QUANTITY_DECLINED.test(before)) return false;
  const rest = lower.slice(hit.at, hit.at + SENTENCE_CHARS);
  return !COUNT_ASKED.test(rest);
}

/** Whether the cue at `hit` is ruled out by a negation next to it. */
export function isNegated(lower: string, hit: CueHit): boolean {
  // Ideas or advice declined the same way ("gak butuh saran sih, pengen ngobrol aja", "I don't need advice"); not "I don't have
  // any ideas for…", which asks for them (twenty-seventh round).
  if (hit.task === "math" || hit.task === "brainstorming") return declinedOutright(lower, hit);
  if (!DECLINABLE.has(hit.task)) return false;
  const before = lower.slice(Math.max(0, hit.at - WINDOW_CHARS), hit.at);
  if (BEFORE.test(before) || (hit.lang !== "ja-Latn" && BARE_NO_BEFORE.test(before)) || (hit.lang === "en" && NOT_BEFORE.test(before))) return true;
  const end = hit.at + hit.word.length;
  if (AFTER.test(lower.slice(end, end + WINDOW_CHARS))) return true;
  const rest = lower.slice(end, end + SENTENCE_CHARS);
  const stop = rest.search(/[.!?\n。！？]/u);
  return DEFERRED.test(stop < 0 ? rest : rest.slice(0, stop));
}

/** `hits` without the cues a negation rules out (the same array when none is). */
export function withoutNegated(lower: string, hits: CueHit[]): CueHit[] {
  if (hits.length === 0) return hits;
  const kept = hits.filter((hit) => !isNegated(lower, hit));
  return kept.length === hits.length ? hits : kept;
}

/** A break that ends the clause a negated cue stands in. */
const CLAUSE_BREAK = /[,.;:!?\n，。；：！？]/u;

/**
 * The latest turn without the clauses of its ruled-out cues of `task` ("não é preciso traduzir nada, só quero saber o
 * essencial" → "só quero saber o essencial"), when only such cues name `task`, with the reason; undefined otherwise.
 */
export function withoutRuledOutClauses(reading: ReadTurn, task: string): { text: string; why: string } | undefined {
  const negated = reading.negatedCues.filter((cue) => cue.task === task);
  if (negated.length === 0 || reading.cues.some((cue) => cue.task === task)) return undefined;
  const lower = reading.latestLower;
  const text = reading.latest.length === lower.length ? reading.latest : lower;
  // One span per clause, on the original offsets (a cue several tables hold is found once per table, at one place).
  const spans = negated.map((hit) => clauseOf(lower, hit)).sort((a, b) => a[0] - b[0]);
  let out = "";
  let from = 0;
  for (const [start, end] of spans) {
    if (end <= from) continue;
    out += `${text.slice(from, Math.max(from, start))} `;
    from = end;
  }
  const why = `'${negated[0]?.word ?? task}' is ruled out by the writer; the turn was read without that clause`;
  return { text: `${out}${text.slice(from)}`.trim(), why };
}

/** The clause a cue stands in: from the break before it (at most `WINDOW_CHARS` back) to the break after it. */
function clauseOf(lower: string, hit: CueHit): [number, number] {
  const from = Math.max(0, hit.at - WINDOW_CHARS);
  let start = from;
  for (let i = hit.at - 1; i >= from; i--) {
    if (CLAUSE_BREAK.test(lower[i] as string)) {
      start = i + 1;
      break;
    }
  }
  const afterCue = lower.slice(hit.at + hit.word.length);
  const stop = afterCue.search(CLAUSE_BREAK);
  return [start, stop < 0 ? lower.length : hit.at + hit.word.length + stop + 1];
}
