/**
 * A diagnosis asked over what an agent's tools brought back is `analysis`, in a coding agent's run too (ADR 0045):
 * "what failed?" after a test run, "where is the time going?" over a profile, "go test ./... panics in the cache
 * package, why?", "why is our bundle 4.8 MB?". The user asks for the cause read from the run's output, not for a review
 * of code. "原因は何？", "결과 보니까 뭐가 문제야?", "qual è il problema?" ask the same in the ten languages (round 56);
 * asked, not said: "原因はわかった", "뭐가 문제인지는 알겠어" report a cause known (review 56).
 * A review asked by name ("review it", "anything off?", "is this right?"), code the user pastes into the turn,
 * or a stack trace in it keeps the turn code work, as a single prompt "Why does this code throw a KeyError? <code>" is.
 * @module
 */
import { ranCode } from "./agent-context.js";
import { showsCode } from "./code-shape.js";
import { LOG_MEANING } from "./log-meaning.js";
import type { ConversationReading } from "./read-conversation.js";

/** A question after a cause: "why", "what failed", "the likely culprit", and the same in the ten most-used languages. */
const DIAGNOSIS_ASK = new RegExp(
  /(?<!\bthe )\bwhy\b|\bhow come\b|\bwhat(?:'s| is| has)? (?:failed|failing|broke|broken|breaking|happened|went wrong|caus\w+|going on)\b|\b(?:root|likely|probable) cause\b|\bcause of\b|\bculprit\b|\bwhere (?:is|does) (?:the|all the|our) time go|\bwhere (?:the|all the|our) time (?:goes|is going|went)\b|\bwhat(?:'s| is) (?:eating|taking) (?:the|all the|so much) time\b|\bwrong or the\b|\bwhat(?:'s| is) the (?:problem|issue)\b|\bwhere(?:'s| is) the (?:problem|issue)\b|\bworan (?:es|das)? ?liegt|dove sta il problema|в ч[её]м (?:проблема|дело)|el problema est[áa] en|o[uù] est le probl[èe]me|o problema est[áa] (?:no|na|em)|\bfigure out wh|por ?qu[ée](?![a-z])|\bwarum\b|\bwieso\b|\bweshalb\b|\bpourquoi\b|\bperch[ée](?![a-z])|\bpor que\b|почему|отчего|с чего вдруг|что (?:случилось|сломалось|произошло|упало)|为什么|為什麼|为何|为啥|怎么会|什么原因|原因是|なぜ|なんで|どうして|何が起き|원인|왜|\bcausa\b|\bursache\b|原因(?:は|って)(?:何|なに|なん|どこ|[?？])|何が問題(?:なの|なん|か[?？]|[?？]|でしょう|ですか|だろう)|問題は何|뭐가 문제(?:야|예요|에요|지|일까|인가|죠|니|냐|였)|문제가 뭐|문제는 뭐|qual [èe] il problema|was ist (?:denn )?(?:das|hier das) problem|cu[áa]l es el problema|quel est le probl[èe]me|qual [ée] o problema|qu'est-ce qui (?:a |s'est )|cosa è successo|o que aconteceu|/.source +
    // What uses up a resource, asked of a profile or a host's figures (round 54): "what's eating the CPU here?", "was frisst
    // so viel Speicher?", "¿qué está consumiendo tanta memoria?", "что жрёт память?", "什么占用了这么多内存？", "何がCPUを食ってる？"; the resource ends the
    // phrase, so "what's eating the memory budget for the offsite?" names no resource of the run.
    /(?:\bwhat(?:'s| is) (?:eating|hogging|burning|chewing|using|taking|sucking) (?:up )?(?:the |all the |so much |our |that much )?(?:cpu|memory|ram|heap|disk|i\/o|io|bandwidth)\b|was (?:frisst|verbraucht|belegt|fri(?:ss|ß)t) (?:so viel |die |den |das )?(?:cpu|speicher|ram|zeit|arbeitsspeicher)|qu[ée] (?:est[áa] )?(?:consumiendo|comiendo|chupando|usando) (?:tanta |tanto |la |el )?(?:cpu|memoria|ram|tiempo)|qu'est-ce qui (?:bouffe|consomme|mange|utilise) (?:autant de |tout le |toute la |le |la )?(?:cpu|m[ée]moire|ram|temps)|cosa (?:sta )?(?:mangiando|consumando|usando|divorando) (?:tutta la |tutto il |la |il |così tanta |così tanto )?(?:cpu|memoria|ram|tempo)|o que (?:est[áa] )?(?:comendo|consumindo|usando) (?:tanta |tanto |a |o )?(?:cpu|mem[óo]ria|ram|tempo)|что (?:жр[её]т|ест|съедает|грузит|потребляет) (?:столько )?(?:cpu|процессор|память|время|ram)|什么(?:在)?(?:占用|吃|消耗|占)了?(?:这么多|那么多)?(?:cpu|内存|时间))(?=\s*(?:$|[?？。，,.!;:)]|(?:here|there|now|on|in|at|so|again|today|hier|da|jetzt|gerade|bei|aqu[ií]|ahora|en|ici|l[àa]|maintenant|sur|qui|ora|adesso|su|agora|no|na|здесь|тут|сейчас|на|в)(?![a-zà-ÿа-яё])))|何が(?:cpu|メモリ|時間)を(?:食って|使って|消費して|食い)|뭐가 (?:cpu|메모리|시간)(?:를|을) (?:잡아먹|먹고|쓰고)|/.source +
    // What the output means, asked (round 43): "what do I make of these numbers?", "anything to worry about?".
    /\bwhat (?:do|should|can) (?:i|we) (?:make of|read from|take from|conclude from)\b|\bhow (?:do|should|would) (?:i|we) (?:read|interpret)\b|\b(?:something|anything) to worry about\b|\bshould (?:i|we) be (?:worried|concerned)\b|\bis (?:this|that|it) (?:bad|normal|concerning|worrying|significant|expected)\b|c[óo]mo (?:interpreto|lo interpreto|leo esto)|wie (?:soll ich|lese ich) (?:das|diese)|comment (?:interpr[ée]ter|lire) (?:ça|ces)|come (?:interpreto|leggo) (?:questi|questo)|como (?:interpreto|leio) (?:isso|esses)|как (?:это )?(?:понимать|интерпретировать|читать)|怎么(?:理解|看|解读)这|どう(?:読めば|解釈すれば)|어떻게 (?:해석|읽어)/.source,
);

