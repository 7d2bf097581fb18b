/**
 * Corrections a person would make to a task reading that saw only words: a defining verb names the task, a question
 * about the world is not small talk (numbers in a log or a business report: `numeric-guard.ts`; a coding agent's
 * turns: `agent-guard.ts`).
 * @module
 */
import { isBareAcknowledgement, isBareGoAhead, isClosing } from "./closing.js";
import { looksUpRule } from "./rule-lookup.js";
import { sharesNews } from "./shared-news.js";
import { OPENING_GREETING } from "./opening-greeting.js";
import { soleStrongCue, type CueHit } from "./cue-matcher.js";
import { insideQuote, instructionStrongCues, materialStart, namesTheText } from "./instruction-cues.js";
import { countNumbers, hasExplicitMath, readNumericDomain } from "./numeric-domain.js";
import { isMoneyTransfer, nothingToDebug } from "./cue-context.js";
import type { ConversationReading } from "./read-conversation.js";

/** Small talk even in an agent's conversation: thanks or an acknowledgement in a few words. */
export const SMALL_TALK =
  /^(hi|hello|hey|thanks|thank you|thx|ok|okay|great|cool|nice|perfect|awesome|danke|gracias|merci|grazie|obrigad\w|спасибо|谢谢|ありがとう|고마워)\b[^\n]{0,30}$|^(super|genial|parfait|perfetto|perfeito|отлично|完美|太好了|完璧|좋아요|감사합니다|고맙습니다)[^\n]{0,30}$/;
export const BUG_WORDS = new RegExp(
  /\b(bug|error|exception|fail\w*|crash\w*|broken|wrong|why|doesn'?t|does not|isn'?t|not working|traceback|stack trace|review|regression|flak(e|y|es|iness)|explain|what does|how does|where (is|are|do|does)|walk me through|slow(er|ly|ness)?|hang(s|ing)?|stuck|tim(es|ing) out|leak(s|ing)?|investigate|diagnose|find out|figure out|profile (it|this|that|the)|where the time goes|bottlenecks?|hot ?spots?|(safe|secure) (from|against)|vulnerab\w*|injection|xss|csrf|security (holes?|issues?|pass|review|audit))\b|fehler|erreur|errore|erro|ошибк|错误|エラー|오류|버그|/.source +
    // why, slow, fails, crashes, investigate and (eleventh round) explain, in the nine other cue languages
    /por qu[eé]|(?<![a-zà-ÿ])lent([oa]|es?)?(?![a-zà-ÿ])|falla|fallo|se cae|investiga|expl[ií]ca(me|lo|melo)?(?![a-zà-ÿ])|erkl[äa]r(e|mir)?(?![a-zà-ÿ])|explique(-moi)?(?![a-zà-ÿ])|spiega(mi)?(?![a-zà-ÿ])|объясни|解释|說明一下|説明して|설명해|warum|wieso|langsam|schl[äa]gt fehl|st[üu]rzt|untersuch|pourquoi|[ée]choue|plante|perch[ée]|fallisce|si blocca|почему|медленн|тормоз|пада[ею]т|вылета|разберись|为什么|為什麼|慢|失败|崩溃|排查|なぜ|どうして|遅い|重い|失敗|落ちる|クラッシュ|調べて|왜|느려|느린|실패|충돌|크래시/.source,
);

/** Asks to change code, in the ten cue languages: a diagnosis ask with one of these is a change to make. */
export const CHANGE_REQUEST = new RegExp(
  /\b(write|create|generate|implement|add|fix|change|update|refactor|rename|make|build|remove|delete|replace|migrate|convert|port|rewrite|patch|bump|set|support|shrink|slim down|speed up|get it (?:way |much |a lot )?(?:smaller|faster|lighter|down))\b|/.source +
    // Stems of other languages start a word ("crea" is in "created", "increase"); CJK stems stand alone.
    /(?<![a-zà-ÿа-яё])(?:escrib|crea(?!t)|implementa|a[ñn]ad|agreg|arregl|corrig|cambi|actualiz|schreib|erstell|implementier|f[üu]g|behebe|beheb|[äa]nder|ersetz|baue|[ée]cri|cr[ée]e|ajout|corrige|modifi|remplac|escrev|adicion|corrij|altere|scrivi|aggiung|correggi|modific|sostituisc|напиши|создай|добав|исправ|измени|замени)|写|添加|加上|修复|修改|实现|创建|書いて|追加|修正|実装|作って|変更|작성|추가|수정|구현|만들|변경|고쳐|고치|바꿔/.source,
);

