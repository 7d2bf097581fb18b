/**
 * Many ideas asked for, whatever the figures around the ask pull a reading towards (seventeenth round).
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { AskedWork } from "./asked-work.js";
import { CHANGE_REQUEST } from "./task-words.js";

/**
 * Many ideas asked for (seventeenth round): "I need a long list of ideas (15-20)", "a broad list of angles/hypotheses to
 * look into, the more the better", "Give me as many ideas as you can to cut this", "Throw out lots", "give me a bunch",
 * "give me like 10 alternatives" (twentieth round; "give me 2 versions" of an SMS is still the SMS). Lists of causes to
 * check are {@link CAUSES_LISTED}.
 * Not "any ideas?", which asks what is wrong.
 */
const MANY_IDEAS =
  /\b(?:(?:long|broad|big|wide|huge|quick|full) )?list of (?:ideas|angles|hypotheses|options|suggestions|ways|things to try)\b|\bas many (?:ideas|options|ways|suggestions)\b|\b(?:lots|loads|a bunch|plenty|tons|heaps|a ton) of (?:[a-z-]{2,20} ){0,2}(?:ideas|options|suggestions)\b|\bthrow out (?:lots|some|a bunch|ideas)\b|\bthe more the (?:better|merrier)\b|\bgive me a (?:bunch|ton|load|heap)\b|\bwhat (?:ideas|options) should (?:we|i) consider\b|\bbrainstorm|\b\d{1,2}(?:[-–]\d{1,2})? (?:ideas|suggestions)\b|\b(?:give|write|send|throw)(?: me| us)? (?:like |about |maybe |at least )?(?:[5-9]|[1-9]\d)(?:[-–]\d{1,2})? (?:alternatives|options|versions|variations)\b|\bideas \(\d|\b(?:other|more|different|fresh) (?:angles|ideas)\b|\b(?:give|pitch|suggest|find|come up with)(?: me| us)? (?:some |a few |lots of |[a-z-]{2,15} ){0,2}angles\b|\bwhat else (?:could|can|might|should) (?:we|i) try\b/;
/**
 * Causes or explanations to check, listed (round 47, dev-223 and dev-226): "give me a list of possible explanations we should
 * check, most likely first", "just list hypotheses for why it's stuck", "list possibilities, don't fix yet". Not read over a
 * maths reading: "enumerate all possibilities when rolling two dice" counts outcomes (round 47's review).
 */
const CAUSES_LISTED =
  /\blist of (?:(?:possible|plausible|potential|candidate) )?(?:hypotheses|explanations|causes|theories|possibilities)\b|\b(?:list|brainstorm|enumerate) (?:(?:some|the|all|possible|plausible|potential|candidate) ){0,2}(?:hypotheses|possibilities|theories|(?:possible|plausible|potential|candidate) (?:causes|explanations|reasons))\b/;
/**
 * The same ask in other languages (eighteenth round): "أعطني أكبر عدد ممكن من الأفكار", "ช่วยคิดให้สัก 15 ชื่อ", "dame 10
 * ideas", "so viele Ideen wie möglich", "尽可能多的点子", "アイデアをたくさん", "아이디어 10개", "jak najwięcej pomysłów".
 */
const MANY_IDEAS_WORLD = new RegExp(
  [
    /(?<!\d)\d{1,2} ?(?:ideas|ideias|idées|ideen|idee|ideeën|pomysł\S*|fikir|ide|ý tưởng|идей|идеи|ідей|nápad\S*|ιδέες|أفكار|فكرة|आइडिया|सुझाव|ไอเดีย|ชื่อ|nombres|nomes|noms|namen|nomi|названи\S*)(?![a-z])/.source,
    /tantas ideas|muchas ideas|lluvia de ideas|o m[áa]ximo de ideias|muitas ideias|chuva de ideias|un maximum d'id[ée]es|beaucoup d'id[ée]es|remue-m[ée]ninges|so viele ideen|viele ideen|quante più idee|tante idee|zoveel mogelijk idee|jak najwięcej pomysłów|olabildiğince (?:çok|fazla) fikir|sebanyak mungkin ide|càng nhiều ý tưởng|как можно больше (?:идей|вариантов)|(?:bigyan|bigay|magbigay)[^\n]{0,25}\bideas?\b|mga ideas?\b|мозгов(?:ой|ого) штурм|якомога більше ідей/.source,
    /أكبر عدد (?:ممكن )?من الأفكار|أفكار كثيرة|عصف ذهني|ช่วยคิด(?:ให้)?[^\n]{0,12}\d{1,3} ?(?:ชื่อ|ไอเดีย)|ไอเดียเยอะ|尽可能多的(?:点子|想法|创意|名字)|头脑风暴|腦力激盪|(?<!\d)\d{1,3} ?(?:个|個)(?:点子|想法|创意|名字|點子)|アイデアをたくさん|できるだけ多くのアイデア|(?<!\d)\d{1,3} ?(?:個|つ)の?アイデア|ブレスト|아이디어를? 최대한|(?<!\d)\d{1,3} ?개의? 아이디어|아이디어 ?\d{1,3} ?개|브레인스토밍/.source,
  ].join("|"),
);
/**
 * Many short pieces to choose from (thirty-sixth round): "give me like 8 subject lines for the launch email", "need 6
 * headlines", "dame 8 asuntos", "propose-moi 6 objets d'e-mail", "gib mir 8 Betreffzeilen", "mi servono 7 oggetti per la
 * mail", "me dá 8 linhas de assunto", "8 тем письма", "8个…标题", "件名を8つ", "제목 8개". Four or more: "3 headlines + 2
 * body texts" is the ad copy itself, and a turn that asks for a body with them is left to the piece.
 */
const MANY_PIECES = new RegExp(
  [
    /\b(?:give|throw|suggest|pitch|need|want|come up with|write|draft|send|brainstorm|list)(?: me| us)? (?:like |about |maybe |at least |some |another |other )?(?:[4-9]|[1-9]\d)(?:[-–]\d{1,2})? (?:[a-z-]{2,20} ){0,2}(?:subject lines?|subjects|headlines|titles|taglines|slogans|hooks|captions|preheaders)\b|\b(?:[4-9]|[1-9]\d) (?:[a-z-]{2,20} ){0,2}(?:subject lines?|headlines?|titles?|taglines?|slogans?) (?:options|ideas|alternatives|variants)\b/.source,
    /(?<!\d)(?:[4-9]|[1-9]\d) (?:asuntos|l[ií]neas de asunto|titulares|eslóganes|eslogans|objets d'e-?mail|objets de (?:l'e-?)?mail|lignes d'objet|accroches|betreffzeilen|betreffs|überschriften|headlines|oggetti (?:per|della|dell'|da)|titoli|linhas de assunto|assuntos|chamadas|тем (?:письма|для письма|рассылки)|заголовк\S*|слоган\S*)/.source,
    /(?<!\d)(?:[4-9]|[1-9]\d) ?(?:个|個)[^，。,\n]{0,8}(?:标题|主题行|口号|标语|標題)|件名(?:を|案を)?(?:[4-9]|[1-9]\d) ?(?:つ|個|案)|(?<!\d)(?:[4-9]|[1-9]\d) ?(?:つ|個|案)の(?:件名|タイトル|見出し|キャッチコピー)|제목 ?(?:[4-9]|[1-9]\d) ?개|(?<!\d)(?:[4-9]|[1-9]\d) ?개의? (?:제목|헤드라인|슬로건)/.source,
  ].join("|"),
);
/** An ask to diverge: everything one can think of, the dumb ones too, none picked yet. */
const DIVERGE =
  /\b(?:every|all the) (?:possible |plausible )?(?:causes?|reasons?|explanations?|angles?|ideas?|options?|approaches|ways?|hypothes[ie]s) (?:you|u) can (?:think of|come up with)\b|\bas many (?:[a-z-]{2,20} )?(?:ideas|angles|options|ways|causes|hypotheses|approaches|suggestions|possibilities|names|directions) as (?:you|u) can\b|\beven (?:the )?(?:dumb|silly|stupid|crazy|wild|weird) ones\b|\bdon'?t (?:pick|choose) (?:one|any|a winner)(?: yet)?\b/;
