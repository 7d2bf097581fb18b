/**
 * What a turn outside a coding agent asks by its verb and object (seventh round), in the ten cue languages:
 * - a verb of writing with a message for its object ("Schreib ihm bitte eine kurze Entschuldigung", "écris une réponse
 *   à Paul", "escríbele un mensaje", "给他写一封道歉信") is creative writing; with code for its object ("schreib mir
 *   eine Abfrage", "write me a query", "escribe una fórmula") it is code generation;
 * - a comparison ("帮我对比一下", "3つの記事を比べて", "compara estas ofertas", "confronta") is analysis.
 * A reading the turn's words can be mistaken for (chat, a quick answer, a translation…) yields to it, unless a defining
 * verb of the turn names another task, or the reading is a sure translation ("write this text message in Vietnamese").
 * Only the head of the turn is read, where the ask is. A greeting alone ("hiya 👋", "buenas!", "안녕하세요") asks nothing: chat,
 * whatever a system prompt full of tool names pulled the reading to.
 * @module
 */
import { PROBABILITY_ASK } from "./worked-figure.js";
import type { GuardResult } from "./task-guards.js";
import { BUG_WORDS } from "./task-words.js";
import { isAwayMessage } from "./away-message.js";
import { readNumericDomain, type NumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";

/** Characters of the turn's head where the verb and its object are looked for. */
const HEAD_CHARS = 240;

/**
 * A verb of writing or sending, imperative or asked for, per language: "write / draft / send them a note",
 * "escríbeles", "mándale un mensaje", "schick ihm eine Nachricht", "envoie-lui un mot", "manda-lhe uma mensagem",
 * "mandagli un messaggio", "отправь ему письмо", "给他发条消息", "メッセージを送って", "문자 보내 줘".
 */
const WRITE = [
  "\\b(?:write|draft|compose|prepare)\\b|escrib[ae]|escr[ií]bel[eo]s?|escr[ií]beme|escr[ií]benos|redacta",
  "schreib|verfass|formulier|[ée]cri[st]|[ée]crivez|r[ée]dige",
  "escreva|escreve|redija|scrivi|scrivigli|scrivile|scrivete|redigi",
  "напиши|напишите|составь",
  // "我用Python写了个脚本" (I wrote a script) reports work done: a past or attributive 写 asks for nothing.
  "写(?![了过過的得])|起草|拟一|書いて|書いてください|作成して|써 ?줘|써 ?주|써 ?줄래|써 ?줄 수|작성해",
  // "make me a script": a verb of making, for code (a message made is written too)
  "\\bmake me\\b|h[aá]zme|hágame|fammi|fais-moi|mach mir|faz-me|faça-me|сделай мне|сделай",
  // The newer languages' commonest (thirteenth round): "napisz", "napiš", "yaz", "buatkan", "viết giúp", "schrijf", "skriv",
  // "scrie", "напиши", "γράψε", "gawa ka ng" / "gumawa ng" (Tagalog).
  "(?<![a-zà-ÿ])(?:napisz|napiš|napište|yazar mısın|yaz(?:abilir misin)?|buatkan|bikinin|tuliskan|viết giúp|viết cho|schrijf|skriv|skriva|skrive|scrie|γράψε|gawa(?:n)? (?:ka|mo) ng|gumawa ng)(?![a-zà-ÿıişğ])",
].join("|");
/** A verb of sending a message, only before a message (a query or a script sent is not code to write). */
const SEND = [
  "\\b(?:send|shoot|(?:text|dm) (?:him|her|them|my|our|the|back|a|an))\\b|(?<![a-zà-ÿ])(?:m[aá]nda(?:le|les|me)?|env[ií]a(?:le|les)?|mand[ae](?:-lhe|-lhes)?|envi[ae](?:-lhe|-lhes)?|manda(?:gli|le)|invia(?:gli|le)?)(?![a-zà-ÿ])",
  "(?<![a-zäöüß])(?:schick|send)(?:e|en|t|st)?(?![a-zäöüß])|envoie|envoyez|отправь|отправьте|пошли|скинь|发(?:一|个|条|封)",
].join("|");
/** A message to someone. */
const MESSAGE = [
  "\\b(?:e-?mail|mail|message|note|reply|apology|letter|complaint|thank-you|invitation|announcement|text to|text message|dm|sms|toast|speech|greeting|(?:greeting|birthday|thank-you|get-well) card|about us|about-us|about page|bio|blurb|product description)\\b",
  "correo|mensaje|respuesta|carta|disculpa|queja|felicitaci[oó]n|invitaci[oó]n|discurso|brindis|nota\\b|tarjeta|un texto\\b|um texto\\b|un texte\\b|un testo\\b|einen text\\b",
  "nachricht|antwort|entschuldigung|brief|beschwerde|absage|zusage|glückwunsch|einladung|ansprache|\\bkarte\\b|\\bzeilen\\b|\\bsms\\b",
  "r[ée]ponse|lettre|excuses|r[ée]clamation|\\bmot\\b|\\bmail\\b|courriel|invitation|discours|carte|f[ée]licitations|v(?:œ|oe)ux",
  "mensagem|resposta|desculpa|reclama[çc][ãa]o|recado|bilhete|convite|parab[ée]ns|cart[ãa]o",
  "messaggio|risposta|lettera|scuse|reclamo|biglietto|invito|auguri|discorso|messaggino",
  "письмо|сообщени|ответ|извинени|жалоб|записк|поздравлени|приглашени|открытк|смс|тост",
  // Polish, Czech, Dutch and Turkish (nineteenth round): "napisz ogłoszenie", "napiš oznámení", "schrijf een bericht", "duyuru yaz".
  "(?<![a-zà-ÿąćęłńóśźż])(?:ogłoszeni[ea]|wiadomoś[ćci]|zaproszeni[ea]|życzenia|przemówienie|oznámení|zprávu|dopis|pozvánku|bericht|aankondiging|uitnodiging|duyuru|davetiye|mektup)(?![a-zà-ÿąćęłńóśźż])",
  // Romanian (nineteenth round): "scrie-mi textul pentru…", "am nevoie de un text de anunț".
  "\\b(?:textul|un text|mesaj(?:ul)?|anun[țţt](?:ul)?|scrisoare|e-?mailul)(?![a-zà-ÿăâîșşțţ])",
  // Swedish, Norwegian and Danish (nineteenth round): "skriva ett kort mejl", "skriv en e-post".
  "\\b(?:mejl|mejlet|e-post|e-posten|meddelande|beskjed|besked|brev|sms)\\b",
  "邮件|回复|消息|道歉|信|投诉|短信|微信|祝福|贺卡|邀请函|致辞|留言|メール|返信|メッセージ|お詫び|手紙|文面|お礼状|招待状|挨拶|메일|답장|메시지|사과문|사과 메시지|편지|문자|카톡|축하|초대장|인사말",
  // A status update or a product's introduction to write (round 53): "write a short status update for the #incidents
  // channel", "escribe la actualización para la página de estado", "写一段…产品介绍". An update asked for someone or a
  // status; "write the update to the database" and "write the status update to the status_updates table" (round 53's review)
  // are none. A paragraph is not here: "a short paragraph for the newsletter"
  // from a report sums it up, "a timeline from this paragraph" names the source.
  "\\bstatus (?:update|note|post)(?!s? (?:to|into|in) the (?:[\\w-]+ ){0,2}(?:table|database|db|column|field|row|store|cache)\\b)|\\bupdate for (?:the |our |my )?(?:team|customers?|clients?|users?|stakeholders|channel|status page|board|execs?)\\b|actualizaci[oó]n (?:para|de estado)|statusmeldung|statusupdate|mise [àa] jour (?:pour|de statut)|aggiornamento (?:per|di stato)|atualiza[çc][ãa]o (?:para|de status)|обновлени[ея] статуса|(?:产品|產品|商品)介[绍紹]|告知文|공지문",
].join("|");
/** Code to write. */
const CODE =
  "\\b(?:query|sql|script|function|regex|formula|macro|code|dockerfile|makefile|automation|yaml|migrations?|schema)\\b|\\b[\\w-]+\\.(?:json|ya?ml|toml|ini|xml|sh|py|js|ts|sql|env)\\b|consulta|funci[oó]n|c[oó]digo|f[oó]rmula|abfrage|skript|funktion|formel|requ[êe]te|fonction|formule|fun[çc][ãa]o|funzione|codice|запрос|скрипт|функци|формул|регулярк|регэксп|expresi[oó]n regular|regul[äa]ren ausdruck|expression r[ée]guli[èe]re|express[ãa]o regular|espressione regolare|查询|脚本|函数|代码|公式|正则|クエリ|スクリプト|関数|コード|数式|正規表現|쿼리|스크립트|함수|코드|수식|정규식|sorgu|skrypt|zapytani|skript|dotaz|konfigurac|kode|skrip|đoạn code|κώδικα|bash|nginx|config";

/** Japanese and Korean put the message before the verb ("お礼のメッセージを送って", "문자 보내 줘"). */
const MESSAGE_FIRST =
  "(?:メール|返信|メッセージ|お詫び|手紙|文面|お礼状|招待状|挨拶文|메일|답장|메시지|사과문|편지|문자|카톡|축하 ?메시지|초대장|인사말)[^.?!\\n。？]{0,20}?(?:書いて|書いてください|作成して|考えて|送って|送信して|써 ?줘|써 ?주|써 ?줄래|작성해|보내 ?줘|보내 ?주)";
/** What is sent as a message to write (not "the answer" or "the reply", which may be sent as they are). */
const SENT =
  "\\b(?:e-?mail|message|note|text|dm|sms|apology|invitation|thank-you note)\\b|mensaje|correo|invitaci[oó]n|felicitaci[oó]n|nachricht|e-mail|mail|einladung|glückwunsch|\\bmot\\b|message|courriel|mensagem|recado|convite|messaggio|messaggino|invito|auguri|письмо|сообщени|смс|поздравлени|приглашени|消息|短信|微信|邮件|祝福";
const WRITE_MESSAGE = new RegExp(`(?:${WRITE})[^.?!\\n。？]{0,40}?(?:${MESSAGE})|(?:${SEND})[^.?!\\n。？]{0,40}?(?:${SENT})|${MESSAGE_FIRST}`);
/**
 * Japanese, Korean, Turkish and Hindi put the code before the verb ("正規表現を作って", "정규식 하나만 만들어줘", "쿼리 좀 짜줘",
 * "ek LaTeX table chahiye", "स्क्रिप्ट लिख दो"; Hindi and Urdu romanized or not, nineteenth round).
 */
const CODE_FIRST =
  "(?:クエリ|スクリプト|関数|コード|正規表現|プログラム|サーバー|コンポーネント|フック|쿼리|스크립트|함수|코드|정규식|프로그램|서버|컴포넌트|훅|sorgu|kod|fonksiyon|formül|\\b(?:code|script|query|function|formula|regex|macro|latex(?: table)?)\\b|कोड|स्क्रिप्ट|फ़ॉर्मूला|फॉर्मूला)[^.?!\\n。？।]{0,20}?(?:書いて|作って|作成して|組んで|ほしい|欲しい|만들어|작성해|짜 ?줘|짜 ?주|짜줄래|써 ?줘|써 ?주|필요해|lazım|lazim|gerekiyor|yazar mısın|yazabilir misin|\\b(?:chahiye|chaiye|chahie|bana do|bana de|likh do|likh de)\\b|चाहिए|बना दो|लिख दो)";
/**
 * A turn that opens with the code it asks for and what the code must do, with no verb ("regex to pull IPv4 addresses out
 * of our firewall log lines", "bash one-liner that renames…", "python function for…"; twentieth round).
 */
const CODE_OPENING =
  "^(?:(?:a|an|quick|simple|small|python|sql|bash|shell|excel|google sheets|js|javascript|typescript|postgres|mysql|powershell)\\s+){0,2}(?:regex|regexp|regular expression|query|script|one-?liner|function|formula|macro|cron expression)\\s+(?:to|that|which|for)\\b";
/**
 * Software a writing verb asks for, beyond the code words (round 46): "écris-moi un petit serveur Express…", "schreib mir
 * einen Express-Server", "write a webhook handler". Only after a verb of writing, with no message or prose before it ("write a
 * speech for our server team", "an essay on the key components of a diet"): "I need a server for the wedding" wants a waiter.
 */
const SOFTWARE =
  "\\b(?:server|endpoint|webhook|middleware|component|custom hook|react hook|cli tool|command-line tool)s?\\b|serveur|servidor|(?<![a-zäöüß])[a-zäöüß-]{0,20}server\\b|\\bendpoints?\\b|composant|componente|komponente|сервер|эндпоинт|компонент|服务器|服務器|组件|接口|サーバー|エンドポイント|コンポーネント|フック|서버|엔드포인트|컴포넌트|커스텀 훅|훅";
/** A piece of prose the software words can be the subject of ("an essay on the key components of…", "a story about a server"). */
const PROSE = "\\b(?:essay|story|stories|poem|paragraph|article|blog|report|song|tale|novel|lesson|chapter|speech)\\b";
const WRITE_CODE = new RegExp(`(?:${WRITE})[^.?!\\n。？]{0,30}?(?:${CODE})|(?:${WRITE})(?:(?!${MESSAGE}|${PROSE})[^.?!\\n。？]){0,30}?(?:${SOFTWARE})|${CODE_FIRST}|${CODE_OPENING}`);
/**
 * A chart asked in a plotting library ("give me a Chart.js line chart config for it", "make me a donut chart of it in R
 * ggplot2", "plot it with matplotlib"; round 46, dev-215): code, though the figures read as a report to sum up. Asked by a
 * verb: "I read a matplotlib tutorial about plotting" asks nothing of the kind.
 */
const PLOT_LIBRARY = "(?:chart\\.?js|matplotlib|ggplot2?|plotly|seaborn|d3(?:\\.js)?|vega(?:-lite)?|echarts|highcharts|recharts|altair|bokeh)";
const PLOT_CODE = new RegExp(
  `\\b(?:give me|make me|make|create|write|draw|build|generate|need|plot)\\b[^.?!\\n]{0,30}?(?:\\b${PLOT_LIBRARY}\\b[^.?!\\n]{0,40}\\b(?:chart|plot|graph|config|figure)|\\b(?:chart|plot|graph|it|this|that)\\b[^.?!\\n]{0,40}\\b(?:in|with|using) (?:r )?${PLOT_LIBRARY}\\b)`,
);
/**
 * New code asked for by wanting it ("need a regex (python) that…", "I want an Apps Script that…", "necesito una query SQL",
 * "ich brauche ein Skript", "нужен скрипт"): an indefinite article, at most two words, then the code (ninth round).
 */
const NEED = [
  "\\b(?:i need|need|i want|i'?d like|gimme)\\b|necesito|quiero|me hace falta|brauche|ich will|ich hätte gern|il me faut|j'ai besoin d'|je veux|je voudrais",
  "preciso(?: de)?|quero|mi serve|voglio|vorrei|ho bisogno di|нуж(?:ен|на|но)|хочу",
  "potrzebuję|potrzebowałbym|potřeboval(?:a)? bych|potřebuj[iu]|butuh|cần|ihtiyacım var|behöver|heb nodig|am nevoie de",
].join("|");
const NEED_CODE = new RegExp(`\\b(?:just )?give me the (?:sql |full |final |whole )?(?:query|sql|script|regex|formula)\\b|(?:${NEED})\\s+(?:(?:a|an|some|una?|eine[nm]?|ein|une?|uma?|uno)\\s+)?(?:[^\\s.?!]{1,15}\\s+){0,2}?(?:${CODE})`);
/**
 * A message asked for by needing it, with whom or what it is for ("Need the email to loyalty members for…", "necesito un
 * mensaje para los vecinos", "am nevoie de un text de anunț pentru…"): "I need the email address" names no addressee.
 */
const NEED_MESSAGE = new RegExp(`(?:${NEED})\\s+(?:[^\\s.?!]{1,15}\\s+){0,3}?(?:${MESSAGE})(?!\\s*(?:address(?:es)?|list|thread|logs?|history|settings|account|inbox|ids?|grades?|case|size|opener|box|head|count|template)\\b)[^.?!\\n]{0,25}?\\b(?:to|for|para|für|pour|per|pentru)\\b`);
/**
 * A turn that opens with the ideas it asks for ("window display concepts for a womenswear store, spring", "name ideas for a
 * fishmonger", "need a name for our reading challenge"; twentieth round): ideas to choose from, not a piece to write. A
 * question ("what is a name for a baby kangaroo") asks a fact.
 */
const IDEAS_OPENING = /^(?!(?:what|which|who|is|are|do|does|how)\b)(?:(?:some|a few|more|fresh|new|good|fun|quick)\s+)?(?:[a-z-]{2,20}\s+){0,3}?(?:ideas|concepts|themes|angles|name ideas|names|a name)\s+for\b/;
/** A difference asked as a figure: "how much extra did that cost me … compared to…" (nineteenth round). */
const HOW_MUCH_MORE = /\bhow much (?:more|less|extra|cheaper|dearer|higher|lower)\b/;
/** A comparison the writer will make with what is asked: "so I can compare", "para poder comparar", "damit ich vergleichen kann". */
const PURPOSE_COMPARE = /\bso (?:that )?(?:i|we|you|they) can (?:\w+ )?compare\b|para (?:poder )?comparar|damit (?:ich|wir) (?:\w+ )?vergleichen|pour (?:pouvoir )?comparer|per (?:poter )?confrontare|para (?:eu )?(?:poder )?comparar/g;
/**
 * The writer's own comparing, told as the situation ("I'm comparing flats. From this listing I need…", "Estoy comparando
 * pisos", "Ich vergleiche gerade Wohnungen", "Сравниваю квартиры", "物件を比較しています"), and Chinese 比较 as the adverb
 * "rather" before an adjective ("两箱比较弱", two hives were rather weak): no comparison asked (twenty-fifth round).
 */
const NOT_COMPARE_ASK = new RegExp(
  [
    /\b(?:i'?m|i am|we'?re|we are) (?:currently |still |just |now )?comparing\b|(?:estoy|estamos|ando|andamos) comparando|(?:estou|estamos|t[ôo]|tou|ando) (?:comparando|a comparar)/.source,
    /(?:ich vergleiche|wir vergleichen) (?:gerade|grad|momentan|derzeit|zurzeit)|(?:bin|sind) (?:gerade |grad )?am vergleichen|(?:je compare|on compare) (?:des|plusieurs|deux|trois)|en train de comparer/.source,
    /(?:sto|stiamo) (?:confrontando|comparando)|(?<![а-яё])(?:сравниваю|сравниваем)(?![а-яё])|我们?(?:正)?在(?:比较|对比)|比较(?!新旧|大小|长短|快慢|高低|多少|好坏|轻重|远近|冷热|难易)(?=[弱强好坏大小多少高低贵快慢忙难热冷远近长短重轻早晚新旧老累稳便贵常麻合简复容])|比較(?:して|検討して)い|比較中|比べてい|비교하는 중|비교하고 있|비교 중/.source,
  ].join("|"),
  "g",
);
/** A comparison asked for, per language. */
const COMPARE =
  /\b(?:compare|comparison|contrast|weigh (?:up )?(?:the|these|them))\b|(?<![a-z])compar(?:a|e|ar|er|ez|ando|aci[oó]n|aciones|aison|aisons|a[çc][ãa]o|azione|am|ons|ables?)(?![a-zà-ÿ])|compár|contrasta|vergleich|gegenüberstell|stell[^.?!\n]{0,30}gegenüber|confronta|сравни|сопоставь|对比|比较|比較|比べ|対比|비교해|비교 ?해|비교해 ?줘/;

/** Readings a message, code or comparison ask is mistaken for. */
const MISTAKEN = new Set(["chat", "simple_qa", "translation", "classification", "extraction", "math", "deep_reasoning", "analysis"]);

/** Below this a translation reading is a guess; above it, "write this message in Vietnamese" is a translation. */
const SURE_TRANSLATION = 0.45;

/** The task the turn's verb and object ask for, with why, if the reading should yield to it. */
export function turnAskGuard(task: string, confidence: number, reading: ConversationReading): GuardResult | undefined {
  if (reading.agent.coding || reading.latestIndex < 0 || (task === "translation" && confidence >= SURE_TRANSLATION)) return undefined;
  const ask = askOf(reading.latestLower.slice(0, HEAD_CHARS));
  if (ask === undefined || ask.task === task) return undefined;
  // A summary reading yields to code or a message to write ("напиши на bash скрипт…"), not to a comparison in the text summarized.
  // A review reading yields to new code asked for when nothing in the head reports a bug.
  const newCode = task === "code_review" && ask.task === "code_generation" && !BUG_WORDS.test(reading.latestLower.slice(0, HEAD_CHARS));
  const mistaken = MISTAKEN.has(task) || newCode || (task === "summarization" && ask.task !== "analysis") || (task === "code_generation" && ask.task === "creative_writing") || (task === "creative_writing" && ask.task === "code_generation") || (task === "brainstorming" && ask.task === "creative_writing") || (task === "creative_writing" && ask.task === "brainstorming");
  if (!mistaken || reading.cues.some((cue) => cue.strong && cue.task !== ask.task)) return undefined;
  return ask;
}

/** Whether `lower` asks for code to be written or wants code ("write me a script that…", "ich brauche ein Skript"). */
export function asksForCode(lower: string): boolean {
  return WRITE_CODE.test(lower) || NEED_CODE.test(lower);
}

/** The task the latest turn's own verb and object ask for, outside a coding agent (undefined when none). */
export function turnAsk(reading: ConversationReading): string | undefined {
  return reading.agent.coding || reading.latestIndex < 0 ? undefined : askOf(reading.latestLower.slice(0, HEAD_CHARS))?.task;
}

function askOf(head: string): GuardResult | undefined {
  const code = WRITE_CODE.exec(head) ?? NEED_CODE.exec(head) ?? PLOT_CODE.exec(head);
  if (code !== null) return { task: "code_generation", why: `'${code[0]}' asks for code to be written` };
  const ideas = IDEAS_OPENING.exec(head);
  if (ideas !== null) return { task: "brainstorming", why: `'${ideas[0]}' asks for ideas to choose from` };
  const message = WRITE_MESSAGE.exec(head) ?? NEED_MESSAGE.exec(head);
  if (message !== null) return { task: "creative_writing", why: `'${message[0]}' asks for a message to be written` };
  // "…so I can compare side by side": a purpose, not the ask (nineteenth round).
  const compare = COMPARE.exec(head.replace(PURPOSE_COMPARE, " ").replace(NOT_COMPARE_ASK, " "));
  // "¿Podría calcularme la cuota…? Y, para comparar, ¿cuánto sería a 30 años?": figures to compute, compared after.
  if (compare !== null && !asksMaths(readNumericDomain(head)) && !HOW_MUCH_MORE.test(head) && !PROBABILITY_ASK.test(head)) return { task: "analysis", why: `'${compare[0]}' asks for a comparison` };
  return undefined;
}

/**
 * Figures to calculate, or a quantity of a maths problem asked for ("what's the exact probability of a hit? and compare to
 * 2d6"; twentieth round): what is compared is computed.
 */
function asksMaths(domain: NumericDomain): boolean {
  return domain.calculate || (domain.math && domain.compute);
}

/** A whole turn that is a greeting, in the ten cue languages, with at most a word of address and emoji or punctuation. */
const GREETING_ONLY =
  /^(?:hi+|hiya|hey+a?|heya|hello+|howdy|yo|good (?:morning|afternoon|evening|day)|hola|buenas(?: tardes| noches)?|buen(?:os)? d[ií]as?|hallo|moin|servus|grüß (?:gott|dich)|grüezi|guten (?:morgen|tag|abend)|salut|bonjour|bonsoir|coucou|ol[áa]|oi|e aí|opa|bom dia|boa (?:tarde|noite)|ciao|ehi|salve|buongiorno|buonasera|привет|приветик|здравствуйте|здравствуй|доброе утро|добрый (?:день|вечер)|你好|您好|嗨|哈喽|早上好|早安|晚上好|大家好|こんにちは|こんばんは|おはよう(?:ございます)?|やあ|안녕(?:하세요)?|좋은 아침(?:이에요|입니다)?|반가워요)(?:[\s,]{1,3}(?:there|all|team|everyone|folks|a todos|zusammen|tout le monde|pessoal|a tutti|всем))?[\s!.,~?？！。]{0,6}(?:\p{Extended_Pictographic}[\s\u200d\ufe0f]{0,3}){0,4}$/u;

/** Chat for a turn that is a greeting alone (see the module comment). */
export function greetingGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task === "chat" || reading.latestIndex < 0) return undefined;
  const turn = reading.latestLower.trim();
  if (GREETING_ONLY.test(turn) || wholeTurnIsChatCue(turn, reading)) return { task: "chat", why: "a greeting alone asks nothing" };
  // "नमस्ते! आज आपका दिन कैसा रहा? मैं बस ऐसे ही बात करना चाहता था।": the assistant's day asked, or a chat wanted (round 44).
  if (turn.length <= MAX_SOCIAL_CHARS && SOCIAL_ASK.test(turn) && !reading.cues.some((cue) => cue.strong && cue.task !== "chat")) return { task: "chat", why: "asks how the assistant is, or only wants to talk" };
  if (isAwayMessage(turn)) return { task: "chat", why: "the writer steps away for a moment" };
  return undefined;
}

