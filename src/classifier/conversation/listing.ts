/**
 * "List the action items / next steps / decisions / owners" over a transcript, notes or a thread is extraction: the
 * items are in the text, to be pulled out as they are (a summary would condense the whole text; "condense into
 * action items" keeps its verb). Read in the ten cue languages, only when there is a text to list from: pasted
 * earlier, pasted in the turn, or fetched by the agent's tools for it. Asking who does what lists the items with their
 * owners; listing a contract's obligations or a letter's required documents pulls them out too (seventh round).
 * @module
 */
import type { GuardResult } from "./task-guards.js";
import type { ConversationReading } from "./read-conversation.js";
import { isConstraintPuzzle } from "./constraint-puzzle.js";

/** A verb that asks for a list, in the ten cue languages (not "give me" or "what are": "what are the next steps?" over a plan asks for advice). */
const LIST_VERB =
  /\b(?:list|enumerate|pull out|extract|write down|note down|jot down|gather|collect|who owns)\b|enumera|\blista\b|\blistar?\b|saca\b|apunta|anota|nenne|liste\b|auflist|notiere|sammle|énumère|relève|recense|dresse la liste|note les|enumere|anote|elenca|annota|riporta|перечисли|выпиши|запиши|составь список|列出|列一下|整理出|罗列|挙げて|リストアップ|書き出して|一覧|나열|뽑아|목록|적어 ?줘/;
/** What a meeting or a thread yields: action items, next steps, decisions, owners, deadlines, open questions. */
const MEETING_ITEMS =
  /\b(?:action items?|next steps?|to-?dos?|decisions?|owners?|deadlines?|open questions?|follow-?ups?|who owns|who does what|assignees?)\b|tareas pendientes|próximos pasos|decisiones|responsables|acuerdos|plazos|aufgaben|nächsten schritte|entscheidungen|verantwortlich|fristen|prochaines étapes|décisions|responsables|échéances|itens de ação|próximos passos|decisões|responsáveis|prazos|prossimi passi|decisioni|responsabili|scadenze|следующие шаги|решения|ответственн|сроки|договор[её]нност|待办|行动项|下一步|决定|决策|负责人|截止|アクションアイテム|次のステップ|決定事項|担当|宿題|期限|액션 아이템|다음 단계|결정 사항|담당자|할 일|마감/;
/** What a contract, a policy or a letter lays down, listed as it is: obligations, requirements, conditions, documents needed. */
const DOCUMENT_ITEMS =
  /\b(?:obligations|requirements|conditions|clauses|duties|documents needed|required documents|fee terms|payment terms|billing terms|fees|key dates)\b|obligaciones|requisitos|cl[áa]usulas|obriga[çc][õo]es|pflichten|anforderungen|voraussetzungen|klauseln|exigences|obblighi|requisiti|clausole|обязанност|обязательств|требовани|义务|要求|条款|所需材料|義務|要件|必要な書類|의무|요건|필요 서류/;
/**
 * Asks who does what, which lists the agreed items with their owners: "who's on the hook for what", "what did we agree
 * and who's on it", "quién se encarga de cada cosa", "wer macht was", "qui fait quoi", "谁负责什么", "誰が担当".
 */