/**
 * Whether a chat cue may be a greeting or thanks, which open requests of every kind: a single word ("tack", "merci",
 * "hai") or a greeting or thanks phrase ("buenas tardes", "תודה רבה"). Other chat phrases ("erinnern Sie sich", "volevo
 * solo dirle", "keine Tipps") talk to the assistant and name chat (thirteenth round).
 */
function isGreetingOrThanks(word: string): boolean {
  return !word.includes(" ") || SMALL_TALK.test(word) || GREETING_WORD.test(word);
}
/** Greetings and thanks of the cue languages, as cue words. */
const GREETING_WORD =
  /^(?:hi|hey|hello|hola|buen[oa]s|buenos d[ií]as|gracias|hallo|servus|moin|guten (?:morgen|tag|abend)|danke|salut|bonjour|bonsoir|coucou|merci|ol[áa]|oi|bom dia|boa (?:tarde|noite)|obrigad[oa]|ciao|salve|buongiorno|buonasera|grazie|привет|здравствуй|добр(?:ый|ое) |спасибо|你好|您好|谢谢|こんにちは|おはよう|ありがとう|안녕|감사|고마워|thank you|many thanks|muchas gracias|vielen dank|merci beaucoup|muito obrigad|grazie mille|dzień dobry|dziękuję|god (?:morgon|dag|kväll|morgen|aften)|tack så|goede(?:morgen|middag|navond)|hartelijk dank|xin chào|cảm ơn|selamat (?:pagi|siang|sore|malam)|terima kasih|dobr(?:ý|é|y|e) (?:den|ráno|večer)|bun[ăa] (?:ziua|diminea|seara)|καλημέρα|καλησπέρα|доброго|добрий|добър ден|iyi (?:günler|akşamlar)|çok teşekkür|teşekkür ederim|hyvää (?:päivää|huomenta|iltaa)|jó (?:napot|reggelt|estét)|bon dia|bona tarda|dobar dan|laba diena|labas rytas|labdien|tere hommikust|assalamu|السلام عليكم|صباح الخير|مساء الخير|शुभ प्रभात|नमस्ते|בוקר טוב|ערב טוב|סלאם|سلام عليكم|habari za|magandang (?:umaga|hapon|gabi)|maraming salamat|תודה רבה|شكرا جزيلا|خیلی (?:ممنون|مرسی)|बहुत धन्यवाद|bahut (?:shukriya|dhanyavaad)|çok (?:teşekkürler|sağ ol)|ευχαριστώ πολύ|большое спасибо|спасибо большое|дуже дякую|щиро дякую|moc děkuj|díky moc|bardzo dziękuję|dzięki wielkie|mange tak|tusen takk|kiitos paljon|köszönöm szépen|mulțumesc mult|makasih banyak|mil gracias|danke (?:schön|sehr)|非常感谢|多谢|本当にありがとう|정말 (?:감사|고마))/;

/** Whether a lower-cased, trimmed turn is thanks, a greeting or an acknowledgement in a few words. */
export function isSmallTalk(text: string): boolean {
  return SMALL_TALK.test(text);
}

/** A correction and why it was made. */
export interface GuardResult {
  task: string;
  why: string;
}

export { looksLikeLog } from "./numeric-domain.js";

