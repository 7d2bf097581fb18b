/**
 * A value read off what a host inspection brought back is a lookup, not a diagnosis (round 54): "how many of them have
 * restarted at least once?" after `kubectl get pods`, "wann genau läuft es ab?" after `openssl x509 -dates`, "¿cuánto
 * espacio queda en /data?" after `df -h`, "db-2 还剩多少空间？". ADR 0043 reads a question over an ops run's read-only
 * shell as a diagnosis (`analysis`): "what's going on, and why now?". A question that only asks a count, an amount, a
 * time or a version asks one fact the output already holds, which the team reads as `simple_qa`. Only in a run whose
 * shell only inspected hosts, only for a short turn that opens with such a question word (Chinese, Japanese and Korean:
 * holds one), and never with a cause, a fault, a judgement or a decision asked beside it ("how many restarted, and
 * why?", "when did it start going wrong?", "is that normal?", "how much should we add?"), a value still to be worked
 * out (a forecast, a need, a cost, an impact), or another ask after the question. Which of the output's items
 * ("quel disque est presque plein ?", "which pod has the most restarts?", "哪台机器内存最高？") is such a value too (round 56);
 * a state ("presque plein", "fast voll", "casi lleno") is no forecast, nor, from round 57, a superlative ("le plus plein",
 * "más lleno", "più pieno"). A subject may stand before the question word ("il certificato quando scade?"), and how long
 * ("这台机器开机多久了？", "how long has it been up?") is a time (round 57).
 * @module
 */
import { hostInspectionRun } from "./host-inspection.js";
import type { ConversationReading } from "./read-conversation.js";

