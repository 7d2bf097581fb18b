/**
 * Short follow-ups ("and this one too", "shorter", "now in French", "go ahead") in the ten cue
 * languages, written by the team from general usage. A follow-up is read against the turn before it:
 * it inherits that turn's task, or shifts it (to a translation, to a summary) the way a person would.
 * @module
 */

/** How a follow-up relates to the task before it. */
export type FollowUpKind = "inherit" | "translate" | "shorten" | "act" | "also";

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
  "english|french|german|spanish|italian|portuguese|chinese|mandarin|japanese|korean|russian|arabic|hindi|dutch|polish|turkish",
  "inglés|francés|alemán|español|italiano|portugués|chino|japonés|coreano|ruso",
  "englisch|französisch|deutsch|spanisch|italienisch|portugiesisch|chinesisch|japanisch|koreanisch|russisch",
  "anglais|français|allemand|espagnol|italien|portugais|chinois|japonais|coréen|russe",
  "inglês|francês|alemão|espanhol|português|chinês|japonês|russo",
  "inglese|francese|tedesco|spagnolo|portoghese|cinese|giapponese|russo",
  "английск\\S*|французск\\S*|немецк\\S*|испанск\\S*|итальянск\\S*|португальск\\S*|китайск\\S*|японск\\S*|корейск\\S*|русск\\S*",
].join("|");
const CJK_LANGUAGE_NAMES =
  "英文|英语|英語|法语|法文|德语|德文|西班牙语|日语|日文|韩语|韩文|中文|俄语|意大利语|葡萄牙语|フランス語|ドイツ語|スペイン語|日本語|中国語|韓国語|ロシア語|イタリア語|ポルトガル語|영어|프랑스어|독일어|스페인어|일본어|중국어|한국어|러시아어|이탈리아어|포르투갈어";

/** Letters of the Latin, Greek and Cyrillic alphabets, for word boundaries that `\b` (ASCII only) misses. */
const L = "a-zà-ÿāăąćčďēęěğīıłńňőœřśşšţťūůűźżžа-яё";
const START = `(?<![${L}])`;
const END = `(?![${L}])`;

function pattern(words: string, cjk = ""): RegExp {
  return new RegExp(`${START}(?:${words})${END}${cjk ? `|${cjk}` : ""}`);
}

/** A language after a preposition ("now in French", "auf Deutsch", "на английский", "用英文"). */
const TRANSLATE = pattern(`(?:in|into|to|en|al|em|para o|para|auf|ins|на|по-)\\s?(?:${LANGUAGE_NAMES})`, `(?:用|换成|換成|翻成|改成|译成)(?:${CJK_LANGUAGE_NAMES})|(?:${CJK_LANGUAGE_NAMES})(?:で|로|으로)`);
/** A language named alone ("French?", "Deutsch bitte"). */
const LANGUAGE_ALONE = pattern(`(?:${LANGUAGE_NAMES})`, CJK_LANGUAGE_NAMES);
const MAX_WORDS_FOR_LANGUAGE_ALONE = 3;

const SHORTEN = pattern(
  [
    "shorter|make it (?:short|brief|shorter|briefer|concise|snappier)|short version|briefer|more concise|tl;?dr|condense it|cut it down|trim it|in (?:one|a|two|three|\\d+) (?:sentences?|lines?|bullets?|bullet points?)",
    "más corto|más breve|hazlo (?:corto|breve)|acórtalo|resúmelo",
    "kürzer|kurz und knapp|mach es kurz|fass es kurz",
    "plus court|plus bref|fais court|en bref",
    "mais curto|mais breve|encurte",
    "più breve|più corto|accorcia",
    "короче|покороче|сократи",
  ].join("|"),
  "短一点|更短|简短一些|簡短|短く|簡潔に|짧게|간단히",
);

const ACT = pattern(
  [
    "go ahead|do it|proceed|make (?:the|those|these|that) changes?|apply (?:it|that|them|the (?:fix|change|changes|patch|diff))|ship it|implement (?:it|that|this|them|the (?:fix|change|plan))|yes,? (?:please|do it|go ahead)|sounds good|lgtm|please do|let'?s do it|go for it|fix it|carry on|continue",
    "adelante|hazlo|procede|aplica(?:lo)? (?:el|los) cambios?|aplícalo|sigue",
    "mach (?:das|weiter|es)|leg los|setz (?:das|es) um|los geht'?s|nur zu",
    "vas-y|allez-y|fais-le|applique(?:-le)?|continue",
    "pode fazer|faça (?:isso|a mudança|as mudanças)|prossiga|vá em frente|aplique",
    "vai avanti|procedi|fallo|applica(?:lo)?",
    "давай|делай|действуй|продолжай|примени",
  ].join("|"),
  "继续|開始吧|开始吧|动手|照做|去做吧|改吧|進めて|やって|適用して|진행해|해줘|적용해|계속",
);

