/**
 * Short follow-ups ("and this one too", "shorter", "now in French", "go ahead") in the ten cue
 * languages, written by the team from general usage. A follow-up is read against the turn before it:
 * it inherits that turn's task, or shifts it (to a translation, to a summary) the way a person would.
 * @module
 */

import { asksForMore, bareAndItem, demonstrative, ordinalReference } from "./follow-up-shapes.js";
import { asksToRecall, editAsk, explainAsk, lengthAsk, reshapeAsk, versionAsk } from "./follow-up-asks.js";
import { choiceAsk } from "./follow-up-choice.js";
import { sameWorkAgain } from "./follow-up-again.js";
import { newerLanguageFollowUp } from "./follow-up-newer.js";
import { portAsk } from "./follow-up-port.js";
import { fewWordsAroundLanguage } from "./language-alone.js";
import { beforeAddition } from "./first-clause.js";
import { MORE_LANGUAGE_NAMES } from "./language-names.js";

/** How a follow-up relates to the task before it. */
export type FollowUpKind = "inherit" | "translate" | "shorten" | "act" | "also" | "explain" | "choose" | "recall";

/** A follow-up found at the start of the latest user message. */
export interface FollowUp {
  kind: FollowUpKind;
  /** The words that made it a follow-up, as written. */
  phrase: string;
}

/** The instruction part of a follow-up may be this long (words, or CJK characters / 2). */
const MAX_HEAD_WORDS = 12;
const MAX_HEAD_CHARS = 120;

const LANGUAGE_NAMES = [
  "english|french|german|spanish|italian|portuguese|chinese|mandarin|cantonese|japanese|korean|russian|arabic|hindi|dutch|polish|turkish|vietnamese|thai|greek|swedish|ukrainian|hebrew|indonesian",
  // The rest of the languages people ask for by their English name (eighteenth round): "now the same in Swahili please".
  MORE_LANGUAGE_NAMES.join("|"),
  "inglés|francés|alemán|español|italiano|portugués|chino|japonés|coreano|ruso|árabe|neerlandés|holandés|catalán|polaco|turco|griego",
  // As typed on a phone, without accents (eleventh round).
  "ingles|frances|aleman|espanol|portugues|japones|arabe|catalan|francais|alemao|franzosisch|turkisch",
  "englisch|französisch|deutsch|spanisch|italienisch|portugiesisch|chinesisch|japanisch|koreanisch|russisch|arabisch|niederländisch|polnisch|türkisch|griechisch|schwedisch|ukrainisch",
  "anglais|français|allemand|espagnol|italien|portugais|chinois|japonais|coréen|russe|arabe|néerlandais|polonais|turc|grec|suédois|ukrainien",
  "inglês|francês|alemão|espanhol|português|chinês|japonês|russo|coreano|holandês|polonês|turco|grego",
  "inglese|francese|tedesco|spagnolo|portoghese|cinese|giapponese|russo|coreano|arabo|olandese|polacco|greco",
  "английск\\S*|французск\\S*|немецк\\S*|испанск\\S*|итальянск\\S*|португальск\\S*|китайск\\S*|японск\\S*|корейск\\S*|русск\\S*|арабск\\S*|польск\\S*|турецк\\S*|украинск\\S*",
].join("|");
const CJK_LANGUAGE_NAMES =
  "英文|英语|英語|法语|法文|德语|德文|西班牙语|日语|日文|韩语|韩文|中文|俄语|意大利语|葡萄牙语|越南语|泰语|阿拉伯语|粤语|繁体中文|フランス語|ドイツ語|スペイン語|日本語|中国語|韓国語|ロシア語|イタリア語|ポルトガル語|ベトナム語|タイ語|アラビア語|영어|프랑스어|독일어|스페인어|일본어|중국어|한국어|러시아어|이탈리아어|포르투갈어|베트남어|태국어|아랍어";

