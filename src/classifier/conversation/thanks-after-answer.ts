/**
 * Thanks after an answer, in a few words and nothing asked (thirty-second round): "谢谢！挺清楚的", "спасибо, всё понятно",
 * "고마워요! 깔끔하네요" after a summary read as the summary again, where "thanks! that's really clear" and "danke, sehr
 * übersichtlich" read as chat: the model reads the whole conversation, and a confident reading of the earlier work
 * outweighed the thanks in the languages where the thanks word is not itself a strong signal. Small talk.
 * Laughter or praise does the same (round 41): "hahaha love it, sending it to my sister" after a limerick,
 * "jajaja me encanta", "哈哈太好了，发给我妹妹" were read as the limerick again.
 * @module
 */
import { THANKS } from "./coding-turn.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Thanks words the shared list does not hold: "多谢", "感谢", "謝謝", "고맙", "благодарю". */
const MORE_THANKS = /多谢|感谢|謝謝|고맙|благодар/;
/** Laughter or praise of the answer, in the cue languages: a reaction to it, as thanks are. */
const REACTION =
  /(?<![\p{L}])(?:(?:ha){2,}h?|(?:ja){2,}|(?:je){2,}|(?:ah){2,}|lol|lmao|rofl|love (?:it|this|that)|loved it|perfect|amazing|awesome|brilliant|me encanta|me encantó|genial|j'adore|génial|parfait|adoro|perfetto|fantastico|perfeito|adorei|toll|super|klasse|perfekt|отлично|супер|класс|прекрасно|ахах\p{L}*|хаха\p{L}*)(?![\p{L}])|哈哈|太好了|太棒了|完美|最高|いいね|ㅋㅋ|ㅎㅎ|완벽|최고/u;
/**
 * A question, a "but" or a "now" after the thanks: something is still asked ("谢谢，那运营组具体做什么", "спасибо, но где сроки",
 * "perfect thx. now french").
 */
const STILL_ASKS =
  /\b(?:what|how|why|which|who|where|when|can|could|would|but|however|now|next|also|again|another|more|too|pls|please|plz|one)\b|(?<![\p{L}])(?:otr[oa]|m[áa]s|noch|encore|ancora|outr[oa]|ещ[её])(?![\p{L}])|再来|もう一|하나 더|(?<![\p{L}])(?:qu[ée]|c[óo]mo|por qu[ée]|pero|ahora|was|wie|warum|aber|jetzt|nun|quoi|comment|pourquoi|mais|maintenant|o que|como|por que|agora|cosa|come|perch[ée]|però|ora|adesso|что|как|почему|где|когда|можно|но|теперь|а)(?![\p{L}])|什么|怎么|为什么|為什麼|吗|嗎|呢|哪|谁|几|但是|不过|可是|现在|再|何|どう|なぜ|でも|けど|今度|次は|뭐|어떻게|왜|나요|까|하지만|근데|그런데|이제|이번엔/u;
/**
 * An action on the work asked after the praise (round 52): "отлично, закоммить и запушь", "perfect, commit and push",
 * "super, merge it", "完美，提交吧", "いいね、コミットして", "좋아, 커밋해줘": the version-control and release verbs of the ten
 * cue languages. The praise is an assent; the turn asks the change to be committed.
 */
const ACTION_VERB =
  /\b(?:commit|committe|push|pushe|merge|ship|deploy|release|rebase|squash)\b|(?<![\p{L}])(?:(?:за)?коммить(?:те)?|(?:за)?пушь(?:те)?|пушни(?:те)?|(?:с|за)?мерж[иь](?:те)?|задеплой(?:те)?)(?![\p{L}])|提交|推送|合并|合並|部署|上线|コミット|プッシュ|マージ|デプロイ|커밋|푸시|머지|배포/u;
/**
 * The commit declined, reported done or kept for oneself (review of round 52): "great, don't push", "perfect, I'll commit
 * it later", "отлично, уже закоммитил", "не коммить пока", "好的，先别提交", "いいね、コミットは自分でやる", "좋아, 커밋은 내가 할게".
 */
const ACTION_NOT_ASKED =
  /\b(?:don'?t|do not|didn'?t|never|no need|not yet|not now|i'?ll|i will|i'?m going to|i already|already|myself|later|i'?ve|we'?ll)\b|(?<![\p{L}])(?:не|уже|сам|сама|потом|позже|nicht|schon|selbst|später|ya|luego|después|pas|déjà|moi-même|già|dopo|não|já|depois)(?![\p{L}])|别|不要|不用|先不|已经|已經|我自己|我来|我來|稍后|回头|しないで|しなくて|自分で|済み|しました|後で|하지 ?마|말고|내가|했|나중에/u;

/** Whether the turn asks a commit, a push, a merge or a release (see {@link ACTION_VERB}), not declined or done. */
export function asksVersionAction(text: string): boolean {
  return ACTION_VERB.test(text) && !ACTION_NOT_ASKED.test(text);
}
/** A whole thanks turn is this short (characters), and its words besides the thanks few. */
const MAX_CHARS = 60;
const MAX_WORDS = 8;

export function thanksAfterAnswerGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task === "chat" || reading.anchorIndex < 0 || reading.followUp !== undefined || reading.latestLower.length > 2 * MAX_CHARS) return undefined;
  const text = reading.latestLower.trim();
  if (text.length > MAX_CHARS || text.includes("\n") || /[?？]/.test(text) || text.split(/\s+/).length > MAX_WORDS) return undefined;
  const thanks = THANKS.exec(text) ?? MORE_THANKS.exec(text) ?? REACTION.exec(text);
  if (thanks === null || STILL_ASKS.test(text) || asksVersionAction(text) || reading.cues.some((cue) => cue.task !== "chat")) return undefined;
  return { task: "chat", why: `thanks or praise ('${thanks[0]}') after an answer, with nothing asked: small talk` };
}