const OWNER_ASK =
  /\bwho(?:'s| is| are)? (?:on it|on what|on the hook|doing what|does what|owns what|responsible for (?:what|each|which))\b|\bwho(?:'s| is) on\b[^?\n]{0,30}\bfor what\b|qui[ée]n (?:se encarga|hace qu[ée]|se ocupa|es responsable)|wer (?:macht was|kümmert sich|ist (?:dafür |wofür )?zuständig|übernimmt)|qui (?:fait quoi|s'occupe|est responsable|se charge)|quem (?:faz o qu[eê]|cuida|é respons[áa]vel|fica com)|chi (?:fa cosa|se ne occupa|si occupa|è responsabile)|кто (?:что делает|за что отвечает|отвечает|занимается)|谁负责|谁来做|由谁负责|誰が(?:何を)?担当|誰が何を|누가 (?:뭘 |무엇을 )?(?:맡|담당)/;
/** Asks what happened, in the cue languages: a recap of the text, not a list pulled from it. */
const RECAP =
  /\bwhat happened\b|что случилось|что произошло|was (?:ist )?passiert|qu[eé] (?:pas[oó]|ha pasado)|ce qui s'est pass[ée]|que s'est-il pass[ée]|cosa [èe] successo|o que aconteceu|发生了什么|何があった|무슨 일이/;
/** The decisions of a meeting, in English. */
const DECISIONS = /\bdecisions?(?: made| taken)?\b|\bwhat (?:we|they|was) (?:decided|agreed)\b/;
/** Asks for it short: "short as possible", "keep it short", "digest", "tl;dr", "in a few lines", "brief", "можешь сделать коротко" (twentieth round). */
const ASKED_SHORT =
  /\b(?:short as possible|as short as|(?:keep|make) it (?:short|brief)|short version|digest|tl;?dr|in (?:a few|two|three|2|3) (?:lines|sentences)|briefly|brief)\b|(?:сделай|сделать|напиши|можешь) (?:\S+ )?(?:коротко|кратко)|(?:hazlo|resúmelo) (?:corto|breve)|fais court|kurz (?:zusammen|fassen)/;
/** A text to list from: this many characters pasted before the turn, or in it. */
const MIN_SOURCE_CHARS = 200;
const MIN_TURN_WITH_TEXT_CHARS = 300;
/** Readings a listing of a text's items can be mistaken for. */
const LISTING_READINGS = new Set(["simple_qa", "analysis", "chat", "brainstorming", "deep_reasoning", "summarization", "classification"]);

/** Extraction for a request to list a text's action items, decisions or owners (see the module comment). */
export function listingGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!LISTING_READINGS.has(task) || reading.agent.coding) return undefined;
  const text = reading.latestLower;
  const hasSource = reading.contextTextChars >= MIN_SOURCE_CHARS || reading.agent.toolCallsAfterLatest > 0 || text.length >= MIN_TURN_WITH_TEXT_CHARS;
  if (!hasSource || reading.cues.some((cue) => cue.strong && cue.task !== "extraction")) return undefined;
  // "Who owns what and lives where?" after a logic grid's clues asks for the puzzle solved (nineteenth round).
  if (isConstraintPuzzle(text)) return undefined;
  const owners = OWNER_ASK.exec(text);
  // "Коротко: что случилось, что решили и кто что делает?": a recap that names the owners too is a summary (thirteenth round);
  // so is one asked short ("no just the decisions and who's doing what, short as possible"; seventeenth round).
  const recap = (): boolean => RECAP.test(text) || ASKED_SHORT.test(text);
  // "just the decisions and who owns what": the meeting's outcome asked with its owners is a recap too, unless a verb asks
  // for a list.
  if (owners !== null && (recap() || (DECISIONS.test(text) && !LIST_VERB.test(text.replace(owners[0], ""))))) return undefined;
  if (owners !== null) return { task: "extraction", why: `'${owners[0]}' lists the agreed items with their owners` };
  const verb = LIST_VERB.exec(text);
  if (verb === null || (verb[0] === "who owns" && (recap() || DECISIONS.test(text)))) return undefined;
  const items = MEETING_ITEMS.exec(text.slice(verb.index)) ?? DOCUMENT_ITEMS.exec(text);
  if (items === null) return undefined;
  return { task: "extraction", why: `'${verb[0]} … ${items[0]}' lists items of a given text` };
}

/**
 * A short turn that opens by asking a list of what a tool brought back (round 47, dev-230 and dev-205): "list the datasets
 * they used" after a paper's text, "List the Redis commands this class issues per hit, just the names" after a file, "list
 * the pods using more than 1Gi memory, name and value only" after kubectl. Over the development agent runs 27 of 29 such
 * turns were labelled extraction; a reading of a lookup, of code or of its review misses it. Not a turn that asks code,
 * a list of judgements (below), or names another task.
 */
const LIST_OPENING = /^(?:(?:ok|okay|now|and|just|pls|please|can you|could you)[,\s]+)*(?:list|pull out|extract|grab) (?:all |every |each |just )?(?:the|every|each|all)\b/;
/** Code asked beside the list. */
const CODE_ASKED = /\b(?:write|script|function|code that|snippet|fix|change|add|refactor|implement)\b/;
/**
 * A list of judgements, not of items the text holds: pros and cons, trade-offs, risks, edge cases, issues, steps, ideas
 * ("list the pros and cons of each", "list the security issues in it, worst first"; round 47's review).
 */
const JUDGED_ITEMS =
  /\b(?:pros|cons|trade-?offs?|risks?|edge cases?|issues?|problems?|bugs?|flaws?|weaknesses|strengths|steps?|differences?|advantages?|disadvantages?|benefits?|drawbacks?|recommendations?|ideas?|options?|ways?|reasons?|causes?|concerns?|improvements?|mistakes?|vulnerabilit\w*|gaps?|lessons?)\b/;
/** Longest turn read this way: a longer one carries its own brief. */
const MAX_LIST_TURN_CHARS = 120;
/** Readings such a turn is mistaken for (a summary's or an idea list's reading is left alone). */
const RESULT_LIST_READINGS = new Set(["simple_qa", "code_generation", "code_review", "analysis", "chat", "classification"]);

/** Extraction for a short turn that asks a list of a tool's results (see above). */
export function resultListGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!RESULT_LIST_READINGS.has(task) || reading.agent.toolResultsBeforeLatest === 0 || reading.latestLower.length > MAX_LIST_TURN_CHARS * 2) return undefined;
  const text = reading.latestLower.trim();
  if (text.length > MAX_LIST_TURN_CHARS || text.includes("\n") || !LIST_OPENING.test(text) || CODE_ASKED.test(text) || JUDGED_ITEMS.test(text)) return undefined;
  if (reading.cues.some((cue) => cue.strong && cue.task !== "extraction")) return undefined;
  return { task: "extraction", why: "asks a list of what the run's tools brought back" };
}