/** Letters of the Latin, Greek and Cyrillic alphabets, for word boundaries that `\b` (ASCII only) misses. */
const L = "a-zà-ÿāăąćčďēęěğīıłńňőœřśşšţťūůűźżžа-яё";
const START = `(?<![${L}])`;
const END = `(?![${L}])`;

function pattern(words: string, cjk = ""): RegExp {
  return new RegExp(`${START}(?:${words})${END}${cjk ? `|${cjk}` : ""}`);
}

/** A language after a preposition ("now in French", "auf Deutsch", "на английский", "用英文"). */
const TRANSLATE = pattern(`(?:in|into|to|en|al|em|para o|para|auf|ins|на|по-)\\s?(?:${LANGUAGE_NAMES})`, `(?:用|换成|換成|翻成|改成|译成)(?:${CJK_LANGUAGE_NAMES})|(?:${CJK_LANGUAGE_NAMES})(?:で|로|으로)|(?:${CJK_LANGUAGE_NAMES}) ?(?:版|バージョン|버전)`);
/** A language named alone ("French?", "Deutsch bitte"). */
const LANGUAGE_ALONE = pattern(`(?:${LANGUAGE_NAMES})`, CJK_LANGUAGE_NAMES);
const MAX_WORDS_FOR_LANGUAGE_ALONE = 3;

const SHORTEN = pattern(
  [
    "shorter|make it (?:short|brief|shorter|briefer|concise|snappier)|short version|briefer|more concise|tl;?dr|condense it|cut it down|trim it|in (?:one|a|two|three|\\d+) (?:sentences?|lines?|bullets?|bullet points?)|(?:one|two|three|four|five|(?<!\\d)\\d{1,3}) (?:sentences?|lines?|bullets?) max|max(?:imum)? (?:one|two|three|four|five|\\d{1,3}) (?:sentences?|lines?|bullets?)|(?:ten|fifteen|twenty|thirty|forty|fifty|(?<!\\d)\\d{1,3}) words? (?:max(?:imum)?|tops)|(?<=^(?:(?:it's|that's|thats|its|still|way|much|far|a bit|bit|hmm|ugh|nah|no)[,.]? )*)too long(?! (?:to (?:wait|sit|stand|drive|walk|stay)|ago))",
    "más corto|más breve|más concis[oa]|hazlo (?:corto|breve)|acórtalo|acórtala|abrévialo|recórtalo|redúcelo|resúmelo|resúmela|versión (?:corta|breve)",
    "kürzer|knapper|kurz und knapp|mach es kurz|fass es kurz|kürz(?:e)? (?:es|das|ihn|sie)|kürzere (?:version|fassung)|kurzfassung",
    "plus court|plus bref|plus concis|fais court|en bref|raccourcis(?:-le|-la)?|abrège(?:-le|-la)?|version (?:courte|abrégée)",
    "mais curto|mais breve|mais concis[oa]|encurte|encurta|resuma(?:-o|-a)?|vers[ãa]o (?:curta|resumida)",
    "più breve|più corto|più concis[oa]|accorcia(?:lo|la)?|abbrevia(?:lo|la)?|riassumilo|riassumila|versione (?:breve|corta)",
    "короче|покороче|сократи|сожми|покомпактнее|вкратце",
  ].join("|"),
  "短一点|短一些|更短|简短一些|简短点|简洁一点|精简一下|缩短一下|簡短|短く|簡潔に|手短に|짧게|간단히|간결하게|줄여 ?줘",
);

