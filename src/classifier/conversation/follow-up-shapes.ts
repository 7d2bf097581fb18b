/**
 * Follow-ups read by their shape rather than by a phrase: a turn with no content of its own that asks for more,
 * a bare reference to another item, "and Marseille?", "explain that last step", "make it a table", "only for 2025",
 * "in two lines". The word sets are closed per language; every repeat is bounded, so the patterns stay linear.
 * @module
 */

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
    "있어 있나요 있어요 없어 없나요 주세요 줘 알려줘 거 것 건 아이디어 옵션 예시 이름 " +
    // "one", "a couple" (seventh round: "noch einen, bitte", "а ещё парочку?", "encore une", "ancora uno")
    "un une uno una um uma ein eine einen einer eins один одна одну одно пару парочку couple pair"
  ).split(" "),
);
/** The same in Chinese and Japanese, written without spaces: the whole message. */
const MORE_CJK = /^(?:还有|還有|再来|再來|再给|多给|更多|别的|其他|另外)(?:吗|嗎|呢|几个|幾個|一些|一点|点|些|的|的吗|别的|其他的|选项|想法|例子|名字)?[？?。!！]?$|^(?:もっと|他に|ほかに|他の|ほかの|別の)(?:ある|ありますか|ください|お願い|は|も|案|アイデア|候補)?[？?。!！]?$/;
/** At most this many words in a contentless turn. */
const MAX_MORE_WORDS = 6;