/**
 * A review asked by name, a verdict on code asked for, or a change: the turn stays code work. What a piece of the code
 * does, asked beside a cause ("Was macht pack_slots genau, und warum wird nach -prio sortiert?"), asks it explained: a
 * review too (round 57; "what does X do?" over code is `code_review` in every round's labels). X must read as code, a
 * name with an underscore, a dot or a call's parentheses (review 57): "what does ctr actually do for us here, and why is it
 * so low?" over campaign figures asks a cause.
 */
const REVIEW_OR_CHANGE_ASK =
  /\bwhat does (?:[\w.]{0,30}[_.][\w.]{0,30}|\w{1,60}\(\)) (?:actually |really |exactly )?do\b|(?<![\p{L}])(?:was (?:macht|tut) (?:[\w.]{0,30}[_.][\w.]{0,30}|\w{1,60}\(\))|qu[eé] hace (?:[\w.]{0,30}[_.][\w.]{0,30}|\w{1,60}\(\))|que fait (?:[\w.]{0,30}[_.][\w.]{0,30}|\w{1,60}\(\))|cosa fa (?:[\w.]{0,30}[_.][\w.]{0,30}|\w{1,60}\(\))|o que (?:a |o )?(?:[\w.]{0,30}[_.][\w.]{0,30}|\w{1,60}\(\)) faz|что делает (?:[\w.]{0,30}[_.][\w.]{0,30}|\w{1,60}\(\)))(?![\p{L}])|做什么用|是干什么的|は何をして|뭘 하는|\breview|\blook over\b|\bsanity[- ]?check|\banything (?:else )?(?:wrong|off|dumb|risky|dangerous|missing)\b|\bis (?:it|this|that) (?:right|correct|ok|okay|fine|safe|idiomatic)\b|\bbug or (?:expected|intended|a feature)\b|\bsafe to\b|\bok to\b|\bsecurity\b|\brefactor|\bimprove|\bclean ?up\b|\bfix\b|\bpatch\b|^commit\b|\bcommit (?:it|this|that|what|everything|my|these|the (?:staged|changes|fix))\b|\bwrite (?:a|an|the|me|up|it|this)\b|\bdraft\b|レビュー|리뷰|\brevis[ae]|überprüf|\bprüf|\brelire\b|\brivedi\b|ревью|провер|审查|检查|修复|修正|直して|고쳐/u;

/** Characters of the latest turn beyond which it is a paste to read, not a question. */
const MAX_QUESTION_CHARS = 600;

/** Whether the latest turn asks, of a run whose tools brought back its evidence, why something happened. */
export function diagnosisOverRunOutput(reading: ConversationReading): boolean {
  const { latest, latestLower } = reading;
  if (reading.agent.toolMessages === 0 || latest.length > MAX_QUESTION_CHARS) return false;
  // What a log or an output says, asked of it (round 52): "what does this log say?", "이 로그 무슨 뜻이야?".
  if (!(DIAGNOSIS_ASK.test(latestLower) || LOG_MEANING.test(latestLower)) || REVIEW_OR_CHANGE_ASK.test(latestLower)) return false;
  return !showsCode("user", latest) && !ranCode(latest);
}
