/**
 * The phrases of short follow-ups in the ten cue languages: shorten, go ahead, the same again, restyle, also, a
 * comparative, and a bare yes or consent.
 * @module
 */
import { END, pattern } from "./follow-up-pattern.js";

export const SHORTEN = pattern(
  [
    "shorter|make it (?:short|brief|shorter|briefer|concise|snappier)|make (?:it|that|this) (?:like |about |just |only )?(?:one|two|three|(?<!\\d)\\d) (?:sentences?|lines?)|short version|briefer|more concise|tl;?dr|condense it|cut it down|trim it|in (?:one|a|two|three|\\d+) (?:sentences?|lines?|bullets?|bullet points?)|(?:one|two|three|four|five|(?<!\\d)\\d{1,3}) (?:sentences?|lines?|bullets?) max|max(?:imum)? (?:one|two|three|four|five|\\d{1,3}) (?:sentences?|lines?|bullets?)|(?:ten|fifteen|twenty|thirty|forty|fifty|(?<!\\d)\\d{1,3}) words? (?:max(?:imum)?|tops)|(?<=^(?:(?:it's|that's|thats|its|still|way|much|far|a bit|bit|hmm|ugh|nah|no)[,.]? )*)too long(?! (?:to (?:wait|sit|stand|drive|walk|stay)|ago))",
    "más corto|más breve|más concis[oa]|hazlo (?:corto|breve)|acórtalo|acórtala|abrévialo|recórtalo|redúcelo|resúmelo|resúmela|versión (?:corta|breve)",
    "kürzer|knapper|kurz und knapp|mach es kurz|fass es kurz|kürz(?:e)? (?:es|das|ihn|sie)|kürzere (?:version|fassung)|kurzfassung",
    "plus court|plus bref|plus concis|fais court|en bref|raccourcis(?:-le|-la)?|abrège(?:-le|-la)?|version (?:courte|abrégée)",
    "mais curto|mais breve|mais concis[oa]|encurte|encurta|resuma(?:-o|-a)?|vers[ãa]o (?:curta|resumida)",
    "più breve|più corto|più concis[oa]|accorcia(?:lo|la)?|abbrevia(?:lo|la)?|riassumilo|riassumila|versione (?:breve|corta)",
    "короче|покороче|сократи|сожми|покомпактнее|вкратце",
  ].join("|"),
  "短一点|短一些|更短|简短一些|简短点|简洁一点|精简一下|缩短一下|簡短|短く|簡潔に|手短に|짧게|간단히|간결하게|줄여 ?줘",
);

export const ACT = pattern(
  [
    // "go. subject under 60 chars", "go!" (round 44): a bare "go" opening the turn.
    "^go(?=\\s*[.!,]|\\s*$)|go ahead|do it|proceed|make (?:the|those|these|that) changes?|apply (?:it|that|them|the (?:fix|change|changes|patch|diff))|ship it|implement (?:it|that|this|them|the (?:fix|change|plan))|yes,? (?:please|do it|go ahead)|sounds good|lgtm|please do|let'?s do it|go for it|fix it|carry on|continue",
    // "fix the bug you mentioned", "corrígelo", "behebe den Fehler", "corrige-le", "correggilo", "исправь это"
    "fix (?:that|this|them|those|the (?:bugs?|issues?|errors?|problems?|typos?|off-by-one))|(?:the )?(?:bugs?|issues?|problems?|errors?) you (?:mentioned|found|spotted|pointed out|described)",
    "corr[ií]ge(?:lo|la|los)|arr[eé]gla(?:lo|la)|(?:corrige|arregla) (?:el|los|ese|eso) (?:error|errores|fallo|bug)",
    "(?:behebe?|korrigiere?|fixe?) (?:den fehler|die fehler|den bug|das problem)",
    "corrige(?:-le|-la|-les| ça| le bug| l'erreur| les erreurs)",
    "(?:corrija|conserte|corrige) (?:isso|o erro|os erros|o bug)",
    "correggi(?:lo|la)|sistema(?:lo|la)|correggi (?:il bug|l'errore|gli errori)",
    "исправь(?:те)? (?:это|ошибку|ошибки|баг)",
    "adelante|hazlo|procede|aplica(?:lo)? (?:el|los) cambios?|aplícalo|sigue",
    "mach (?:das|weiter|es)|leg los|setz (?:das|es) um|los geht'?s|nur zu",
    "vas-y|allez-y|fais-le|applique(?:-le)?|continue",
    "pode fazer|faça (?:isso|a mudança|as mudanças)|prossiga|vá em frente|aplique",
    "vai avanti|procedi|fallo|applica(?:lo)?",
    "давай|делай|действуй|продолжай|примени",
  ].join("|"),
  // "해줘" alone ("그렇게 해줘") consents; after a noun it is that noun's verb ("리뷰해줘" review it, "요약해줘"), no consent (round 52).
  "继续|開始吧|开始吧|动手|照做|去做吧|改吧|進めて|やって|適用して|진행해|(?<![가-힣])해 ?줘|적용해|계속",
);