/** Words that name a maths problem (for token-level checks). */
export const MATH_PROBLEM_WORDS: ReadonlySet<string> = new Set(
  "solve equation equations integral derivative theorem prove probability polynomial matrix quadratic factorial modulo geometry algebra triangle circle radius divisible prime".split(" "),
);
/** Business and product metric words (for token-level checks). */
export const METRIC_TOKENS: ReadonlySet<string> = new Set(
  "churn retention conversion revenue mrr arr kpi kpis cohort cohorts funnel signups signup subscribers customers users dau mau arpu ltv cac nps growth yoy quarter quarterly margin sales bookings rate rates tickets backlog headcount rating ratings reviews traffic visitors sessions spend budget ads campaign campaigns clicks".split(" "),
);

/** Tasks whose verbs ("analyse", "explain why") also open maths problems. */
const ANALYSING_TASKS = new Set(["analysis", "deep_reasoning"]);

/** Characters of a turn's head where a defining verb overrides a reading no word of the turn names. */
const DEFINING_HEAD_CHARS = 80;
/** The end of the turn's first line (a word of the text below it names no task the turn asks for). */
function firstLineEnd(lower: string): number {
  const end = lower.indexOf("\n");
  return end < 0 ? lower.length : end;
}

/**
 * Whether a cue at `at` is in the turn's opening words (early) or in the writer's own paragraphs before a text they
 * pasted (thirteenth round), and not inside a quoted text.
 */
function opensTurn(lower: string, at: number): boolean {
  if (insideQuote(lower, at)) return false;
  if (at <= DEFINING_HEAD_CHARS) return true;
  const framingEnd = materialStart(lower);
  return framingEnd >= 0 && at < framingEnd;
}
/** A pasted text at least this long before the writer's closing paragraph. */
const CLOSING_BODY_CHARS = 400;
/** The writer's closing paragraph after a pasted text is at most this long. */
const CLOSING_ASK_CHARS = 400;

/**
 * Whether a cue at `at` is in the writer's closing paragraph after a text they pasted (sixteenth round): a letter, a
 * contract or a policy, then "Kun je dit vertalen naar het Pools?", "перекладіть будь ласка українською".
 */