const INHERIT = pattern(
  [
    "(?:and |also |now |ok,? |okay,? )(?:this|that|these|those|the next)(?: one| ones)?|(?:this|that) one too|this one as well|same (?:for|with|thing|here)|do the same|again|another one|one more|next one|(?:and |but )?(?:what|how) about|here'?s another|and the next|and (?:for|in|with|if|of|on)|^more\\b",
    "y (?:este|esta|esto|estos|estas)|lo mismo|otra vez|otro más|uno más",
    "und (?:diese|dieser|dieses|diesen|das|den|hier)|das gleiche|dasselbe|noch (?:einer|eine|eins|einmal)|nochmal|hier noch",
    "et (?:celui-ci|celle-ci|celui|celle|ceux|ça|cela)|la même chose|pareil|encore (?:un|une)|idem",
    "e (?:este|esta|isso|esse|essa)|o mesmo|mais um|mais uma|de novo",
    "e (?:questo|questa|quello|quella)|lo stesso|anche (?:questo|questa)|un altro|un'altra|ancora uno",
    "и (?:это|этот|эту|эти)|то же самое|ещё (?:один|одну|раз)|ещё",
    // "and for/in/with …", "what about …" ("¿y el de Asia?", "et pour Lyon ?", "а для Python?")
    "y (?:el|la|los|las|en|para|con|si|del?|al|sobre)|qué tal (?:con|si|en)|y qué (?:tal|hay) (?:de|con)",
    "und (?:für|bei|in|im|mit|wenn|der|die|wie)|was ist mit|wie sieht'?s (?:mit|bei)",
    "et (?:pour|en|avec|si|de|du|des|le|la|les|dans|au|aux|sur)|qu'en est-il",
    "e (?:o|a|os|as|para|em|no|na|nos|nas|com|se|de|do|da|dos|das|pelo|pela|pelos|pelas|ao|aos|sobre)|e quanto a|e sobre",
    "e (?:il|lo|la|i|gli|le|per|in|nel|nella|nei|negli|nelle|con|se|di|del|della|dei|degli|delle|al|alla|ai|sul|sulla)|e per quanto riguarda|e invece",
    "а (?:для|в|во|если|с|что|как|у|про)|а что насч[её]т|а как насч[её]т",
  ].join("|"),
  "这个也|這個也|还有这个|還有這個|这个呢|這個呢|同样|再来一个|也一样|这段也|下一个|下一段|接下来这|これも|同じように|もう一つ|こちらも|次はこれ|次はこちら|次もお願い|이것도|이거도|똑같이|하나 더|다음은|다음 것도|이번엔 이것|" +
    // "what about …" in a few characters ("亚洲的呢？", "アジアは？", "아시아는요?")
    "^.{1,8}呢[？?]?$|^那.{0,14}呢|^.{1,8}は[？?]$|についてはどう|^.{1,10}[은는]요[?？]?$",
);

/**
 * Asks to restyle the text just written ("more formal", "più formale", "もう少し丁寧に", "더 공손하게"): the task stays.
 * Shortening is `SHORTEN`; these keep the task whatever it was.
 */
const RESTYLE = pattern(
  [
    "(?:less|more) (?:formal|casual|polite|friendly|professional|technical|detailed|direct|persuasive|upbeat)|friendlier|funnier|simpler|longer|warmer|politer|tone it down|make it (?:sound )?(?:formal|casual|polite|friendly|professional|funny|warm)",
    "(?:más|menos) (?:formal|informal|educad[oa]|amable|profesional|larg[oa]|sencill[oa]|simple|divertid[oa]|cercan[oa]|técnic[oa])",
    "förmlicher|formeller|höflicher|freundlicher|lockerer|professioneller|länger|einfacher|lustiger|weniger förmlich|etwas förmlicher",
    "(?:plus|moins) (?:formel(?:le)?|poli(?:e)?|amical(?:e)?|professionnel(?:le)?|long(?:ue)?|simple|drôle|soutenu|décontracté|chaleureu(?:x|se))",
    "(?:mais|menos) (?:formal|educad[oa]|amigável|profissional|long[oa]|simples|engraçad[oa]|descontraíd[oa]|informal)",
    "(?:più|meno) (?:formale|cortese|educat[oa]|amichevole|professionale|lung[oa]|semplice|divertente|informale)",
    "(?:более|менее) (?:формально|вежливо|официально|дружелюбно|просто|подробно)|формальнее|вежливее|официальнее|дружелюбнее|длиннее",
  ].join("|"),
  "更正式|正式一点|正式一些|礼貌一点|更礼貌|更客气|客气一点|口语化|长一点|更长|幽默一点|もっと丁寧|もう少し丁寧|丁寧に|フォーマルに|カジュアルに|もう少し長く|もっと長く|柔らかく|やわらかく|더 격식|격식 있게|더 공손|공손하게|정중하게|더 정중|더 길게|친근하게|부드럽게",
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
  ["inherit", INHERIT],
  ["inherit", RESTYLE],
  ["also", ALSO],
];

