/**
 * A request in a coding agent's conversation is about code unless it is small talk, thanks for a fix, or names other
 * work by its own verb; within code work, a diagnosis ask is review and an ask to make the change is generation.
 * @module
 */
import { asksVersionAction } from "./thanks-after-answer.js";
import { isClosing } from "./closing.js";
import { codingTurnGuard, THANKS } from "./coding-turn.js";
import { asksOwnWorkInCodingRun } from "./coding-agent-asks.js";
import { soleStrongCue, type CueHit } from "./cue-matcher.js";
import { showsCode } from "./code-shape.js";
import type { ConversationReading } from "./read-conversation.js";
import { readNumericDomain } from "./numeric-domain.js";
import { hasStrongCue, type GuardResult } from "./task-guards.js";
import { SMALL_TALK } from "./small-talk.js";
import { isGreetingOnly } from "./greeting-only.js";
import { BUG_WORDS, CASES_TO_COVER, CHANGE_REQUEST, asksChange } from "./task-words.js";
import { acknowledgesWithFeeling } from "./venting.js";
import { asksLeaveToShip, asksVerdict, outsideCondition } from "./verdict-ask.js";
import { asksRunPolitely, opensWithFix } from "./fix-imperative.js";
import { diagnosisOverRunOutput } from "./run-diagnosis.js";
import { asksForJudgement } from "./judgement-asks.js";

/**
 * A change asked beside the benchmark words (review 55): "the new one is really faster, switch the default to it?", "ノイズが
 * 多いのでログを warn に下げてくれる？" (the log's noise, not a benchmark's). The turn then asks the switch, not a judgement.
 */
const SWITCH_ASK = /\b(?:switch|make it|set it|use it|change|lower|raise|turn (?:it |them )?(?:down|off|up))\b|てくれ|てほしい|てください|下げて|上げて|変えて|切り替えて|줄래|해 ?줘|바꿔|낮춰|改成|换成|切换|调低|调成/u;

/**
 * Asks the agent to make the change ("can you fix it?", "please fix the parser", "kannst du das beheben?", "修复一下",
 * "直して", "고쳐 줘"), unlike "how do I fix it?", which asks for a diagnosis, and "explain what's wrong, don't just rewrite
 * it", which declines the change (round 47; "why not just rewrite it…" still proposes it).
 */
