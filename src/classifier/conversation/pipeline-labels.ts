/**
 * More shapes of a labelling pipeline's system prompt (seventh round), read in the ten cue languages, for prompts that
 * name no label noun and set their labels apart with no separator the first shapes read:
 * - a closed set to pick from: "to exactly one desk: CLAIMS / UNDERWRITING / BILLING", "scegli: pubblica / rivedi /
 *   elimina" (a slash with spaces around it, unlike "ja/nein" or "18/8"), or "a severity: SEV1, SEV2, SEV3 or SEV4";
 * - a pick made for each item, with the answer held to the label: "Route each email … Reply with the desk name and
 *   nothing else", "Per ogni post … Rispondi solo con la decisione", "Label each message spam or ham";
 * - a rating scale: "eine Zahl von 1 bis 5 Sternen … Nur die Zahl", "rate each review from 1 to 5";
 * - language identification, with or without a list: "Détecte la langue … code ISO 639-1", "Output the BCP-47 tag".
 * Every repeat is bounded, so each pattern runs in linear time on any prompt.
 * @module
 */

/** A pick among labels, per language: route, assign, label, decide, choose, detect, rate… */
const PICK_VERB = new RegExp(
  [
    /\b(?:classify|label|tag|route|assign|triage|categori[sz]e|sort|rate|score|decide|choose|pick|flag|detect|identify|select|indicate|determine|mark|grade|bucket)\b/.source,
    // es, de (with separable verbs: "ordnest … zu", "stufst … ein", "teilst … ein"), fr
    /clasific|etiquet|asign|enruta|decid|elige|escoge|detect|identific|selecciona|indica|señala|determina|klassifizier|ordne|weise|entscheide|wähle|erkenne|bestimme|bewerte|markiere|(?<![a-zäöüß])(?:stuf|teil)(?:e|st|t) [^.\n]{0,40}\bein\b|classe|attribue|assigne|route|décide|choisi|détect|évalue|sélectionne|indique|détermine|étiquette/.source,
    // pt, it, ru
    /rotul|atribua|atribui|encaminh|escolh|avali|selecion|indiqu|assegna|attribuisci|smista|instrada|scegli|rileva|individua|valuta|seleziona|indica|etichetta|determina|классифиц|определи|отнеси|относи|назнач|выбери|выбира|оцени|размет|укажи|указыва|отметь|помечай|пометь/.source,
    // zh, ja, ko
    /分类|分給|分给|分到|分配|归类|归入|判定|判断|选择|选出|挑选|识别|打分|评分|标注|标记|指出|分類|振り分|選ん|選び|選択|識別|割り当て|評価|判別|採点|分けて|분류|배정|배분|판정|판단|선택|골라|감지|식별|평가|지정|매겨|구분/.source,
  ].join("|"),
);

/** "a / b / c": three or more short items set apart by a slash with spaces around it. */
const SPACED_SLASH_LIST = /[^\s/][^\S\n]\/[^\S\n][^\n/]{1,30}[^\S\n]\/[^\S\n][^\s/]/;
/** "…: a, b, c or d" after a colon: short items, the last joined by "or" in one of the ten languages. */
const OR_LIST =
  /[:：][^\S\n]*[^,\n.:：]{1,25}(?:,[^\S\n]*[^,\n.:：]{1,25}){1,12},?[^\S\n]+(?:or|o|ou|oder|или|либо|oppure|或|或者|还是|または|か|또는)[^\S\n]+[^\s,.:]/;

/**
 * Options named right after a verb of answering, without a colon: "Respond with positive, negative or neutral", "Responde
 * con urgente, normal o baja", "Antworte mit A, B oder C", "Réponds par oui, non ou peut-être", "Ответь одним словом: …".
 */