/** A bare yes ("yes", "sure", "ok", "sí", "ja", "oui", "да", "好的", "はい", "네") answers the assistant's offer: act on it. */
const BARE_YES = /^(?:yes|yep|yeah|sure|ok|okay|sí|si|ja|oui|sim|да|好的|好|可以|はい|네|예)[.!,]?(?:\s+(?:please|bitte|por favor|s'il te plaît|per favore|пожалуйста))?[.!]?$/;
/** A whole-message consent in other words ("お願いします", "부탁해요", "麻烦了", "dale", "ja, gerne", "vai pure"): act on the offer. */
const CONSENT =
  /^(?:(?:はい|ええ)[、,]?\s*)?(?:お願いします|お願い|お願いいたします|よろしくお願いします|それでお願いします|進めてください)[。!！]?$|^(?:네|예|좋아요)?[,]?\s*(?:부탁해요|부탁합니다|부탁해|해 주세요|해주세요|그렇게 해 주세요|진행해 주세요)[.!]?$|^(?:好的?|行|可以)?[，,]?\s*(?:麻烦了|麻烦你了|拜托了|就这么办|开始吧|做吧|请继续|就这样做)[。!！]?$|^(?:dale|venga|s[ií],? hazlo|s[ií],? adelante|ja,? gerne|gerne|klar,? mach|ja,? mach|oui,? vas-y|d'accord,? vas-y|ok,? vas-y|pode sim|pode|fechado|sim,? pode|s[iì],? procedi|vai pure|s[iì],? vai|да,? давай|ок,? давай|хорошо,? делай)[.!]?$/;

/**
 * A turn with no content of its own (sixth round): every word asks for more of the same, points back, or is filler
 * ("any more?", "d'autres ?", "noch welche?", "ещё варианты?", "other ideas please", "더 있어?"). Read by shape, not
 * by phrase: the words are a closed set per language, and at least one of them asks for more or for another.
 */
const MORE_WORDS = new Set(
  (
    "more others other another else again additional extra alternatives " +
    "más otros otras otro otra nuevo mehr weitere weiteren andere anderen noch nochmal " +
    "autres d'autres autre encore plus mais outros outras outro outra " +
    "altri altre altro altra ancora ещё еще другие другой другое другую больше " +
    "더 또 다른"
  ).split(" "),
);
const FILLER_WORDS = new Set(
  (
    "any some please pls plz the a an and or ok okay so got have you do is are there one ones of those these like that this few couple maybe give me show list " +
    "ideas options examples suggestions names versions variants " +
    "y o algo alguna algunas algunos por favor dame hay tienes de ideas opciones ejemplos nombres sugerencias " +
    "und oder bitte gibt es hast du welche was paar ideen optionen beispiele namen vorschläge " +
    "et ou s'il te vous plaît il y a as-tu avez-vous des quelques idées options exemples noms suggestions " +
    "e ou por favor tem há me dá algumas alguns ideias opções exemplos nomes sugestões " +
    "e o per favore ci sono hai dammi qualche idee opzioni esempi nomi suggerimenti " +
    "и а или пожалуйста есть у тебя дай давай какие-нибудь несколько варианты вариантов идеи примеры названия " +
    "있어 있나요 있어요 없어 없나요 주세요 줘 알려줘 거 것 건 아이디어 옵션 예시 이름"
  ).split(" "),
);
/** The same in Chinese and Japanese, written without spaces: the whole message. */
const MORE_CJK = /^(?:还有|還有|再来|再來|再给|多给|更多|别的|其他|另外)(?:吗|嗎|呢|几个|幾個|一些|一点|点|些|的|的吗|别的|其他的|选项|想法|例子|名字)?[？?。!！]?$|^(?:もっと|他に|ほかに|他の|ほかの|別の)(?:ある|ありますか|ください|お願い|は|も|案|アイデア|候補)?[？?。!！]?$/;
/** At most this many words in a contentless turn. */
const MAX_MORE_WORDS = 6;

/** Whether `head` is a turn with no content of its own that asks for more (see {@link MORE_WORDS}). */
function asksForMore(head: string): boolean {
  if (MORE_CJK.test(head)) return true;
  const words = head.replace(/[?？!！.。,，…¿¡]/g, " ").split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0 || words.length > MAX_MORE_WORDS) return false;
  let more = false;
  for (const word of words) {
    if (MORE_WORDS.has(word)) more = true;
    else if (!FILLER_WORDS.has(word)) return false;
  }
  return more;
}

/**
 * A bare reference to another item of the answer or of the request ("and the second one?", "the last one?",
 * "¿y la segunda?", "und das zweite?", "et le deuxième ?", "e o terceiro?", "e l'ultimo?", "а второй?", "那第二个呢",
 * "2つ目は？", "두 번째는?"): the whole message points back, so the task stays.
 */
const ORDINAL = new RegExp(
  [
    "^(?:and |what about |how about )?(?:the )?(?:first|second|third|fourth|fifth|last|other|previous|next|2nd|3rd)(?: one| ones)?",
    "^(?:y |¿y )?(?:el |la |los |las )?(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|últim[oa]|otr[oa])",
    "^(?:und )?(?:der |die |das |den )?(?:erste|zweite|dritte|vierte|letzte|andere)[nrs]?",
    "^(?:et )?(?:le |la |l')?(?:premier|première|deuxième|second|seconde|troisième|dernier|dernière|autre)",
    "^(?:e )?(?:o |a |os |as )?(?:primeir[oa]|segund[oa]|terceir[oa]|quart[oa]|últim[oa]|outr[oa])",
    "^(?:e )?(?:il |la |l'|lo )?(?:prim[oa]|second[oa]|terz[oa]|quart[oa]|ultim[oa]|altr[oa])",
    "^(?:а |и )?(?:перв|втор|трет|четв[её]рт|последн|друг)[а-яё]{0,4}",
  ].join("|") +
    "|^(?:那|那么)?(?:第[二三四五六2-6]|最后)(?:个|個|篇|段|条|條|封|点|點|项|項)?(?:呢)?|^(?:じゃあ)?(?:[2-6２-６二三四五六]つ目|[2-6２-６二三四五六]番目|最後)(?:の)?(?:は|も)?|^(?:그럼 )?(?:두|세|네|다섯|마지막) ?(?:번째|번째 거|번째 것)?(?:는|도|은)?",
);
const ORDINAL_END = /^[^\S\n]*(?:one|ones|item|point|option|paragraph|article|email|question|text|passage|[?？!！.。]|please|bitte|por favor)?[^\S\n]*[?？!！.。]*$/;
/** At most this many words in a bare ordinal reference. */
const MAX_ORDINAL_WORDS = 5;

function ordinalReference(head: string): string | undefined {
  if (head.split(/\s+/).length > MAX_ORDINAL_WORDS) return undefined;
  const match = ORDINAL.exec(head);
  if (match === null) return undefined;
  const rest = head.slice(match[0].length).replace(/^(?:呢|は|も|는|도|은|요)+/, "");
  return ORDINAL_END.test(rest) ? match[0] : undefined;
}

/** The instruction part of a message: up to the first colon, line break or quote, capped. */
export function followUpHead(lower: string): string {
  let end = Math.min(lower.length, MAX_HEAD_CHARS);
  for (let i = 0; i < end; i++) {
    const c = lower.charCodeAt(i);
    if (c === 10 || c === 58 || c === 0xff1a || c === 34 || c === 0x201c || c === 0xab || c === 0x300c) {
      end = i;
      break;
    }
  }
  return lower.slice(0, end).trim();
}

/** Whether the head is short enough to be a follow-up: few words, or few CJK characters. */
function isShort(head: string, whole: string): boolean {
  if (head.length === 0) return false;
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x9fff) cjk++;
    const space = c === 32 || c === 9;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  // A long message with no colon or quote is a new request, not a follow-up.
  if (head.length === whole.length && whole.length > MAX_HEAD_CHARS) return false;
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

/** The follow-up at the start of `lower` (the latest user message, lower-cased), if it is one. */
export function detectFollowUp(lower: string): FollowUp | undefined {
  const head = followUpHead(lower);
  if (!isShort(head, lower.trim())) return alsoFollowUp(head, lower);
  if (BARE_YES.test(head) || CONSENT.test(head)) return { kind: "act", phrase: head };
  if (head.split(/\s+/).length <= MAX_COMPARATIVE_WORDS && COMPARATIVE.test(head)) return { kind: "inherit", phrase: head };
  if (asksForMore(head)) return { kind: "inherit", phrase: head };
  const ordinal = ordinalReference(head);
  if (ordinal !== undefined) return { kind: "inherit", phrase: ordinal };
  for (const [kind, regex] of ORDER) {
    const match = regex.exec(head);
    if (match) return { kind, phrase: match[0].trim() };
    if (kind === "translate" && head.split(/\s+/).length <= MAX_WORDS_FOR_LANGUAGE_ALONE) {
      const alone = LANGUAGE_ALONE.exec(head);
      if (alone) return { kind, phrase: alone[0] };
    }
  }
  return undefined;
}
