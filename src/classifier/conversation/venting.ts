/**
 * Talk that asks for no work (fourteenth round): venting that says so ("just listen, no solutions", "그냥 좀 들어줘,
 * 해결책 같은 거 말고", "Δεν θέλω λύσεις, απλά ήθελα να το πω κάπου"), whatever task words its story holds ("the idea I
 * pitched last week"); and a quoted thanks (in quotation marks, or English inside a turn in another script: "'수고하셨습니다'
 * 하는 거 영어로 뭐라 하냐… thank you for your hard work 말고"), which is the phrase asked about, not the writer's thanks.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { Script } from "./script.js";
import type { CueHit } from "./cue-matcher.js";
import { insideQuote } from "./instruction-cues.js";
import type { GuardResult } from "./task-guards.js";
import { readNumericDomain } from "./numeric-domain.js";
import { sharesNews } from "./shared-news.js";

/** Says the writer wants to be heard, not helped, in the cue languages. */
const VENTING = new RegExp(
  [
    /\b(?:just (?:listen|need to vent|wanted to vent|want to vent|needed to say it)|(?:i )?don'?t (?:want|need) (?:advice|solutions|a solution|fixes)|no (?:advice|solutions) (?:please|pls|needed)|not looking for (?:advice|solutions)|(?:i )?don'?t need (?:any )?(?:tips|advice)|(?:just )?need to (?:complain|rant|vent)(?: to someone| for a (?:minute|sec|second))?|let me (?:rant|vent|complain)|rant over|(?:yell|scream|shout) into the void|need to yell|not asking for (?:anything|advice|help))\b/.source,
    /solo (?:quiero|necesito) desahogarme|\b(?:3ayez|3awez|3ayza|3awza|bas) afadfed\b|necesitaba (?:desahogarme|descargarme)|perd[oó]n (?:por )?el baj[oó]n|s[óo] precisava (?:de )?desabafar|precisava (?:de )?desabafar|precisava de p[ôo]r isto c[áa] fora|no (?:quiero|necesito) (?:consejos|soluciones)|nur (?:zuhören|mal dampf ablassen)|keine ratschläge|(?:je veux|j'ai besoin de) juste (?:vider mon sac|me défouler)|pas de conseils|ho solo bisogno di sfogarmi|non voglio consigli|s[óo] (?:quero|preciso) desabafar|n[ãa]o quero conselhos|просто (?:выговориться|выслушай)|не надо советов|не нужны советы/.source,
    /δεν θέλω (?:λύσεις|συμβουλές)|απλά (?:ήθελα να το πω|θέλω να ξεσπάσω)|nie chcę rad|tylko się wyżalić|sadece dert(?:leşmek| yanmak)|akıl istemiyorum|ik wil geen advies|gewoon even luchten|jag vill inte ha råd|bara få ur mig|אני לא צריך עצות|רק לפרוק|فقط می‌خواهم درد دل|نمی‌خواهم نصیحت/.source,
    /그냥 (?:좀 )?들어줘|해결책 (?:같은 거 )?말고|조언 (?:말고|필요 없)|只是想吐槽|不用给我建议|不用給我建議|别给我建议|聞いてほしいだけ|アドバイスはいらない|chỉ muốn tâm sự|không cần lời khuyên|cuma mau curhat|gak usah kasih saran|bas (?:sun lo|dil halka|bolna tha)|kuch nahi chahiye|सलाह नहीं चाहिए|(?:gewoon )?even kwijt (?:willen|wilde|moeten)/.source,
  ].join("|"),
);
/** Venting that says it wants no help is a short message; a longer one that says so is a story with an ask in it. */
const MAX_VENTING_CHARS = 600;
/** Readings venting's story pulls a turn towards. */
const NOT_CHAT_READINGS = new Set(["brainstorming", "creative_writing", "analysis", "simple_qa", "translation", "summarization", "classification", "extraction", "math", "deep_reasoning"]);

/** Chat for a turn that says the writer only wants to be heard (a chat reading is kept, and no later guard moves it). */
export function ventingGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!(task === "chat" || NOT_CHAT_READINGS.has(task)) || reading.latestLower.length > MAX_VENTING_CHARS) return undefined;
  // A defining verb of the reading's own task ("Summarize the questions above") asks for that work: nothing to check.
  if (task !== "chat" && reading.cues.some((cue) => cue.strong && cue.task === task)) return undefined;
  if (!VENTING.test(reading.latestLower)) return undefined;
  return { task: "chat", why: "the writer asks to be heard, not helped" };
}

