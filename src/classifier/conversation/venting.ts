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

/** Says the writer wants to be heard, not helped, in the cue languages. */
const VENTING = new RegExp(
  [
    /\b(?:just (?:listen|need to vent|wanted to vent|want to vent|needed to say it)|(?:i )?don'?t (?:want|need) (?:advice|solutions|a solution|fixes)|no (?:advice|solutions) (?:please|pls|needed)|not looking for (?:advice|solutions)|(?:i )?don'?t need (?:any )?(?:tips|advice)|(?:just )?need to (?:complain|rant|vent)(?: to someone| for a (?:minute|sec|second))?|let me (?:rant|vent|complain)|rant over)\b/.source,
    /solo (?:quiero|necesito) desahogarme|no (?:quiero|necesito) (?:consejos|soluciones)|nur (?:zuhören|mal dampf ablassen)|keine ratschläge|(?:je veux|j'ai besoin de) juste (?:vider mon sac|me défouler)|pas de conseils|ho solo bisogno di sfogarmi|non voglio consigli|s[óo] (?:quero|preciso) desabafar|n[ãa]o quero conselhos|просто (?:выговориться|выслушай)|не надо советов|не нужны советы/.source,
    /δεν θέλω (?:λύσεις|συμβουλές)|απλά (?:ήθελα να το πω|θέλω να ξεσπάσω)|nie chcę rad|tylko się wyżalić|sadece dert(?:leşmek| yanmak)|akıl istemiyorum|ik wil geen advies|gewoon even luchten|jag vill inte ha råd|bara få ur mig|אני לא צריך עצות|רק לפרוק|فقط می‌خواهم درد دل|نمی‌خواهم نصیحت/.source,
    /그냥 (?:좀 )?들어줘|해결책 (?:같은 거 )?말고|조언 (?:말고|필요 없)|只是想吐槽|不用给我建议|不用給我建議|别给我建议|聞いてほしいだけ|アドバイスはいらない|chỉ muốn tâm sự|không cần lời khuyên|cuma mau curhat|gak usah kasih saran|bas (?:sun lo|dil halka)|सलाह नहीं चाहिए/.source,
  ].join("|"),
);
/** Venting that says it wants no help is a short message; a longer one that says so is a story with an ask in it. */
const MAX_VENTING_CHARS = 600;
/** Readings venting's story pulls a turn towards. */
const NOT_CHAT_READINGS = new Set(["brainstorming", "creative_writing", "analysis", "simple_qa", "translation", "summarization", "classification", "extraction"]);

/** Chat for a turn that says the writer only wants to be heard (a chat reading is kept, and no later guard moves it). */
export function ventingGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!(task === "chat" || NOT_CHAT_READINGS.has(task)) || reading.latestLower.length > MAX_VENTING_CHARS) return undefined;
  // A defining verb of the reading's own task ("Summarize the questions above") asks for that work: nothing to check.
  if (task !== "chat" && reading.cues.some((cue) => cue.strong && cue.task === task)) return undefined;
  if (!VENTING.test(reading.latestLower)) return undefined;
  return { task: "chat", why: "the writer asks to be heard, not helped" };
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