/** A question of a count, an amount, a time or a version opening the turn, in the European cue languages. */
const VALUE_QUESTION = new RegExp(
  [
    /^(?:(?:and|so|ok|okay|wait|also|und|also|y|entonces|et|alors|e|quindi|então|а|и|так)[,.]?\s+)?/.source +
      "(?:" +
      [
        // A subject named before a when (round 57): "il certificato quando scade?"; only a time, as a subject before a how
        // much asks a forecast too ("il server quanto reggerà ancora?", "el servidor cuánto aguanta así?", review 57).
        /(?:the|der|die|das|el|la|los|las|le|les|il|lo|gli|o|a|os|as) \p{L}+,? (?:when|wann|cu[aá]ndo|quand|quando|когда)/u.source,
        /how (?:many|much|long)|when (?:is|was|does|did|will|exactly)|what time|(?:which|what) (?:version|release|kernel|ip|port)|what(?:'s| is) the (?:ip|version|uptime|expiry|expiration|hostname|port|size|count|total)\b/.source,
        /wie ?viele?|wie lange|wann|um wie viel uhr|welche (?:version|ip)/.source,
        /cu[aá]nt[oa]s?|cu[aá]ndo|a qu[eé] hora|qu[eé] versi[oó]n/.source,
        /combien|quand|[àa] quelle heure|quelle version/.source,
        /quant[iaeo]|quando|a che ora|quale versione/.source,
        /quant[oa]s?|que horas|qual (?:a )?vers[aã]o/.source,
        /сколько|как долго|когда|во сколько|какая версия/.source,
        // Whether something is there (round 55): "c'è quello di ieri?" after `ls` of the backups, "is there a dump from today?".
        // Which of the output's items (round 56): "quel disque est presque plein ?" after `df -h`, "which pod has the most restarts?".
        /which (?:\p{L}+ )?(?:is|are|has|have|one)|welche[rsmn]? \p{L}+ (?:ist|hat|sind|haben)|cu[aá]l(?:es)? (?:\p{L}+ )?(?:est[aá]n?|tienen?|es|son)|quel(?:le)?s? \p{L}+ (?:est|a|sont|ont)|qual[ei]? \p{L}+ (?:[èe]|ha|sono|hanno)|qua(?:l|is) (?:\p{L}+ )?(?:est[aá]o?|t[eê]m|[ée]|s[aã]o)|(?:какой|какая|какое|какие|который|которая|которое|которые) \p{L}+/u.source,
        /(?:is|are) there|gibt es|hay|est[aá] (?:el|la|ah[ií])|y a-t-il|il y a|est-ce qu'il y a|c'[eè]|ci sono|existe|tem (?:o|a|um|uma)|h[aá] (?:o|a|um|uma|algum)|есть ли|есть/.source,
      ].join("|") +
      ")(?![\\p{L}])",
  ].join(""),
  "u",
);
/** The same question words in Chinese, Japanese and Korean, anywhere in the short turn (the word order differs). */
const VALUE_QUESTION_CJK = /多久|多长时间|どのくらい|どれくらい|얼마나 (?:오래|됐)|哪个|哪台|哪块|哪些|どれ|どの|어느|多少|几个|几台|几次|什么时候|几点|哪个版本|什么版本|いくつ|何個|何台|何件|何回|いつ|何時|どのバージョン|몇|언제|어떤 버전|무슨 버전|有没有|在不在|有[^。？?]{1,12}吗|ある[?？]|あります[かか]?|있어[?？]|있나요|있습니까|있어요[?？]/u;
/** A cause, a fault, a judgement or a decision asked beside the value: the diagnosis ADR 0043 reads. */
export const DIAGNOSIS_BESIDE = new RegExp(
  [
    /\b(?:why|how come|cause[sd]?|wrong|going on|problem|issue|normal|worse|better|should|worry|concern(?:ed|ing)?|enough|too (?:many|much|high|low)|fix|expected|fail\w*|crash\w*|broke\w*|break\w*)\b/.source,
    /warum|wieso|ursache|falsch|problem|normal|sollte|sorgen|genug|zu viele?|por ?qu[eé]|causa|normales?|fall[oó]|deber[ií]a|preocup|suficiente|demasiad/.source,
    /pourquoi|probl[eè]me|devrait|inqui[eé]t|assez|trop|perch[eé]|dovrei|dovremmo|preoccup|abbastanza|troppi|troppo|deveria|deveríamos|demais/.source,
    /почему|причин|упал|сломал|проблем|нормальн|стоит ли|беспоко|достаточно|слишком|为什么|原因|问题|正常|应该|担心|够不够|太多|なぜ|なんで|原因|問題|正常|べき|心配|足り|多すぎ|왜|원인|문제|정상|해야|걱정|충분|너무/.source,
    // Something odd looked for, or a way asked (round 55: "is there anything weird?", "c'è qualcosa che non va?").
    // A reason, a risk, a need or a point asked (review 55: "is there a reason they're so big?", "ci sono rischi a cancellarli?",
    // "есть ли смысл хранить их все?", "残しておく意味ある？"): a judgement, not a value the output holds.
    /\b(?:reasons?|risks?|risky|(?:any|a|the) point|need|worth|sense)\b|grund|sinn\b|risiko|lohnt|motivo|raz[oó]n|sentido|riesgo|hay que|vale la pena|int[ée]r[êe]t|raison|risque|faut-il|la peine|rischi|senso|conviene|risco|precis[oa]|vale a pena|смысл|риск|нужн|зачем|必要|意味|リスク|理由|要不要|风险|值得|필요|의미|위험|이유/u.source,
    /\b(?:odd|weird|strange|unusual|suspicious|anomal\w*|a way|any way)\b|non va|stran[oia]|anomal|sospett|seltsam|komisch|auffällig|stimmt (?:was|etwas) nicht|raro|extra[ñn]o|sospechos|cloche|bizarre|[ée]trange|louche|estranh|suspeit|странн|подозрит|не так|异常|奇怪|可疑|不对|おかしい|怪しい|異常|変な|이상한|이상해|수상|办法|方法/u.source,
  ].join("|"),
  "u",
);
/**
 * A value still to be worked out, not read off the output: a forecast, a need, a cost or an impact ("when will /data fill
 * up at this rate?", "¿cuándo se va a llenar?", "combien de disques faut-il ajouter ?", "quantos discos precisamos?",
 * "按这个速度还有多少天会满？", "how much will it cost to double it?").
 */
const WORKED_OUT = new RegExp(
  [
    /\b(?:would|need(?:ed|s)?|cost\w*|rate|pace|trend|forecast|predict\w*|estimate\w*|impact\w*|afford|budget|until|before it|fill(?:s|ing)? up|run(?:s)? out|be full|more (?:disks?|nodes?|space|memory|replicas?))\b/.source,
    /(?<![\p{L}])(?<!(?:fast|schon|bereits|presque|quasi|d[ée]j[àa]|casi|ya|plus|m[áa]s|pi[uù]|mais|moins|menos|meno) )(?:würde|voll|brauch\w*|benötig\w*|(?:diesem|dem) tempo|kost\w*|auswirkung\w*|llen\w*|necesit\w*|ritmo|cost\w*|cuest\w*|impacto|faut|faudra|besoin|rythme|co[uû]t\w*|impact|plein\w*|prima che|riemp\w*|serv(?:e|ono|ir[aà]|iranno)|bisogn\w*|impatto|ench\w*|precis\w*|custo\w*|custar)(?![\p{L}])/u.source,
    /нужн\p{L}*|надо|при таком|темп\p{L}*|стоить|стоимост\p{L}*|заполнится|кончится|хватит/u.source,
    /按(?:这个|照)|照这|这样下去|速度|需要|成本|费用|影响|会满|会用完|ペース|必要|コスト|費用|影響|なくなる|満杯|속도|필요|비용|영향|찰까|꽉 차|될까/u.source,
  ].join("|"),
  "u",
);
/**
 * A decision or a judgement asked of the items, not a value read (review 56, second pass): "which disk is safe to wipe?",
 * "welche Partition ist sicher zu löschen?", "quale disco è da sostituire?", "какой диск можно почистить?", "哪块盘可以删？",
 * "どれを消しても大丈夫？", "어느 디스크를 지워도 돼?", "which disk is the bottleneck?".
 */
const DECIDED =
  /\b(?:safe|wipe|delete|remove|clean(?: up)?|replace|bottleneck|prune|purge|resize|expand|important|prioriti[sz]e)\b|(?<![\p{L}])(?:sicher|segur[oa]|sicur[oa])(?![\p{L}])|l[öo]sch|entfern|aufr[äa]um|bereinig|ersetz|austausch|engpass|wichtig|borra|elimin|limpi|reemplaz|cuello de botella|importante|sans risque|effac|supprim|nettoy|rempla[cç]|goulot|cancell|pulir|sostitu|collo di bottiglia|apag|exclu|limp|substitu|gargalo|удал|почист|очист|стереть|снести|замен|безопасн|узкое место|важн|删|清理|清掉|替换|换掉|安全|瓶颈|重要|消し|削除|掃除|交換|大丈夫|ボトルネック|지워|지우|삭제|정리|교체|괜찮|안전|병목|중요/u;
/** Something asked after the question ("how many restarts would trigger it? write me the alert rule"): another ask. */
const ASKED_AFTER = /[?？]\s*\S/u;
/** Characters such a turn runs to. */
const MAX_CHARS = 120;

/** The question word when the latest turn asks only a value read off a host inspection's output (module comment). */
export function valueAskedOfInspection(reading: ConversationReading): string | undefined {
  // Spanish opens a question with "¿": "¿cuántos se han reiniciado?".
  const text = reading.latestLower.trim().replace(/^[¿¡]\s*/u, "");
  if (text.length > MAX_CHARS || DIAGNOSIS_BESIDE.test(text) || WORKED_OUT.test(text) || DECIDED.test(text) || ASKED_AFTER.test(text)) return undefined;
  const asked = VALUE_QUESTION.exec(text)?.[0] ?? VALUE_QUESTION_CJK.exec(text)?.[0];
  if (asked === undefined || asked.trim() === "" || !hostInspectionRun(reading)) return undefined;
  return asked.trim();
}
