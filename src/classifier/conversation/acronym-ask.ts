/**
 * A question what an acronym stands for ("what does NDR stand for?", "TDS ka full form kya hai?", "OKR이 어떤 단어들의
 * 약자인지", "c'est quoi EBITDA, ça veut dire quoi les lettres ?") is a lookup, whatever figures, dashboard or greeting
 * came with it (thirteenth round): the figures pulled the reading to analysis or maths, the greeting to chat.
 * @module
 */
import { ERROR_WORDS } from "./meaning-ask.js";
import type { ConversationReading } from "./read-conversation.js";

/** A guard's verdict: the task and why (the shape of `task-guards.ts`'s). */
interface AskedWork {
  task: string;
  why: string;
}

/**
 * Asks what an acronym stands for, in the cue languages. Question forms only: "where r stands for the rate" defines a
 * symbol in a maths problem, and Polish "skrót" or German "Abkürzung" alone are also a summary and a shortcut.
 */
const ACRONYM_ASK = new RegExp(
  [
    /\bwhat (?:does|do|did) (?:\S+ ){1,3}stand for\b|\bwhat \S+ (?:stands|stood) for\b|\bwhat(?:'s| is) \S+ short for\b|\bfull form\b|\bwhat (?:the )?(?:letters|acronym|abbreviation) (?:\S+ ){0,2}(?:stand for|mean)\b|\bwhat (?:is|'s) the (?:acronym|abbreviation) \S+\b/.source,
    /\bsiglas?\b|\bacr[óo]nimo\b|qu[ée] significan las letras|o que significam as letras|\bsta per\b|\bacronimo\b|wof[üu]r steht|was steht \S+(?: \S+)? f[üu]r\b|was bedeutet die abk[üu]rzung|\bsigle\b|\bacronyme\b|(?:que veulent dire|veut dire quoi|veulent dire quoi|signifient) les lettres/.source,
    /расшифровыва|аббревиатур|что означают буквы|약자|줄임말|풀네임|무엇의 줄임|の略|略称|正式名称|缩写|縮寫|全称|全稱|是什么的简称|açılımı|kısaltması|waar staat \S+(?: \S+)? voor|rozwinięcie skrótu|kepanjangan|singkatan dari|viết tắt của|là viết tắt|viết tắt gì|اختصار|फुल फॉर्म|पूरा नाम क्या/.source,
  ].join("|"),
);

/**
 * Asks what a term in capitals means ("Τι σημαίνει ROAS;", "what does NDR mean?", "ROAS是什么意思", "LTVって何？"), read
 * case-sensitively: a word in capitals after the question, not followed by a lower-case word ("what is GDP growth" asks
 * for a figure). "とは" asks only before "何" or the question's end: "第3のDCとは通信可能" is "can reach the third DC" (round 41).
 */
const CAPS_MEANING = new RegExp(
  [
    /(?:[Ww]hat (?:does|do|is|'s)|[Ττ]ι (?:σημαίνει|είναι)|[Qq]u[ée] (?:significa|es)|[Qq]ue (?:significa|veut dire|signifie)|[Ww]as (?:bedeutet|ist|heißt)|[Cc]osa (?:significa|vuol dire|è)|[Oo] que (?:significa|é)|[Чч]то (?:такое|значит|означает)|[Щщ]о (?:таке|означає)|[Cc]o (?:znaczy|oznacza|to jest)|[Ww]at (?:betekent|is)|[Aa]pa (?:itu|arti))\s+(?:the |das |le |la |el |o |il )?["'«“„]?[A-Z][A-Z0-9&]{1,7}(?:["'»”“]|\b)(?: (?:actually |exactly |really )?(?:mean|stand for)\b|(?! [a-z]))/.source,
    /\b[A-Z][A-Z0-9&]{1,7}\s*(?:是什么意思|是什么|是甚麼|とは(?=何|なに|なん|[？?。]|$)|って何|の意味|이 뭐|가 뭐|는 뭐|뜻이|ne demek|là gì)/.source,
    // A Latin-script term in a Chinese, Japanese or Korean question, whatever its case: "PodDisruptionBudget って何ですか？"
    // (nineteenth round).
    /\b[A-Za-z][\w.+-]{1,40}\s*(?:って何(?:です|でしょう)?か?[？?。]|とは何(?:です|でしょう)?か?[？?。]|是什么意思|是什么[？?。]|是甚麼[？?。]|(?:이|가|는|란) 뭐(?:예요|에요|야|지|죠)?[？?.])/.source,
  ].join("|"),
  "u",
);

/** Readings an acronym question is mistaken for when figures or a greeting surround it. */
const ACRONYM_MISREAD = new Set(["analysis", "math", "deep_reasoning", "classification", "chat", "extraction", "summarization"]);
/** Characters at the end of the turn the question is looked for in: it follows what it asks about. */
const ASK_TAIL = 400;

/** A lookup for a turn that ends by asking what an acronym stands for, with no defining cue of other work. */
export function acronymAskGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  // A debugging reading stands when the term may be an error's ("what does ENOENT mean in this stack trace?").
  const misread = ACRONYM_MISREAD.has(task) || (task === "code_review" && !reading.agent.coding && !ERROR_WORDS.test(reading.latestLower));
  // A defining cue of other work is looked for first: it is cheaper than the two patterns.
  if (!misread || reading.cues.some((cue) => cue.strong && cue.task !== "simple_qa")) return undefined;
  const text = reading.latestLower;
  const tail = (whole: string): string => (whole.length > ASK_TAIL ? whole.slice(-ASK_TAIL) : whole);
  if (!ACRONYM_ASK.test(tail(text)) && !CAPS_MEANING.test(tail(reading.latest))) return undefined;
  return { task: "simple_qa", why: "asks what an acronym stands for" };
}
