/**
 * Short follow-ups that ask something of the answer just given, in the ten cue languages (seventh round):
 * - to explain it ("explain that last step", "why?", "erklär mir den letzten Schritt", "а теперь объясни, как она
 *   работает", "解释一下这一步", "なぜ？", "왜요?"): the task of the turn it follows, and code written becomes code to read;
 * - to put it in another form ("make it a table", "als Tabelle", "en tableau", "做成表格", "表にして", "표로");
 * - to narrow it ("now only for 2025", "maintenant seulement pour 2025", "nur für Berlin", "только для Москвы");
 * - to shorten it to a length ("en deux lignes max", "in zwei Sätzen", "в двух предложениях", "两句话", "세 줄로");
 * - to check it ("is that correct?", "are you sure?", "确定吗？"), read like an ask to explain it;
 * - to edit it ("remove the last paragraph", "now make it rhyme", "in TypeScript instead?", "ohne die Einleitung").
 * Each is read at the start of the turn, after at most a few acknowledgment or politeness words.
 * @module
 */

import { CHANGE_REQUEST } from "./task-words.js";

/** Words that may come before the ask: acknowledgments, "now", "please", "can you". */
const LEAD =
  "(?:(?:ok|okay|now|and|but|so|great|thanks|cool|nice|please|pls|can you|could you|would you|then|y|ahora|vale|bien|gracias|por favor|puedes|und|jetzt|danke|bitte|kannst du|mal|et|maintenant|merci|peux-tu|pouvez-vous|e|agora|obrigad[oa]|pode|ora|adesso|grazie|puoi|а|и|теперь|спасибо|можешь|пожалуйста)[,!.]?\\s+){0,3}";
/** Letters of the Latin and Cyrillic alphabets, for word ends that `\b` (ASCII only) misses. */
const END = "(?![a-zà-ÿœа-яё])";

function led(words: readonly string[], cjk: string): RegExp {
  return new RegExp(`^[¿¡\\s]*${LEAD}(?:${words.join("|")})${END}|^(?:${cjk})`);
}

/**
 * Explain verbs per language, the same verbs with an object pronoun attached ("explícamelo", "spiegamelo"), and what
 * they point back at ("that last step", "wie es funktioniert", "как она работает"). A verb must point back, carry the
 * pronoun, or end the turn: "explícame la fotosíntesis" is a new question.
 */
const EXPLAIN_PARTS: readonly [verb: string, clitic: string, back: string][] = [
  [
    "(?:explain|walk me through|break down|go through|clarify|elaborate on|unpack)(?: to me)?",
    "explain it",
    "it|that|this|them|those|these|how (?:it|this|that|they) works?|what (?:it|this|that) does|(?:the |that |this )?(?:last |first |final |previous |second |next )?(?:step|line|part|bit|answer|solution|code|function|regex|query|formula)s?|your (?:answer|reasoning|solution|code|logic)",
  ],
  ["(?:expl[ií]ca|acl[aá]ra|detalla)(?:me)?", "(?:expl[ií]ca|acl[aá]ra)(?:lo|melo|mela)", "eso|esto|c[oó]mo funciona|el (?:[uú]ltimo|primer|segundo) paso|la (?:[uú]ltima|primera) (?:l[ií]nea|parte)|tu respuesta|paso a paso"],
  ["(?:erkl[äa]r|erläuter)(?:e|st)?(?: (?:mir|mal|bitte|uns)){0,2}", "erkl[äa]r'?s", "das|es|den (?:letzten|ersten|zweiten) schritt|die (?:letzte|erste) zeile|wie (?:es|das|sie|er) funktioniert|deine antwort|schritt für schritt"],
  ["(?:expliqu|détaill|clarifi)(?:e|ez)(?:-moi| moi)?", "expliqu(?:e|ez)-(?:le|la|les)", "ça|cela|ce code|la (?:dernière|première) (?:étape|ligne)|comment (?:ça|il|elle|cela) (?:fonctionne|marche)|ta réponse|ton raisonnement|étape par étape"],
  ["(?:expli(?:ca|que)|esclare[çc]a|detalh[ae])(?:-me)?", "expli(?:ca|que)-(?:o|a)", "isso|isto|como (?:funciona|isso funciona)|o (?:[uú]ltimo|primeiro) passo|sua resposta|passo a passo"],
  ["(?:spiega|chiarisci|illustra)(?:mi)?", "spiega(?:melo|mela|lo|la)", "questo|quello|come funziona|l'ultimo passaggio|il primo passaggio|la tua risposta|passo passo"],
  ["(?:объясни|поясни|распиши|разъясни|растолкуй)(?:те)?(?: (?:мне|пожалуйста))?", "(?:объясни|поясни)(?:те)? это", "это|как (?:она|он|оно|это) работает|последний шаг|первый шаг|свой ответ|по шагам|подробнее"],
];