const ACT = pattern(
  [
    "go ahead|do it|proceed|make (?:the|those|these|that) changes?|apply (?:it|that|them|the (?:fix|change|changes|patch|diff))|ship it|implement (?:it|that|this|them|the (?:fix|change|plan))|yes,? (?:please|do it|go ahead)|sounds good|lgtm|please do|let'?s do it|go for it|fix it|carry on|continue",
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
  "继续|開始吧|开始吧|动手|照做|去做吧|改吧|進めて|やって|適用して|진행해|해줘|적용해|계속",
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
const INHERIT_LED = new RegExp(
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

const INHERIT = pattern(
  [
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
const RESTYLE = pattern(
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
const ALSO = new RegExp(
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
const COMPARATIVE = new RegExp(
  `^(?:(?:and|or|but|ok|okay|hmm|y|o|und|oder|et|ou|e|и|а|那|还有)\\s*(?:,\\s*)?)?(?:${COMPARATIVE_WORDS.source})(?:\\s+(?:please|ones?|options?|bitte|por favor|per favore|пожалуйста|s'il te plaît|s'il vous plaît))?\\s*[?？!.。]*$`,
);
/** A comparative is a whole short follow-up: a few words at most. */
const MAX_COMPARATIVE_WORDS = 6;

const ORDER: readonly [FollowUpKind, RegExp][] = [
  ["shorten", SHORTEN],
  ["translate", TRANSLATE],
  ["act", ACT],
  ["inherit", INHERIT_LED],
  ["inherit", INHERIT],
  ["inherit", RESTYLE],
  ["also", ALSO],
];

/**
 * A question around the words of consent ("why would python do it that way", "so do we ship it or not?"): it asks
 * about the work, it does not order it.
 */
const QUESTION_BEFORE = /\b(?:why|how|what|when|where|which|should|shall|would|could|do (?:we|i|you)|does|did|is it|are we|whether)\b|por ?qu[eé]|warum|wieso|pourquoi|perch[eé]|почему|зачем|为什么|为啥|怎么|なぜ|どうして|왜/;

/** A bare yes ("yes", "sure", "ok", "sí", "ja", "oui", "да", "好的", "はい", "네") answers the assistant's offer: act on it. */
const BARE_YES = /^(?:yes|yep|yeah|sure|ok|okay|sí|si|ja|oui|sim|да|好的|好|可以|はい|네|예)[.!,]?(?:\s+(?:please|bitte|por favor|s'il te plaît|per favore|пожалуйста))?[.!]?$/;
/** A whole-message consent in other words ("お願いします", "부탁해요", "麻烦了", "dale", "ja, gerne", "vai pure"): act on the offer. */
const CONSENT =
  /^(?:(?:はい|ええ)[、,]?\s*)?(?:お願いします|お願い|お願いいたします|よろしくお願いします|それでお願いします|進めてください)[。!！]?$|^(?:네|예|좋아요)?[,]?\s*(?:부탁해요|부탁합니다|부탁해|해 주세요|해주세요|그렇게 해 주세요|진행해 주세요)[.!]?$|^(?:好的?|行|可以)?[，,]?\s*(?:麻烦了|麻烦你了|拜托了|就这么办|开始吧|做吧|请继续|就这样做)[。!！]?$|^(?:dale|venga|s[ií],? hazlo|s[ií],? adelante|ja,? gerne|gerne|klar,? mach|ja,? mach|oui,? vas-y|d'accord,? vas-y|ok,? vas-y|pode sim|pode|fechado|sim,? pode|s[iì],? procedi|vai pure|s[iì],? vai|да,? давай|ок,? давай|хорошо,? делай)[.!]?$/;


/** The instruction part of a message: up to the first colon, line break or opening quote, capped. */
export function followUpHead(lower: string): string {
  let end = Math.min(lower.length, MAX_HEAD_CHARS);
  for (let i = 0; i < end; i++) {
    const c = lower.charCodeAt(i);
    // A quote opens the item the follow-up is about: '"', “, „, «, 「, and ' or ‘ after a space ("이건? '포장이…'").
    const quote = c === 34 || c === 0x201c || c === 0x201e || c === 0xab || c === 0x300c || ((c === 39 || c === 0x2018) && i > 0 && lower.charCodeAt(i - 1) === 32);
    if (c === 10 || c === 58 || c === 0xff1a || quote) {
      end = i;
      break;
    }
  }
  return lower.slice(0, end).trim();
}

/** Characters after a consent ("Ja: …") past which the rest is a message of its own. */
const OWN_MESSAGE_CHARS = 200;

/**
 * "Ja: consumption 18,000 kWh, quote 9,500 € … is the heat pump worth it?": a yes that answers the assistant's question
 * and then brings material and a question of its own is a new request, read as a whole, not a consent to inherit.
 */
function answersWithOwnAsk(head: string, lower: string): boolean {
  const rest = lower.slice(lower.indexOf(head) + head.length);
  return rest.length > OWN_MESSAGE_CHARS && /[?？]/.test(rest);
}

/** Whether the head is short enough to be a follow-up: few words, or few CJK (or Thai) characters. */
function isShort(head: string, whole: string): boolean {
  if (head.length === 0) return false;
  let words = 0;
  let cjk = 0;
  let thai = 0;
  let inWord = false;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x9fff) cjk++;
    else if (c >= 0xe01 && c <= 0xe5b) thai++;
    const space = c === 32 || c === 9;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  // A long message with no colon or quote is a new request, not a follow-up.
  if (head.length === whole.length && whole.length > MAX_HEAD_CHARS) return false;
  // Thai writes no spaces either; a Thai word runs to about four characters.
  if (thai > 0) return cjk / 2 + thai / 4 + words <= MAX_HEAD_WORDS + 2;
  return cjk > 0 ? cjk / 2 + words <= MAX_HEAD_WORDS + 2 : words <= MAX_HEAD_WORDS;
}

/** Words an "also …" follow-up may run to: it names the added change, so it is longer than "and this one too". */
const MAX_ALSO_WORDS = 25;
const MAX_ALSO_CHARS = 300;

/** A longer "also …" message is still a change to the work just done. */
function alsoFollowUp(head: string, lower: string): FollowUp | undefined {
  if (lower.length > MAX_ALSO_CHARS || head.split(" ").length > MAX_ALSO_WORDS) return undefined;
  const match = ALSO.exec(head);
  return match ? { kind: "also", phrase: match[0].trim() } : undefined;
}

/** Words the first clause of a longer turn may have for "now in English, she's from Texas …" to be a translate follow-up. */
const MAX_LEADING_CLAUSE_WORDS = 5;

/**
 * "ahora en ingles porfa, ella es de Texas y quiero que lo entienda su familia": a short first clause that asks for
 * another language, with the reason after it, is a translate follow-up (eleventh round). A question is not.
 */
function leadingTranslate(head: string): FollowUp | undefined {
  if (/[?？]/u.test(head)) return undefined;
  const [first = "", second = ""] = head.split(/[,.;!]/u, 2);
  // "great. now the same in Swahili please, most of our parents…": a word of thanks or assent before it (eighteenth round).
  return translateClause(first, MAX_LEADING_CLAUSE_WORDS) ?? (first.trim().split(/\s+/u).length <= MAX_ASSENT_WORDS ? translateClause(second, MAX_LEADING_CLAUSE_WORDS + 1) : undefined);
}

/** Words a leading clause that edits or reshapes the text just written may have, after a consent. */
const MAX_LEADING_EDIT_WORDS = 8;
/** A consent or thanks joined to the edit that follows it ("go ahead and make it…", "perfect, and…"). */
const CONSENT_LEAD = /^(?:go ahead and|yes,? and|ok(?:ay)?,? and|perfect,? and|great,? and|please|pls)\s+/;

/**
 * "go ahead and make it third person, 50 words, and add that I also run…", "make it warmer, she's my aunt and …": a short
 * first clause that edits or restyles the text just written, with the details after it, is that follow-up however long
 * the turn runs (twenty-eighth round).
 */
function leadingEdit(head: string): FollowUp | undefined {
  const [first = ""] = head.split(/[,.;!?]/u, 1);
  // "ponle un tono más cercano y añade que…": the restyle before an addition joined without a comma (thirty-second round).
  return editClause(first) ?? editClause(beforeAddition(first));
}

function editClause(first: string): FollowUp | undefined {
  if (first === "") return undefined;
  const consent = CONSENT_LEAD.exec(first.trim());
  const clause = consent === null ? first.trim() : first.trim().slice(consent[0].length);
  // "ok now the Hausa version, keep it under 160 chars": a language named is a translation, read as the turn it is.
  if (clause.split(/\s+/u).length > MAX_LEADING_EDIT_WORDS || LANGUAGE_ALONE.test(clause) || newerLanguageFollowUp(clause) !== undefined) return undefined;
  // Only an edit of the text: a narrowing ("e só em matemática? média 5,8 → 5,7 …") brings figures of its own.
  const phrase = editAsk(clause) ?? RESTYLE.exec(clause)?.[0];
  if (phrase === undefined) return undefined;
  // "go ahead and add it. exponential backoff…": consent to make the change, read as "go ahead" is.
  return consent === null ? { kind: "inherit", phrase: phrase.trim() } : { kind: "act", phrase: `${consent[0].trim()} ${phrase.trim()}` };
}

/** Words of a first clause that only thanks or assents ("great", "ok thanks") before the ask; the ask after it may say "now". */
const MAX_ASSENT_WORDS = 2;

function translateClause(clause: string, maxWords: number): FollowUp | undefined {
  if (clause.trim().split(/\s+/u).length > maxWords) return undefined;
  const match = TRANSLATE.exec(clause);
  if (match !== null) return { kind: "translate", phrase: match[0].trim() };
  const newer = newerLanguageFollowUp(clause);
  return newer?.kind === "translate" ? newer : undefined;
}

/** The follow-up at the start of `lower` (the latest user message, lower-cased), if it is one. */
export function detectFollowUp(lower: string): FollowUp | undefined {
  const head = followUpHead(lower);
  // "nice. same idea in Clojure, for my colleague…": the code again in another programming language (thirty-first round).
  const port = portAsk(head);
  if (port !== undefined) return { kind: "act", phrase: port };
  if (!isShort(head, lower.trim())) return leadingTranslate(head) ?? alsoFollowUp(head, lower) ?? versionAsk(lower) ?? leadingEdit(head);
  const choice = choiceAsk(head);
  if (choice !== undefined) return { kind: "choose", phrase: choice };
  if (asksToRecall(head)) return { kind: "recall", phrase: head };
  if (BARE_YES.test(head) || CONSENT.test(head)) return answersWithOwnAsk(head, lower) ? undefined : { kind: "act", phrase: head };
  if (head.split(/\s+/).length <= MAX_COMPARATIVE_WORDS && COMPARATIVE.test(head)) return { kind: "inherit", phrase: head };
  if (asksForMore(head)) return { kind: "inherit", phrase: head };
  const again = sameWorkAgain(head);
  if (again !== undefined) return { kind: "inherit", phrase: again };
  // "and in German?" names a language, not another item: it is left to the translate forms below.
  const andItem = TRANSLATE.test(head) || LANGUAGE_ALONE.test(head) ? undefined : bareAndItem(head);
  const shape = ordinalReference(head) ?? andItem ?? demonstrative(head) ?? reshapeAsk(head);
  if (shape !== undefined) return { kind: "inherit", phrase: shape };
  const explain = explainAsk(head);
  if (explain !== undefined) return { kind: "explain", phrase: explain };
  const length = lengthAsk(head);
  if (length !== undefined) return { kind: "shorten", phrase: length };
  for (const [kind, regex] of ORDER) {
    const match = regex.exec(head);
    if (match && !(kind === "act" && QUESTION_BEFORE.test(head.slice(0, match.index)))) return { kind, phrase: match[0].trim() };
    if (kind === "translate" && head.split(/\s+/).length <= MAX_WORDS_FOR_LANGUAGE_ALONE) {
      const alone = LANGUAGE_ALONE.exec(head);
      if (alone && fewWordsAroundLanguage(head, alone[0])) return { kind, phrase: alone[0] };
    }
  }
  const edit = editAsk(head);
  return edit !== undefined ? { kind: "inherit", phrase: edit } : newerLanguageFollowUp(head);
}