/** Whether `head` is a turn with no content of its own that asks for more (see {@link MORE_WORDS}). */
function asksForMoreWords(head: string): boolean {
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

export function ordinalReference(head: string): string | undefined {
  if (head.split(/\s+/).length > MAX_ORDINAL_WORDS) return undefined;
  const match = ORDINAL.exec(head);
  if (match === null) return undefined;
  const rest = head.slice(match[0].length).replace(/^(?:呢|は|も|는|도|은|요)+/, "");
  return ORDINAL_END.test(rest) ? match[0] : undefined;
}

/** Words that open a modifier after an ask for more ("altre, più moderne", "more, but punnier", "ещё, но короче"). */
const MODIFIER_WORDS = new Set(
  "more less but a bit slightly más menos pero un poco mehr weniger aber etwas plus moins mais un peu mas più meno ma po' более менее но чуть немного 更 再 もっと 少し 더 좀".split(" "),
);
/** A comparative adjective opening a modifier ("punnier", "kürzer", "покороче"). */
const COMPARATIVE_FORM = /^(?:\S{2,20}(?:er|ier)|по\S{2,15}е)$/;
const MAX_MODIFIER_WORDS = 4;

/** Whether `head` asks for more of the same, alone or with a short modifier after a comma ("altre, più moderne"). */
export function asksForMore(head: string): boolean {
  if (asksForMoreWords(head)) return true;
  const comma = head.search(/[,，、]/);
  if (comma <= 0 || !asksForMoreWords(head.slice(0, comma))) return false;
  const modifier = head.slice(comma + 1).replace(/[?？!！.。]/g, " ").trim().split(/\s+/);
  const first = modifier[0] ?? "";
  return modifier.length <= MAX_MODIFIER_WORDS && (MODIFIER_WORDS.has(first) || COMPARATIVE_FORM.test(first));
}

/** Second-person words: "and you?" is small talk, not a follow-up about another item. */
const YOU = /^(?:you|yourself|tú|tu|usted|du|dich|dir|toi|vous|você|voi|lei|ты|вы|тебя|вас)$/;
/**
 * "and Marseille?", "and 223?", "y Sevilla?", "und Hamburg?", "et Lyon ?", "e Porto?", "а Казань?": a conjunction and one
 * to three words, asking the same of another item. Portuguese "o que deu errado?" opens with "what", not "or" (thirty-sixth
 * round). (Chinese, Japanese and Korean forms — "上海呢？", "大阪は？",
 * "부산은요?" — are in the follow-up phrases.)
 */
const BARE_AND = /^[¿¡]?(?:and|or|y|o(?! qu[eê]\s)|und|oder|et|ou|e|и|а)\s+(\S{1,30}(?:\s\S{1,30}){0,2})\s*[?？]+$/;

/**
 * "and salary + location + work mode", "plus dates, amounts", "y fecha, importe": a conjunction and a short list of more
 * fields to add to what was just done (ninth round).
 */
const AND_LIST = /^(?:and|also|plus|y|und|et|e|и|а)\s+[^\s,+&]{1,30}(?:\s[^\s,+&]{1,30})?(?:\s*[+,&]\s*[^\s,+&]{1,30}(?:\s[^\s,+&]{1,30})?){1,5}\s*$/;

/**
 * "Ceres? Ganymede?", "Tomato? Carrot?", "¿Europa? ¿Ceres?": two to four bare items of one or two words, each its own
 * question, asking the same of each (round 38). Each item ends at its question mark, so the scan is linear.
 */
const BARE_ITEMS = /^(?:[¿]?[^\s?？¿]{2,16}(?: [^\s?？¿]{1,16})?\s*[?？]\s*){2,4}$/u;
/** Such a turn is short: a handful of names. */
const MAX_BARE_ITEMS_CHARS = 48;
/** Words that make such a turn a reaction or a question of its own ("really? why?", "what? how?"), not items. */
const NOT_ITEMS = /(?<![\p{L}])(?:what|why|how|who|where|when|which|really|seriously|sure|huh|wait|ok|okay|yes|no|and|or|qu[eé]|por qu[eé]|c[oó]mo|was|warum|wie|quoi|pourquoi|comment|cosa|perch[eé]|come|o qu[eê]|porqu[eê]|что|почему|как)(?![\p{L}])|[什为怎哪吗嗎呢谁誰几何]|多少|还是|還是|なに|なぜ|どう|どこ|いつ|それとも|べき|뭐|왜|어떻게|어디|누구|언제|몇|아니면/u;

/** The bare items of a turn that only names them, each with its question mark, if the head is one. */
export function bareItems(head: string): string | undefined {
  return head.length <= MAX_BARE_ITEMS_CHARS && BARE_ITEMS.test(head) && !NOT_ITEMS.test(head) ? head : undefined;
}

/** The item of a bare "and …?" follow-up, if the head is one. */
export function bareAndItem(head: string): string | undefined {
  if (AND_LIST.test(head)) return head;
  const match = BARE_AND.exec(head);
  const item = match?.[1];
  return item !== undefined && !YOU.test(item) ? match![0] : undefined;
}

/**
 * A bare pointer at the next item, the item itself quoted after it or below ("this one?", "and this?", "das hier?",
 * "celle-ci ?", "questo?", "это?", "이건?"; Chinese and Japanese forms are in the follow-up phrases). Dutch "en deze?",
 * Polish "a to?", Swedish "och den här?", Turkish "peki bu?", Indonesian "kalau ini?", Vietnamese "còn cái này?" since
 * the thirty-sixth round.
 */
const DEMONSTRATIVE =
  /^[¿¡]?(?:(?:and|y|und|et|e|и|а)\s+)?(?:(?:this|that)(?: one)?|est[ea]|esto|das hier|dieses?|diese[rn]?|celui-ci|celle-ci|ceci|ça|ess[ea]|isso|questo|questa|quest'altro|это|этот|эта|эту|en (?:deze|dit|die)|a (?:to|ten|ta)|och (?:den här|denna|detta)|(?:peki|ya) bu|(?:kalau|yang) ini|còn cái này)\s*[?？:]*$/;

/** Whether the whole head only points at the next item (the phrase), or undefined. */
export function demonstrative(head: string): string | undefined {
  return DEMONSTRATIVE.test(head) ? head : undefined;
}