export function closesTurn(lower: string, at: number): boolean {
  const trimmed = lower.trimEnd();
  const paragraph = trimmed.lastIndexOf("\n\n");
  if (paragraph < CLOSING_BODY_CHARS || at <= paragraph || trimmed.length - paragraph > CLOSING_ASK_CHARS || insideQuote(lower, at)) return false;
  // The writer asks ("?", "please"); a pasted letter's own last paragraph ("a translation is available on request") does not.
  return ASKING_MARK.test(trimmed.slice(paragraph));
}
/** A question or a word of asking politely, in the cue languages' most common forms. */
const ASKING_MARK =
  /[?？؟]|\b(?:please|pls|plz|bitte|por favor|porfa|per favore|s'il (?:te|vous) pla[iî]t|svp|por gentileza|alsjeblieft|alstublieft|graag|v[ăa] rog|te rog|lütfen|tolong|kérem|molim|prosim|vær så snill|snälla|pyydän)\b|proszę|prosím|будь ласка|пожалуйста|прошу|παρακαλώ|請|请|お願い|부탁/;
/**
 * Pieces, ideas and (sixteenth round) a reasoning asked for ("No quiero una respuesta rápida: razona a fondo"), whose
 * defining words name the work wherever the writer asks it in their own words.
 */
const OWN_WORDS_WORK = new Set(["creative_writing", "brainstorming", "deep_reasoning"]);
/** A turn at most this long with no pasted text in it is all the writer's own words. */
const OWN_WORDS_CHARS = 1_500;

/**
 * Whether a piece or ideas are asked in the writer's own words: a turn with no pasted text ("Você poderia escrever um
 * e-mail pra eu mandar…" in its second paragraph, "Pourriez-vous me proposer une dizaine de pistes…"), outside quotes
 * (thirteenth round). A text-work reading of such a turn saw only its length.
 */
function asksInOwnWords(lower: string, cue: CueHit): boolean {
  return OWN_WORDS_WORK.has(cue.task) && lower.length <= OWN_WORDS_CHARS && materialStart(lower) < 0 && !insideQuote(lower, cue.at);
}

/** Work on a given text, which the text itself can pull a reading towards. */
const TEXT_WORK = new Set(["translation", "summarization", "extraction", "classification"]);

/** Work whose verb, opening a turn, outweighs a text-work reading no word names ("ช่วยวิเคราะห์…" read as extraction). */
const OPENING_WORK = new Set([...TEXT_WORK, "analysis"]);

/** Readings that figures in a text can pull a request towards, away from what its verb asks. */
const FIGURE_READINGS = new Set(["math", "analysis", "deep_reasoning", "simple_qa", "chat"]);

/**
 * A defining verb names the task: "resume este texto", "fasse zusammen", "总结", "要約して", "traduce" — a text
 * full of figures it is applied to does not make the request maths or analysis. Applies when the latest turn's
 * defining cues all name one task and the reading is one figures can produce, except that an analysing verb over
 * explicit maths (notation or maths words) leaves a maths reading alone.
 */
export function definingCueGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task === "creative_writing") return writingAsTextWork(reading);
  // A text-work reading no word of the turn's first line names (a letter to translate read as its summary, a bilingual
  // invoice to "pull out" fields from read as translation) is a guess too, when the verb of other text work or of
  // analysis opens it.
  const lineEnd = firstLineEnd(reading.latestLower);
  const untold = TEXT_WORK.has(task) && !reading.cues.some((cue) => cue.task === task && cue.at < lineEnd);
  if (!FIGURE_READINGS.has(task) && !untold) return undefined;
  const named = soleStrongCue(instructionStrongCues(reading.latestLower, reading.cues));
  if (named === undefined || named.task === task || namesTheText(reading.latestLower, named)) return undefined;
  // "Qu'est-ce qui cloche ?" over a player's figures: a debugging word with nothing to debug names no debugging.
  if (named.task === "code_review" && nothingToDebug(reading)) return undefined;
  if (named.task === "translation" && named.lang === "ru" && isMoneyTransfer(reading)) return undefined;
  const closing = closesTurn(reading.latestLower, named.at);
  if (untold && task !== "translation" && !closing && !(OPENING_WORK.has(named.task) ? opensTurn(reading.latestLower, named.at) : asksInOwnWords(reading.latestLower, named))) return undefined;
  // An analysing word is common in pasted text ("Lumen Analytics", "Data Analyst"): it must be in the ask's own line.
  if (untold && named.task === "analysis" && named.at >= lineEnd && !closing) return undefined;
  // "Analyse the function f(x) = x³ − 3x" is calculus: an analysing verb does not take maths away from maths.
  if (task === "math" && ANALYSING_TASKS.has(named.task) && hasExplicitMath(reading.latestLower)) return undefined;
  // "не могу решить: рыцари и лжецы…", "solve this riddle": a puzzle is solved too; solving does not make it maths.
  if (task === "deep_reasoning" && named.task === "math" && reading.cues.some((cue) => cue.task === "deep_reasoning")) return undefined;
  // "メルカリの販売手数料って今何%でしたっけ？": a rate looked up, whatever maths word asks for it (nineteenth round).
  if (named.task === "math" && looksUpRule(reading.latestLower)) return undefined;
  // "maks døgndose er 60 mg/kg, hvor mange doser…?": a rule's noun among figures the turn asks to compute names no lookup.
  if (task === "math" && named.task === "simple_qa" && countNumbers(reading.latestLower, MIN_SUM_FIGURES) >= MIN_SUM_FIGURES && readNumericDomain(reading.latestLower).compute) return undefined;
  return { task: named.task, why: `the verb '${named.word}' (${named.lang}) names the task` };
}

/**
 * A writing reading of a turn that opens with text work's defining verb ("turn this into a short handover for the night
 * shift: bed 7, …", "summarize this for the team newsletter"): the text is to be summarized, translated or pulled from,
 * not written anew. A retrain read that handover as creative writing (twenty-second round).
 */
