/**
 * Which of a tool's items ranks first, asked of what the tool brought back (round 56): "quale campagna ha il costo per
 * lead più basso?" over a query's rows, "¿qué canal tiene el coste por lead más bajo?", "哪个渠道的获客成本最低？",
 * "welcher Pod hat die meisten Restarts?", "какой диск самый заполненный?". The ranking is in the output: the answer
 * reads one row, a lookup (`simple_qa`), as the English "which channel has the lowest cost per lead?" already reads.
 * Only a short turn that opens with a question word ("which", "welche", "cuál", "quel", "quale", "qual", "какой";
 * Chinese, Japanese, Korean anywhere) and holds a superlative, in a run whose tools brought back at least three figures;
 * a judgement, a cause, a decision or advice asked beside it ("which is best?", "which is worth more budget?", "why is
 * it the lowest?"), a quality judged ("the most important", "the most likely to churn"), a change asked, or another ask
 * after the question leave the reading alone.
 * @module
 */
import { messageText } from "../conversation-text.js";
import { countNumbers } from "./count-numbers.js";
import { DIAGNOSIS_BESIDE } from "./inspection-value.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";
import { asksChange } from "./task-words.js";

/** A question word opening the turn, after at most two lead words, in the European cue languages. */
const WHICH_OPENING =
  /^[¿]?(?:(?:and|so|ok|okay|wait|und|also|y|entonces|et|alors|e|quindi|então|а|и|так)[,.]?\s+){0,2}(?:which|who|welche[rsmn]?|wer|cu[aá]l(?:es)?|qu[eé] \p{L}+|qui[eé]n(?:es)?|quel(?:le)?s?|qui|qual[ei]?|chi|qua(?:l|is)|quem|как(?:ой|ая|ое|ие|ого|ую)|кто|котор(?:ый|ая|ое|ые)|у как(?:ого|ой)|в как(?:ом|ой))(?![\p{L}])/u;
/** The same in Chinese, Japanese and Korean, anywhere in the short turn. */
const WHICH_CJK = /哪|谁|誰|どれ|どの|어느|어떤|누가|누구/u;
/** A superlative: the item ranks first or last on a figure. "best" and "worst" are judgements, left out. */
const SUPERLATIVE = new RegExp(
  [
    /\b(?:most|least|fewest|highest|lowest|biggest|largest|smallest|fullest|cheapest|priciest|fastest|slowest|longest|shortest|oldest|newest|top)\b/.source,
    /(?<![\p{L}])(?:am )?(?:höchste|niedrigste|meiste|wenigste|größte|kleinste|günstigste|teuerste|schnellste|langsamste|älteste|neueste|vollste)[nrms]?(?![\p{L}])/u.source,
    /(?<![\p{L}])(?:más|menos|mayor|menor|plus|moins|più|meno|maggiore|minore|mais|maior|menor)(?![\p{L}])/u.source,
    /сам(?:ый|ая|ое|ые|ого|ой|ую|ым)(?![\p{L}])|наибольш|наименьш|больше всего|меньше всего|максимальн|минимальн/u.source,
    /最|一番|いちばん|가장|제일|최고|최저|최대|최소/u.source,
  ].join("|"),
  "u",
);
/** Advice or a choice asked ("which should we pick?", "which would you recommend?", "which is better / the best?"). */
const ADVICE = /\b(?:should|would you|recommend\w*|best|worst|better|worse|prefer|pick|choose)\b|sollten|empfiehl|besser|beste|deber[ií]a|recomiend|mejor|peor|devrions|recommand|meilleur|pire|dovremmo|consigli|miglior|peggior|devemos|recomend|melhor|pior|стоит|посовет|лучш|худш|应该|推荐|建议|更好|べき|おすすめ|良い|해야|추천|더 나은/u;
/**
 * A promise or a future judged, not a figure read (review 56): "which channel is the most promising for next year?", "quale
 * canale ha più potenziale?", "哪个渠道最好？", "какой канал самый перспективный?".
 */