/** The purpose the ideas serve ("to make this import faster"), which asks no change itself. */
const PURPOSE = /\bto (?:make|get|speed up|cut|reduce|fix|improve)\b/g;

/** A code reading yields to an ask to diverge in a coding agent's run when nothing else is asked to change. */
function divergesInCodingRun(text: string, reading: ConversationReading): boolean {
  return reading.agent.coding && !CHANGE_REQUEST.test(text.replace(DIVERGE, " ").replace(PURPOSE, " "));
}

/** Words one of which every {@link DIVERGE} phrase holds. */
const DIVERGE_WORDS = ["can think of", "can come up with", "as many", "ones", "pick", "choose"];
/** A turn this long at most asks for the options, not a brief with them in it. */
const MAX_PIECES_CHARS = 240;
/**
 * A turn that asks for the piece's body too ("3 headlines + 2 body texts"): the pieces are part of the writing. A plus
 * inside the brief ("offer is free shipping + a sample") asks for nothing more (round 47).
 */
const WITH_BODY = /\+ ?(?:(?:\d+|an?|the|some) )?(?:[a-z-]{2,20} )?(?:body|bodies|texts?|copy|descriptions?|paragraphs?|emails?|posts?|captions?)\b|\bbody\b|\bcuerpo\b|\bcorps\b|\btext(?:e|o)?s?\b/;
/** Text past ASCII, where {@link MANY_IDEAS_WORLD} is looked for. */
const NOT_ASCII = /[^\x00-\x7f]/;