/** Text work done on a pasted text (translation's cue words also name people: "as a JP>EN translator"). */
const PASTED_TEXT_WORK = new Set(["summarization", "extraction"]);
/** Characters of pasted material after the framing verb, and at most between the verb and the material's mark. */
const PASTED_MIN_CHARS = 80;
/** How far into the turn the framing verb may stand. */
const OPENING_CHARS = 60;
const WRITING_NOUN_NEXT = /^\s*(?:stor(?:y|ies)|poems?|songs?|films?|movies?|scripts?|screenplay|plays?|videos?|tales?|fables?|novels?|sketch|skit|rap|ballad|sonnet|haiku|limerick)\b/;

function writingAsTextWork(reading: ConversationReading): GuardResult | undefined {
  const named = soleStrongCue(instructionStrongCues(reading.latestLower, reading.cues));
  // The verb opens the turn ("Ein paar Stichpunkte: …" further down lists the writer's notes for the speech to write).
  if (named === undefined || !PASTED_TEXT_WORK.has(named.task) || named.at > OPENING_CHARS || namesTheText(reading.latestLower, named)) return undefined;
  // The verb frames a pasted text: the material follows it after a colon or a line break, not a request to write.
  const lower = reading.latestLower;
  const after = named.at + named.word.length;
  const breaks = [lower.indexOf(":", after), lower.indexOf("\n", after)].filter((at) => at >= 0);
  const material = breaks.length === 0 ? -1 : Math.min(...breaks);
  if (material < 0 || lower.length - material < PASTED_MIN_CHARS || (material > after + PASTED_MIN_CHARS && materialStart(lower) < 0)) return undefined;
  // "turn this into a short story": the cue's words go on to name a piece of writing.
  if (WRITING_NOUN_NEXT.test(reading.latestLower.slice(named.at + named.word.length, named.at + named.word.length + 24))) return undefined;
  return { task: named.task, why: `the verb '${named.word}' (${named.lang}) names the task` };
}

/** Tasks a system prompt can set for every turn: a pipeline that transforms what the user sends. */
const PIPELINE_TASKS = new Set(["translation", "summarization", "extraction", "classification"]);
/** What a pipeline prompt's shape was, for the reason. */
const PIPELINE_SHAPES: Record<string, string> = {
  classification: "labelling job",
  extraction: "JSON of fields to fill",
  translation: "localization engine",
  creative_writing: "writing job",
  brainstorming: "ideas job",
  summarization: "summarizer",
};
/** Pipelines whose turn is never a question to them. */
const ASKED_PIPELINES = new Set(["creative_writing", "brainstorming"]);
/** A turn this long sent to a pipeline is the text to transform. */
const PIPELINE_TEXT_CHARS = 200;

/**
 * A system prompt that defines a pipeline ("You are a localization agent. Translate the UI strings…", "Classify each
 * email…") sets the task of a latest turn that only carries input or parameters ("Target locale: pt-BR"): no defining
 * verb of its own and no cue of another task. Not for a coding agent's prompt, whose turns say what to do.
 */
export function systemTaskGuard(task: string, reading: ConversationReading, ownAsk?: (reading: ConversationReading) => string | undefined): GuardResult | undefined {
  if (reading.agent.codingSystem || reading.latestIndex < 0 || reading.cues.some((cue) => cue.strong)) return undefined;
  const named = soleStrongCue(reading.systemCues);
  const verb = named !== undefined && PIPELINE_TASKS.has(named.task) ? named : undefined;
  const pipeline = verb?.task ?? reading.systemPipeline;
  if (pipeline === undefined || pipeline === task) return undefined;
  // "write the status letter to Mr. Achterberg…" to an agent that writes case summaries asks for the letter (nineteenth round).
  const asked = ownAsk?.(reading);
  if (asked !== undefined && asked !== pipeline) return undefined;
  // A labelling pipeline's turn is the text to label: words in it ("密码错误", "translate") are its content, not a request;
  // so are the words of a long text sent to any pipeline.
  // An agent's run (tools called) is asked questions, not fed texts: "what's the general duty rate on that line?" to a
  // tariff classification agent that looked the line up asks the rate (twentieth round).
  const agentRun = reading.agent.toolMessages + reading.agent.toolCalls > 0;
  const content = (pipeline === "classification" && !agentRun) || reading.latestLower.length >= PIPELINE_TEXT_CHARS;
  if (!content && reading.cues.some((cue) => cue.task !== pipeline && cue.task !== "chat")) return undefined;
  // A writing or ideas pipeline is sent input (a spec sheet, a theme); a question is asked of it, not fed to it.
  // A short question to a summarizing agent ("what stands out? anything I should be careful about?") asks it something too.
  if ((ASKED_PIPELINES.has(pipeline) || ((pipeline === "summarization" || pipeline === "classification") && !content)) && /[?？]/.test(reading.latestLower)) return undefined;
  const why = verb ? `the system prompt's verb '${verb.word}' (${verb.lang})` : `the system prompt's shape (a ${PIPELINE_SHAPES[pipeline] ?? pipeline})`;
  return { task: pipeline, why: `${why} sets the task` };
}