const PROSPECT =
  /\b(?:promising|potential|future|next (?:year|quarter|month))\b|potenzial|zukunft|n[äa]chste[ns]? (?:jahr|quartal)|prometedor|potencial|futuro|pr[óo]ximo a[ñn]o|a[ñn]o que viene|prometteu|potentiel|avenir|l'an prochain|ann[ée]e prochaine|promettent|anno prossimo|promissor|ano que vem|перспективн|потенциал|будущ|следующ|最好|最佳|最值得|最有前途|前景|潜力|明年|有望|見込み|将来|来年|一番いい|一番良い|가장 좋|제일 좋|유망|잠재|내년/u;
/**
 * A quality judged, not a figure read (review 56, second pass): "which is the most important finding?", "quel canal est le
 * plus risqué ?", "какой самый важный?", "哪个最重要？", "which customers are most likely to churn?".
 */
const JUDGED =
  /\b(?:important|significant|relevant|risk\w*|worr\w*|concern\w*|dangerous|likely|probabl\w*|efficient|effective|valuable|reliable|unreliable|underrated|overrated|interesting|critical|urgent|suspicious)\b|wichtig|riskant|risiko|gef[äa]hrlich|effizient|wertvoll|zuverl[äa]ssig|interessant|kritisch|dringend|wahrscheinlich|importan|relevant|arriesgad|riesgo|preocup|peligros|eficien|efica[cz]|valios|fiable|interesan|cr[íi]tic|urgente|probable|risqu|inqui[ée]t|dangereu|int[ée]ressant|critique|rischi|preoccup|pericolos|affidabil|sottovalutat|sopravvalutat|probabil|arriscad|risco|perigos|confi[áa]v|subestimad|важн|риск|опасн|над[её]жн|эффективн|ценн|интересн|критичн|срочн|вероятн|подозрительн|重要|风险|危险|担心|值得|有效|可靠|关键|紧急|可能|可疑|リスク|危険|心配|効率|信頼|怪し|可能性|중요|위험|걱정|효율|신뢰|가능성|의심/u;
/**
 * A second question joined to the first in one sentence (review 56): "which channel grew the most, and is that a trend?",
 * "welcher Kanal hat die meisten Leads und warum?", "¿cuál creció más y por qué?".
 */
const JOINED_ASK =
  /\b(?:and|but) (?:is|are|was|were|does|do|did|should|can|could|will|why|how|what)\b|(?<![\p{L}])(?:und|aber|y|pero|et|mais|e|ma|mas|и|а|но) (?:ist|sind|war|warum|wieso|wie|was|es|son|por ?qu[ée]|c[óo]mo|est-ce|pourquoi|comment|[èe]|perch[ée]|come|cosa|[ée]|por que|o que|это|почему|как|что)(?![\p{L}])/u;
/** Something asked after the question, or before it in another sentence. */
const ASKED_AFTER = /[?？]\s*\S/u;
/** Characters such a turn runs to. */
const MAX_CHARS = 120;
/** Figures a tool's output holds before its items can rank on one. */
const MIN_FIGURES = 3;
/** Readings such a lookup is mistaken for. */
const MISREAD = new Set(["analysis", "code_review", "code_generation", "chat", "math", "deep_reasoning"]);

/** The tool results before the latest turn hold figures to rank on. */
function toolFigures(reading: ConversationReading): boolean {
  for (let i = reading.latestIndex - 1; i >= 0; i--) {
    const message = reading.messages[i]!;
    if ((message.role === "tool" || message.role === "function") && countNumbers(messageText(message).slice(0, 20_000), MIN_FIGURES) >= MIN_FIGURES) return true;
  }
  return false;
}

/** A lookup when the latest turn asks which of the tool's items ranks first on a figure (module comment). */
export function rankedItemGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.agent.toolMessages === 0) return undefined;
  const text = reading.latestLower.trim();
  if (text.length > MAX_CHARS || !/[?？]$/u.test(text) || ASKED_AFTER.test(text.slice(0, -1))) return undefined;
  if (!(WHICH_OPENING.test(text) || WHICH_CJK.test(text)) || !SUPERLATIVE.test(text)) return undefined;
  if (DIAGNOSIS_BESIDE.test(text) || ADVICE.test(text) || PROSPECT.test(text) || JUDGED.test(text) || JOINED_ASK.test(text) || asksChange(text) || !toolFigures(reading)) return undefined;
  return { task: "simple_qa", why: "asks which of the tool's items ranks first on a figure the output holds, a lookup" };
}
