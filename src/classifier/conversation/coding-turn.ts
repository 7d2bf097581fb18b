/**
 * What a coding agent's latest turn asks, beyond "make the change" and "why does it fail" (seventh round), in the ten
 * cue languages:
 * - a review ask ("这个 PR 能合吗？帮我看看有没有问题", "revisa este diff", "レビューして", "검토해 줘") is code review, even
 *   when the conversation's reading is a change to make;
 * - an ask to optimize ("consegue otimizar?", "can you speed it up", "优化一下") is a change to make, unless it asks how;
 * - a question about a concept that names nothing of the project ("btw what's the difference between a mutex and a
 *   semaphore?", "什么是闭包？") is a quick answer, not code work;
 * - thanks without a new ask ("perfetto, grazie mille! per oggi basta così") stays small talk when read as chat.
 * @module
 */
import { asksChange } from "./task-words.js";

/** A correction and why (the shape of task-guards' `GuardResult`, declared here: agent-guard imports this module). */
interface CodingTurnResult {
  task: string;
  why: string;
}

const REVIEW_ASK = new RegExp(
  [
    /\b(?:review|look over|check (?:the|this|my) (?:pr|diff|commit|change)s?|any (?:issues|problems|red flags)|(?:ok|safe|good) to merge|can (?:i|we) merge|(?:take|have) a (?:quick )?look|sanity[- ]check|look (?:it |this |them )?over|anything (?:wrong|off)|lgtm\?)\b/.source,
    // es, de, fr
    /revis[ae]|rev[íi]sa|hay (?:alg[úu]n )?problema|(?:echa|[eé]chale|dale|da) (?:un )?(?:vistazo|ojo)|[eé]chale un ojo|mira (?:si|este|esta|el|la)|überprüf|relis|relire|relisez|gibt es probleme|kann ich (?:das |den )?mergen|schau (?:dir )?[^.?!\n]{0,30}?\b(?:an|drüber|durch)\b|wirf (?:mal )?einen blick|guck (?:mal )?drüber|relis|v[ée]rifie|y a-t-il des probl[èe]mes|jette (?:un )?(?:coup d'(?:œ|oe)il|(?:œ|oe)il)|regarde (?:ce|cette|si|le|la)/.source,
    // pt, it, ru
    /tem algum problema|posso (?:fazer )?merge|d[aá] uma olhada|d[eê] uma olhada|olha (?:esse|este|essa|se)|rivedi|controlla|ci sono problemi|(?:dai|dare|dà) un'occhiata|d[aà]i un'occhiata|guarda (?:questo|questa|se|il|la)|проверь|есть (?:ли )?(?:какие-то )?проблем|можно (?:ли )?(?:мерж|влить)|глянь|взгляни|посмотри/.source,
    // zh, ja, ko
    /审查|审核|有没有问题|能合吗|可以合(?:并)?吗|检查一下|帮我看看|看一下|看看|过一下|レビュー|問題(?:が)?ない(?:か)?|マージして(?:も)?(?:大丈夫|いい)|見て(?:ください|もらえ|くれ)|確認して|チェックして|리뷰|검토|문제 없|머지해도|봐 ?줘|봐 ?주|확인해|살펴/.source,
  ].join("|"),
);
const OPTIMIZE =
  /\b(?:optimi[sz]e|speed (?:it|this|that|things) up|make (?:it|this|that) (?:faster|quicker|leaner)|tune (?:it|this|the query))\b|optimi[zs]ar|otimiz|optimier|optimis|ottimizz|hazlo más rápido|mach (?:es|das) schneller|rends-le plus rapide|(?:torne|deixe)-o mais rápido|rendilo più veloce|velocizza|оптимизир|ускорь|сделай быстрее|优化|提速|加速一下|最適化|高速化|速くして|최적화|빠르게 (?:해|만들)/;
/** "How would I…", "wie kann ich…": asks for advice on optimizing, not for the change. */
const HOW_ASK = /\bhow (?:do|can|could|should|would) (?:i|we)\b|c[oó]mo (?:puedo|podr[ií]a|hago)|wie (?:kann|könnte|soll)|comment (?:puis|pourrais|faire)|como (?:posso|poderia|fa[çc]o)|come (?:posso|potrei)|как (?:мне|можно)|怎么|如何|どうすれば|どうやって|어떻게/;

/** A question about a concept: "what's the difference between", "what is a", "什么是", "とは", "차이", "что такое". */
const CONCEPT_ASK =
  /\bwhat(?:'s| is| are) (?:the difference between|a |an )|\bdifference between\b|diferencia entre|qu[ée] es (?:un|una) |unterschied zwischen|was ist (?:ein|eine) |diff[ée]rence entre|qu'est-ce qu(?:e|'un)|diferen[çc]a entre|o que [ée] (?:um|uma) |differenza tra|cos'[èe] |в ч[её]м разница|разница между|что такое|什么是|是什么|的区别|有什么区别|とは|の違い|차이가|차이점|이란|뭐야/;
/**
 * What a term means: "what does HTTP 418 mean?", "what's meant by idempotent?", "¿qué significa …?", "was bedeutet …?",
 * "que veut dire …?", "o que significa …?", "cosa vuol dire …?", "что значит …?", "…是什么意思", "…ってどういう意味", "…무슨 뜻".
 * Its words ("what does") are also bug words, so it is read with the bug words outside it.
 */
const MEANING_ASK =
  /\bwhat (?:does|do) [^?\n]{1,40} (?:mean|stand for)\b|\bwhat(?:'s| is) meant by\b|\bwhat(?:'s| is) the meaning of\b|qu[ée] (?:significa|quiere decir)|was (?:bedeutet|hei(?:ß|ss)t)|(?:que|qu'est-ce que) (?:signifie|veut dire)|o que (?:significa|quer dizer)|(?:che )?cosa (?:significa|vuol dire)|che significa|что (?:значит|означает)|是什么意思|什么意思|啥意思|(?:って|とは)(?:どういう|どんな)意味|の意味|무슨 뜻|뜻이 뭐|의미가 뭐/;
/** What a command with flags does: "what does `set -euo pipefail` do", "what does `git reset --soft head~1` actually do". */
const COMMAND_MEANING = /\bwh?at (?:does|do) `[a-z][\w.-]{0,20}(?: [^`\n]{0,30})? --?[a-z][^`\n]{0,30}` (?:actually |really |even )?do\b/;
/** Something of the project named: a deictic, a path, a call, an identifier, a backtick. */
const PROJECT_REFERENCE =
  /\b(?:this|that|these|those|my|our|here|it|the code|the file|the function)\b|[`/\\]|\w\(|\w\.\w{1,5}\b|[a-z0-9]_[a-z]|(?<![a-zà-ÿ])(?:este|esta|estos|estas|esse|essa|isto|meine?[nmrs]?|diese[nmrs]?|ce|cet|cette|ces|questo|questa|mio|mia)(?![a-zà-ÿ])|(?<![а-яё])(?:это|этот|эта|эту|мой|мою|наш)(?![а-яё])|这个|这段|我的|この|私の|(?:^|\s)(?:이|내) /;

/** Thanks or a greeting with no new ask: a chat reading of it stands. */
export const THANKS = /\b(?:thanks|thank you|thx|ty|cheers|appreciate it|you saved my (?:day|life|weekend|bacon|sanity)|(?:you'?re|you are) a (?:lifesaver|legend|star)|lifesaver)\b|gracias|danke|merci|grazie|obrigad|спасибо|谢谢|ありがとう|고마워|감사/;

/**
 * The task a coding agent's turn asks for by the shapes in the module comment, `kept` when a chat reading stands;
 * `bug` and `change` say whether the turn has bug words and change verbs; `bugOutside` whether it has them outside a span.
 */
export function codingTurnGuard(task: string, text: string, bug: boolean, change: boolean, bugOutside?: (span: RegExp) => boolean): CodingTurnResult | "kept" | undefined {
  const question = /[?？]/.test(text);
  if (task === "chat" && !bug && !change && !question && THANKS.test(text)) return "kept";
  if (task === "code_generation" && !change && REVIEW_ASK.test(text)) return { task: "code_review", why: "a review ask in a coding-agent context" };
  if (task === "code_review" && OPTIMIZE.test(text) && !HOW_ASK.test(text)) return { task: "code_generation", why: "asks the coding agent to optimize the code" };
  // "what does `set -euo pipefail` actually do?": a command with its flags asked about is a fact about the tool (round 44).
  if (COMMAND_MEANING.test(text) && !asksChange(text.replace(COMMAND_MEANING, " ")) && bugOutside?.(COMMAND_MEANING) === false) return { task: "simple_qa", why: "asks what a command and its flags do, a fact about the tool" };
  const concept = (!bug && CONCEPT_ASK.test(text)) || (MEANING_ASK.test(text) && bugOutside?.(MEANING_ASK) === false);
  if (question && !change && concept && !PROJECT_REFERENCE.test(stripTags(text))) {
    return { task: "simple_qa", why: "a question about a concept, naming nothing of the project" };
  }
  return undefined;
}

/** The turn without the IDE's wrapping tags (`<user_query>`) and an opening "btw". */
function stripTags(text: string): string {
  return text.replace(/<\/?[a-z_]{1,30}>/g, " ").replace(/\bbtw\b/g, " ");
}