/** An ask to explain what was just written, pointing back at it. */
const EXPLAIN = led(
  EXPLAIN_PARTS.map(([verb, clitic, back]) => `${verb},? (?:${back})|${clitic}|${verb}(?=\\s*[?？!.。]*$)`),
  "(?:请)?(?:解释|讲解|说明|解读|讲讲|说说)(?:一下)?(?:这|那|它|上面|你的|最后一步|第.步)|(?:それ|これ|その|この|最後の|最初の|今の|上の)[^。]{0,8}?(?:を|について)?(?:説明して|解説して)|(?:説明して|解説して)(?:ください)?[。？?]?$|(?:그거|이거|그 부분|마지막 단계|이 코드|그 코드)?\\s?(?:설명해|설명 좀|풀어서 설명)",
);
/** "why?", "how come?", "¿por qué?", "warum?", "pourquoi ?", "почему?", "为什么？", "なぜ？", "왜요?": the whole turn. */
const WHY = new RegExp(
  "^[¿¡\\s]*(?:(?:but|and|so|y|pero|und|aber|et|mais|e|ma|а|и|но)\\s+)?(?:why|how come|how so|why is that|por ?qu[eéê]|warum|wieso|weshalb|pourquoi|perch[ée]|почему|为什么|為什麼|为啥|なぜ|どうして|なんで|왜요?)" +
    // "why the first?", "¿por qué esa?", "warum der zweite?", "pourquoi celle-là ?", "perché quello?", "почему именно так?"
    `(?:\\s(?:the|that|this|those|these|el|la|los|las|eso|ese|esa|der|die|das|den|dieser|diese|le|les|ça|ce|cette|celle-là|celui-là|o|os|as|isso|esse|essa|il|lo|gli|quello|quella|questo|questa|это|этот|эта|эту|именно|так)(?:\\s[^\\s?？]{1,20}){0,3}` +
    "|(?<=为什么|為什麼|为啥)(?:是|选|選|这|那|第)[^\\s?？]{0,10}|(?<=なぜ|どうして|なんで)(?:それ|これ|その|この|最初|そう)[^\\s?？]{0,10}|(?<=왜)\\s(?:그|이|저|첫|두|마지막)[^\\s?？]{0,10}(?:\\s[^\\s?？]{1,10}){0,2})?" +
    "(?: ?(?:ですか|呢))?\\s*[?？!]*$",
);

/**
 * "is that correct?", "are you sure?", "double-check it", "¿estás seguro?", "bist du sicher?", "t'es sûr ?", "tem certeza?",
 * "sei sicuro?", "ты уверен?", "确定吗？", "本当に？", "확실해?": asks to check the answer, which is explaining it again.
 */
