/**
 * A closing turn ("cheers, that's all for today", "vale, eso es todo", "das wär's, danke", "以上です、ありがとう"):
 * the person ends the session, so the model only has to reply in kind — small talk, whatever agent or pipeline
 * the conversation runs in. Read in the ten cue languages, for short whole messages only.
 * @module
 */

/** Longest message read as a closing (characters). */
const MAX_CLOSING_CHARS = 80;
/** Longest message read as relief or tiredness after an answer (it tells a little of the day). */
const MAX_RELIEF_CHARS = 160;

const CLOSING = new RegExp(
  [
    // en
    "\\b(?:that'?s|that is|thats) (?:all|it|everything)(?: (?:i needed|for (?:now|today|the day|this week)))?(?:[,.!\\s]+(?:thanks?|thank you|thx|cheers|bye)\\b)?[.!\\s]*$|\\ball (?:good|set|done)\\b|\\b(?:bye|goodbye|see you|see ya|cya|ttyl|talk (?:to you )?later|catch you later)\\b|\\bhave a (?:good|nice|great) (?:one|day|evening|night|weekend)\\b|\\bthat'?ll (?:be all|do)\\b|\\bwe'?re (?:done|good)\\b|\\bi'?m done\\b|\\bno more questions\\b|\\b(?:i'?m |i am )?(?:gonna|going to|off to|heading out to) (?:go )?(?:grab|get|have|eat) (?:some )?(?:lunch|dinner|breakfast|coffee|food|a coffee|a bite)\\b|\\b(?:heading out|signing off|calling it a (?:day|night)|logging off|done for (?:today|the day|tonight)|talk (?:tomorrow|soon|on monday|next week)|good ?night)\\b",
    // es, de, fr
    "\\beso (?:es|ser[ií]a) todo\\b|\\bpor hoy (?:es todo|ya est[aá])\\b|\\bhasta (?:luego|pronto|mañana|la próxima)\\b|\\badiós\\b|\\bnos vemos\\b|\\bchao\\b|das wär'?s|das war'?s|das ist alles|\\btschüss\\b|mach'?s gut|bis (?:dann|bald|morgen)|(?:^|[,.!]\\s*)bis später[!.\\s]*$|schönen (?:tag|abend|feierabend)|schönes wochenende|c'est tout|ce sera tout|\\bau revoir\\b|à (?:plus|bientôt|demain|la prochaine)|bonne (?:journée|soirée)|bon week-end",
    // pt, it, ru
    "é só isso|\\bsó isso\\b|por hoje é só|\\btchau\\b|até (?:mais|logo|amanhã|a próxima)|bom fim de semana|è tutto|per oggi (?:basta|è tutto)|basta così|\\ba presto\\b|alla prossima|ci vediamo|buona (?:giornata|serata)|buon fine settimana|это вс[её]|на этом вс[её]|до (?:свидания|встречи)|(?:^|[,.!]\\s*)до завтра[!.\\s]*$|всего доброго|хорошего дня|хороших выходных|^(?:ну )?пока[!.\\s]*$",
    // zh, ja, ko
    "就这些|就这样吧|先这样|就到这|没别的了|再见|拜拜|回头见|下次见|以上です|以上になります|それだけです|また今度|また明日|お疲れ様|失礼します|이게 다|그게 다예요|그게 다야|됐어요|수고하세요|안녕히|여기까지|이만 (?:갈게|할게)|다음에 봐요",
    // "nothing else" also closes an answer-only instruction ("solo el número, nada más"): a closing only at the start
    "^(?:(?:no|nein|non|não|нет|ok|okay|thanks|gracias|danke|merci|obrigad[oa]|grazie|спасибо)[,.!]?\\s+)*(?:nothing else|nada más|sonst nichts|nichts weiter|rien d'autre|nada mais|niente (?:altro|di più)|nient'altro|больше ничего)\\b",
  ].join("|"),
);
/**
 * The ask called off (round 46, dev-216 and dev-220): "never mind, I'll handle it myself later", "sorry for the noise,
 * false alarm from the monitor", "nvm found it", "olvídalo", "vergiss es", "laisse tomber", "lascia perdere", "забей",
 * "算了" and "됐어" alone ("算了一下" and "我用洛必达算了三次" calculated), "やっぱりいいや", "신경 쓰지 마". Nothing is
 * left to do: small talk, unless the turn asks something else ("never mind the tests, just fix the build", "nvm, what
 * about the other file?").
 */