const RESPOND_VERB =
  "\\b(?:respond|reply|answer|output|return)(?: only)? (?:with|using)(?: (?:either|one of))?|respond[ea] (?:solo |sólo |únicamente )?con|contesta (?:solo |sólo )?con|devuelve|antworte(?:n sie)?(?: nur)? mit|gib (?:nur )?(?:aus|zurück)|r[ée]ponds?(?: uniquement| seulement)? (?:par|avec)|r[ée]pondez(?: uniquement| seulement)? (?:par|avec)|renvoie|responda(?: apenas| somente)? com|retorne|rispondi(?: solo| soltanto)? con|restituisci|ответь(?:те)?(?: только)?|верни|выведи|回答|回复|输出|返回|で答え|で回答|を返|로 답|로 응답";
/** An option: one or two short words, not opened by an article or "and" (that is prose: "with care, detail and examples"). */
const OPTION = "(?!(?:a|an|the|and|un|una|unos|le|la|les|el|los|der|die|das|ein|eine|um|uma|il|lo|y|und|et|e|и)[^\\S\\n])[^,\\s.:：]{1,20}(?:[^\\S\\n][^,\\s.:：]{1,20})?";
const RESPOND_LIST = new RegExp(
  `(?:${RESPOND_VERB})[^\\S\\n]+${OPTION}(?:,[^\\S\\n]*${OPTION}){1,12},?[^\\S\\n]+(?:or|o|ou|oder|или|либо|oppure|或|或者|还是|または|か|또는)[^\\S\\n]+[^\\s,.:]`,
);

/**
 * Each item is picked for: "each", "every", "cada", "jede", "chaque", "ogni", "каждый", "每", "各", "각". Read in a
 * labelling system prompt here and in a turn that asks for a label per item (`labelling-asks.ts`).
 */
export const PER_ITEM = /\b(?:each|every|cada|jede[nmrs]?|chaque|ogni|ciascun[oa]?|chacun(?:e)?|elke|iedere?|varje|hver|setiap|mỗi|từng|minden|mindegyik|fiecare|kila)\b|(?<![\p{L}])(?:κάθε|każd\p{L}*|každ\p{L}*|jokai\p{L}*|kunkin|кожн\p{L}*)(?![\p{L}])|प्रत्येक|แต่ละ|(?<![а-яё])(?:каждо(?:го|му|й|е|м)|кажд(?:ый|ая|ую|ое|ые|ых|ом))(?![а-яё])|每[条个封则篇笔项]|各(?:レビュー|メッセージ|問い合わせ|チケット|メール|投稿|文|項目|行|件)|각 |[가-힣]마다 /u;
/** The answer is the label alone: "nothing else", "only the …", "solo", "nur", "uniquement", "только", "只", "のみ", "만 답". */
const ANSWER_ONLY = new RegExp(
  [
    /\b(?:nothing else|nothing more|no other text|no explanations?|without (?:any )?(?:explanation|comment|commentary)s?|only the|just the|only with|only one word|one word only|a single word|(?:output|return|answer|reply|respond) only)\b|\b(?:[a-z_-]{2,20}) only\b/.source,
    // es, de, fr
    /solo|sólo|solamente|únicamente|nada más|sin (?:m[áa]s|explicaci[óo]n|explicaciones|comentarios?)|\bnur\b|ausschließlich|lediglich|nichts (?:weiter|anderes|sonst)|ohne (?:erklärung|begründung|kommentar)|uniquement|seulement|exclusivement|rien d'autre|rien de plus|sans (?:explication|commentaire)/.source,
    // pt, it, ru
    /apenas|somente|exclusivamente|nada mais|sem (?:explica[çc][ãa]o|explica[çc][õo]es|coment[áa]rios?)|soltanto|unicamente|esclusivamente|nient'altro|niente (?:altro|di più)|senza (?:spiegazion[ei]|commenti)|только|лишь|исключительно|ничего (?:больше|кроме|другого|лишнего)|больше ничего|без (?:объяснени|пояснени|комментари)/.source,
    // zh, ja, ko
    /(?:只|仅)(?:需|要|能)?(?:输出|返回|回答|给出|写|回复)|不要(?:解释|其他|多余|别的)|无需解释|不需要解释|不用解释|のみ|だけ(?:を|で)?(?:出力|答え|返|回答|書)|説明(?:は)?(?:不要|なし|せず|いりません)|만 ?(?:답|출력|응답|반환|적어|써|말해|알려)|설명 ?(?:없이|은 필요 없|하지 ?마)|다른 말 없이|오직/.source,
  ].join("|"),
);
/** "spam or ham", "yes or no": a pick between two short options, right after the pick verb's object. */
const TWO_OPTIONS = /\b(?:each|every|the|this|a)\b[^.\n]{0,30}?\b[a-z_-]{2,20} or [a-z_-]{2,20}\b/;