const MAKE_CHANGE_ASK = new RegExp(
  /\b(?<!\b(?:don['’]?t|do not|never|(?<!why )not) )(?:(?:can|could|would|will) you(?: please)?|please|pls|go and|just) (?:fix|patch|change|update|add|implement|remove|rewrite)\b|^(?:fix|patch) (?:it|this|that|the)\b|\b(?:get|make) (?:it|this|the \w+) (?:way |much |a lot )?(?:smaller|faster|lighter|leaner)\b|\b(?:shrink|slim down) (?:it|this|the)\b|\bspeed (?:it|this|the \w+) up\b|/.source +
    /(?:puedes|podrías) (?:arreglar|corregir)|arréglalo|corrígelo|kannst du (?:das|es|ihn|sie) (?:beheben|fixen|reparieren|ändern)|beheb(?:e|) (?:das|es|den|die)|peux-tu (?:le |la |les )?(?:corriger|réparer)|corrige-(?:le|la)|pode (?:corrigir|consertar)|corrija|puoi (?:correggere|sistemare)|correggilo|sistemalo|исправь|почини|修复一下|帮我修|修一下|改一下|直して|修正して|고쳐 ?(?:줘|주세요|줄래)|수정해 ?(?:줘|주세요|줄래)|바꿔 ?(?:줘|주세요)/.source,
);

/**
 * An imperative to repair that opens a clause after a report and says what the code must do: "tests are red since the
 * refactor, fix prorate() so it uses actual days", "los tests fallan desde la migración, arregla el cálculo para que use
 * días reales", "depuis la refonte ça plante, corrige la fonction pour qu'elle arrondisse" (forty-first round). A task
 * word of the report ("since the refactor") names a past event there, not the ask; "it crashes, fix it", with no
 * behaviour asked, stays a report to diagnose.
 */
const CLAUSE_FIX_ASK =
  /(?:^|[,;:.!]\s*)(?:(?:fix|patch|repair) (?:it|this|that|them|the|[a-z_][\w.]*\(\))|(?:arregla|corrige|corrija|conserte|correggi) (?:el|la|los|las|le|les|lo|il|o|a|os|as|i|esto|eso|isso|[a-z_][\w.]*\(\))|(?:behebe|repariere|korrigiere|fixe) (?:das|den|die|es|[a-z_][\w.]*\(\))|répare (?:le|la|les|ça|[a-z_][\w.]*\(\)))[^,;.!?\n]{0,60}? (?:so (?:that )?(?:it|they|this|the)|to (?:use|return|handle|accept|round|keep)|para que|damit|sodass|so dass|pour qu|in modo che|così che|cosicché)(?![a-z])/;

/** A translation cue that names a language's version of a text or of an app's strings (see `language-cues.ts`). */
const LOCALIZED = / (?:version|strings|locale strings|locale file)$/;

/**
 * How sure the reading of other work must be to stand in a coding agent's run (round 42, chosen on the development sets:
 * 0.9 moved 11 rows right and none wrong; 0.8 moved one wrong).
 */
const SURE_OWN_READING = 0.9;

/** Tasks a coding agent's request is never about (in the agent's own conversation). */
const NOT_AGENT_TASKS = new Set(["chat", "simple_qa", "classification", "extraction", "brainstorming", "deep_reasoning", "math"]);
/** Tasks a coding agent's request may be about, but not when it reports a bug or asks why code misbehaves. */
const NOT_AGENT_BUG_TASKS = new Set(["analysis", "creative_writing"]);

/** A request in a coding agent's conversation is about code unless it is small talk or clearly something else. */
export function agentGuard(task: string, reading: ConversationReading, confidence = 0): GuardResult | undefined {
  if (!reading.agent.coding) return undefined;
  const text = reading.latestLower.trim();
  if (text.length === 0) return undefined;
  // "ok summarize what you found": an acknowledgement that opens an ask named by its verb is the ask (thirty-seventh round).
  if ((SMALL_TALK.test(text) && !reading.cues.some((cue) => cue.strong) && !ASK_AFTER_OPENER.test(text) && !asksVersionAction(text)) || isGreetingOnly(text) || isClosing(text) || isThanksForFix(text) || reactsWithFeeling(text, reading) || asksAboutWorkingTogether(text)) return task === "chat" ? undefined : { task: "chat", why: "small talk in a coding-agent context" };
  // "add German locale strings for the checkout page", "give me the pt-BR version, same keys": the strings' translation is
  // the work, even asked as a change to the repository (seventeenth round).
  const localized = reading.cues.find((cue) => cue.strong && cue.task === "translation" && LOCALIZED.test(cue.word));
  if (localized !== undefined && task !== "translation") return { task: "translation", why: `'${localized.word}' asks for another language's version of the strings` };
  // "table-driven please, cover the error cases too": cases named for the tests to cover are no bug reported (round 43).
  const bug = BUG_WORDS.test(text) && BUG_WORDS.test(text.replace(CASES_TO_COVER, " "));
  const turn = codingTurnGuard(task, text, bug, CHANGE_REQUEST.test(text), (span) => BUG_WORDS.test(text.replace(span, " ")));
  if (turn !== undefined) return turn === "kept" ? undefined : turn;
  const named = task.startsWith("code_") ? namedWork(reading, text, bug) : undefined;
  if (named !== undefined && !named.task.startsWith("code_")) return { task: named.task, why: `the verb '${named.word}' (${named.lang}) names other work than code` };
  // "Why is this endpoint so slow?", "这个接口为什么这么慢": a diagnosis ask, not a change to make.
  if (task === "code_generation" && bug && !CHANGE_REQUEST.test(text)) return { task: "code_review", why: "a diagnosis ask in a coding-agent context" };
  // "is this safe to merge?", "これで大丈夫？" read as a change: a verdict asked on the code, no change asked, is a review (round 49).
  if (task === "code_generation" && !bug && asksVerdict(text) && !CHANGE_REQUEST.test(outsideCondition(text)) && !MAKE_CHANGE_ASK.test(text)) return { task: "code_review", why: "asks a verdict on the code in a coding-agent context" };
  // "which python version does the ci image use", read as a change: a fact looked up in the repository (round 43); with
  // nothing said after the question ("which one should we adopt? the faster one, swap it in" asks the swap).
  // "which of these are actual bugs and which are just style noise?" over a linter's findings, read as a change: the findings
  // weighed, a review (round 54), before it is taken for a fact asked of the repository.
  if (task === "code_generation" && !bug && TRIAGE_ASK.test(text) && !MAKE_CHANGE_ASK.test(text) && !CHANGE_REQUEST.test(text)) return { task: "code_review", why: "asks to weigh the findings in a coding-agent context" };
  // "is the new one really faster or is that just noise?" over a benchmark the run brought back, read as a fact or a change:
  // the figures judged, the analysis a judgement of figures is (round 55). Asked as the turn's closing question: "it's really
  // faster, switch to it" asks the switch.
  if ((task === "code_generation" || task === "simple_qa") && !bug && reading.agent.toolMessages > 0 && /[?？]$/u.test(text) && asksForJudgement(text) && !CHANGE_REQUEST.test(text) && !MAKE_CHANGE_ASK.test(text) && !SWITCH_ASK.test(text)) return { task: "analysis", why: "asks a judgement of the figures the run's tools brought back" };
  // A cause asked in a fact's shape ("what's eating the CPU here?" over a profile) is the diagnosis ADR 0045 reads (round 54).
  if (task === "code_generation" && !bug && FACT_QUESTION.test(text) && !/[?？]\s*\S/u.test(text) && !CHANGE_REQUEST.test(text) && !MAKE_CHANGE_ASK.test(text)) return diagnosisOverRunOutput(reading) ? { task: "code_review", why: "a diagnosis ask in a coding-agent context" } : { task: "simple_qa", why: "a fact asked of the repository, no change asked" };
  // "Fais une revue de code : performance, validation des entrées" after the agent read the function: a review named by its
  // own defining words, no change asked (round 43).
  if (task === "code_generation" && !CHANGE_REQUEST.test(text) && !MAKE_CHANGE_ASK.test(text) && soleStrongCue(reading.cues)?.task === "code_review") return { task: "code_review", why: `the review is named ('${soleStrongCue(reading.cues)!.word}') and no change is asked` };
  // "The CSV export drops the last row, can you fix it?": the agent is asked to make the change, not to review.
  if (task === "code_review" && (MAKE_CHANGE_ASK.test(text) || CLAUSE_FIX_ASK.test(text) || opensWithFix(text))) return { task: "code_generation", why: "asks the coding agent to make the change" };
  // "kannst du die Tests nochmal laufen lassen?", "能再跑一下测试吗？" after the run's tools ran: the run asked politely, one
  // question alone, in the ten cue languages (round 57); "can you run me through it?" asks a telling (review 56).
  if ((task === "code_review" || task === "analysis") && reading.agent.toolMessages > 0 && asksRunPolitely(text)) return { task: "code_generation", why: "asks the coding agent to run it again, politely" };
  // "what's hogging the memory here?", "что жрёт память?" over a profile, read as a fact or a change: a cause asked of what
  // the run's tools brought back, in a question with no bug word, is the diagnosis ADR 0045 reads (round 54).
  if ((task === "simple_qa" || task === "code_generation") && !bug && /[?？]/u.test(text) && !CHANGE_REQUEST.test(text) && !MAKE_CHANGE_ASK.test(text) && diagnosisOverRunOutput(reading)) return { task: "code_review", why: "a diagnosis ask in a coding-agent context" };
  if (!NOT_AGENT_TASKS.has(task) && !(bug && NOT_AGENT_BUG_TASKS.has(task))) return undefined;
  // "skim the readme and throw me 10 name ideas", "list every env var it reads": the turn's own verb names other work.
  if (hasStrongCue(reading.cues, task) || asksOwnWorkInCodingRun(task, text, bug)) return undefined;
  // "at that monthly growth, which month do we hit 5,000? show the numbers": a figure asked to be worked out from what the
  // agent reported is maths, when nothing fails and no code is in the turn (fourteenth round).
  if (task === "math" && !bug && asksForFigure(text) && !showsCode("user", reading.latest)) return undefined;
  // "which of these actually matter? rank them" over a linter's or a scanner's output: the findings weighed, a review
  // (twenty-seventh round), not a fact looked up nor a change to make.
  if (!bug && TRIAGE_ASK.test(text) && !MAKE_CHANGE_ASK.test(text)) return { task: "code_review", why: "asks to weigh the findings in a coding-agent context" };
  // "이대로 배포해도 돼?", "kann ich das so deployen?" read as a fact: leave to ship the code as it stands is a verdict (round 56).
  if ((task === "simple_qa" || task === "chat") && !bug && asksLeaveToShip(text) && !MAKE_CHANGE_ASK.test(text)) return { task: "code_review", why: "asks a verdict on the code in a coding-agent context" };
  // "which node version does the deploy job build with?": a fact looked up in the repository, not a change (nineteenth round).
  if (task === "simple_qa" && !bug && (FACT_QUESTION.test(text) || ASIDE_QUESTION.test(text)) && !MAKE_CHANGE_ASK.test(text)) return undefined;
  // "now give me those as a JSON array with file, line, owner", a triage bot's "label the new issues": a reading the model is
  // sure of, with no bug, change or fix asked, is the turn's own work, not code work (round 42).
  if (!bug && confidence >= SURE_OWN_READING && !CHANGE_REQUEST.test(text) && !MAKE_CHANGE_ASK.test(text)) return undefined;
  // "passt das so oder übersehe ich was?" after the diff: a verdict asked on the code, with no change asked, is a review.
  if (!bug && asksVerdict(text) && !CHANGE_REQUEST.test(outsideCondition(text)) && !MAKE_CHANGE_ASK.test(text)) return { task: "code_review", why: "asks a verdict on the code in a coding-agent context" };
  const guarded = bug ? "code_review" : "code_generation";
  return { task: guarded, why: "coding-agent context" };
}

/**
 * A short turn that opens like small talk but goes on to ask ("ok, tell me where the time goes", "thanks, now run the
 * tests", "ok, why does it still fail?"): a question mark, or an imperative or question word right after the opener.
 */
const ASK_AFTER_OPENER =
  /[?？]|^\S+[,.!]?\s+(?:(?:now|then|so|and|but|please|pls|btw|also|oh|actually|quick q(?:uestion)?:?)[,]?\s+)?(?:tell|show|run|fix|explain|make|write|check|add|give|list|find|try|do|update|remove|rename|open|read|look|why|what|how|where|which|can|could|would)\b/;

/** Asks to rank or weigh findings: "rank them", "which of these actually matter", "which should I fix first". */
const TRIAGE_ASK =
  /\bwhich (?:of (?:these|them|those) |ones? )?(?:are|is) (?:actual|real|genuine|true) (?:bugs?|issues?|problems?|errors?)\b|(?:cu[aá]les|quais|quali|welche|lesquel(?:le)?s)(?: de (?:estos|estas|ellos|ellas|eux|elles)| davon| di questi| deles| dessas| desses)? (?:son|s[aã]o|sono|sind|sont) (?:bugs?|errores|erros|fehler|errori|bogues|de vrais bugs|echte (?:bugs|fehler))|какие из (?:них|этих) (?:настоящие|реальные) (?:баги|ошибки)|哪些是真(?:正的)?(?:bug|问题|错误)|どれが本当の(?:バグ|問題)|어떤 게 진짜 (?:버그|문제)|\b(?:rank (?:them|these|those|the \w+)|prioriti[sz]e (?:them|these|those|the \w+)|triage (?:them|these|those|the \w+)|which (?:of (?:these|them|those)|ones?) (?:actually |really )?(?:matter|are real|are serious|are worth fixing)|which (?:of (?:these|them|those) |ones? )?(?:should (?:i|we)|to) (?:fix|tackle|worry about) first)\b/;

/**
 * A question for a fact ("which node version does the deploy job use?", "what port does the api listen on?", "where is
 * the timeout set?", "quick q: since weight_decay isn't set, what value does it default to?"), asked in one sentence with at
 * most a short remark after it; one naming the fact asked needs no question mark ("which node version does this repo use").
 */
const FACT_QUESTION =
  /^(?:(?:quick (?:q|question)|q|question|btw)[:,]?\s+)?(?:(?:which|what|where|when|who|does|is|are|do|can (?:i|we)|am i|are we)\b|[^.!?\n]{0,140}\b(?:what|which) (?:value|version|port|default|name|path|file|setting|flag|size|limit|timeout|key)\b)[^.!?\n]{0,120}\?\s*[^?\n]{0,80}$|^(?:which|what) (?:\S+ )?(?:version|port|default|package manager|runtime|database|licen[cs]e|region|branch)\b[^.!?\n]{0,80}$/;

/** A question after "btw" or "quick q", question mark or not. */
const ASIDE_QUESTION = /\b(?:btw|by the way|quick q(?:uestion)?|also)[,:]?\s+(?:what|which|who|where|when|how|is|are|does|do|can)\b/;

/** A clause about what the user does later ("before I rename it", "so we can ship it"). */
const LATER_CLAUSE = /\b(?:before|after|once|so|until|when) (?:i|we)\b[^.?!\n]*/g;
/** What may come before a verb that opens the turn ("label each…", "pls summarize…", "ok, now tag each…"). */
const OPENING = /^\s*(?:(?:please|pls|can you|could you|now|ok|okay|and|also|then|great|thanks|nice|cool|perfect|awesome|lol ok|lol|haha)[,.!]?\s+){0,3}$/;
/** Verbs that also name code work when they open a coding agent's turn ("extract the parser into its own module"). */
const CODE_VERB_TASKS = new Set(["extraction"]);

/**
 * The one task the turn's defining verbs name: when it has no bug or change words, or when the verb opens the turn
 * ("label each commit with its type (feat/fix/refactor…)": the change words are the labels, not the ask).
 */
function namedWork(reading: ConversationReading, text: string, bug: boolean): CueHit | undefined {
  const sole = soleStrongCue(reading.cues);
  if (sole === undefined) return undefined;
  // "… name ideas before I rename it": a change the user will make later is not the ask.
  if (!bug && !CHANGE_REQUEST.test(text.replace(LATER_CLAUSE, " "))) return sole;
  return OPENING.test(text.slice(0, sole.at)) && !CODE_VERB_TASKS.has(sole.task) ? sole : undefined;
}

/** A thanks this long at most is a reaction, not a new report. */
const MAX_THANKS_CHARS = 160;
/** A problem still there: "thanks, but it still fails", "danke, aber jetzt…". */
const STILL = /\b(?:but|still|again|now|however|although)\b|aber|pero|mais|però|mas|но|但|でも|하지만/;

/** A question to the agent itself, which is small talk: "how's your day going?", "¿y tú?", "你呢？". */
const ABOUT_YOU =
  /\b(?:how(?:'s| is| was) your (?:day|week|weekend|morning|evening)(?: going| been)?|how are you(?: doing)?|how about you|and you)\b[^?？]{0,20}[?？]\s*$|(?:y tú|und dir|und du|et toi|e você|e tu|а у тебя|а ты|你呢|あなたは|너는)\s*[?？]\s*$/;

/**
 * A question to the agent about itself or about working together (round 44): "do you ever get bored of fixing selectors",
 * "is it ok if I ask dumb questions as we go?". Small talk, whatever bug the turn tells around it, when it is the turn's
 * only question and nothing is asked to change.
 */
const ABOUT_WORKING_TOGETHER =
  /\bdo you (?:ever )?(?:get|feel) (?:bored|tired|sick|annoyed|fed up|lonely)\b|\bdo you (?:also |even )?work (?:on )?weekends\b|\bhow'?s it going\b|\bhow are things\b|\bis it normal (?:that )?you (?:take|are|get)\b|주말에도 일해|週末も(?:働|仕事)|周末也(?:工作|上班)|\bis it (?:ok|okay|alright|all right|fine) if i ask (?:(?:dumb|stupid|basic|silly|newbie|obvious|lots of|a lot of|a few|some) )*questions\b/;

function asksAboutWorkingTogether(text: string): boolean {
  return text.length <= MAX_THANKS_CHARS && ABOUT_WORKING_TOGETHER.test(text) && (text.match(/[?？]/g) ?? []).length <= 1 && !asksChange(text.replace(THANKED_WORK, " "));
}

/** Work thanked for, not asked: "thanks for the fix", "さっきの修正ありがとう", "谢谢你的修复", "danke für den Fix". */
const THANKED_WORK =
  /\b(?:thanks|thank you|thx|ty) for (?:the|your|that|this) (?:fix|change|changes|patch|update|refactor)\b|(?:さっきの|先ほどの|今の)?(?:修正|対応|変更)(?:を)?(?:、)?(?:ありがとう|どうも)|谢谢(?:你)?(?:的)?(?:修复|修改)|(?:修复|修改)(?:好了)?[,，]?谢谢|danke für (?:den|die|das) (?:fix|änderung|korrektur)|gracias por (?:el|la) (?:arreglo|cambio|correcci[oó]n)|merci pour (?:le|la|ce|cette) (?:correctif|correction|changement)|grazie per (?:il|la) (?:fix|correzione|modifica)|obrigad[oa] pel[oa] (?:corre[çc][ãa]o|ajuste|mudan[çc]a)|спасибо за (?:исправление|правку|фикс)|(?:고쳐|수정해)\s?(?:줘서|주셔서)\s?(?:고마|감사)/u;

/**
 * "omg that was it. been stuck on this for 2 hours, thank you so much": thanks for a fix, with the bug only in the
 * past, no question (but one about the agent itself) and no new ask, is small talk however many bug words it has.
 */
function isThanksForFix(text: string): boolean {
  if (text.length > MAX_THANKS_CHARS || !THANKS.test(text) || CHANGE_REQUEST.test(text.replace(THANKED_WORK, " "))) return false;
  if (/[?？]/.test(text) && !(ABOUT_YOU.test(text) && (text.match(/[?？]/g) ?? []).length === 1)) return false;
  // "ty. btw what's the capital of australia, my kid is asking": thanks, then a question typed without its mark (round 43).
  if (ASIDE_QUESTION.test(text)) return false;
  return !(BUG_WORDS.test(text) && STILL.test(text));
}

/** Asks for a figure to be worked out ("which month do we hit 5,000?", "what's that costing us per year?"). */
function asksForFigure(text: string): boolean {
  const domain = readNumericDomain(text);
  return (domain.figure || domain.calculate) && !domain.log;
}

/** "nice, finally 😅 been a long week tbh": an acknowledgement and a feeling, no change, no bug, no defining verb (round 38). */
function reactsWithFeeling(text: string, reading: ConversationReading): boolean {
  return acknowledgesWithFeeling(text) && !asksChange(text) && !BUG_WORDS.test(text) && !reading.cues.some((cue) => cue.strong);
}
