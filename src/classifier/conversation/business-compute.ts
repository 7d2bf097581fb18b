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
  /(?<![\p{L}])(?:why|cause[sd]?|should we|a problem|worr(?:y|ied|ying)|concerning|too high|what to do|warum|wieso|woran|ob (?:das|es|sie)|problem|bedenklich|por ?qu[eé]|deber[ií]amos|preocupante|si es|pourquoi|inqui[ée]tant|si c'est|devrions|perch[ée]|preoccupante|se [èe]|dovremmo|se (?:t[áa]|est[áa])|dever[ií]amos|почему|где (?:мы|у нас)|что (?:с ней|с этим|делать)|проблем\p{L}*|просел\p{L}*)(?![\p{L}])|原因|为什么|為什麼|偏高|偏低|正常吗|怎么样|变差|变好|不划算|划算|どうか|なぜ|高い|問題|왜|원인|문제|괜찮은지/u;
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
  if (!READING_ASKED.test(text)) return undefined;
  return { task: "analysis", why: `a verb of computing ('${verb[0]}') over a business's figures, with a reading of them asked: business analysis, not maths` };
}
