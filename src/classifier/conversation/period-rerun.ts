/**
 * The run's work asked again for another period or grouping (round 57): "run the numbers again but for October",
 * "otra vez pero con octubre", "refais les calculs pour octobre", "nochmal, aber für Oktober", "rifallo per ottobre",
 * "roda de novo mas pra outubro", "то же самое за октябрь", "十月的再算一遍", "换成按周统计再跑一次", "10月分でもう一回", "10월
 * 기준으로 다시 돌려줘". In a run whose tools brought back figures, such a turn asks the anchor's work (the analysis, the
 * list, the lookup) over another cut of the data: the anchor's task, not a run asked of the agent (round 56's "again"
 * beside a run verb) nor the turn's few words read alone. A test, a build, a deploy or an explanation named in the turn,
 * or a turn longer than a short ask, is left to the other readings.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";

/** A month, or a grouping by a period, in the ten cue languages. */
const PERIOD = new RegExp(
  [
    /(?<![\p{L}])(?:january|february|march|april|june|july|august|september|october|november|december|(?:by|per) (?:day|week|month|quarter|year)|weekly|monthly|quarterly|q[1-4])(?![\p{L}])/u.source,
    /(?<![\p{L}])(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre|noviembre|diciembre|por (?:d[ií]a|semana|mes|trimestre))(?![\p{L}])/u.source,
    /(?<![\p{L}])(?:januar|februar|m[äa]rz|april|juni|juli|august|september|oktober|november|dezember|pro (?:tag|woche|monat|quartal)|w[öo]chentlich|monatlich)(?![\p{L}])/u.source,
    /(?<![\p{L}])(?:janvier|f[ée]vrier|mars|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|par (?:jour|semaine|mois|trimestre))(?![\p{L}])/u.source,
    /(?<![\p{L}])(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|per (?:giorno|settimana|mese|trimestre))(?![\p{L}])/u.source,
    /(?<![\p{L}])(?:janeiro|fevereiro|mar[çc]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|por (?:dia|semana|m[eê]s|trimestre))(?![\p{L}])/u.source,
    /(?<![\p{L}])(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|по (?:дням|неделям|месяцам|кварталам))\p{L}{0,3}(?![\p{L}])/u.source,
    /(?:[一二三四五六七八九十]{1,2}|\d{1,2})月|按(?:天|周|月|季度)|每(?:天|周|月)|週ごと|月ごと|日ごと|\d{1,2}월|(?:일|주|월)별/u.source,
  ].join("|"),
  "u",
);
/** The work asked again, or the same work for something else, in the ten cue languages. */
const AGAIN = new RegExp(
  [
    /(?<![\p{L}])(?:again|once more|the same|redo|re-?run|repeat|but for|otra vez|de nuevo|nuevamente|lo mismo|reh[aá]z\p{L}*|repite|pero (?:con|para)|nochmal|noch mal|noch einmal|erneut|dasselbe|das gleiche|wiederhol\p{L}*|aber f[üu]r|refai\p{L}*|refais|refaire|encore|pareil|m[êe]me chose|recommence|mais pour|rif(?:a|ai|allo|alla|arlo)|di nuovo|ancora|lo stesso|ma per|de novo|novamente|outra vez|o mesmo|refaz\p{L}*|mas (?:pra|para)|то же самое|ещё раз|еще раз|заново|повтори\p{L}*|снова|переделай|а за|а теперь)(?![\p{L}])/u.source,
    /再|重新|一遍|一次|もう一回|もう一度|同じ|再度|다시|똑같이|한 번 더/u.source,
  ].join("|"),
  "u",
);
/**
 * Code work, a deploy, an explanation or a comparison named beside the period: another ask, left to the other readings
 * ("can you give me the pandas for that so I can rerun it monthly", "compare with Q2 at the same point").
 */
const OTHER_WORK =
  /pandas|python|sql|script|code|c[óo]digo|skript|скрипт|код|代码|脚本|コード|코드|formula|f[óo]rmula|formel|formule|формул|公式|数式|수식|compar|vergleich|confront|сравн|对比|比较|比べ|비교|(?<![\p{L}])vs(?![\p{L}])|tests?|build|lint|deploy|migrat|pytest|commit|explain|why|explica|erkl[äa]r|warum|expli|pourquoi|spieg|perch[ée]|por ?qu[eé]|объясн|почему|测试|部署|解释|为什么|テスト|デプロイ|説明|なぜ|테스트|배포|설명|왜|тест|деплой|prueba|prova|teste/u;
/**
 * A closing, a contact promised, or another kind of work named beside the period (review 57): "danke, ich melde mich im
 * Oktober nochmal", "好的，十月再说吧", "고마워, 10월에 다시 연락할게", "translate that summary into German again, it's for
 * the October board pack", "write a short poem … and the same one for October", "rotate the logs weekly again", a race of
 * one's own ("十月再跑一次半马", "ancora a ottobre la mezza di Roma"): the turn asks or tells that, not the anchor's figures
 * for another month.
 */
const CLOSING_OR_OTHER_ASK =
  /thank|thx|danke|gracias|merci|grazie|obrigad|valeu|спасибо|谢谢|多谢|ありがと|고마|감사|(?<![\p{L}])(?:talk|i'll|we'll|melde|escribo|hablamos|risentiamo|sentiamo|falo|напишу|le point)(?![\p{L}])|свяж|再说|再聊|連絡|연락|poem|haiku|limerick|gedicht|poema|po[èe]me|poesia|стих|诗|詩|translat|tradu|[üu]bersetz|перев[ео]д|翻译|翻訳|번역|draft|apolog|slogan|idea|idee|id[ée]e|ideia|иде[яиюй]|点子|アイデア|아이디어|summar|resum|r[ée]sum|riassum|zusammenfass|总结|要約|요약|e-?mail|письм|邮件|メール|메일|(?<![\p{L}])(?:write|schreib\p{L}*|escribe|[ée]cris|scrivi|escreve|напиши)(?![\p{L}])|写|書いて|rotat|cron|schedul|backup|(?<![\p{L}])job(?![\p{L}])|marat[hóo]n|марафон|マラソン|마라톤|半马|全马|(?<![\p{L}])(?:la mezza|race|carrera|corsa|corrida|забег)(?![\p{L}])/u;
/** Characters such a turn runs to. */
const MAX_CHARS = 80;
/** Words such a turn runs to, in the alphabetic languages ("run the numbers again but for October" is seven). */
const MAX_WORDS = 8;

/** The period named when the latest turn asks the anchor's work again for another period (module comment). */
export function periodRerun(reading: ConversationReading): string | undefined {
  if (reading.agent.toolMessages === 0 || reading.anchorIndex < 0 || reading.anchorIndex >= reading.latestIndex || reading.latestLower.length > MAX_CHARS * 2) return undefined;
  const text = reading.latestLower.trim();
  if (text.length > MAX_CHARS) return undefined;
  const period = PERIOD.exec(text)?.[0];
  // A question with more said after it ("what is this telling us? the CEO wants to rerun the promo in January") asks its own.
  if (period === undefined || !AGAIN.test(text) || OTHER_WORK.test(text) || /[?？]\s*\S/u.test(text)) return undefined;
  if (text.split(/\s+/u).length > MAX_WORDS || CLOSING_OR_OTHER_ASK.test(text)) return undefined;
  return period;
}