const CALLED_OFF =
  /\b(?:never ?mind|nvm|forget (?:it|about it)|scratch that|ignore (?:that|me|my last)|sorry for the (?:noise|ping|spam)|i'?ll (?:handle|deal with|sort|do|figure out|look at) it (?:myself|later|tomorrow))\b|^\W*(?:(?:ok|okay|fine|sorry|oops|ah|oh|my bad)[\s,.!]+){0,3}(?:it was |that was |it's )?(?:a )?false alarm\b|olv[ií]dalo|vergiss es|laisse tomber|oublie (?:ça|ca)|deixa (?:pra|para) l[áa]|esquece|lascia perdere|lascia stare|забей|^\W*(?:算了吧?|不用了)(?:[，,。.!！…\s]|$)|^\W*됐어요?[.!\s]*$|やっぱりいいや|気にしないで|신경 쓰지 마/u;
/**
 * Thanks for the help so far, often with the news it led to (round 46, dev-222): "Finally closed the Meridian deal 🎉 thanks
 * for all the redline help these past weeks", "gracias por toda la ayuda", "danke für deine Hilfe", "спасибо за помощь".
 * Only with nothing else asked ("thanks for the help! now translate this…" asks the translation).
 */
const GRATITUDE =
  /\b(?:thanks|thank you|thx)(?: (?:so much|a lot|again|a ton))? for (?:all )?(?:the|your)(?: [\w-]{1,20})? (?:help|support|work|patience)\b|gracias por (?:toda )?(?:la|tu|su) ayuda|danke f[üu]r (?:die|deine|ihre) (?:hilfe|unterst[üu]tzung)|merci pour (?:ton|votre|l')(?: )?aide|obrigad[oa] pela ajuda|grazie per (?:l'|il tuo )?aiuto|спасибо за помощь|谢谢你的帮助|谢谢帮忙|助かりました|도와줘서 고마워/u;
