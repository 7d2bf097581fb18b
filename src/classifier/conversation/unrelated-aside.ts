/**
 * An aside question that shares nothing with the conversation is another subject (round 55): "btw, why do cats purr?"
 * in a coding run, "oh and unrelated, why do flamingos stand on one leg?", "übrigens, warum schnurren Katzen?", "顺便问一下，
 * 猫为什么会打呼噜？", "ところで、猫はなぜゴロゴロ鳴くの？". Such a turn was read over the run: a cause asked of what the run's tools
 * brought back (ADR 0045) is `analysis`, but the cats are no part of the run. `topic-switch.ts` reads a turn that says
 * it changes the subject on its own; "btw" says only that an aside follows, which may well be about the run ("btw why does
 * this test fail?", "by the way, is the retry budget per request?"). So the aside counts as another subject only when
 * - it opens the turn, after earlier turns, with an aside word in the ten cue languages ("btw", "by the way", "oh and",
 *   "por cierto", "übrigens", "au fait", "à propos", "a proposito", "tra l'altro", "aliás", "por falar nisso", "кстати",
 *   "顺便问一下", "ところで", "ちなみに", "그런데", "그나저나", "참고로"),
 * - the rest is one short question (≤ 160 characters, a question mark at its end) with no word pointing back ("this", "it",
 *   "das", "esto", "это", "这", "これ", "이거"…) and no change asked ("could you also…", "kannst du…", "把…", "…てくれる？"),
 * - and none of its words (three letters or more, past a list of question and function words; in Chinese and Japanese,
 *   its pairs of characters holding a Han character or katakana) occurs in the conversation before it.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { messageText } from "../conversation-text.js";
import type { ConversationReading } from "./read-conversation.js";

/** The aside word at the head of the turn, then its punctuation. */
const ASIDE_HEAD =
  /^(?:(?:ok(?:ay)?|oh|ah|also|and)[,.!]?\s+){0,2}(?:btw|by the way|oh and|quick aside|por cierto|por otro lado|übrigens|nebenbei(?: gefragt)?|au fait|à propos|a propos|d'ailleurs|a proposito|tra l'altro|aliás|alias|por falar nisso|кстати|между прочим|顺便问一下|顺便问|顺便|对了|ところで|ちなみに|그런데|근데|그나저나|참고로)(?:[\s,.:;!—–-]|[，、：。])*/u;
/** Words that point back at the conversation: the aside is then about it. */
const POINTS_BACK =
  /(?<![\p{L}])(?:it|its|it's|this|that|these|those|here|there|them|es|das|dies\p{L}*|hier|esto|eso|est[ae]s?|aqu[ií]|ça|cela|ceci|ce|ici|questo|quest[aie]|quello|qui|isso|isto|ess[ae]s?|aqui|это|эт\p{L}*|тут|здесь|он[аио]?)(?![\p{L}])|这|那个|它|上面|これ|それ|この|その|ここ|이거|그거|이게|그게|여기/u;
/**
 * Something asked done rather than a question put (review 55): "btw, could you also bump the timeout to 10s?", "übrigens,
 * kannst du auch…", "кстати, можешь ещё…", "顺便，把超时改成10秒好吗？", "ところで、…延ばしてくれる？", "그런데 …늘려 줄래?". A change
 * asked in an aside is the run's work, whatever its words; "can you tell me why…" stays a question.
 */
const ASKS_DONE =
  /\b(?:could|can|would|will) you (?!(?:tell|explain|remind)\b)|\b(?:also|too)\b|(?<![\p{L}])(?:kannst du|könntest du|auch|puedes|podr[ií]as|tambi[eé]n|tu peux|tu pourrais|pourrais-tu|peux-tu|aussi|puoi|potresti|anche|d[aá] (?:pra|para)|pode|poderia|tamb[eé]m|можешь|сможешь|ещё|еще)(?![\p{L}])|把|帮我|给我|てくれ|てもらえ|ください|줄래|줄 수|해 ?줘|해 ?줄/u;
/** Question and function words that say nothing of a subject, in the ten cue languages' Latin and Cyrillic scripts. */
const FUNCTION_WORDS = new Set(
  (
    "why how what when where who which whom whose the and are was were does did can could would should will has have had you your for with not " +
    "warum wieso wie was wann wo wer welche der die das den dem ein eine und ist sind hat haben nicht eigentlich " +
    "por qué que cómo cuándo dónde quién cuál los las una uno del para son está están hay " +
    "pourquoi comment quoi quand où qui quel quelle les une des est sont pas " +
    "perché come cosa quando dove chi quale gli della sono non " +
    "porque como quando onde quem qual dos das são não " +
    "почему как что когда где кто какой какая это так они"
  ).split(" "),
);
/** Chinese and Japanese pairs of question and function words: "为什么", "怎么", "一下", "何で". */
const FUNCTION_PAIRS = new Set(["为什", "什么", "怎么", "为何", "如何", "是不", "不是", "可以", "一下", "哪里", "多少", "何で", "何が", "何を", "何の"]);
/** Characters of the turn such an aside runs to. */
const MAX_CHARS = 160;
/** Characters of each earlier message read for shared words, and messages read, newest first. */
const EARLIER_CHARS = 8_000;
const EARLIER_MESSAGES = 24;

/** The end of the aside word when the latest turn is an aside question unrelated to the conversation (module comment). */
export function unrelatedAsideEnd(reading: ConversationReading): number | undefined {
  const text = reading.latestLower;
  if (reading.latestIndex < 1 || text.length > MAX_CHARS) return undefined;
  const head = ASIDE_HEAD.exec(text);
  if (head === null) return undefined;
  const rest = text.slice(head[0].length).trim();
  // One question, ending the turn: "go on. btw, why…?" has its aside after a first ask and is no aside at the head.
  if (!/^[^?？]{4,}[?？]$/u.test(rest) || POINTS_BACK.test(rest) || ASKS_DONE.test(rest)) return undefined;
  const marks = subjectMarks(rest);
  if (marks.length === 0) return undefined;
  const earlier = earlierText(reading.messages, reading.latestIndex);
  return marks.some((mark) => earlier.includes(mark)) ? undefined : head[0].length;
}

/** The question's words that name its subject, and its Chinese and Japanese character pairs with a Han or katakana character. */
function subjectMarks(rest: string): string[] {
  // Words of the spaced scripts, cut where Chinese or Japanese begins: "memcachedのデフォルトポート" holds "memcached".
  const words = (rest.match(/[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Hangul}\p{N}]{3,}/gu) ?? []).filter((word) => !FUNCTION_WORDS.has(word));
  const pairs: string[] = [];
  for (let i = 0; i + 1 < rest.length; i++) {
    const pair = rest.slice(i, i + 2);
    if (/[\p{sc=Han}\p{sc=Katakana}]/u.test(pair) && /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{2}$/u.test(pair) && !FUNCTION_PAIRS.has(pair)) pairs.push(pair);
  }
  return [...words, ...pairs];
}

/** The conversation before the latest turn, lower-cased, each message cut to its first {@link EARLIER_CHARS} characters. */
function earlierText(messages: readonly ChatMessage[], latestIndex: number): string {
  const parts: string[] = [];
  for (let i = latestIndex - 1, read = 0; i >= 0 && read < EARLIER_MESSAGES; i--, read++) {
    const message = messages[i] as ChatMessage;
    const calls = message.tool_calls === undefined ? "" : JSON.stringify(message.tool_calls);
    parts.push(`${messageText(message)} ${calls}`.slice(0, EARLIER_CHARS).toLowerCase());
  }
  return parts.join("\n");
}
