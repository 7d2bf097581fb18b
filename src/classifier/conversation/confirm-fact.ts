/**
 * A fact put to the assistant to confirm, or one of two named values asked for (round 47, dev-226 and dev-228): "ENOSPC is
 * disk full, not inodes or the watcher limit thing right?", "if I do `kubectl rollout undo` with no revision it goes to 15,
 * right?", "default postgres port is 5432 right?", "is EXPIRE in seconds or milliseconds?", "is 137 always SIGKILL or can
 * it mean something else?". In an agent's run the log, code or figures around them pull the reading to a diagnosis or a
 * review; the turn asks one fact. Not a check of work ("does this look right?", "is that right?" after a sum, "check
 * whether the totals are correct?"), which asks for a review or the working, and not a fault, a cause or a decision to
 * place between the two ("is the test wrong or the code?", "is the pool the cause or a symptom?", "do we raise the limit
 * or add a replica?"; round 47's review).
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** A statement closed by a tag asking it be confirmed: "…, right?", "… is that correct?" (not "…are correct?", a predicate). */
const TAG_CONFIRM = /(?<!\b(?:is|are|was|were|be|look|looks|seem|seems|it['’]s|that['’]s))\s(?:right|correct|is that (?:right|correct)|isn['’]?t it)\s*\?\s*(?:or [^?\n]{1,20}\??)?$/;
/**
 * The same tag in the other cue languages (round 53): "…, ¿verdad?", "…, oder?", "…, n'est-ce pas ?", "…, vero?", "…, né?",
 * "…, верно?", "…对吧？", "…ですよね？", "…맞지?". Anchored at the end, one alternation of literal words: linear.
 */
const OTHER_TAG =
  /(?:,\s*¿?(?:verdad|cierto|no es as[ií]|oder|richtig|stimmt['’]?s|nicht wahr|n['’]est-ce pas|c['’]est (?:bien )?[çc]a|vero|giusto|n[ée]|certo|n[ãa]o [ée]|верно|правильно|так ведь|правда)\s*\?|(?:对吧|是吧|对吗|對吧|對嗎|没错吧|ですよね|だよね|よね|で合ってる(?:よね)?|맞지|맞죠|맞나요)\s*[?？]?)$/u;
/** Characters a Chinese, Japanese or Korean statement before its tag holds at least. */
const MIN_STATEMENT_CHARS = 8;
/** Words a confirmed statement holds at least ("1.18 right?" alone is a check of a number just given). */
const MIN_STATEMENT_WORDS = 5;
/** "is X A or B?", "does X need A or B?": one of two values asked, as the turn's last, short sentence. */
const EITHER_OR = /(?:^|[.!]\s+)(?:is|are|does|do|was|were|will) [^?.!\n]{1,45} or [^?.!\n]{1,30}\?$/;
/** The work under the tag: whether something written or worked out holds. */
const WORK_CHECKED = /\b(?:this|that|it|these|those|mine|my (?:answer|working|code|math|maths|query|formula)) (?:looks?|is|are|seems?|was|sounds?)(?: all)? (?:right|correct|ok|okay|fine)\b|^(?:is|does) (?:this|that|it) (?:look )?(?:right|correct)|\b(?:wrong|bugs?|buggy|broken|faulty|better|worse|should|safer|faster|cheaper|check|verify|whether)\b/;
/**
 * A cause to place or a decision to take between the two ("is the pool exhaustion the cause or a symptom?", "are these
 * restarts caused by the release or the traffic?", "do we raise the limit or add a replica?"; round 47's review).
 */
const CAUSE_OR_DECISION =
  /\b(?:cause[sd]?|causing|symptom|root|driven|due to|because|reason|why|raise|lower|add|need|rewrite|fix|switch|use|go with|pick|choose|migrate|keep|drop|move|upgrade|downgrade|scale|split|merge|replace)\b/;
/**
 * A taste, a verdict or a joke put to agree with ("… is the best playlist for a monday though, right? lol", "das ist doch
 * total unfair, oder?", "这个规定太离谱了，对吧？"), or a question about the assistant ("you're not a real person, right?"):
 * small talk, no fact (round 53's review: the tag is read in ten languages, so the tastes are too). Literal words: linear.
 */
const OPINION = new RegExp(
  [
    String.raw`\b(?:best|worst|favou?rite|love|lovely|great|nice|cool|fun|funny|awesome|amazing|beautiful|lol|haha|ridiculous|absurd|unfair|stupid|dumb|crazy|insane|silly|weird|annoying|terrible|awful|ugly|cute|hate|hates)\b`,
    String.raw`\byou(?:['’]re| are)(?: not)?(?: an?)? (?:real|human|bot|robot|ai|person)\b|\byou (?:remember|recall)\b`,
    "\\b(?:mejor|peor|melhor|pior|beste[nrs]?|pire)\\b|genial|bonit[oa]|precios[oa]|rid[ií]cul|injust|absurd|jaja|schlecht|sch[öo]n|l[äa]cherlich|bl[öo]d|doof",
    "meilleur|\\bnul(?:le)?\\b|g[ée]nial|ridicule|mdr|migliore|peggior|bellissim|fantastic|ridicol|ingiust|assurd|lind[oa]|[óo]ttim[oa]|[óo]tim[oa]|kkk",
    "лучш|худш|ужасн|отличн|классн|нелеп|несправедлив|смешн|最好|最棒|最差|离谱|離譜|好看|可爱|不公平|哈哈|ひどい|最高|最悪|可愛い|かわいい|素敵|すごい|최고|최악|예쁘|귀엽|너무하|ㅋㅋ",
  ].join("|"),
  "u",
);
/** Longest turn read this way. */
const MAX_CHARS = 160;
/** Readings the run's material pulls such a turn to. */
const MISREAD = new Set(["analysis", "code_review", "code_generation", "deep_reasoning", "extraction", "classification", "summarization"]);

/** A quick answer for a fact put to confirm, or one of two values asked, in an agent's run (module comment). */
export function confirmFactGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  // A chat reading too (round 53: "so an annual customer can't drop seats until renewal, right?" after a policy search),
  // when a tool brought something the fact comes from.
  const misread = MISREAD.has(task) || (task === "chat" && reading.agent.toolMessages > 0 && !OPINION.test(reading.latestLower));
  if (!misread || reading.latestIndex < 0 || reading.agent.toolMessages + reading.agent.toolCalls === 0 || reading.latestLower.length > MAX_CHARS * 2) return undefined;
  const text = reading.latestLower.trim();
  if (text.length > MAX_CHARS || text.includes("\n") || WORK_CHECKED.test(text)) return undefined;
  if (TAG_CONFIRM.test(text) && text.split(/\s+/).length >= MIN_STATEMENT_WORDS) return { task: "simple_qa", why: "a fact put to confirm" };
  // The tags added in round 53 never take a taste or a verdict ("¿es mejor reservar con tiempo, verdad?", round 53's review).
  if (OTHER_TAG.test(text) && !OPINION.test(text) && (text.split(/\s+/).length >= MIN_STATEMENT_WORDS || text.length >= MIN_STATEMENT_CHARS + 2)) return { task: "simple_qa", why: "a fact put to confirm" };
  const asked = EITHER_OR.exec(text);
  return asked !== null && !CAUSE_OR_DECISION.test(asked[0]) ? { task: "simple_qa", why: "one of two values asked" } : undefined;
}
