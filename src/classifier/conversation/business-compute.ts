/**
 * A verb of computing over a business's figures with a reading of them asked, in the ten cue languages (round 58):
 * "计算一下本季度的流失率，再说说算不算偏高", "посчитай выручку по регионам и скажи, где мы просели", "今四半期の解約率を計算して、
 * 前期と比べてどうか教えて", "calcule le taux de churn du trimestre et dis-moi si c'est inquiétant", "이번 분기 이탈률 계산해
 * 주고, 왜 늘었는지 봐줘". The verbs are strong maths cues, and the numeric guard keeps a maths reading a strong cue names
 * (its business reading of a figure asked is English only), so these were `math`. Figures of a business worked out and
 * then read (whether they are high or a problem, why they moved, where, what to cut) are business analysis (`analysis`),
 * as round 45 labels a business's figures with a reading asked. A maths or puzzle reading of such a turn becomes
 * `analysis`. Left to the other readings: a person's own sum ("посчитай 17% от 2 350", "小明有 120 元…还剩多少钱"), maths
 * words or notation, a running system's figures, a log, code named in the turn ("write the SQL that computes churn"), and
 * a figure asked by name with no reading of it ("compute CAC per channel and the blended CAC", "算一下p值" in a data run:
 * the development sets label those `math`, and a first draft that read every compute in a data run as analysis turned
 * seven of them right → wrong).
 * @module
 */
import { readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** A verb of computing, in the ten cue languages (Chinese and Japanese share 計算). */
const COMPUTE_VERB =
  /(?<![\p{L}])(?:calculate|calculating|compute|work out|crunch|calcula|calcule|calcular|calc[uú]lame|calcola|calcolami|calcolare|berechne|berechnen|rechne|ausrechnen|errechne|посчитай|посчитайте|подсчитай|рассчитай|рассчитайте|вычисли|сосчитай)(?![\p{L}])|计算|計算|算一下|算算|算一算|算出|帮我算|계산/u;
/** A reading of the figures asked beside the sum: whether they are high or a problem, why they moved, where, what to cut. */
const READING_ASKED =
  /(?<![\p{L}])(?:why|cause[sd]?|should we|a problem|worr(?:y|ied|ying)|concerning|too high|what to do|warum|wieso|woran|ob (?:das|es|sie)(?! (?:mehr|weniger|gr[öo]ß|klein|über|unter|gleich))|(?:ein|kein) problem|bedenklich|por ?qu[eé]|deber[ií]amos|preocupante|si es(?! (?:mayor|menor|m[aá]s|igual|superior|inferior))|pourquoi|inqui[ée]tant|si c'est(?! (?:plus|moins|sup[ée]rieur|inf[ée]rieur|[ée]gal))|devrions|perch[ée]|preoccupante|se [èe](?! (?:maggiore|minore|pi[uù]|meno|uguale|superiore|inferiore))|dovremmo|se (?:t[áa]|est[áa])(?! (?:acima|abaixo|maior|menor|igual))|dever[ií]amos|почему|где (?:мы|у нас)|что (?:с ней|с этим|делать)|проблем\p{L}*|просел\p{L}*)(?![\p{L}])|原因|为什么|為什麼|偏高|偏低|正常吗|怎么样|变差|变好|不划算|划算|どうか|なぜ|(?<!より)高い|(?<!この|その|次の)問題|왜|원인|문제|괜찮은지/u;
/**
 * A textbook word problem, not a business's own figures (review of round 58): goods at a price each ("at $2.40 each", "a 3 €
 * cada uno", "zu je 1,80 €", "по 60 рублей", "每支笔卖4元", "1個150円", "개당 2,000원"), or the problem, its steps or its answer
 * named ("this word problem", "show your work", "この問題", "почему получилось"). Its "why" or "whether it is more than" asks
 * the sum explained or compared, not a business read.
 */
const WORD_PROBLEM =
  /\d\s?(?:€|\$|₽|euros?|dollars?|reais|pesos|рубл\p{L}*)?\s(?:each|apiece|cada(?: un[ao]| uma)?|l'une?|l'uno|l'una|chacun\p{L}*|ciascun[oa]|pro st[üu]ck|la pi[eè]ce)(?![\p{L}])|(?<![\p{L}])(?:zu je|по \d|word problem|show (?:your|the) (?:work|steps)|the answer|ответ\p{L}*|получилось|задач\p{L}*)(?![\p{L}])|每[个本件瓶支斤只盒杯]|这道题|答案|\d個\d|個\d+円|答え|この問題|개당|한 개에/u;
/** Code named in the turn: a query, a script or a function to write is code work, whatever it computes. */
const CODE_NAMED =
  /(?<![\p{L}])(?:sql|query|script|function|pandas|code|c[oó]digo|codice|funci[oó]n|fonction|funzione|fun[çc][ãa]o|funktion|skript|requête|consulta|код|запрос|функци\p{L}*|скрипт)(?![\p{L}])|代码|函数|脚本|查询语句|コード|関数|スクリプト|코드|함수|스크립트|쿼리/u;
/** Readings a compute verb gives a business's figures: a sum or a puzzle. */
const MISREADS: ReadonlySet<string> = new Set(["math", "deep_reasoning"]);
/** Characters such a turn runs to (a question with its figures pasted). */
const MAX_CHARS = 600;

/** `analysis` when the latest turn asks a business's figures computed and read (module comment). */
export function businessComputeGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREADS.has(task) || reading.agent.coding) return undefined;
  const text = reading.latestLower;
  if (text.length > MAX_CHARS) return undefined;
  const verb = COMPUTE_VERB.exec(text);
  if (verb === null || CODE_NAMED.test(text)) return undefined;
  const domain = readNumericDomain(text);
  if (!domain.business || domain.math || domain.system || domain.log) return undefined;
  if (!READING_ASKED.test(text) || WORD_PROBLEM.test(text)) return undefined;
  return { task: "analysis", why: `a verb of computing ('${verb[0]}') over a business's figures, with a reading of them asked: business analysis, not maths` };
}