/** Words one of which every {@link MANY_IDEAS} phrase holds: looked for (plain substring searches) before the long pattern. */
const IDEAS_WORDS = ["idea", "what else", "angle", "option", "hypothes", "possib", "explanation", "theor", "cause", "reason", "suggestion", "ways", "things to try", "brainstorm", "merrier", "the better", "bunch", "throw out", "a ton", "a load", "a heap", "alternatives", "versions", "variations"];
/** Readings the figures or the text around an ask for many ideas give. */
const IDEAS_MISREAD = new Set(["analysis", "classification", "summarization", "math", "simple_qa", "deep_reasoning", "extraction", "code_review", "chat", "creative_writing", "code_generation"]);
/**
 * A code reading yields only in a coding agent's run (where the context set it), and only to ideas named as such
 * ("pitch me a bunch of new relic ideas"; twentieth round): "add a bunch of options to the CLI" is code.
 */
const IDEAS_NAMED = /idea|brainstorm/;

/** Brainstorming for a turn that asks for many ideas, whatever its figures say, unless a defining verb names the reading. */
export function manyIdeasGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  if (!IDEAS_MISREAD.has(task)) return undefined;
  const text = reading.latestLower;
  // "list every possible cause you can think of, even dumb ones", "as many angles as you can … don't pick one yet": the
  // ask to diverge outweighs the verb that lists them (round 44).
  const diverge = DIVERGE_WORDS.some((word) => text.includes(word)) ? DIVERGE.exec(text) : null;
  if (diverge !== null && (task !== "code_generation" || divergesInCodingRun(text, reading))) return { task: "brainstorming", why: `'${diverge[0]}' asks for many ideas` };
  // Korean "뽑아줘" pulls out and comes up with alike: "제목 8개 뽑아줘" asks for eight titles (thirty-sixth round).
  if (reading.cues.some((cue) => cue.strong && cue.task === task)) return reading.cues.every((cue) => !cue.strong || cue.word.startsWith("뽑")) ? manyPieces(task, text) : undefined;
  const asked = (IDEAS_WORDS.some((word) => text.includes(word)) ? MANY_IDEAS.exec(text) ?? (task === "math" ? null : CAUSES_LISTED.exec(text)) : null) ?? (NOT_ASCII.test(text) || text.includes("idea") ? MANY_IDEAS_WORLD.exec(text) : null);
  if (asked === null) return manyPieces(task, text);
  if (task === "code_generation" && !(reading.agent.coding && IDEAS_NAMED.test(asked[0]))) return undefined;
  return { task: "brainstorming", why: `'${asked[0]}' asks for many ideas` };
}

/** Brainstorming for a turn that asks for many short pieces to choose from, not for code (see {@link MANY_PIECES}). */
function manyPieces(task: string, text: string): AskedWork | undefined {
  if (task === "code_generation" || text.length > MAX_PIECES_CHARS || WITH_BODY.test(text)) return undefined;
  const asked = MANY_PIECES.exec(text);
  return asked === null ? undefined : { task: "brainstorming", why: `'${asked[0]}' asks for many options to choose from` };
}