/**
 * An acknowledgment before a follow-up ("ok, and for Lyon?", "gracias, y el de Asia?", "merci ! et pour Lyon ?", "ok and
 * these ones"): at most two short words with their punctuation, or acknowledgment words.
 */
export const OPENER = "^[¿¡(\\s]*(?:(?:\\S{1,12}\\s?[,.!]|ok|okay|so|well|hmm|great|vale|bueno|gut|bon|alors|certo|allora|ну|ладно)\\s*){0,2}";

/**
 * Follow-ups that open with a conjunction ("and for …", "y el de …", "et pour …", "what about …"): read only at the
 * start of the turn (after an acknowledgment), because the same words join the parts of a new request ("Extrais les
 * dates et les montants", "list the owners and for each one the deadline").
 */
export const INHERIT_LED = new RegExp(
  `${OPENER}(?:${[
    "(?:and |also |now |ok,? |okay,? )(?:this|that|these|those|the next)(?: one| ones)?(?!['’]s | (?:is|was|works|makes|sounds|looks|seems|helps|did|does)\\b)|(?:and |but |so )?(?:what|how) about|and the next|and (?:for|in|with|if|of|on)",
    // "what if I …?", "¿qué pasa si…?", "was wäre, wenn…", "et si…", "e se…", "а что если…"
    "(?:and |but |so )?what (?:if|happens if|would happen if)|suppose (?:i|we|you|it)|qu[eé] (?:pasa|pasar[ií]a|ocurre) si|y qu[eé] (?:pasa|pasar[ií]a) si|was (?:wäre|ist|passiert),? wenn|und was,? wenn|angenommen,? ",
    "que se passe-t-il si|qu'est-ce qui se passe si|o que acontece se|e o que acontece se|(?:cosa|che) succede se|e cosa succede se|(?:а )?что(?:,)? если|что будет,? если",
    "y (?:este|esta|esto|estos|estas)",
    "und (?:diese|dieser|dieses|diesen|das|den|hier)",
    "et (?:celui-ci|celle-ci|celui|celle|ceux|ça|cela)",
    "e (?:este|esta|isso|esse|essa)",
    "e (?:questo|questa|quello|quella)",
    "и (?:это|этот|эту|эти)|а (?:это|этот|эта|эту|эти|вот это)",
    // "and for/in/with …", "what about …" ("¿y el de Asia?", "et pour Lyon ?", "а для Python?")
    "y (?:el|la|los|las|en|para|con|si|del?|al|sobre)|qué tal (?:con|si|en)|y qué (?:tal|hay) (?:de|con)",
    "und (?:für|bei|in|im|mit|wenn|der|die|wie)|was ist mit|wie sieht'?s (?:mit|bei)",
    "et (?:pour|en|avec|si|de|du|des|le|la|les|dans|au|aux|sur)|qu'en est-il",
    "e (?:o|a|os|as|para|em|no|na|nos|nas|com|se|de|do|da|dos|das|pelo|pela|pelos|pelas|ao|aos|sobre)|e quanto a|e sobre",
    "e (?:il|lo|la|i|gli|le|per|in|nel|nella|nei|negli|nelle|con|se|di|del|della|dei|degli|delle|al|alla|ai|sul|sulla)|e per quanto riguarda|e invece",
    "а (?:для|в|во|если|с|что|как|у|про)|а что насч[её]т|а как насч[её]т",
  ].join("|")})${END}`,
);