/**
 * Below this confidence a reading is a guess that the turn's own cue words may overrule (0.45 until the sixteenth round:
 * after its retrain two audited asks read at 0.47 and 0.48 against their only cues; at 0.5 no working or training row of
 * the learned classifier moved, and the heuristic's moved 40 right and 10 wrong).
 */
const UNSURE_CONFIDENCE = 0.5;
/**
 * A turn of thanks or greetings alone is about this short: a few words ("Guten Abend, dieser Absatz hier: …" is more).
 * Thanks with what it is for runs to eight ("Daalụ nke ukwuu, i nyere m aka", thanks, you helped me; twentieth round).
 */
const SHORT_TALK_CHARS = 80;
const SHORT_TALK_WORDS = 8;

/**
 * An unsure reading that no cue of the latest turn supports, when every cue the turn has names one other task
 * ("뽑아 주세요", "请说明推理过程", "判断…是正面、负面还是中性"): the person's words name the task.
 */
export function cueConsensusGuard(task: string, confidence: number, reading: ConversationReading, ownAsk?: (reading: ConversationReading) => string | undefined): GuardResult | undefined {
  if (confidence >= UNSURE_CONFIDENCE) return undefined;
  // A greeting or thanks opens many requests ("Danke! Und jetzt schreib mir…"): it names no task, and is passed over.
  // A debugging word in capitals inside a turn that is not shouted is a log level or a constant ("log level was set to
  // DEBUG"), not a word of the ask. (Labels in capitals, "OK / SPAM", still name the labelling.)
  // Talk to the assistant itself ("erinnern Sie sich an unsere Gespräche?", "volevo solo dirle che…") does name chat.
  const named = reading.cues.filter((cue) => (cue.task !== "chat" || !isGreetingOrThanks(cue.word)) && !(cue.task === "code_review" && inCapitals(reading.latest, cue)));
  const first = named[0];
  // A short turn of nothing but thanks or greetings in a language the model barely reads ("በጣም አመሰግናለሁ፣ ረድተኸኛል",
  // seventeenth round) is that talk; with a question after the greeting ("ሰላም! … የጻፈው ማን ነው?") it asks something.
  if (first === undefined && task !== "chat" && reading.latest.length <= SHORT_TALK_CHARS && reading.latest.trim().split(/\s+/).length <= SHORT_TALK_WORDS && !/[?？؟፧]/.test(reading.latest) && reading.cues.length > 0 && reading.cues.every((cue) => cue.task === "chat")) {
    return { task: "chat", why: `an unsure reading of a short turn whose only cues are thanks or greetings ('${reading.cues[0]?.word}')` };
  }
  if (first === undefined || first.task === task) return undefined;
  for (const cue of named) if (cue.task !== first.task) return undefined;
  // News shared to tell someone stays chat, whatever one look-alike cue says ("fallait que je le dise", nineteenth round).
  if (task === "chat" && sharesNews(reading.latestLower)) return undefined;
  // "手数料って今何%でしたっけ？": a rate looked up, whatever maths cue asks for it.
  if (first.task === "math" && looksUpRule(reading.latestLower)) return undefined;
  // "Scrie-mi textul pentru «Ce e nou» … am reparat bug-ul": the turn's own verb and object back the reading (nineteenth round).
  if (ownAsk?.(reading) === task) return undefined;
  // "Mostra o raciocínio" under a turn that asks to check the sums of its figures asks how to show the sums, not for a
  // puzzle (nineteenth round): weak reasoning cues leave such a turn to the sum guards.
  if (first.task === "deep_reasoning" && !named.some((cue) => cue.strong) && countNumbers(reading.latestLower, MIN_SUM_FIGURES) >= MIN_SUM_FIGURES && readNumericDomain(reading.latestLower).calculate) return undefined;
  return { task: first.task, why: `an unsure reading; every cue names ${first.task} ('${first.word}', ${first.lang})` };
}