/**
 * Marks of a feeling shared (seventeenth round): a pictograph emoji, "!!", laughter and exclamations, "so proud", "so mad",
 * shouting in capitals, "had to tell someone".
 */
const FEELING_MARKS = [
  /[\u{1F300}-\u{1FAFF}\u{2639}\u{263A}]/u,
  /!!|\(!+\)/,
  /\b(?:lol|lmao|haha\w*|omg|ugh+|pff+|yay+|woo+hoo+|rn|ah+h|can you believe)\b/,
  /\b(?:so|soo+|super|really) (?:proud|mad|happy|excited|angry|tired|annoyed|done|relieved|stoked|pumped|gutted|upset)\b|\bi'?m (?:just |still )?laughing\b|\bcan'?t believe\b/,
  // How a day or a run felt, and the struggle told, in an agent's run too (thirty-seventh round: "my shift is over. this queue
  // was brutal", "been fighting the VPN all morning, what a day").
  /\bwhat a (?:day|week|morning|night|shift)\b|\bmy shift is (?:over|done)\b|\b(?:a )?personal grudge\b/,
  /\b(?:was|has been) (?:brutal|rough|a nightmare|exhausting|a slog)\b|\bfighting (?:the|with|this) [^.!?\n]{1,30}? all (?:morning|day|night|week)\b|\bi was (?:starting|beginning) to think\b/,
  // A long week or day told, in the ten cue languages (round 38: "nice, finally 😅 been a long week tbh").
  /\blong (?:week|day|night|shift)\b|qu[ée] semana|vaya semana|(?:lange|harte) woche|quelle semaine|che settimana|que semana|тяж[её]л\p{L}* недел|ну и неделька|这周(?:好|太)?累|長い一週間|힘든 한 주/u,
  // A worry told after the fact (round 44: "great. honestly I was nervous about this one, first prod deploy since I joined").
  /\b(?:i was|i'?m|i am|i'?ve been) (?:so |really |kind of |kinda |a bit |a little |pretty |honestly )?(?:nervous|anxious|scared|terrified|worried|stressed|overwhelmed)\b/,
  // A day or week remarked on (round 44: "cool. busy week huh", "haha ok so it never worked. fun friday").
  /\bbusy (?:week|day|morning|night)\b|\bfun (?:friday|monday|times)\b/,
  /\bvibes\b|\bfeels? (?:so |really |honestly )?(?:good|great|amazing|awful|terrible)\b|\b(?:still stings|in shock|so relieved|gutted)\b|\b(?:had|have|needed|wanted) to tell (?:someone|somebody|anyone)\b|\bjust (?:had|wanted) to share\b|\bdon'?t (?:even )?need advice\b/,
];
/** Any of {@link FEELING_MARKS}, in one pattern. */
const ANY_FEELING_MARK = new RegExp(FEELING_MARKS.map((mark) => mark.source).join("|"), "u");
/** Words in capitals, shouted ("AGAIN", "I JUST MADE THE LAST PAYMENT"). */
const SHOUTED = /\b[A-Z]{2,}\s+[A-Z]{4,}\b|\b[A-Z]{4,}\s+[A-Z]{2,}\b|\b(?:AGAIN|FINALLY|NEVER|ALWAYS)\b/;
/** Asks for work: a request, or a question that is not small talk. */
const REQUEST = /\b(?:can you(?! believe)|could you|would you|will you|please|pls|plz|help me|tell me|give me|show me|write|draft|make me|calculate|work out|figure out|explain|what should|should i|should we|how (?:do|can|should|would) (?:i|we)|any (?:tips|ideas|advice|suggestions)|is (?:it|this|that) (?:normal|fair|legal|right|correct))\b/;
/** An acknowledgement opening a turn: "nice", "sweet", "finally", "genial", "endlich", "终于", "やっと", "드디어". */
const ACKNOWLEDGED =
  /^(?:nice|sweet|great|cool|perfect|awesome|finally|phew|yay|ok(?:ay)?|haha\w*|lol|genial|super|perfecto|por fin|parfait|enfin|endlich|perfetto|finalmente|ótimo|отлично|наконец|终于|太好了|やった|やっと|드디어|좋아)(?![\p{L}])/u;
/** A reaction this long at most is small talk, not a new report. */
const MAX_REACTION_CHARS = 100;

/**
 * An acknowledgement with a feeling told and nothing asked ("nice, finally 😅 been a long week tbh", "genial, por fin 😅 qué
 * semana más larga"): small talk, in an agent's run too (round 38). No question mark and no request.
 */