export const INHERIT = pattern(
  [
    // Narrowing or reshaping what was just listed (round 44): "only marta's and raj's, same table format", "actually I only
    // need the required ones", "add a third column that says yes/no".
    "same (?:\\w+ )?format|^(?:actually,? )?i only (?:need|want)\\b|^only (?:the (?:ones|rows|items)|\\w+'s)\\b|add (?:a|another|one more) (?:\\w+ )?column",
    "(?:this|that) one too|this one as well|same (?:for|with|thing|here|in|on|but|again|as before)|(?:do|try) the same|ditto|likewise|again|another one|one more|next one|here'?s another|^more\\b|redo (?:it|that|this)",
    "lo mismo|igual (?:para|con|pero)|otra vez|otro más|uno más|de nuevo",
    "das gleiche|dasselbe|genauso (?:für|mit|bei|in)|noch (?:einer|eine|einen|eins|einmal)|nochmal|hier noch",
    "la même chose|pareil|idem|de même pour|encore (?:un|une)|à nouveau",
    "o mesmo|a mesma coisa|igual (?:para|com)|mais um|mais uma|de novo",
    "lo stesso|la stessa cosa|stessa cosa|uguale (?:per|con)|anche (?:questo|questa)|un altro|un'altra|ancora uno|di nuovo",
    "то же самое|то же (?:для|с|на|про)|так же (?:для|с)|ещё (?:один|одну|раз)|ещё",
    // "in the same style", "同じトーンで", "manda mais uns 10" (tenth round; the newer languages' are in follow-up-newer.ts)
    "(?:in )?the same (?:style|tone|format|vibe)|mismo (?:estilo|tono|formato)|gleichen (?:stil|ton)|m[êe]me (?:style|ton)|stesso (?:stile|tono)|mesmo (?:estilo|tom)|том же (?:стиле|тоне)|manda mais|mais uns|mais umas|dame otr[oa]s|noch ein paar|encore quelques|ancora (?:qualche|altri|altre)",
  ].join("|"),
  "这个也|這個也|还有这个|還有這個|这个呢|這個呢|同样|同上|一样的|再来一个|也一样|同じトーン|同じ感じ|同じスタイル|같은 톤|같은 스타일|같은 느낌|" +
    // "what if …?" in a few characters ("如果用Go呢？", "もし雨だったら？", "만약 비가 오면요?")
    "^(?:那)?(?:如果|要是|假如|假设).{1,30}(?:呢|会怎样|会怎么样)[？?]?$|^もし.{1,30}(?:たら|ば|なら)(?:どう)?[？?]?$|^(?:그럼 )?만약.{1,30}[?？]$|这段也|下一个|下一段|接下来这|これも|同じように|もう一つ|こちらも|次はこれ|次はこちら|次もお願い|이것도|이거도|똑같이|하나 더|다음은|다음 것도|이번엔 이것|" +
    // "what about …" in a few characters ("亚洲的呢？", "アジアは？", "아시아는요?"), "this one?" ("이건?")
    "^.{1,8}呢[？?]?$|^那.{0,14}呢|^.{1,8}は[？?]$|についてはどう|^.{1,10}[은는]요[?？]?$|^(?:그럼 )?(?:이건|이거는|이것은|요건)요?[?？]?$",
);

/**
 * Asks to restyle the text just written ("more formal", "più formale", "もう少し丁寧に", "더 공손하게"): the task stays.
 * Shortening is `SHORTEN`; these keep the task whatever it was.
 */