/** A quoted text or material after a colon: thanks inside it are the text's ("EN->JP: 'Thanks for your patience…'"). */
const QUOTED = /["“”«»„'‘’「」:：]/u;
/** Something else asked beside the calling off: a request verb or a question. */
const STILL_ASKS = /[?？]|\b(?:fix|add|change|rename|write|make|run|use|try|show|give|tell|explain|check|update|remove|delete|revert|move|instead|just (?:the|do|go|need|want)|can you|could you|please|let'?s|go ahead|do (?:it|that|the|both)|also|next)\b|帮我|请|告诉我|给我|して|ください|教えて|해 ?줘|알려|주세요|bitte|por favor|s'il te pla[iî]t|per favore|пожалуйста|сделай/u;
/** Longest turn read as an ask called off. */
const MAX_CALLED_OFF_CHARS = 100;
/**
 * A result acknowledged, with the news or the choice it led to and nothing asked (round 47, dev-223 and dev-226): "yep, that
 * lines up — networking just confirmed the tunnel rekey failed. nice one", "ah good catch on the casing. makes sense, I'll go
 * with current_date", "ah never mind, Priya just rolled it back and latency's dropping. we'll look at it tomorrow". With a
 * request, a question or a new problem beside it ("makes sense, write the migration", "that fixed it. the same 401 happens
 * on the refresh endpoint now") it is that work.
 */
const RESULT_ACKNOWLEDGED =
  /\b(?:nice one|good catch|great catch|nice catch|spot on|nailed it|that lines up|that tracks|makes sense|you were right|that was it|that did it|that fixed it|that worked|works now|i['’]?ll (?:go with|take it from here)|(?:we|i)['’]?ll (?:look at|pick) (?:it|this) up|(?:we|i)['’]?ll look at (?:it|this|the rest) (?:tomorrow|later|on monday|next week))\b/;
/**
 * Beside an acknowledged result: a question, a piece to write, more work ("now deploy it", "the same way", "too"), or a new
 * problem ("…returns #N/A on the third sheet though", "consumer-2 is crashlooping", "the admin middleware has the same bug").
 */
const NEW_WORK =
  /\b(?:what|what['’]?s|how|why|which|where|who|when|draft|compose|but|error|exception|still|now|same|too|though|also|again|fails|failing|crash\w*|issue|problem|bug|returns?|happens|broken|backing up|set up|deploy\w*|refactor\w*|other|next)\b|[:：#]|\b\d{3}\b/;
/** Longest turn read as a result acknowledged: it may tell the news in a sentence. */
const MAX_ACKNOWLEDGED_CHARS = 160;

/** Whether `lower` (a lower-cased user turn) calls the ask off: "never mind, I'll handle it myself", "sorry for the noise". */
export function isCalledOff(lower: string): boolean {
  const text = lower.trim();
  return text.length <= MAX_CALLED_OFF_CHARS && !text.includes("\n") && CALLED_OFF.test(text) && !STILL_ASKS.test(text);
}

/** Whether `lower` (a lower-cased user turn) is a whole-message closing, or an ask called off. */
export function isClosing(lower: string): boolean {
  const text = lower.trim();
  if (text.length === 0 || text.includes("\n")) return false;
  if (text.length <= MAX_CALLED_OFF_CHARS && (CALLED_OFF.test(text) || (GRATITUDE.test(text) && !QUOTED.test(text))) && !STILL_ASKS.test(text)) return true;
  if (text.length <= MAX_ACKNOWLEDGED_CHARS && RESULT_ACKNOWLEDGED.test(text) && !NEW_WORK.test(text) && !STILL_ASKS.test(text)) return true;
  return (text.length <= MAX_CLOSING_CHARS && CLOSING.test(text)) || (text.length <= MAX_RELIEF_CHARS && !/[?？]/.test(text) && RELIEF.test(text));
}

/**
 * Relief, gratitude or tiredness said after an answer, with no question ("ok that honestly makes me feel a lot better.
 * thank you", "ugh. it's 1am and I'm so done with this week", "eso me tranquiliza mucho, gracias"): a closing too
 * (sixteenth round).
 */
const RELIEF = new RegExp(
  [
    /\b(?:makes? me feel (?:a lot |so much |much |way )?better|feel(?:ing)? (?:a lot |so much |much |way )?better now|(?:that'?s|what) a relief|i'?m (?:so |really )?relieved|(?:you'?re|you are) a lifesaver|you saved my (?:day|life|week|sanity)|i'?m (?:so |just |completely )?(?:done with (?:this|today|the) (?:day|week|month)|exhausted|fried|drained)|so done with (?:this|today|the) (?:day|week)|(?:this|that) (?:really )?made my day)\b/.source,
    /me (?:quedo|deja) (?:mucho )?m[aá]s tranquil[oa]|qu[eé] alivio|me tranquiliza|da bin ich (?:echt )?erleichtert|bin (?:echt |so )?erleichtert|ça me rassure|je suis (?:vraiment )?soulag[ée]|fiquei (?:bem )?mais tranquil[oa]|que al[ií]vio|mi hai tranquillizzat|che sollievo|мне (?:стало )?(?:гораздо )?спокойнее|успокоил|放心了|安心しました|ほっとしました|안심이 (?:돼|되네|됐)/.source,
  ].join("|"),
);

/**
 * A message that is only an acknowledgement ("ok cool", "alles klar", "好的", "알겠어요"). Said with nothing before it,
 * it asks for nothing: small talk. After an assistant's turn the follow-up reading decides (a "yes" or "ok" to an offer
 * takes the offered work), so this is read only on a conversation's first turn (twenty-second round: retrains moved a
 * lone "ok cool" between chat, brainstorming and code_generation).
 */
const ACKNOWLEDGEMENT_WORDS = [
  "ok(?:ay|ey)?|okie|k+|cool|alright|all right|sure|got it|great|nice|fine|noted|understood|perfect|awesome|sounds good|yep|yeah|yes|thanks?|thank you|thx|ty",
  "vale|de acuerdo|genial|perfecto|entendido|claro|listo|bueno|gracias|alles klar|gut|passt|verstanden|super|prima|danke|d'accord|parfait|compris|entendu|ça marche|merci",
  "beleza|tá bom|ta bom|certo|entendi|obrigad[oa]|va bene|perfetto|capito|d'accordo|grazie|ладно|хорошо|понятно|ок|окей|ясно|спасибо",
  "好的|好|行|嗯|知道了|明白了|收到|谢谢|了解です?|わかった|わかりました|オッケー|はい|ありがとう(?:ございます)?|알겠어요?|알겠습니다|좋아요?|오케이|네|응|고마워요?|감사합니다",
];

/**
 * Go-ahead and consent words ("go ahead", "yes do it", "adelante", "leg los", "vas-y", "pode fazer", "procedi",
 * "действуй", "开始吧", "進めてください", "진행해 주세요"): said with nothing before them they consent to nothing.
 */
const GO_AHEAD_WORDS = [
  "go ahead|go for it|(?:just )?do it|do that|please do|yes please|(?:please )?proceed|let'?s do it|let'?s go|carry on|go on",
  "adelante|hazlo|dale|procede|sí|por favor|mach (?:das|es|weiter|mal)|leg los|nur zu|ja|bitte|los geht'?s|fang an|vas-?y|allez-?y|fais-le|faites-le|oui|c'est parti|fonce|s'il (?:te|vous) pla[iî]t",
  "pode (?:fazer|ir|seguir)|faça(?: isso)?|faz isso|vai em frente|manda ver|sim|bora|prossiga|vai(?: pure)?|fai pure|fallo|procedi|prosegui|avanti|sì|per favore|давай|делай|действуй|вперё?е?д|да|приступай|пожалуйста",
  "开始吧|做吧|去做吧|去吧|动手吧|请开始|请继续|どうぞ|お願い(?:します)?|やって(?:ください)?|進めて(?:ください)?|始めて(?:ください)?|진행해(?: ?주세요)?|해 ?줘|해 ?주세요|시작해(?: ?주세요)?|그래|해",
];

/** A whole message of `words`, each followed by spaces or punctuation. */
function wholeMessageOf(words: readonly string[]): RegExp {
  return new RegExp(`^(?:(?:${words.join("|")})[\\s,.!~。！、]*)+$`, "u");
}

const ACKNOWLEDGEMENT = wholeMessageOf(ACKNOWLEDGEMENT_WORDS);
const GO_AHEAD = wholeMessageOf([...ACKNOWLEDGEMENT_WORDS, ...GO_AHEAD_WORDS]);

/** Whether `lower` (a lower-cased user turn) is only an acknowledgement. */
export function isBareAcknowledgement(lower: string): boolean {
  const text = lower.trim();
  return text.length > 0 && text.length <= MAX_CLOSING_CHARS && ACKNOWLEDGEMENT.test(text);
}

/**
 * Whether `lower` is only a go-ahead ("ok go ahead", "yes do it", "sí, hazlo"), acknowledgements allowed beside it.
 * Like an acknowledgement it is read as small talk only on a conversation's first turn: after an offer it takes the
 * offered work, and "go ahead and write a python function" names work of its own, so it is no bare go-ahead.
 */
export function isBareGoAhead(lower: string): boolean {
  const text = lower.trim();
  return text.length > 0 && text.length <= MAX_CLOSING_CHARS && GO_AHEAD.test(text);
}
