/**
 * Asks for a judgement of figures, in the ten cue languages (twenty-fourth round): whether a change is real or noise, a
 * warning sign, too risky, or what the real problem is ("Is the decline real, or could it be how we count?", "how much
 * should I read into this?", "¿es una señal de alarma o un bajón normal?", "这个风险是不是太大了？"). The team wrote the
 * phrases from general usage; they join `numeric-domain.ts`'s asks for a reading of the figures, so figures a person
 * asks to have judged (a sleep tracker, club matches, a bird count, a portfolio) are not read as a sum.
 * Not here: "is there a pattern" and its kin (the usual way to pose a sequence puzzle) and a bare "something else"
 * ("etwas anderes", "autre chose"), which asks nothing about figures.
 * @module
 */
import { TermScanner, type TermList } from "./term-scanner.js";

/** English: whole words and phrases. */
const ENGLISH =
  "read (too much |anything |much )?into|warning signs?|red flags?|normal (variation|fluctuation|dip)|just (noise|chance|a blip|a dip|bad luck)|(decline|drop|dip|increase|rise|change|difference|gap|trend|effect) (even |actually |really )?(real|significant|meaningful)|(too|overly) risky|how risky|(real|actual|underlying) (problem|issue)|something else (is|going on|behind|the issue|the problem)|worth (raising|flagging|mentioning)|should (i|we) (be )?(worried|concerned)|how we (count|measure)|the way we (count|measure)|actually (wrong|going wrong)|should (i|we) suspect|(most likely|probably) behind|look (at )?first|or is (there )?something (off|wrong)|normal (ageing|aging|wear|degradation)|(really|actually|truly) (faster|slower|better|worse|an improvement|a regression)|statistically significant|(within|in) (the )?noise";

/** Other spaced languages: word starts, per language (es, pt, de, fr, it, ru, ko). */
const STEMS = [
  "señal de alarma|señal de alerta|variaci[oó]n normal|baj[oó]n normal|bache normal|es real|son reales|(demasiado )?arriesgad|el (verdadero|aut[eé]ntico|problema de fondo) problema|el problema de fondo|es otra cosa|hay otra cosa|est[aá] fallando|saliendo mal|es preocupante|cu[aá]nto (deber[ií]a |debo )?fiarme|darle importancia|leer demasiado|el problema es otro|cosa de c[oó]mo (contamos|medimos)|la forma (de|en que) (contamos|medimos)|sospechar|detr[áa]s del? (salto|aumento|pico|cambio)|qu[ée] miro primero|d[óo]nde miro primero|desgaste normal|o hay algo (raro|mal)|realmente m[aá]s (r[aá]pid|lent)|(solo|s[oó]lo) (es )?ruido|dentro del ruido",
  "sinal de alerta|sinal de alarme|varia[çc][ãa]o normal|queda normal|é real|s[ãa]o reais|arriscad|verdadeiro problema|real problema|problema de fundo|é outra coisa|tem outra coisa|o que est[áa] dando errado|o que est[áa] errado|é preocupante|quanto (devo |deveria )?confiar|dar import[âa]ncia|quanto d[áa] (pra|para) concluir|o problema é outro|o jeito como (contamos|medimos)|a forma como (contamos|medimos)|suspeitar|por tr[áa]s d|onde (eu )?olho primeiro|desgaste normal|ou tem (algo|alguma coisa) errad|realmente mais (r[aá]pid|lent)|(s[oó]|apenas) ru[ií]do",
  "warnsignal|warnzeichen|alarmzeichen|normale schwankung|normaler (einbruch|ausreißer|durchhänger)|(rückgang|anstieg|effekt|unterschied|trend) (echt|real)|(zu|sehr) riskant|wie riskant|das eigentliche problem|das wahre problem|was läuft (da |hier )?(eigentlich )?schief|bedenklich|hineininterpretier|reininterpretier|sorgen machen|reinlesen|hineinlesen|problem woanders|liegt das problem woanders|wie wir (zählen|messen)|verdächtig|steckt (am wahrscheinlichsten )?(da)?hinter|wo schaue ich zuerst|wo (soll|sollte) ich zuerst|normale alterung|stimmt (da |hier )?(was|etwas) nicht|(wirklich|echt|tats[äa]chlich) (schneller|langsamer)|(nur|bloß) rauschen|im rauschen|messrauschen",
  "signal d'alarme|signe (inqui[ée]tant|d'alerte)|variation normale|baisse normale|passage à vide|(est-ce|c'est) (r[ée]el|un vrai)|trop risqu[ée]|risqu[ée]|le vrai probl[èe]me|le probl[èe]me de fond|qu'est-ce qui (cloche|ne va pas|coince)|inqui[ée]tant|accorder de l'importance|m'inqui[ée]ter|en tirer quoi|le probl[èe]me est ailleurs|(est-il|est-elle) r[ée]el|notre fa[çc]on de (compter|mesurer)|soup[çc]onner|explique le plus probablement|(je regarde|regarder) quoi en premier|o[ùu] regarder en premier|vieillissement normal|ou il y a un (souci|probl[èe]me)|vraiment plus (rapide|lent)|(juste|que) du bruit|dans le bruit",
  "campanello d'allarme|segnale d'allarme|variazione normale|calo normale|(è|sono) reale|(troppo )?rischios|il vero problema|il problema di fondo|altro il problema|cosa (non va|sta andando storto)|preoccupant|quanto (devo |dovrei )?(fidarmi|dar peso)|dare peso|non sta andando|il problema [èe] un altro|da come (contiamo|misuriamo)|sospettare|pi[ùu] probabilmente dietro|cosa guardo per primo|dove guardo per primo|usura normale|c'[èe] qualcosa che non va|davvero pi[ùu] (veloce|lent)|(solo|soltanto) rumore|nel rumore",
  "тревожн|звоночек|нормальные колебани|обычные колебани|нормальный спад|это реальн|реально ли|реальное (снижение|падение)|слишком рискован|рискован|настоящая проблема|в ч[её]м (на самом деле )?проблема|дело в другом|что (идёт |пошло )?не так|стоит ли волноваться|стоит ли беспокоиться|придавать значение|ид[её]т не так|насколько (этому |этим данным )?можно (верить|доверять)|проблема в другом|дело в том, как мы|подозрева|стоит за (скачком|ростом|падением)|куда смотреть|нормальная деградация|что-то не так|можно ли (этому |им |этим )?(верить|доверять)|(действительно|реально|правда) (быстрее|медленнее)|просто шум|в пределах шума",
  "경고 신호|위험 신호|정상적인 변동|일시적인|진짜로 (줄|떨어|감소)|진짜 감소|실제로 (떨어|줄어|늘어|나빠)|너무 위험|위험한|진짜 문제|뭐가 문제|무엇이 문제|다른 원인|다른 문제|걱정해야|의미가 있|어떻게 봐야|얼마나 (신경|믿어|의미)|다른 데 문제|세는 방식|측정 방식|의심해야|유력한 원인|어디부터 봐야|정상적인 노화|뭔가 문제가|뭐가 보이|(진짜|정말) (더 )?빨라|(진짜|정말) (더 )?느려|노이즈",
];