const VERIFY =
  /^[¿¡\s]*(?:(?:but|and|hmm|wait|ok|y|pero|und|aber|et|mais|e|ma|а|и|но)[,.]?\s+)?(?:is (?:that|this|it) (?:right|correct|true)|are you (?:sure|certain)|(?:double|re)-?check (?:it|that|this|your (?:answer|work|maths|math))|check (?:it|that|your answer) again|(?:est[aá]s|estar[aá]s) segur[oa]|es correcto|(?:bist du|sind sie) (?:sicher|dir sicher)|stimmt das|(?:t'es|tu es|vous êtes|êtes-vous) s[uû]re?s?|c'est (?:juste|correct|exact)|(?:tem|você tem) certeza|est[aá] certo|(?:sei|è) (?:sicur[oa]|giusto|corretto)|(?:ты|вы) уверены?|это (?:правильно|верно)|(?:确定|对|真的)吗|本当に?|合って(?:る|います)|正しい(?:です)?か?|확실해요?|맞아요?|맞나요)(?![a-zà-ÿа-яё])(?:\s*[?？!.,。、][^\n]{0,60})?\s*$/;

/**
 * "i don't get step 2", "no entiendo el segundo paso", "ich verstehe den letzten schritt nicht", "je ne comprends pas",
 * "não entendi", "non ho capito", "не понимаю", "没看懂", "よくわからない", "이해가 안 돼": the answer was not understood, which asks
 * to explain it (ninth round).
 */
const CONFUSED =
  /^[¿¡\s]*(?:(?:but|and|hmm|wait|sorry|ok|y|pero|und|aber|et|mais|e|ma|а|и|но)[,.]?\s+)?(?:i (?:still )?(?:don'?t|do not|didn'?t) (?:get|understand|follow)|i'?m (?:confused|lost)|(?:todav[ií]a )?no (?:entiendo|entend[ií]|lo pillo)|(?:ich )?versteh(?:e)? (?:ich )?(?:das |den |die |es )?(?:nicht|\S{1,20} \S{1,20} nicht)|je (?:ne )?(?:comprends|pige) pas|(?:n[ãa]o|nao) (?:entendi|entendo)|non (?:capisco|ho capito)|не (?:понимаю|понял[а]?|доходит)|没看懂|看不懂|不明白|不太懂|(?:よく)?(?:分から|わから)ない|이해가 안)(?![a-zà-ÿа-яё])/;

/**
 * "why not 24? they overlap every hour", "shouldn't it be 12?", "isn't it just 5?", "¿por qué no 24?", "warum nicht 24?",
 * "pourquoi pas 24 ?", "почему не 24?", "为什么不是24": a number given as the answer is disputed, which asks to explain it
 * (tenth round). Only a number: "why not use a set?" or "¿por qué no crea una lista?" ask for a change or about the code.
 * A short reason may follow the challenge; the run after it is bounded, so the pattern stays linear.
 */
const CHALLENGE =
  /^[¿¡\s]*(?:(?:but|wait|hmm|so|ok|then|y|pero|aber|mais|ma|а|но)[,.]?\s+)?(?:why (?:not|isn'?t it|is it not|wouldn'?t it be|can'?t it be)|shouldn'?t (?:it|that|the answer) be|isn'?t (?:it|that|the answer)|wouldn'?t (?:it|that) be|how is (?:it|that) not|por ?qu[eé] no(?: es| son| ser[ií]a)?|warum nicht|m[üu]sste es nicht|pourquoi pas|perch[ée] non|por que n[ãa]o(?: [ée]| seria)?|почему не|разве не|为什么不是|为啥不是|不应该是|难道不是)\s?(?:just |simply |exactly |only |solo |nur |juste |s[oó] |только )?-?\d[^\n]{0,120}$/;

/** "why?? how does tuesday matter at all": a bare "why?" and the doubt behind it, in one short turn (tenth round). */
const WHY_AND_DOUBT =
  /^[¿¡\s]*(?:(?:but|so|wait|hmm|pero|aber|mais|ma|но)[,.]?\s+)?(?:why|how come|por ?qu[eé]|warum|wieso|pourquoi|perch[ée]|почему|为什么|為什麼|なぜ|どうして|왜)\s*[?？]{1,3}\s+[^\n]{1,120}$/;

/**
 * "can you give a concrete counterexample to convince my friend", "prove it", "¿me das un contraejemplo?", "gib mir ein
 * Gegenbeispiel", "un contre-exemple ?", "un controesempio?", "um contraexemplo?", "приведи контрпример", "举个反例",
 * "反例を挙げて", "반례 들어줘": the answer's claim shown by a case or a proof, which explains it (round 37n).
 */
const COUNTEREXAMPLE =
  /^[¿¡\s]*(?:(?:ok|okay|so|and|but|hmm|then|y|pero|und|aber|et|mais|e|ma|а|и|но)[,.]?\s+)?(?:(?:can|could) you |please )?(?:(?:give|show|find|make|construct)(?: me| us)? (?:a |an |one )?(?:concrete |simple |quick |specific |real )?counter-?example|(?:a |any )?counter-?example\b|prove (?:it|that|this)\b|(?:me )?(?:das|d[aá]s|da|dai|d[aê]) (?:um |un )?contra-?e(?:j|x)emplo|(?:un |um )?contra-?e(?:j|x)emplo|(?:gib|zeig)(?: mir)? ein gegenbeispiel|ein gegenbeispiel|(?:donne|montre)(?:-moi)? un contre-exemple|un contre-exemple|(?:dammi|fammi) un controesempio|un controesempio|(?:приведи|покажи|дай) (?:мне )?контрпример|контрпример)|^(?:能|可以)?(?:举|舉|给|給)(?:我)?(?:一?个|個)?反例|^反例(?:を|は)|^반례/u;

/**
 * The answer pushed back on (round 37n): "that makes no sense to me, … convince me", "I'm not convinced", "no tiene sentido",
 * "das ergibt keinen Sinn", "ça n'a pas de sens", "non mi convince", "não faz sentido", "не убедил", "说不通", "納得できない",
 * "말이 안 돼"; or an objection that adds the writer's own fact ("but my whole team uses R", "pero mi equipo usa R", "aber
 * unser Team nutzt R", "mais mon équipe utilise R", "ma il mio team usa R", "mas minha equipe usa R", "но моя команда на R",
 * "可是我们团队都用R", "でもチームはRを使ってる", "근데 우리 팀은 R 써"), with no question of its own. Both ask to explain the
 * answer again, in the light of the objection.
 */
const PUSHBACK =
  /^[¿¡\s]*(?:(?:but|hmm|wait|sorry|ok|no|nah|y|pero|und|aber|et|mais|e|ma|а|и|но)[,.]?\s+)?(?:(?:that|this|it)\s+)?(?:makes no sense|doesn'?t make (?:any )?sense|does not make sense|(?:i'?m|i am) (?:not|still not|unconvinced)(?: convinced)?|i don'?t buy (?:it|that)|convince me|no tiene (?:ning[uú]n )?sentido|no me convence|(?:das )?ergibt keinen sinn|(?:das )?(?:überzeugt|[üu]berzeugt) mich nicht|[çc]a n'a (?:aucun|pas de) sens|je ne suis pas convaincue?|non ha senso|non mi convince|n[ãa]o faz (?:nenhum )?sentido|n[ãa]o me convence|(?:это )?не (?:убедил[оа]?|имеет смысла)|бессмыслица)|^(?:这|那)?(?:说不通|没道理|不合理|我不信)|^(?:それ)?(?:納得できない|意味がわからない)|^(?:그건 )?(?:말이 안 ?돼|납득이 안)/u;
/** An objection that brings the writer's own fact, opened by "but" and a word of the writer's side; no question of its own. */
const OBJECTION =
  /^(?:but|pero|aber|mais|ma|mas|но|однако)\s+(?:my|our|we|we're|i|i'm|mi|mis|nuestro|nuestra|nuestros|yo|mein|meine|unser|unsere|wir|ich|mon|ma|mes|notre|nos|je|il mio|la mia|i miei|le mie|noi|io|meu|minha|nosso|nossa|nós|eu|мой|моя|мои|наш|наша|наши|мы|я)\s[^?？\n]{1,80}$|^(?:可是|但是|不过)(?:我|我们)[^?？\n]{1,40}$|^でも(?:うち|私|僕|俺|チーム)[^?？\n]{1,40}$|^(?:근데|하지만|그런데) (?:우리|나|저|내)[^?？\n]{1,40}$/u;

/** Characters a pushback with its reason may run to ("that makes no sense to me, my pet snake is a pet … convince me"). */
const MAX_PUSHBACK_CHARS = 200;

/** The pushback that opens a longer turn, which gives its reason after it (round 37n), or undefined. */
export function pushbackAsk(head: string): string | undefined {
  return head.length <= MAX_PUSHBACK_CHARS ? PUSHBACK.exec(head)?.[0].trim() : undefined;
}

/** Tasks an explanation or a check of the answer keeps; code written becomes code to read. */
const EXPLAIN_KEEPS = new Set(["math", "deep_reasoning", "analysis", "simple_qa", "code_review", "translation", "summarization", "extraction", "classification"]);

/** Whether `head` asks to explain or check the answer just given (the phrase), or undefined. */
export function explainAsk(head: string): string | undefined {
  return (WHY.exec(head) ?? EXPLAIN.exec(head) ?? VERIFY.exec(head) ?? CONFUSED.exec(head) ?? CHALLENGE.exec(head) ?? WHY_AND_DOUBT.exec(head) ?? COUNTEREXAMPLE.exec(head) ?? PUSHBACK.exec(head) ?? OBJECTION.exec(head))?.[0].trim();
}

/** The task an explanation of a turn of `anchorTask` is, or undefined when the turn should be read on its own. */
export function explainedTask(anchorTask: string): string | undefined {
  if (anchorTask === "code_generation") return "code_review";
  return EXPLAIN_KEEPS.has(anchorTask) ? anchorTask : undefined;
}

const FORMS = "table|list|bullet(?:ed)? list|bullets|bullet points|numbered list|checklist|json|csv|markdown|spreadsheet";
/** An ask to put the answer in another form: the task stays. */
const FORMAT = led(
  [
    `(?:make it|put it|turn it|format it|give it to me|show it|show me|give me that|now)? ?(?:as|in|into)(?: a| an)? (?:${FORMS})|make (?:it )?(?:a|into a) (?:table|list|checklist)`,
    "(?:hazlo |ponlo |p[aá]salo |d[aá]melo )?(?:en|como) (?:una )?(?:tabla|lista|vi[ñn]etas|json|csv)|en formato (?:de )?tabla",
    "(?:als|in) (?:einer |eine )?(?:tabelle|liste|stichpunkten?|json|csv)|in tabellenform|mach(?: daraus)? eine tabelle",
    "(?:en|sous forme de|sous forme d'un) (?:un )?(?:tableau|liste|puces|json|csv)|fais(?:-en)? un tableau",
    "(?:em|como) (?:uma )?(?:tabela|lista|t[oó]picos|json|csv)|em formato de tabela|fa(?:z|ça) uma tabela",
    "(?:in|come) (?:una )?(?:tabella|lista|elenco puntato|json|csv)|fanne una tabella|in formato tabella",
    "(?:в виде|в формате) (?:таблицы|списка|json|csv)|таблицей|списком|сделай таблицу",
  ],
  "做成表格|用表格|表格形式|列成表|整理成表|做成列表|用列表|表にして|表形式で|表で|リストにして|箇条書きにして|箇条書きで|표로|표 형식으로|목록으로|리스트로",
);

/** An ask to narrow what was just done to a part ("now only for 2025", "nur für Berlin"): the task stays. */
const RESTRICT = led(
  [
    "only (?:for|in|the|with|from|on|those|these)",
    "(?:seulement|uniquement) (?:pour|les|en|avec|sur|de|du|des)",
    "(?:solo|sólo|solamente|únicamente) (?:para|los|las|en|con|de|del|el|la)",
    "nur (?:für|die|den|das|der|in|im|mit|von|ab)",
    "(?:só|somente|apenas) (?:para|os|as|em|com|de|do|da|no|na)",
    "solo (?:per|i|gli|le|in|nel|nella|con|di|del|della|dal|il|la)",
    "только (?:для|в|во|с|за|по|те|эти)",
  ],
  "只(?:要|看|保留|算)|.{1,12}だけ(?:で|にして|お願い)|.{1,12}만 ?(?:보여|해|남겨|부탁)",
);

/** An ask to shorten what was just written to a length ("en deux lignes max", "in zwei Sätzen", "두 줄로"). */
const LENGTH = led(
  [
    "(?:in |at most |max(?:imum)? |under )?(?:one|two|three|four|five|\\d{1,2}) (?:lines?|sentences?|words?)(?: max(?:imum)?| tops| or less)?",
    "en (?:una|dos|tres|cuatro|cinco|\\d{1,2}) (?:l[ií]neas?|frases?|oraciones?|palabras)",
    "in (?:einem|einer|zwei|drei|vier|fünf|\\d{1,2}) (?:s[äa]tzen?|satz|zeilen?|w[öo]rtern)",
    "en (?:une|deux|trois|quatre|cinq|\\d{1,2}) (?:lignes?|phrases?|mots)",
    "em (?:uma|duas|tr[eê]s|quatro|cinco|\\d{1,2}) (?:linhas?|frases?|palavras)",
    "in (?:una|due|tre|quattro|cinque|\\d{1,2}) (?:righe|riga|frasi|frase|parole)",
    "в (?:одн(?:ом|у)|двух|тр[её]х|четыр[её]х|пяти|\\d{1,2}) (?:предложени[а-яё]{0,3}|строк[а-яё]{0,3}|слов[а-яё]{0,3})",
  ],
  "(?:用)?(?:一|两|三|四|五|\\d)(?:句话|行|句)(?:以内|说完|概括)?[。！!]?$|(?:一|二|三|四|五|\\d)(?:行|文)(?:で|以内で)|(?:한|두|세|네|다섯|\\d) ?(?:줄|문장)(?:로|으로)",
);
/** A length ask is the whole short turn: a few words at most. */
const MAX_LENGTH_WORDS = 6;

/**
 * An edit of what was just written, pointing at it ("remove the last paragraph", "add some examples to it", "now make it
 * rhyme", "in TypeScript instead?", "same, but for Lucia", "ohne die Einleitung", "sans l'intro"): the task stays.
 */
const EDIT = led(
  [
    "(?:add|remove|drop|delete|cut|skip|keep|rename|replace|change|swap|move|shorten|expand) (?:it|them|that|this|those|these|the (?:intro|introduction|ending|end|conclusion|title|opening|closing|greeting|signature|last|first|second|third|final|middle|previous)(?: \\S{1,20})?)",
    "make it \\S{1,20}(?: \\S{1,20})?$|same,? but|now (?:for|with|in|on)",
    // "now the inverse", "then do the transpose", "ahora la inversa", "jetzt die ableitung", "теперь обратную": the next item
    "(?:now|then|and now) (?:the|its|do the|try the|for the) \\S{1,30}(?: \\S{1,30})?\\s*[?？!.]*$|(?:ahora|jetzt|maintenant|agora|ora) (?:el|la|los|las|die|den|das|der|le|les|l'|o|a|os|as|il|lo) ?\\S{1,30}\\s*[?？!.]*$|теперь (?:для )?\\S{1,30}(?:ую|ой|ый|ий|ие|ые|ю|у)\\s*[?？!.]*$",
    "\\S{1,30}(?: \\S{1,30}){0,2} (?:instead|en su lugar|en vez de eso|stattdessen|à la place|plutôt|em vez disso|invece)\\s*[?？!.]*$",
    // The piece asked to do one thing instead of another (round 55): "can it keep the last occurrence instead of the first?",
    // "kann sie statt der ersten die letzte behalten?", "¿puede quedarse con la última en lugar de la primera?".
    "(?:can|could|would) (?:it|you make it|you have it|we have it|that) (?:\\S{1,30} ){1,6}instead of (?:the |a |an )?\\S{1,30}\\s*[?？!.]*$|(?:kann|könnte) (?:es|sie|er|das) (?:\\S{1,30} ){0,4}(?:statt|anstatt|anstelle) (?:\\S{1,30} ){1,5}\\S{1,30}\\s*[?？!.]*$|(?:puede|podr[ií]a|pode|poderia|peut-(?:il|elle)|pourrait-(?:il|elle)|pu[òo]|potrebbe) (?:\\S{1,30} ){1,6}(?:en (?:lugar|vez) de|em vez d[eoa]s?|au lieu d[eu']|invece d[ie]l?l?[aoie]?)(?: \\S{1,30}){1,3}\\s*[?？!.]*$",
  ],
  ".{1,12}(?:に変えて|代わりに|대신)|改用",
);
/** Without a part of it ("without the intro", "sin la introducción", "ohne die Einleitung", "без вступления"): a few words. */
const WITHOUT = /^(?:(?:now|but|ok|y|ahora|und|jetzt|et|maintenant|e|agora|ora|а|и|теперь)[,]?\s+)?(?:without (?:the|that|those|any)|sin (?:la|el|los|las)|ohne (?:die|den|das)|sans (?:le|la|les|l'|l’)|sem (?:o|a|os|as)|senza (?:il|la|lo|i|le|l')|без)\s?\S{1,30}(?: \S{1,30})?\s*[?？!.]*$/;

/** Whether `head` asks to put the answer in another form or narrow it (the phrase), or undefined. */
export function reshapeAsk(head: string): string | undefined {
  return (FORMAT.exec(head) ?? RESTRICT.exec(head))?.[0].trim();
}

/** Whether `head` asks to edit the answer (the phrase), or undefined; read after the follow-up phrases ("make it shorter"). */
export function editAsk(head: string): string | undefined {
  return (WITHOUT.exec(head) ?? EDIT.exec(head))?.[0].trim();
}

/** Whether the whole short `head` asks for the text at a given length (the phrase), or undefined. */
export function lengthAsk(head: string): string | undefined {
  if (head.split(/\s+/).length > MAX_LENGTH_WORDS) return undefined;
  return LENGTH.exec(head)?.[0].trim();
}

/**
 * "what year was that again?", "wie hieß das nochmal?", "¿cómo se llamaba otra vez?", "c'est quoi déjà le port ?", "qual é
 * a porta mesmo?": a question that asks to be reminded of a fact ends in "again" without asking for the work again. It
 * is a lookup of what the conversation already said, not "again" repeating the turn before (twelfth round). The
 * question may open with a few words of its own ("btw", "quick q", "hmm right", "oye"); a lead clause before it is
 * dropped by {@link asksToRecall} (round 49). German and French put the word inside the question ("welcher Port war
 * das nochmal Standard?", "c'est quoi déjà le port ?"), so words may follow it there.
 */
const RECALL =
  /^[¿¡\s]*(?:(?:so|and|wait|sorry|um|uh|hm+|oh|right|ok|okay|btw|but|quick q|quick question|unrelated|remind me|also|und|y|e|et|oye|mira)[,.]?\s+)*(?:whats|what|who|whom|whose|when|where|which|how (?:much|many|long|old|far|big)|wie|was|wer|wann|wo|welche[rsmn]?|qu[eé]|qui[eé]n|cu[aá]ndo|d[oó]nde|cu[aá]l|c[oó]mo|cu[aá]nt[oa]s?|quel(?:le)?s?|qui|quand|o[uù]|comment|combien|c'est quoi|che|chi|quando|dove|quale|come|quanto|quem|onde|qual|quanto)(?![\p{L}])[^\n?]{0,80}?\s(?:(?:again|otra vez|di nuovo|de novo|mesmo)(?![\p{L}])|(?:nochmal|noch ?mal|d[ée]j[àa])(?![\p{L}])[^\n?]{0,60}?)(?:(?:,?\s+(?:exactly|precisely|then|now|please|pls|genau|exactamente|exactement))?\s*[?？]|,\s[^\n?]{1,40}?\s(?:or|oder|o|ou)\s[^\n?]{1,30}[?？]?\s*$)*$/u;
/** The same in Japanese, Chinese and Korean, whose recall is a particle closing the question: "何番だっけ？", "多少来着？", "몇 번이었더라?". */
const RECALL_PARTICLE = /(?:っけ|来着|來著|더라)[？?]?$/u;
/** A lead clause before the question: "ok quick q before that,", "hmm right.", "moment, kurz dazwischen:", "顺便问一下，". */
const LEAD_CLAUSE = /^[^\n?？]{1,40}?(?:[,.;:!，。、：]|\s[—–-])\s*/u;
const MAX_LEAD_CLAUSES = 2;
/** Words a short tail after the question may have, shaping the answer ("one line", "he's asking for it"). */
const MAX_TAIL_WORDS = 4;

/**
 * "makes sense. remind me, what port does postgres listen on by default?": a question after "remind me" (after at most a
 * short acknowledgment) asks for a fact too, unless it asks what the conversation itself decided (thirteenth round).
 */
const REMIND =
  /^[¿¡\s]*(?:[^\n?.!,]{1,20}[.!,]\s+)?(?:(?:can|could) you |pls |please )?(?:remind me|erinnere? mich|recu[eé]rdame|rappelle-moi|ricordami|me lembra|lembra-me|напомни)[,:]?\s+¿?(?:what|who|when|where|which|how (?:much|many|long|old|far|big)|wie|was|wer|wann|wo|qu[eé]|qui[eé]n|cu[aá]ndo|d[oó]nde|cu[aá]l|quel(?:le)?|qui|quand|o[uù]|che|chi|quando|dove|quale|quem|onde|qual|что|кто|когда|где|какой|какая|сколько)\b(?![^\n]{0,40}\b(?:we|you|i|wir|du|ich|nosotros|nous|noi|nós|мы|ты)\s+(?:did|decided|agreed|said|changed|chose|picked|wrote|haben|hast|habe|decidimos|avons|abbiamo|decidimos|решили))[^\n]{0,100}$/u;

/** A sum or a formula asked with "again" ("quanto é 17% de 2400 mesmo?", "the derivative of x^3 again?") is maths (review 49). */
const ARITHMETIC = /\d\s*[%+*/^×÷=]|[a-z]\^\d|\b(?:derivative|integral|d[ée]riv[ée]e|int[ée]grale|ableitung|derivada|derivata|integrale)\b|производн|интеграл|导数|积分|微分|積分|미분|적분/u;
/** "怎么写来着？", "どう書くんだっけ？", "어떻게 짜더라?": "how" asks the way to do it, as English "how do you … again" (review 49). */
const CJK_HOW = /怎么|怎样|如何|どう|어떻게/u;
/** A tail that asks work of its own after the question: "set it to 11212", "run it", "annule tout" (review 49). */
const TAIL_ASK =
  /^(?:(?:and|then|y|et|und|e|и)\s+)?(?:run|rerun|set|bump|open|use|apply|undo|revert|commit|push|deploy|try|do|put|restart|double|halve|raise|lower|increase|decrease|switch|swap|lance|relance|annule|mets|ouvre|ejecuta|corre|pon|abre|deshaz|f[üu]hr|setz|mach|[öo]ffne|roda|rode|coloca|desfaz|esegui|lancia|metti|apri|annulla|запусти|поставь|открой|отмени)(?![\p{L}])/u;

/** The question goes on to ask the agent's work: "wie war das nochmal …, kannst du das umbauen?", "…, tu peux refaire …?" (review 49). */
const ASKS_WORK = /\b(?:can|could|would) you (?!remind)|kannst du (?!mich erinner)|k[öo]nnen sie (?!mich erinner)|\btu peux (?!me rappel)|peux-tu (?!me rappel)|pouvez-vous|vous pouvez|puedes (?!recordar)|podr[ií]as (?!recordar)|voc[êe] pode|\bpode (?!me lembrar)|\bpuoi (?!ricordar)|можешь|можете/u;

/** Whether the turn's head asks to be reminded of a fact (see {@link RECALL} and {@link REMIND}). */
export function asksToRecall(head: string): boolean {
  if (REMIND.test(head)) return true;
  let question = recallQuestion(head);
  if (question === undefined || ARITHMETIC.test(question) || ASKS_WORK.test(question)) return false;
  for (let leads = 0; leads <= MAX_LEAD_CLAUSES; leads++) {
    if (RECALL.test(question) || (RECALL_PARTICLE.test(question) && !CJK_HOW.test(question))) return true;
    const lead = LEAD_CLAUSE.exec(question);
    if (lead === null) return false;
    question = question.slice(lead[0].length);
  }
  return false;
}

/** The head up to its first question mark, when what follows is a short tail with no ask of its own; else undefined. */
function recallQuestion(head: string): string | undefined {
  const mark = head.search(/[?？]/u);
  if (mark < 0) return head;
  const tail = head.slice(mark + 1).trim();
  const shortTail = tail.split(/\s+/u).length <= MAX_TAIL_WORDS && !/[?？]/u.test(tail) && !TAIL_ASK.test(tail) && !CHANGE_REQUEST.test(tail);
  return tail === "" || shortTail ? head.slice(0, mark + 1) : undefined;
}

/**
 * Another version of what was just written, in a longer turn ("top merci! par contre il m'en faut aussi une version plus
 * sérieuse pour la carte", "can you do a less formal version for the team chat?"): the same work again (thirteenth round).
 */
const VERSION =
  /\b(?:an?|another|one) (?:more|less|slightly more|bit more) [a-z-]{3,20} version\b|\bune (?:autre )?version (?:un peu )?plus\b|\buna versi[oó]n (?:un poco )?m[aá]s\b|\buna versione (?:un po' )?pi[uù]\b|\buma vers[aã]o (?:um pouco )?mais\b|\beine (?:etwas )?[a-zäöüß]{3,20}ere (?:version|fassung)\b|(?:более|менее) [а-яё]{3,20} (?:вариант|версию)|更[^\s，。！？]{1,4}的版本|もっと[^\s、。！？]{1,6}バージョン|더 [^\s,.!?]{1,6} 버전/u;
/** Languages' adjectives after "version": "une version anglaise" asks for a translation, not another version. */
const LANGUAGE_ADJECTIVE =
  "(?:en |em |in )|(?:anglaise|espagnole|allemande|italienne|portugaise|chinoise|japonaise|russe|coréenne|française|arabe|inglesa|francesa|alemana|alemã|italiana|portuguesa|china|chinesa|japonesa|rusa|russa|coreana|inglese|francese|tedesca|spagnola|portoghese|cinese|giapponese|polonaise|polaca|polacca|polonesa|vietnamienne|vietnamita|ukrainienne|ucraniana|ucraina|turque|turca|néerlandaise|holandesa|olandese|grecque|griega|greca|grega|araba|árabe)(?![\\p{L}])";
/**
 * Another version asked with a word of its own, not "more …" (thirty-second round): "tu peux en faire une version rigolote
 * que les gamins liront ?", "hazme una versión para niños", "fammene una versione da leggere ad alta voce". A language
 * after "version" is a translation and is left to the translate readings. English ("can you do a Polish version too",
 * "write a model version") is left to the model: a first draft read both as the piece again, against dev-125, dev-135,
 * dev-149 and dev-150.
 */
const OWN_VERSION = new RegExp(
  `(?:\\ben faire une (?:autre |nouvelle )?version|\\b(?:haz(?:me)?|haces|hacer) una versi[oó]n|\\bfa(?:mmene|rne) una versione|\\bfa(?:z|zer|zes) uma vers[aã]o)(?! (?:${LANGUAGE_ADJECTIVE}))`,
  "u",
);
/** A version ask is read in a turn up to this long. */
const MAX_VERSION_CHARS = 300;

/** A longer turn that asks for another version of what was just written: a follow-up that inherits the work. */
export function versionAsk(lower: string): { kind: "inherit"; phrase: string } | undefined {
  const phrase = lower.length > MAX_VERSION_CHARS ? undefined : (VERSION.exec(lower) ?? OWN_VERSION.exec(lower))?.[0];
  return phrase === undefined ? undefined : { kind: "inherit", phrase };
}