/** How the assistant's day was, how it is, or that the writer only wants to talk, in the ten cue languages and Hindi. */
const SOCIAL_ASK =
  /\bhow (?:was|is|'s) your (?:day|week|weekend|morning)\b|\bjust wanted to (?:chat|talk|say hi)\b|qu[ée] tal (?:tu|el) d[ií]a|c[oó]mo fue tu d[ií]a|s[oó]lo quer[ií]a (?:charlar|hablar)|wie war dein tag|wollte (?:nur|einfach) (?:quatschen|plaudern|reden)|comment s'est pass[ée]e ta journ[ée]e|je voulais juste (?:discuter|parler)|como foi (?:o )?seu dia|s[oó] queria (?:conversar|bater papo)|com'[èe] andata la (?:tua )?giornata|volevo solo (?:chiacchierare|parlare)|как прош[её]л (?:твой |ваш )?день|просто хотел[аи]? поболтать|你今天过得怎么样|今天过得好吗|只是想聊聊|今日はどうだった|ちょっと話したく|오늘 하루 어땠|그냥 얘기하고 싶|आपका दिन कैसा (?:रहा|था)|बस ऐसे ही बात/u;
/** A turn this long at most is small talk, not a request with a greeting in it. */
const MAX_SOCIAL_CHARS = 160;

/** Punctuation and emoji a greeting may end with; bounded (the turns are 40 characters at most), so it stays linear on any text. */
const TRAILING = /[\s!.,~?？！。¿¡]{1,40}$|(?:\p{Extended_Pictographic}[\s\u200d\ufe0f]{0,8}){1,20}$/u;

/**
 * A turn that is one chat cue of some language and nothing else ("privet kak dela?", "habari yako?", "kumusta ka na?";
 * seventeenth round): the cue tables know the greetings GREETING_ONLY does not list.
 */
function wholeTurnIsChatCue(turn: string, reading: ConversationReading): boolean {
  if (turn.length > 40) return false;
  const text = turn.replace(TRAILING, "");
  const start = reading.latestLower.indexOf(text);
  return reading.cues.some((cue) => cue.task === "chat" && cue.at === start && cue.word.length === text.length);
}