/** "from 1 to 5", "von 1 bis 5", "de 1 a 5", "da 1 a 10", "от 1 до 5", "1到5", "1から5", "1~5", "1-10". */
/** A unit after a scale's number: "1점에서 5점", "1分到5分", "1 étoile à 5", "от 1 балла до 5", "1 Stern bis 5". */
const UNIT = "(?:[^\\S\\n]?(?:점|分|星|つ|点|stars?|points?|pts?|étoiles?|estrellas?|estrelas?|stell[ae]|punt[oi]|pontos?|punkte?|sterne?n?|балл[а-я]{0,2}|звезд[а-я]{0,2}))?";
export const SCALE = new RegExp(
  `(?<!\\d)[01]${UNIT}[^\\S\\n]*(?:to|-|–|~|〜|bis|a|à|al|até|fino a|до|到|至|から|에서|부터)[^\\S\\n]*(?:5|10)(?!\\d)` +
    `|(?:between|entre|zwischen|tra|fra|между|从|在)[^\\S\\n]*[01]${UNIT}[^\\S\\n]*(?:and|y|e|und|et|и|到|和)[^\\S\\n]*(?:5|10)(?!\\d)`,
);
const RATING_WORD =
  /\b(?:rate|rating|score|stars?)\b|stern|étoile|note|estrella|puntua|puntúa|estrela|nota|stell[ae]|voto|звезд|оцен|балл|评分|打分|星|評価|点数|평점|점수|별점/;

/** Language identification: "detect the language", "language ID", "ISO 639", "BCP-47", in the ten cue languages. */
const LANGUAGE_ID =
  /\biso[^\S\n]?639|\bbcp[^\S\n]?-?47\b|\blanguage (?:identification|detection|detector|id)\b|\b(?:detect|identify|determine|guess)[^.\n]{0,30}\blanguage\b|(?:detecta|identifica|determina|detecte|identifique|rileva|riconosci)[^.\n]{0,30}(?:idioma|lengua|língua|lingua)|(?:erkenne|bestimme|ermittle)[^.\n]{0,30}sprache|spracherkennung|(?:détect|identifi|détermin)[^.\n]{0,30}langue|(?:определ|распозна)[^.\n]{0,30}язык|(?:识别|判断|检测|判定)[^。\n]{0,10}语[言种]|言語を?(?:判定|識別|判別|特定|検出)|언어(?:를)? ?(?:감지|식별|판별|판단)/;

/** Whether a lower-cased system prompt declares a labelling pipeline by one of the shapes in the module comment. */
export function declaresLabelling(system: string): boolean {
  if (LANGUAGE_ID.test(system) || RESPOND_LIST.test(system)) return true;
  const pick = PICK_VERB.test(system);
  if (pick && (SPACED_SLASH_LIST.test(system) || OR_LIST.test(system))) return true;
  const only = ANSWER_ONLY.test(system);
  if (SCALE.test(system) && RATING_WORD.test(system) && (pick || only)) return true;
  return pick && PER_ITEM.test(system) && (only || TWO_OPTIONS.test(system));
}