/** Chinese and Japanese: substrings. */
const CJK =
  "警示|警告信号|危险信号|危險信號|正常波动|正常波動|正常的波动|正常下滑|是真的|真实的下降|真的在下降|风险太大|風險太大|太冒险|风险大不大|真正的问题|問題出在哪|问题出在哪|哪里出了问题|该怀疑|怀疑什么|最可能是什么原因|先查哪里|疑うべき|何を疑|まずどこを調べ|哪儿出了问题|能说明多少|问题出在别处|统计方式|本物|真に受け|問題は別|数え方|測り方|别的原因|其他原因|别的问题|值得重视|说明什么|看出什么|意味着什么|危険信号|警告サイン|正常な変動|普通の変動|一時的な|本当に減|本当に下が|リスクが高|リスクが大き|本当の問題|何が問題|問題は何|原因は何|ほかの原因|別の原因|別の問題|気にすべき|意味があ|どう読め|どう見れば|どこまで気にし|どのくらい気にし|正常衰减|普通の経年劣化|何かおかしい|どこかおかしい|真的更快|真的变快|真的快了|真的更慢|只是噪声|噪声范围|本当に速く|本当に速い|本当に遅く|ノイズ";

/** The phrases as one term list for `numeric-domain.ts`'s scanner. */
export const JUDGEMENT_ASK: TermList = { english: ENGLISH, stems: STEMS, cjk: CJK };

/** `a`'s terms and `b`'s, as one list. */
export function joinTerms(a: TermList, b: TermList): TermList {
  return { english: `${a.english}|${b.english}`, stems: [...a.stems, ...b.stems], cjk: `${a.cjk}|${b.cjk}` };
}

/** Characters of a turn's end where its judgement is asked (its closing question). */
const CLOSING_CHARS = 320;
const SCANNER = new TermScanner([JUDGEMENT_ASK]);

/** Whether the closing question of a lower-cased turn asks for a judgement of its figures. */
export function asksForJudgement(lower: string): boolean {
  return SCANNER.scan(lower.length > CLOSING_CHARS ? lower.slice(-CLOSING_CHARS) : lower) !== 0;
}