/** Figures a turn asking to calculate holds for its weak reasoning cues to be a manner, not the task. */
const MIN_SUM_FIGURES = 3;

/** Whether `cue` is written in capitals (three letters or more) in `text`, a turn mostly in lower case. */
function inCapitals(text: string, cue: CueHit): boolean {
  const word = text.slice(cue.at, cue.at + cue.word.length);
  if (word.length < 3 || word !== word.toUpperCase() || word === word.toLowerCase()) return false;
  const sample = text.slice(0, 400);
  return (sample.match(/\p{Ll}/gu)?.length ?? 0) > (sample.match(/\p{Lu}/gu)?.length ?? 0);
}

/** Asks for a cause, beyond the bug words: "what's causing…", "root cause", "Ursache", "原因", "원인". */
const CAUSE_ASK = /\b(caus(e|es|ed|ing)|what'?s (wrong|going on|happening)|behind (the|these|this))\b|ursache|causa|cause|причин|原因|원인/;
/** Readings a question about the log an agent's tools returned is not. */
const NOT_TOOL_LOG_TASKS = new Set(["simple_qa", "chat", "analysis", "deep_reasoning", "math"]);

/**
 * The agent's tools returned a log (an on-call or monitoring agent): a question why it fails or what causes the errors
 * is debugging, whatever words the question itself has. Tool results are the context the turn asks about.
 */
export function toolLogGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!reading.agent.toolLog || !NOT_TOOL_LOG_TASKS.has(task)) return undefined;
  const text = reading.latestLower;
  if (!BUG_WORDS.test(text) && !CAUSE_ASK.test(text)) return undefined;
  return { task: "code_review", why: "a question about the log the agent's tools returned" };
}

