/**
 * A word asked for each item (twenty-fifth round): "For each card transaction, say whether it looks normal or
 * suspicious… Answer with the ID and one word.", "各カード取引が「通常」か「不審」か判定してください。IDと一語だけで",
 * "각 카드 거래가 정상인지 의심스러운지… ID랑 한 단어로만". An answer of one word per item is a label, whatever figures
 * the items carry (amounts, times, IDs pull a reading to extraction or analysis). The shape is the same in every
 * language: each item, labels named as a choice, and one word as the answer; the words are the team's, per language.
 * @module
 */
import { PER_ITEM } from "./pipeline-labels.js";
import type { ConversationReading } from "./read-conversation.js";

/** A correction and why it was made (the shape of `task-guards.ts`'s `GuardResult`). */
interface GuardResult {
  task: string;
  why: string;
}

/** One word as the answer, in the ten cue languages. */
const ONE_WORD = new RegExp(
  [
    /\b(?:one word|a single word|one-word)\b|una (?:sola )?palabra|uma (?:s[óo] )?palavra|uma palavra s[óo]|(?:einem|ein) (?:einzigen )?wort\b/.source,
    /\bun (?:seul )?mot\b|\bune seule? (?:mot|[ée]tiquette)\b|una (?:sola )?parola|одн(?:о|им) слов|一个词|一个字|两个字|一語|ひと言で|一言で|한 단어|한 마디|한마디/.source,
  ].join("|"),
);
/** Each item, in Chinese and Japanese forms {@link PER_ITEM} leaves out ("各カード取引", "それぞれ", "1件ずつ", "逐条"). */
const EACH_CJK = /各|それぞれ|ごとに|ずつ|逐[条个笔项]/;
/**
 * The labels named as a choice (review of the twenty-fifth round): "normal or suspicious", "whether…", "ob…", "si…",
 * "「通常」か「不審」か", "정상인지 의심스러운지", "доволен или нет", "是…还是". Without it one word per item only says how
 * short the answer is ("give me the vendor name, one word is fine", "各国の首都を一言で"): fields or facts, not labels.
 */
const NAMED_CHOICE =
  /\b(?:or|whether|if|oder|ob|ou|si|se|oppure)\b|(?<![а-яё])(?:или|ли)(?![а-яё])|[」』]か|か[「『]|かどうか|인지|는지|还是|是否/;
/** Readings the items' own content (amounts, times, IDs) pulls a word asked per item towards. */
const LABEL_MISREADS = new Set(["extraction", "analysis", "simple_qa", "math", "chat", "code_review", "deep_reasoning"]);
/** Characters of the turn's head where the ask is read. */
const HEAD_CHARS = 320;

/** Classification for a turn whose head asks one word for each item (see the module comment). */
export function oneWordLabelGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!LABEL_MISREADS.has(task) || reading.agent.coding || reading.latestIndex < 0) return undefined;
  // "Translate each term in one word", "summarize each review in a word": a verb of other work names the task.
  if (reading.cues.some((cue) => cue.strong && cue.task !== "classification")) return undefined;
  const head = reading.latestLower.slice(0, HEAD_CHARS);
  const word = ONE_WORD.exec(head);
  if (word === null || !(PER_ITEM.test(head) || EACH_CJK.test(head)) || !NAMED_CHOICE.test(head)) return undefined;
  return { task: "classification", why: `'${word[0]}' asked for each item is a label` };
}