export const RESTYLE = pattern(
  [
    "(?:less|more) (?:formal|casual|polite|friendly|professional|technical|detailed|direct|persuasive|upbeat|natural|engaging|serious|playful|enthusiastic|empathetic)|less (?:stiff|robotic|salesy|corporate|wordy|cheesy|generic|pushy|dramatic|fluffy)|more (?:punchy|concise|human|fun|confident|specific|urgent|exciting|emotional)|friendlier|funnier|simpler|longer|warmer|politer|punchier|snappier|catchier|crisper|edgier|wittier|cheekier|peppier|livelier|classier|tone it down|make it (?:sound )?(?:formal|casual|polite|friendly|professional|funny|warm)",
    "(?:más|menos) (?:formal|informal|educad[oa]|amable|profesional|larg[oa]|sencill[oa]|simple|divertid[oa]|cercan[oa]|técnic[oa]|natural|cálid[oa]|seri[oa]|direct[oa]|persuasiv[oa])",
    "förmlicher|formeller|höflicher|freundlicher|lockerer|professioneller|länger|einfacher|lustiger|natürlicher|wärmer|seriöser|direkter|überzeugender|lebendiger|weniger förmlich|etwas förmlicher",
    "(?:plus|moins) (?:formel(?:le)?|poli(?:e)?|amical(?:e)?|professionnel(?:le)?|long(?:ue)?|simple|drôle|soutenu|décontracté|chaleureu(?:x|se)|naturel(?:le)?|direct(?:e)?|sérieu(?:x|se)|percutant(?:e)?)",
    "(?:mais|menos) (?:formal|educad[oa]|amigável|profissional|long[oa]|simples|engraçad[oa]|descontraíd[oa]|informal|natural|diret[oa]|persuasiv[oa]|caloros[oa]|séri[oa])",
    "(?:più|meno) (?:formale|cortese|educat[oa]|amichevole|professionale|lung[oa]|semplice|divertente|informale|naturale|dirett[oa]|persuasiv[oa]|caloros[oa]|seri[oa])",
    "(?:более|менее) (?:формально|вежливо|официально|дружелюбно|просто|подробно|естественно|тепло|серь[её]зно|живо)|формальнее|вежливее|официальнее|дружелюбнее|длиннее|живее|теплее|естественнее|сделай(?:те)? (?:по)?[а-яё]{3,15}ее",
  ].join("|"),
  "更正式|正式一点|正式一些|礼貌一点|更礼貌|更客气|客气一点|口语化|长一点|更长|幽默一点|更自然|自然一点|生动一点|更生动|活泼一点|严肃一点|もっと丁寧|もう少し丁寧|丁寧に|フォーマルに|カジュアルに|もう少し長く|もっと長く|柔らかく|やわらかく|더 격식|격식 있게|더 공손|공손하게|정중하게|더 정중|더 길게|친근하게|부드럽게|더 자연스럽게|자연스럽게|더 재밌게|재미있게",
);

/**
 * "Also …" at the start, alone or after a verb or an acknowledgment ("also include the owners", "nice. also delete…",
 * "ajoute aussi un filtre", "añade también…"): a change to the work just done, so the task stays.
 */
export const ALSO = new RegExp(
  `^(?:[^\\s.!,]+[.!,]\\s+)?(?:[^\\s]+ )?(?:also|también|auch|außerdem|aussi|também|anche|также|тоже)${END}|^(?:另外|还要|再加|あと、|それと|그리고 또)`,
);

/**
 * (Word runs are bounded, `\S{1,40}`, so the pattern stays linear on any text, not only on the short heads it reads.)
 * A bare comparative asks for another of what was just offered ("something cheaper?", "anything else?", "und was
 * Günstigeres?", "algo más barato?", "подешевле?", "更便宜的呢", "もっと安いのは？"): the task stays.
 */
