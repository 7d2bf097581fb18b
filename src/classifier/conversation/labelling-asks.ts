/**
 * A pick among named labels for each item ("for each request tell me if it's OK or OUR FAULT"; tenth round):
 * classification. Moved out of `asked-work.ts`, unchanged.
 * @module
 */
import type { AskedWork } from "./asked-work.js";
import { showsCode } from "./code-shape.js";
import { readNumericDomain } from "./numeric-domain.js";
import { PER_ITEM } from "./pipeline-labels.js";
import type { ConversationReading } from "./read-conversation.js";

/**
 * The pick named in the turn: "tell me if it's: OK, CLIENT FAULT or OUR FAULT", "si es deducible o no deducible", "ob
 * es A oder B ist", "A, B or C" after a colon. Bounded runs, so the match is linear.
 */
const PICK_AMONG =
  /[:：][^\S\n]*[^,\n.:：]{1,30}(?:,[^\S\n]*[^,\n.:：]{1,30}){1,8},?[^\S\n]+(?:or|o|ou|oder|или|oppure)[^\S\n]+[^\s,.:]|\b(?:if|whether|si|ob|se)\b(?! (?:i|we) (?:should|could|would|can|need|ought))[^.\n?]{0,60}?(?:it'?s|it is|es|ist|est|é|è|son|sind|sont|são|sono)?[^\S\n]?[^\s,.?]{2,25} (?:or|o|oder|ou|oppure) (?:not |no |nicht |non |não )?[^\s,.?]{2,25}|\b(?:label|mark|tag|flag|categori[sz]e|classify) (?:it|them|each(?: one)?|every one)(?: as)? [^\s,.?]{2,25}(?:,[^\S\n]*[^\s,.?]{2,25}){0,6},?[^\S\n]+or[^\S\n]+[^\s,.]|(?:это|является)[^.\n?]{0,20} или |是[^。\n？]{1,12}还是|[«"“][^"”»\n]{1,25}[»"”][^\n]{0,80}?[^\S\n](?:or|o|ou|oder|или|oppure|of|lub|veya|atau)[^\S\n]+[«"“]/;
/** What every {@link PICK_AMONG} match holds, an "or" between spaces or a quotation mark: looked for before the long pattern. */
const MAY_PICK = /[^\S\n](?:or|o|ou|oder|или|oppure)[^\S\n]|还是|[«"“]/;
/**
 * Labels written with slashes ("OK / AT RISK / BREACH", "bug / feature / question / docs", "네트워크 / DB / 인증 / 기타";
 * fourteenth round), unless the slashes name a table's columns ("as owner / task / due date, table please").
 */
const SLASHED_LABELS = /[^\s/]{1,20}(?: [^\s/]{1,15})? \/ [^\s/]{1,20}(?: [^\s/]{1,15})? \/ [^\s/]/;
/** Slashed labels of up to three words each ("safe to auto-merge / needs a look / breaking"), read only after a labelling verb. */
const LONG_SLASHED_LABELS = /[^\s/]{1,20}(?: [^\s/]{1,15}){0,2} \/ [^\s/]{1,20}(?: [^\s/]{1,15}){0,2} \/ [^\s/]/;
/** Labels joined by bars with no space, as a tool's enum is written ("one of feature|fix|perf|security"; round 44). */
const BARRED_LABELS = /(?<![\s|])[a-z][\w-]{1,19}\|[a-z][\w-]{1,19}\|[a-z]/;
/** Three or more short labels in corner brackets or CJK quotes: 「異常」「要注意」「正常」, “高”“中”“低” (fourteenth round). */
const BRACKETED_LABELS = /[「“『][^」”』\n]{1,15}[」”』][^「“『\n]{0,40}[「“『][^」”』\n]{1,15}[」”』][^「“『\n]{0,40}[「“『][^」”』\n]{1,15}[」”』]/;
/**
 * A group asked for each item among groups listed after a colon, in Chinese and Japanese: "分别该转给哪个组：物流组、售后
 * 维修组、财务组、技术支持组", "どの部署か：営業、経理、人事" (review of the twenty-fifth round).
 */
const CJK_WHICH_OF_LISTED = /(?:哪(?:个|一|类|种)|どの)[^\n：:]{0,10}[:：][^\n。、]{1,15}(?:、[^\n、。]{1,15}){2,}/;
/** Labels listed after "as / into / under one of": "as one of: decision, status-update, brainstorm, 1:1". */
const ONE_OF_LIST = /\b(?:as|into|under) (?:one of|either)[:：]?\s{0,3}[^,\n.?]{1,25}(?:,\s{0,3}[^,\n.?]{1,25}){2,8}/;
const COLUMNS = /\b(?:table|columns?|csv|json|spreadsheet)\b|\beach \S+(?: \S+)? with\b|表格|テーブル|표로/;
/**
 * Labelling asked without "each" (seventeenth round): "score these leads as HOT / WARM / COLD", "can you just mark them",
 * "this keyword list tagged by search intent", "pro Spieler", "per student" (not "per line": "yield % per line"), "распредели
 * заявки по отделам" (twentieth round).
 */
const LABELLING_VERB =
  /\b(?:score|mark|label|tag|rate|classify|sort|flag|grade|bucket|categori[sz]e|route)d? (?:these|them|those|all|each|every)\b|\bput (?:each|every) (?:\S+ )?(?:into|under|in)\b|\b(?:tagged|labell?ed|categori[sz]ed|sorted|bucketed) (?:by|as|into|for|with)\b|\bpro (?:spieler|schüler|schülerin|person|kunde|kundin|mitarbeiter|zeile|eintrag|bewerber|bewerbung|ticket|team)\b|\bper (?:student|player|customer|ticket|lead|batch|employee|review|email|message|pupil|applicant|candidate)\b|(?:распредели|рассортируй|раздели|разнеси)[а-я]* [^.\n]{0,40}?по (?:отделам|категориям|группам|папкам|типам|темам|приоритетам)/;
/** A yes/no-style pair ("yes/no per applicant", "pass/fail"; not "Y/N", a column's values) or bands given to label by ("Use these bands: 0–30 Good, …"). */
const LABEL_PAIR_OR_BANDS = /\b(?:yes\/no|pass\/fail|go\/no-go|true\/false|ok\/not ok)\b|\b(?:use|using|with|apply|by) (?:these|the following|our|this|the) (?:bands|categories|tiers|levels|grades|buckets|labels|ranges)\b/;
/** "sort our 2023 donors into giving tiers", "split the leads into buckets": labels named by the groups to sort into. */
const SORT_INTO = /\b(?:sort|split|group|bucket|put) (?:our |my |the |these |all )?(?:\S+ ){0,2}into (?:giving |price |risk |size )?(?:tiers|groups|buckets|categories|bands|segments)\b/;
/** Labels in capitals offered as a pick: "ADMIS ou NON ADMIS", "PASS or FAIL", "GO / NO-GO". */
const CAPITAL_PICK = /(?<![\p{L}])(\p{Lu}[\p{Lu}-]{1,19}(?: \p{Lu}[\p{Lu}-]{1,19})?)(?: ?,? (?:or|ou|oder|o|of|или|lub|veya|ή|sau|atau|hoặc|vagy|nebo|alebo|tai|eller|au|або|או|أو|یا) (?:(?:a|an|een|ein|eine|un|una|une|um|uma|uno|el|la|le|der|die|das|de|het) )?| \/ )(?!\1(?![\p{L}]))\p{Lu}[\p{Lu}-]{1,19}(?![\p{L}])/u;
const CAPITAL_WORD = /(?<![\p{L}])\p{Lu}[\p{Lu}-]{2,19}(?![\p{L}])/gu;

/** Labels written in capitals: a pick between them, or (after a labelling verb) two different ones ("PASS if …, anything else FAIL"). */
/**
 * A label asked for by its noun in other languages ("sadece etiket yaz", "przypisz etykietę", "címkét adj"; eighteenth
 * round): with two labels in capitals, a labelling ask.
 */
const LABEL_NOUN = /(?<![\p{L}])(?:etiket\p{L}*|etykiet\p{L}*|etiketti\p{L}*|címk\p{L}*|štítek|štítky|nhãn|etichet\p{L}*|ετικέτ\p{L}*|мітк\p{L}*|метк\p{L}*)|लेबल|תווית|برچسب|ป้ายกำกับ/u;

function capitalLabels(head: string, labelling: boolean): boolean {
  if (CAPITAL_PICK.test(head)) return true;
  return labelling && new Set(head.match(CAPITAL_WORD)).size >= 2;
}

/** Readings a per-item pick among named labels is mistaken for: the items' own content pulls them. */
const LABELLING_MISREAD = new Set(["code_review", "extraction", "analysis", "simple_qa", "math", "summarization", "chat", "translation", "code_generation"]);
/**
 * What makes a labelling ask read as code generation a real one: code to write ("a function that puts each order into
 * a bucket: LOW, MID, HIGH"). Upper-case labels and dates alone moved a plain "put each invoice into a bucket: CURRENT,
 * LATE, COLLECTIONS" to code_generation on a retrain (twenty-second round).
 */
const CODE_OBJECT = /\b(?:function|script|code|regex|sql|query|program|class|method|lambda|python|javascript|typescript|java|rust|golang|bash|shell|excel|sheets?|spreadsheet|formula|macro|udf)\b/;
/** Characters of the turn's head where a labelling ask is read. */
const LABELLING_HEAD_CHARS = 300;

/**
 * Classification for a turn whose head asks a pick among named labels for each item below ("for each request tell me
 * if it's OK, CLIENT FAULT or OUR FAULT", "Dime para cada gasto si es deducible o no deducible") (tenth round).
 */
export function labellingAskGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  // "Tag this meeting as one of: decision, status-update, brainstorm, 1:1", "file this under one of: poem, story, essay":
  // the listed labels' own words ("brainstorm", "poem") name no work (round 46, dev-222).
  if ((task === "brainstorming" || task === "creative_writing") && reading.latestIndex >= 0) {
    const head = reading.latestLower.slice(0, LABELLING_HEAD_CHARS);
    if (ONE_OF_LIST.test(head) && (LABELLING_VERB.test(head) || /\b(?:tag|label|mark|classify|categori[sz]e|file|route|sort)\b/.test(head))) return { task: "classification", why: "asks a pick among the labels listed after 'one of'" };
  }
  // "Pull every invoice into a JSON array: …, paid (true/false/unknown)": fields to fill, whatever values they may take.
  if (!LABELLING_MISREAD.has(task) || reading.latestIndex < 0 || reading.cues.some((cue) => cue.strong && cue.task === "extraction")) return undefined;
  const head = reading.latestLower.slice(0, LABELLING_HEAD_CHARS);
  const labelling = LABELLING_VERB.test(head) || (head.includes(" into ") && SORT_INTO.test(head)) || LABEL_NOUN.test(head);
  // In a coding agent's run a labelling ask is code to write unless the labels are written out and no code is named
  // ("label these merged PRs: one of feature|fix|perf", "sort them into: safe to auto-merge / needs a look / breaking").
  const listed = labelling && (BARRED_LABELS.test(head) || (head.includes(" / ") && LONG_SLASHED_LABELS.test(head) && !COLUMNS.test(head)));
  if (task === "code_generation" && (CODE_OBJECT.test(head) || (reading.agent.coding && !listed) || reading.cues.some((cue) => cue.task === "code_generation"))) return undefined;
  if (!labelling && !PER_ITEM.test(head)) return undefined;
  const written = listed || ONE_OF_LIST.test(head) || BRACKETED_LABELS.test(head) || CJK_WHICH_OF_LISTED.test(head) || LABEL_PAIR_OR_BANDS.test(head) || (head.includes(" / ") && SLASHED_LABELS.test(head) && !COLUMNS.test(head)) || capitalLabels(reading.latest.slice(0, LABELLING_HEAD_CHARS), labelling);
  // "each team rolls 3 dice … the total is 10 or more: what's the probability?": an "or" among maths words names no labels.
  if (!written && !(MAY_PICK.test(head) && PICK_AMONG.test(head) && !readNumericDomain(head).math)) return undefined;
  // "does this tip calculator js look right? … $89.64 each … ```js … bill * tip / 100 / people```": the slashes and the
  // "each" are code's and a sum's, not labels (round 41). Read last: the whole turn's code shape costs most.
  if (head.includes("```") || showsCode("user", reading.latest)) return undefined;
  return { task: "classification", why: "asks for a pick among named labels for each item" };
}