/** A question word opening the turn, in the ten cue languages ("how many" too: "Quanti abitanti ha Napoli?"). */
const QUESTION_OPENING =
  /^[¿¡]?(?:why|what|how|when|where|who|which|is|are|does|do|por qué|qué|q|xq|pq|cómo|cuándo|dónde|quién|cuál|warum|wieso|was|wie|wann|wo|wer|welche[rs]?|pourquoi|que|qu'est-ce|comment|quand|où|qui|quel(?:le)?s?|por que|o que|como|quando|onde|quem|qual|perché|che cosa|cosa|come|quando|dove|chi|quale|почему|зачем|что|как|когда|где|кто|какой|какая|какое|how many|how much|cu[aá]nt[oa]s?|wie viele?|combien|quant[oiea]s?|сколько|quina|quin|quines|quins|per què|què)(?![a-zà-ÿа-яё])|^[^\n]{0,12}(?:为什么|為什麼|什么|怎么|哪|谁|多少|なぜ|どうして|何|どこ|いつ|誰|どう|いくつ|왜|무엇|뭐|어떻게|언제|어디|누가|몇)/;
/** "how's it going?", "come va oggi?", "¿qué tal?", "wie geht's?", "ça va ?", "tudo bem?", "как дела?" after a greeting. */
const HOW_ARE_YOU =
  /^(?:how(?:'s| is| are)(?: it| things| you| your)|how'?s life|come va|come stai|c[oó]mo (?:est[aá]s|est[aá]|va|vas|andas)|qu[eé] tal|wie geht|[çc]a va|comment (?:[çc]a va|vas-tu|allez-vous)|tudo bem|como (?:vai|est[aá]s?|anda)|как (?:дела|ты|вы|жизнь))/;
/** The turn speaks to the assistant ("how are you?", "what do you think?", "¿cómo estás?", "你好吗"): small talk. */
const ADDRESSES_ASSISTANT =
  /(?<![a-zà-ÿа-яё])(?:you|your|yourself|tú|te|ti|usted|estás|du|dir|dich|dein|ihr|tu|toi|vous|ton|você|voce|tuo|sei|stai|ты|тебя|тебе|вы|вас|твой)(?![a-zà-ÿа-яё])|你|您|あなた|君|너|당신/;
/** Words a factual question has at least (a bare "why?" or "what?" is a follow-up or small talk). */
const MIN_QUESTION_WORDS = 3;

/**
 * A chat reading of a question about the world ("Почему небо голубое? Объясни коротко.", "¿por qué el cielo es azul?")
 * is a quick answer: it opens with a question word, ends in a question mark somewhere, and does not speak to the
 * assistant ("how are you?" is small talk). Greetings and thanks stay chat.
 */
export function questionGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "chat" || reading.agent.coding) return undefined;
  // "Bon dia, quina diferència hi ha entre…?": the greeting opens the question, and is passed over (nineteenth round).
  const whole = reading.latestLower.trim();
  const text = whole.replace(OPENING_GREETING, "");
  if (text.length > 200 || !/[?？]/.test(text) || isSmallTalk(whole) || isSmallTalk(text) || HOW_ARE_YOU.test(text) || isClosing(text)) return undefined;
  if (text.split(/\s+/).length < MIN_QUESTION_WORDS && !/[\u3040-\u9fff\uac00-\ud7af]{4}/.test(text)) return undefined;
  if (!QUESTION_OPENING.test(text) || ADDRESSES_ASSISTANT.test(text)) return undefined;
  if (reading.cues.some((cue) => cue.task === "chat" && !GREETING_WORD.test(cue.word))) return undefined;
  return { task: "simple_qa", why: "a question about the world, not small talk" };
}

export function hasStrongCue(cues: readonly CueHit[], task: string): boolean {
  return cues.some((cue) => cue.task === task && cue.strong);
}

/**
 * A closing turn ("cheers, that's all for today", "eso es todo, gracias", "以上です") is small talk in any conversation —
 * a coding agent's, a support agent's, a pipeline's — unless the turn also names a task with a defining verb.
 */
export function closingGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task === "chat" || reading.cues.some((cue) => cue.strong)) return undefined;
  if (isClosing(reading.latestLower)) return { task: "chat", why: "a closing turn is small talk" };
  if (!isFirstTurnAlone(reading)) return undefined;
  if (isBareAcknowledgement(reading.latestLower)) return { task: "chat", why: "an acknowledgement with nothing before it is small talk" };
  return isBareGoAhead(reading.latestLower) ? { task: "chat", why: "a go-ahead with nothing before it consents to nothing: small talk" } : undefined;
}

/** A first user turn with no pipeline system prompt and no tool traffic before it. */
function isFirstTurnAlone(reading: ConversationReading): boolean {
  return reading.previousUserLower === "" && reading.systemPipeline === undefined && reading.agent.toolMessages + reading.agent.toolCalls === 0;
}

/**
 * A turn that asks for no work at all: a bare acknowledgement or go-ahead ("ok", "好的", "ok go ahead") with nothing
 * before it. Whatever the model read, its answer is a line of small talk, so its difficulty is budget (the strong-need
 * head had read "go ahead" as an order of work and sent it to the standard tier).
 */
export function asksNoWork(reading: ConversationReading): boolean {
  if (!isFirstTurnAlone(reading) || reading.cues.some((cue) => cue.strong)) return false;
  return isBareAcknowledgement(reading.latestLower) || isBareGoAhead(reading.latestLower);
}