const COMPARATIVE_WORDS = pattern(
  [
    "(?:something|anything|any|one|ones|maybe|got anything) (?:\\w{1,40}er|else|more \\w{1,40}|less \\w{1,40})|(?:any )?other options?|(?:any )?alternatives?|any others?|cheaper|closer|smaller|lighter|quicker|shorter ones?",
    "algo (?:más|menos) \\S{1,40}|alg[uú]n otr[oa]|otras opciones|más barat[oa]s?|alternativas?",
    "(?:was|etwas|noch was|irgendwas) (?:\\S{1,40}eres|anderes)|\\S{1,40}ere optionen|andere optionen|günstiger|billiger|alternativen?",
    "quelque chose de (?:plus|moins) \\S{1,40}|(?:plus|moins) cher|d'autres (?:idées|options)|autre chose",
    "algo mais \\S{1,40}|(?:mais|menos) barat[oa]|outras opções|outra opção",
    "qualcosa di (?:più|meno) \\S{1,40}|(?:più|meno) economic[oa]|altre opzioni|un'alternativa",
    "что-нибудь \\S{1,40}|что-то (?:подешевле|попроще|другое)|подешевле|дешевле|попроще|другие варианты",
  ].join("|"),
  "便宜一点|更便宜|便宜些|还有别的|還有別的|其他选择|有没有更|もっと安い|安いの|他には|ほかには|他のは|더 싼|더 저렴|다른 거|다른 건|다른 옵션",
);
/** The whole message is the comparative, with at most a conjunction before it and "please" or "?" after it. */
export const COMPARATIVE = new RegExp(
  `^(?:(?:and|or|but|ok|okay|hmm|y|o|und|oder|et|ou|e|и|а|那|还有)\\s*(?:,\\s*)?)?(?:${COMPARATIVE_WORDS.source})(?:\\s+(?:please|ones?|options?|bitte|por favor|per favore|пожалуйста|s'il te plaît|s'il vous plaît))?\\s*[?？!.。]*$`,
);
/** A comparative is a whole short follow-up: a few words at most. */
export const MAX_COMPARATIVE_WORDS = 6;

/**
 * A question around the words of consent ("why would python do it that way", "so do we ship it or not?"): it asks
 * about the work, it does not order it.
 */
export const QUESTION_BEFORE = /\b(?:why|how|what|when|where|which|should|shall|would|could|do (?:we|i|you)|does|did|is it|are we|whether)\b|por ?qu[eé]|warum|wieso|pourquoi|perch[eé]|почему|зачем|为什么|为啥|怎么|なぜ|どうして|왜/;

/** A bare yes ("yes", "sure", "ok", "sí", "ja", "oui", "да", "好的", "はい", "네") answers the assistant's offer: act on it. */
export const BARE_YES = /^(?:yes|yep|yeah|sure|ok|okay|sí|si|ja|oui|sim|да|好的|好|可以|はい|네|예)[.!,]?(?:\s+(?:please|bitte|por favor|s'il te plaît|per favore|пожалуйста))?[.!]?$/;
/** A whole-message consent in other words ("お願いします", "부탁해요", "麻烦了", "dale", "ja, gerne", "vai pure"): act on the offer. */
export const CONSENT =
  /^(?:(?:はい|ええ)[、,]?\s*)?(?:お願いします|お願い|お願いいたします|よろしくお願いします|それでお願いします|進めてください)[。!！]?$|^(?:네|예|좋아요)?[,]?\s*(?:부탁해요|부탁합니다|부탁해|해 주세요|해주세요|그렇게 해 주세요|진행해 주세요)[.!]?$|^(?:好的?|行|可以)?[，,]?\s*(?:麻烦了|麻烦你了|拜托了|就这么办|开始吧|做吧|请继续|就这样做)[。!！]?$|^(?:dale|venga|s[ií],? hazlo|s[ií],? adelante|ja,? gerne|gerne|klar,? mach|ja,? mach|oui,? vas-y|d'accord,? vas-y|ok,? vas-y|pode sim|pode|fechado|sim,? pode|s[iì],? procedi|vai pure|s[iì],? vai|да,? давай|ок,? давай|хорошо,? делай)[.!]?$/;