export function acknowledgesWithFeeling(lower: string): boolean {
  if (lower.length > MAX_REACTION_CHARS || /[?？]/u.test(lower) || !ACKNOWLEDGED.test(lower) || REQUEST.test(lower)) return false;
  return ANY_FEELING_MARK.test(lower.slice(lower.search(/[\s,.!]/u) + 1));
}

/** Pieces of writing named without a verb ("Toast for my sister's wedding, … 2-3 minutes, funny but ends sweet"). */
const WORK_NOUN = /\b(?:toast|speech|poem|story|song|verse|jingle|caption|bio|limerick|haiku|rap|eulogy|vows|slogan|tagline|post|tweet|email|letter|(?:birthday|greeting|thank[- ]you) card|message|list|ideas|names|summary|tl;?dr|translation|table|formula|script|code)\b/;
const SOCIAL_QUESTION = /\b(?:did you (?:see|hear|watch|catch)|can you believe|guess what|how about you|how was your)[^?.!\n]{0,60}\?+|\b(?:you know|right)\s*\?+/g;
/** A story of feelings longer than this carries an ask more often than not. */
const MAX_SHARING_CHARS = 900;
/** Readings the figures or the story of a shared feeling pull a turn towards. */
const SHARING_MISREADS = new Set(["math", "analysis", "simple_qa", "deep_reasoning", "creative_writing", "brainstorming"]);

/**
 * Chat for a turn that shares a feeling about figures and asks for nothing: "I JUST MADE THE LAST PAYMENT ON MY STUDENT
 * LOANS!!!! $47,312 paid off…", "omg my kid's report card just came in and I'm so proud 😭 Math went from 78 to 91…",
 * "did you see the game last night?? Lakers lost 124-98…" (seventeenth round). Two marks of feeling, no defining cue of
 * other work, no request, no question but small talk, and figures that ask for neither a computation nor a reading.
 */
export function sharingGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  const lower = reading.latestLower;
  if (!SHARING_MISREADS.has(task) || lower.length > MAX_SHARING_CHARS || reading.cues.some((cue) => cue.strong && cue.task !== "chat")) return undefined;
  // The cheap checks before each pattern: a follow-up continues the work before it, and a question shares no news.
  if (reading.followUp !== undefined) return undefined;
  if (!/[?？]/u.test(lower) && sharesNews(lower)) return { task: "chat", why: "shares news to tell someone and asks for nothing" };
  // The marks first: most turns have none (one pass finds that), and the checks after them cost more.
  const shouted = SHOUTED.test(reading.latest);
  if (!shouted && !ANY_FEELING_MARK.test(lower)) return undefined;
  let marks = shouted ? 1 : 0;
  for (const mark of FEELING_MARKS) if (mark.test(lower)) marks++;
  if (marks < 2) return undefined;
  // The request and small-talk lists are English: another language's ask would go unseen (its language is read last: the
  // reading names it lazily, and most turns never need it).
  if (REQUEST.test(lower) || WORK_NOUN.test(lower) || (lower.includes("?") && lower.replace(SOCIAL_QUESTION, "").includes("?")) || reading.language !== "en") return undefined;
  const domain = readNumericDomain(lower);
  return domain.compute || domain.interpret ? undefined : { task: "chat", why: "shares a feeling and asks for nothing" };
}

/** Scripts whose text a quoted English thanks sits in as the phrase asked about. */
const NON_LATIN: ReadonlySet<Script> = new Set(["han", "kana", "hangul", "arabic", "cyrillic", "other"]);

/**
 * A chat reading set by thanks or greetings that are quoted (inside quotation marks, or English inside a turn written in
 * another script), when the turn's own words name other work ("영어로", "по-английски" ask for English): that work.
 */
export function quotedThanksGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "chat") return undefined;
  const lower = reading.latestLower;
  const foreign = NON_LATIN.has(reading.script);
  const quoted = (cue: CueHit): boolean => (foreign && cue.lang === "en") || insideQuote(lower, cue.at);
  const chat = reading.cues.filter((cue) => cue.task === "chat");
  if (chat.length === 0 || !chat.every(quoted)) return undefined;
  const own = reading.cues.find((cue) => cue.task !== "chat" && !quoted(cue));
  return own === undefined ? undefined : { task: own.task, why: `a quoted thanks is the phrase asked about; '${own.word}' (${own.lang}) names the work` };
}
