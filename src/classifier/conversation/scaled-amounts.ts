/**
 * Amounts scaled for a number of people or servings (round 55): "scale it for 10 people, in grams and ml" after a browsing
 * agent read a recipe for four, "rechne das auf 9 Personen um", "adáptala para 12 personas", "recalcule pour 6 personnes",
 * "ricalcola per 8 persone", "ajusta para 10 pessoas", "пересчитай на 10 человек", "换算成10人份", "10人分に計算して",
 * "10인분으로 계산해 줘". Each amount is multiplied by the ratio: maths. The turn alone names no work, so it was read as a
 * fact or small talk. Only for a short turn with a verb of scaling and the number of people or servings, after earlier
 * turns or a tool's result that hold the amounts (figures), and never when the turn asks for ideas or a plan, or a piece of
 * writing or a layout made for that many (review 55).
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { messageText } from "../conversation-text.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** A verb of scaling or converting amounts, in the ten cue languages. */
const SCALE_VERB =
  /\b(?:scale|convert|adjust|recalculate|multiply|adapt)\b|(?<![\p{L}])(?:rechne|umrechnen|hochrechnen|anpassen|skalier\p{L}*|adapta\p{L}*|ajusta\p{L}*|escala\p{L}*|recalcul\p{L}*|calcula\p{L}*|adapte\p{L}*|ajuste\p{L}*|convert\p{L}*|ricalcol\p{L}*|adatta\p{L}*|scala\p{L}*|пересчитай|пересчитать|рассчитай|адаптируй)(?![\p{L}])|换算|折算|调整|算成|計算して|換算して|調整して|계산해|맞춰|환산/u;
/** The number of people or servings the amounts are scaled to. */
const HEADCOUNT =
  /\d{1,3} ?(?:people|persons|servings|portions|guests|personen|portionen|g[äa]ste|personas|porciones|raciones|comensales|personnes|portions|parts|persone|porzioni|pessoas|por[çc][õo]es|человек|персон\p{L}*|порци\p{L}*|人份|人分|인분|명)/u;
/** Ideas or a plan asked: the headcount is then the plan's, not a ratio's. */
const PLAN = /\b(?:ideas?|plan|menu|suggest\w*)\b|ideen|ideas|idées|idee|ideias|идеи|点子|建议|アイデア|献立|아이디어/u;
/**
 * A piece of writing or a layout the text is turned into (review 55: "adapt it into an invitation for 30 people", "convert
 * it into a tweet for our 12 guests", "adapta el texto para 30 personas"): the headcount is the audience, nothing to multiply.
 */
const PIECE =
  /\b(?:invitations?|tweets?|posts?|posters?|flyers?|e-?mails?|letters?|messages?|texts?|layouts?|slides?|banners?|images?|logos?|fonts?|seating)\b|einladung|plakat|brief|nachricht|texto|invitaci|cartel|carta|mensaje|texte|affiche|lettre|invito|lettera|testo|messaggio|convite|cartaz|mensagem|текст|приглашени|письм|сообщени|文案|邀请|海报|通知|招待状|ポスター|文章|案内|초대장|포스터|문구|안내문/u;
/** Characters such a turn runs to. */
const MAX_CHARS = 160;
/** Earlier messages read for the amounts, newest first, and characters of each. */
const EARLIER_MESSAGES = 6;
const EARLIER_CHARS = 4_000;

/** Maths for amounts scaled to a headcount (module comment). */
export function scaledAmountsGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  const text = reading.latestLower;
  if (task === "math" || reading.latestIndex < 1 || text.length > MAX_CHARS) return undefined;
  const verb = SCALE_VERB.exec(text);
  if (verb === null || !HEADCOUNT.test(text) || PLAN.test(text) || PIECE.test(text) || !amountsBefore(reading.messages, reading.latestIndex)) return undefined;
  return { task: "math", why: `'${verb[0]}' asks the amounts before it scaled to a headcount, worked out` };
}

/** Whether an earlier message holds amounts: three figures or more. */
function amountsBefore(messages: readonly ChatMessage[], latestIndex: number): boolean {
  for (let i = latestIndex - 1, read = 0; i >= 0 && read < EARLIER_MESSAGES; i--, read++) {
    const message = messages[i] as ChatMessage;
    if (message.role === "system" || message.role === "developer") continue;
    if ((messageText(message).slice(0, EARLIER_CHARS).match(/\d+(?:[.,]\d+)?/g) ?? []).length >= 3) return true;
  }
  return false;
}
