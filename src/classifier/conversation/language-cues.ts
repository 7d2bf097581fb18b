/**
 * Task cue words per language, written by the team from general usage (never from evaluation data).
 * English cues live in the classifiers' own lexicons; these tables add Chinese, Spanish, German,
 * French, Japanese, Portuguese, Russian, Korean and Italian, plus a few English follow-up-free cues
 * for the reasons text.
 *
 * Notation, one `|`-separated list per task: `word` must be a whole word (or phrase), `stem*` a word
 * prefix, and a leading `!` marks a defining cue (the verb that names the task) that weighs more.
 * Chinese, Japanese and Thai have no spaces between words, so their cues are plain substrings.
 * @module
 */
import { BN, CS, EL, FA, HE, RO, SV, SW, TH, TL, UK } from "./language-cues-extra.js";
import { AR, HI, ID, NL, PL, TR, VI } from "./language-cues-more.js";
import { CA, DA, FI, HU, MS, NB, SK, UR } from "./language-cues-tail.js";
import { BG, ET, HR, LT, LV, SL, SR } from "./language-cues-far.js";
import { AZ, KK, MR, TA, TE } from "./language-cues-asia.js";

/** The languages the team wrote cues for (ISO 639-1): the ten, then seven more (`language-cues-more.ts`), then eleven
 * more (`language-cues-extra.ts`), then eight more (`language-cues-tail.ts`), then twelve more (`language-cues-far.ts`, `language-cues-asia.ts`). */
export const CUE_LANGUAGES = ["en", "zh", "es", "de", "fr", "ja", "pt", "ru", "ko", "it", "nl", "tr", "pl", "id", "vi", "ar", "hi", "sv", "el", "uk", "cs", "ro", "he", "fa", "th", "bn", "sw", "tl", "da", "nb", "fi", "hu", "ca", "ms", "ur", "sk", "bg", "sr", "hr", "sl", "lt", "lv", "et", "ta", "te", "mr", "az", "kk"] as const;
export type CueLanguage = (typeof CUE_LANGUAGES)[number];

type CueTable = Readonly<Record<string, string>>;

const ES: CueTable = {
  translation: "!traduc*|!traduz*|cómo se dice|como se dice|al inglés|al español|al francés|al alemán|al italiano|al portugués|al chino|al japonés",
  summarization: "!resumen|!resume el|!resume la|!resume este|!resume esta|!resume en|!resumir|!resúme*|!resuma|sintetiza*|en pocas palabras|puntos clave|más corto|más breve|acorta*|lo esencial|lo más importante",
  extraction: "!extrae*|!extraer|!extraiga|saca todos|saca todas|lista todos|lista todas|todas las fechas|todos los nombres|saca los|saca las|sácame|!sácame solo|!sácame las|!sácame los|!sácame todas|!sácame todos|extráeme|sacar los|sacar las|sacar todos|sacar todas",
  classification: "!clasific*|!categoriz*|!a qué cola|!qué categoría|!a qué categoría|!en qué categoría|etiqueta*|sentimiento|positivo o negativo|es spam|negativo o neutro|positivo, negativo|neutro|asigna a cada|asígnale|una categoría a cada",
  code_generation: "!escribe una función|escribe un script|escribe un programa|función*|implementa*|código|programa en",
  code_review: "revisa este código|revisa el código|no funciona|depura*|corrige*|refactoriza*|arregla*|falla*|por qué este código|por qué esta función|por qué devuelve|por qué falla|revisar este código|revisa esta función",
  analysis: "!analiza*|!análisis|compara*|evalúa*|ventajas y desventajas|tasa de|tendencia*|factores|explica por qué|explícame por qué",
  creative_writing: "!poema*|!cuento*|relato*|canción|haiku|versos|escribe una historia|una historia sobre|escribe un correo|escríbeme un correo|redacta un correo|redacta una carta|una carta|un correo para|chiste*|descripción del producto|descripción de producto|eslogan*|texto publicitario",
  brainstorming: "!lluvia de ideas|ideas para|ideas de|sugiere*|propón|nombres para",
  chat: "hola|gracias|qué tal|cómo estás|buenos días|buenas noches|desahog*|solo quería contar*|qué día más largo|estoy agotad*|estoy reventad*",
  simple_qa: "cuál es la capital|quién escribió|quién inventó|quién pintó|en qué año|quién fue|capital de",
  math: "!resuelve*|!ecuación*|calcula*|derivada*|integral*|probabilidad*|demuestra*|perímetro*|rectángulo*|triángulo*|progresión*|múltiplos de",
  deep_reasoning: "!acertijo*|!adivinanza*|razona*|paso a paso|lógica*|miente|mienten|mentiroso*|dice la verdad|dicen la verdad",
};

const DE: CueTable = {
  translation: "!übersetz*|wie sagt man|ins englische|ins deutsche|ins französische|ins spanische|ins italienische|auf englisch|auf deutsch|auf französisch",
  summarization: "!zusammenfass*|!fasse*|fass|kürzer|kurzfassung|stichpunkt*|kernpunkt*|kernaussage*|das wesentliche|das wichtigste",
  extraction: "!extrahier*|entnimm|alle namen|alle daten|alle e-mail*|herausziehen|liste alle|zieh alle|zieh die|zieh mir|heraus|!rausziehen|!raussuchen|!herausziehen|!heraussuchen|!rausschreiben|!herausschreiben|alle termine",
  classification: "!klassifizier*|!kategorisier*|ordne|einordnen|stimmung|positiv oder negativ|ist das spam|negativ oder neutral|positiv, negativ|!einer kategorie zu|!einer der kategorien zu|kategorie zu|zuordnen|zuweisen|jeweils eine kategorie",
  code_generation: "!schreibe eine funktion|!schreib eine funktion|funktion*|implementier*|skript*|programmier*",
  code_review: "überprüfe*|prüfe den code|debugg*|refaktor*|warum funktioniert|stürzt*|fehlermeldung*|warum gibt|warum liefert|warum wirft|diesen code|diese funktion prüfen",
  analysis: "!analysier*|!analyse|vergleich*|bewerte*|vor- und nachteile|auswirkung*|kündigungsrate*|abwanderung*|faktoren|erkläre, warum|erklär, warum|erkläre warum|erklär mir, warum",
  creative_writing: "!gedicht*|geschichte über|erzählung*|märchen*|liedtext*|reim*|kurzgeschichte*|schreib eine mail|schreibe eine mail|schreib eine e-mail|schreibe eine e-mail|schreib mir eine|einen brief|verfasse*|formuliere eine|eine nachricht|nachricht schreiben|nachricht an|antwort an|witz|witze|produktbeschreibung*|werbetext*|slogan*",
  brainstorming: "!ideen*|vorschläge*|namensvorschläge*|brainstorm*",
  chat: "hallo|danke|wie geht|guten morgen|guten abend|servus|dampf ablassen|auskotzen|was für ein tag|wollte nur quatschen|bin total fertig",
  simple_qa: "hauptstadt*|wer hat|wer schrieb|wer erfand|wann wurde|in welchem jahr|wie heißt",
  math: "!löse*|!gleichung*|berechne*|ableitung*|integral*|wahrscheinlichkeit*|beweise*|fläche*|umfang|rechteck*|dreieck*|vielfache*",
  deep_reasoning: "!rätsel*|logik*|schritt für schritt|!denksport*|lügt|lügen|lügner*|sagt die wahrheit|sagen die wahrheit",
};

const FR: CueTable = {
  translation: "!tradui*|comment dit-on|comment on dit|!traduction*|!traduis*|en anglais|en français|en allemand|en espagnol|en italien|vers l'anglais",
  summarization: "!résum*|synthèse|synthétise*|en bref|points clés|plus court|abrège*|!compte rendu|!compte-rendu|l'essentiel",
  extraction: "!extrai*|!extrayez|relève*|toutes les dates|tous les noms|sors-moi|récupère les|liste les",
  classification: "!classifi*|!catégoris*|!classer|classe ce*|étiquet*|sentiment|positif ou négatif|négatif ou neutre|positif, négatif|neutre|attribue à chaque|associe chaque|une catégorie à chaque",
  code_generation: "!écris une fonction|!écrivez une fonction|fonction*|implément*|programme*",
  code_review: "relis ce code|revois*|bogue*|débogu*|corrige*|refactor*|plante*|ne marche pas|ne fonctionne pas|pourquoi ce code|pourquoi cette fonction|pourquoi ça renvoie|relire ce code|relis cette fonction",
  analysis: "!analyse*|compare*|évalue*|avantages et inconvénients|taux de|tendance*|facteurs|explique pourquoi|explique-moi pourquoi",
  creative_writing: "!poème*|conte|contes|une histoire|nouvelle sur|chanson*|rime*|écris un mail|écris un e-mail|écris-moi un|rédige un mail|rédige un e-mail|rédige une lettre|une lettre|un courriel|blague*|description du produit|description produit|fiche produit|slogan*|texte publicitaire",
  brainstorming: "idées|suggère*|propose-moi|remue-méninges|noms pour",
  chat: "bonjour|salut|merci|comment ça va|ça va|bonsoir|vider mon sac|quelle journée|besoin de parler|je suis crevé*|je suis épuisé*",
  simple_qa: "quelle est la capitale|qui a écrit|qui a inventé|qui a peint|en quelle année|capitale de",
  math: "!résous|!résoudre|!équation*|calcule*|dérivée*|intégrale*|probabilité*|démontre*|périmètre*|multiples de",
  deep_reasoning: "!énigme*|logique*|étape par étape|raisonne*|ment|mentent|menteur*|dit la vérité|disent la vérité",
};

const PT: CueTable = {
  translation: "!traduz*|!tradução|como se diz|!traduza|para o inglês|para inglês|para o português|para o espanhol|em inglês",
  summarization: "!resuma|!resumo|!resumir|!resume o|!resume a|sintetiz*|mais curto|pontos principais|em poucas palavras|o essencial|o mais importante",
  extraction: "!extraia|!extrair|extrai|liste todos|liste todas|todas as datas|todos os nomes|tire os|tire as|puxe os|puxe as|tira só|tire só|tira os|tira as",
  classification: "!classifi*|!categoriz*|rotul*|sentimento|positivo ou negativo|negativo ou neutro|positivo, negativo|neutro|atribua a cada|atribui a cada|uma categoria a cada",
  code_generation: "!escreva uma função|!escreve uma função|função*|implement*|código",
  code_review: "revise*|revisar|depur*|corrija*|refator*|não funciona|por que este código|por que essa função|por que esta função|por que retorna|revisar este código",
  analysis: "!analis*|!análise|compare|avalie*|vantagens e desvantagens|taxa de|fatores|explique por que|explica por que",
  creative_writing: "!poema*|conto*|uma história|canção|crônica*|escreva um e-mail|escreva um email|escreve um e-mail|escreva uma carta|redija*|uma carta|piada*|descrição do produto|descrição de produto|slogan*|texto publicitário",
  brainstorming: "!ideias*|sugira*|sugestões|nomes para",
  chat: "olá|oi|obrigad*|tudo bem|bom dia|boa noite|desabaf*|que dia|to cansad*|tô cansad*|tô morta|to morta|tô morto|só queria conversar|só queria falar",
  simple_qa: "qual é a capital|quem escreveu|quem inventou|quem pintou|em que ano",
  math: "!resolva*|!equação*|calcule*|derivada*|integral*|probabilidade*|prove que|perímetro*|retângulo*|triângulo*|progressão*|múltiplos de",
  deep_reasoning: "!enigma*|!charada*|raciocín*|passo a passo|lógica*|mente|mentem|mentiroso*|diz a verdade|dizem a verdade",
};

const IT: CueTable = {
  translation: "!tradu*|come si dice|in inglese|in italiano|in francese|in tedesco|in spagnolo",
  summarization: "!riassum*|!riassunto|sintetizz*|sintesi|più breve|più corto|punti chiave|l'essenziale|i punti principali",
  extraction: "!estrai*|!estrarre|elenca tutti|elenca tutte|tutte le date|tutti i nomi|tira fuori|estraimi",
  classification: "!classific*|!categorizz*|etichett*|sentimento|positivo o negativo|negativo o neutro|positivo, negativo|neutro|assegna a ogni|assegna a ciascun*|una categoria a ogni",
  code_generation: "!scrivi una funzione|funzione*|implementa*|codice",
  code_review: "rivedi*|revisiona*|correggi*|non funziona|refactor*|rivedere|perché questo codice|perché questa funzione|perché restituisce|controlla questo codice",
  analysis: "!analizz*|!analisi|confronta*|valuta*|vantaggi e svantaggi|tasso di|fattori|spiega perché|spiegami perché",
  creative_writing: "!poesia*|racconto*|una storia|canzone*|filastrocca*|scrivimi una mail|scrivi una mail|scrivimi un'e-mail|scrivi una email|scrivi una lettera|scrivimi una lettera|una lettera|barzellett*|descrizione del prodotto|descrizione prodotto|slogan*|testo pubblicitario",
  brainstorming: "idee|suggerisci*|proponi*|nomi per",
  chat: "ciao|grazie|come stai|buongiorno|buonasera|sfog*|che giornata|sono stanc*|sono distrutt*|volevo solo parlare",
  simple_qa: "qual è la capitale|chi ha scritto|chi ha inventato|chi ha dipinto|in che anno",
  math: "!risolvi*|!equazion*|calcola*|derivata*|integrale*|probabilità|dimostra*|perimetro*|rettangolo*|triangolo*|progressione*|multipli di",
  deep_reasoning: "!indovinell*|!enigma*|logica*|passo dopo passo|ragiona*|mente|mentono|bugiard*|dice la verità|dicono la verità",
};

const RU: CueTable = {
  translation: "!перевод*|!перевед*|!перевест*|!перевёл*|!перевел*|как сказать|как будет|на английский|на русский|на немецкий|на французский|по-английски|по-русски",
  summarization: "!кратк*|!резюм*|!подытож*|суммир*|основные моменты|сократи*|короче|самое главное|суть",
  extraction: "!извлеки|!извлечь|выпиши|перечисли все|найди все|вытащи|выдели все|в таблицу|таблицей|в виде таблицы|из этого таблицу|разбери по",
  classification: "!классифиц*|!категориз*|тональност*|спам ли|отнеси*|позитивн*|негативн*|нейтральн*|присвой каждому|присвой каждой|определи категорию",
  code_generation: "!напиши функцию|напиши скрипт|напиши код|напиши программу|функци*|реализуй*",
  code_review: "проверь код|ревью|ошибк*|отлад*|исправь*|рефактор*|не работает|падает|почему этот код|почему функция|почему возвращает|посмотри код",
  analysis: "!проанализ*|!анализ*|сравни*|оцени*|плюсы и минусы|отток*|показател*|факторы|факторов|объясни, почему|объясни почему",
  creative_writing: "!стихотвор*|стих*|рассказ*|сказк*|песн*|напиши письмо|составь письмо|письмо для|поздравлени*|анекдот*|шутк*|описание товара|описание продукта|слоган*|рекламный текст",
  brainstorming: "идеи|идей|предложи*|варианты назван*|мозговой штурм|придумай*|названия для|названий для",
  chat: "привет|спасибо|как дела|добрый день|здравствуй*|выговориться|поболтать|поныть|какой день|устал*|вымотал*",
  simple_qa: "столиц*|кто написал|кто изобрел|кто изобрёл|в каком году|когда был",
  math: "!реши*|!уравнени*|вычисли*|посчитай*|производн*|интеграл*|вероятност*|докажи*|площад*|периметр*|прямоугольник*|треугольник*|прогресси*",
  deep_reasoning: "!загадк*|!головоломк*|задачк*|сломал голову|ломаю голову|логик*|шаг за шагом|рассужд*|лжёт|лжет|лгут|лжец*|говорит правду|говорят правду",
};

const KO: CueTable = {
  translation: "!번역*|영어로|한국어로|영문으로|일본어로|중국어로",
  summarization: "!요약*|정리해*|핵심*|짧게|간단히",
  extraction: "!추출*|!뽑아*|모든 날짜|모든 이름|골라*|표로*|표 형식*|정리해서 표",
  classification: "!분류*|카테고리*|긍정인지|부정인지|스팸*|긍정|부정|중립|어느 카테고리",
  code_generation: "!함수를*|!함수*|코드를 작성*|구현*|스크립트*|프로그램*|매크로*|코드 짜*|코드 좀 짜*|짜줘|짜 줘|쿼리*|정규식*",
  code_review: "리뷰*|버그*|오류*|에러*|디버그*|리팩터*|리팩토링*|왜 이 코드|이 코드의 문제|코드를 검토*",
  analysis: "!분석*|비교*|평가*|장단점*|이탈률*|요인*",
  creative_writing: "!시를|이야기*|소설*|가사*|동화*|메일을 써*|이메일을 써*|편지를 써*|편지*|농담*|상품 설명*|제품 설명*|광고 문구*|슬로건*|문구*|캡션*|축사*|건배사*|카드 멘트|글 좀 써*|글을 써*|써줄 수|써 줄 수",
  brainstorming: "!아이디어*|브레인스토밍*|이름 후보*|제안해*|이름 지어*|이름 추천*|!여러 개 추천|몇 개 추천|추천 좀",
  chat: "ㅋㅋ*|ㅎㅎ*|하기 싫*|심심해*|안녕*|고마워*|감사합니다|잘 지내*|망했*|망한 것 같*|힘들었*|피곤해*|속상해*|우울해*|수다|너는 그런|넌 그런|너도 그런",
  simple_qa: "수도는|누가|몇 년*|언제|어디*|알려 주세요|알려주세요|알려줘|알려 줘",
  math: "!방정식*|풀어*|계산*|미분*|적분*|확률*|증명*|넓이*|둘레*|정사각형*|직사각형*|삼각형*|배수*|수열*",
  deep_reasoning: "!수수께끼*|!퍼즐*|논리*|추론*|단계별*|거짓말*|진실을 말*",
};

/** Chinese and Japanese: substrings (no spaces between words). */
const ZH: CueTable = {
  translation: "!翻译|!翻譯|!译成|!譯成|!翻成|成英文|成中文|用英语|用英文|英文|中文|!翻成英文|!翻成中文|!改成英文|!译成英文|!翻译成",
  summarization: "!总结|!總結|!摘要|!概括|归纳|简述|簡述|要点|要點|缩短|更短|精简",
  extraction: "!提取|!抽取|找出所有|列出所有|找出|提取出|挑出",
  classification: "!分类|!分類|归类|情感|正面还是负面|垃圾邮件|正面、负面|负面还是|还是中性|是正面|是负面|属于哪|哪一类|哪个类别|打标签",
  code_generation: "!写一个函数|!寫一個函數|!函数|!函數|代码|程式|编写|实现|實現|脚本",
  code_review: "审查|审阅|代码审查|错误|錯誤|调试|修复|重构|报错|为什么这段代码|为什么这个函数|为什么返回|找出bug|找bug|这段代码有什么问题",
  analysis: "!分析|比较|比較|评估|优缺点|流失率|趋势|因素",
  creative_writing: "!写一首|诗|詩|故事|小说|歌词|写一封|邮件|信件|贺词|笑话|产品描述|商品描述|写文案|写一段文案|写个文案|广告语|祝寿词|致辞|发言稿|祝福语|祝词|寿词|生日祝福",
  brainstorming: "点子|想法|主意|头脑风暴|起名|取名|起个名|取个名|想几个|多想几个|店名",
  chat: "你好|谢谢|謝謝|在吗|最近怎么样|吐槽|想聊聊|随便聊|好累|心累|郁闷|烦死了|听我说说|想有人听|不想干了|矫情|加班到",
  simple_qa: "首都|是谁|哪一年|什么时候|在哪里",
  math: "!解方程|方程|计算|計算|求导|导数|积分|概率|证明|面积|面積|周长|周長|长方形|三角形|倍数|数列",
  deep_reasoning: "!谜题|推理|逻辑|一步一步|说谎|说真话|贴错|推理过程|说明理由",
};

const JA: CueTable = {
  translation: "!翻訳|!訳して|英語に|日本語に|英訳|和訳|!英語にして|!英語に訳|!日本語にして|!日本語に訳|!中国語にして|!韓国語にして",
  summarization: "!要約|まとめ|要点|短く|簡潔に",
  extraction: "!抽出|取り出|すべての日付|全ての名前|抜き出|取り出して",
  classification: "!分類|仕分け|感情|ポジティブかネガティブ|ポジティブ|ネガティブ|どのカテゴリ|ラベルを付け|振り分け|カテゴリに分け|カテゴリーに分け",
  code_generation: "!関数を書|!関数を作|!関数|コードを書|実装|スクリプト|プログラム",
  code_review: "レビュー|バグ|エラー|デバッグ|修正|リファクタ|なぜこのコード|どうしてこのコード|このコードのどこが|コードを見て",
  analysis: "!分析|比較|評価|メリットとデメリット|解約率|要因",
  creative_writing: "!詩を|物語|小説|俳句|歌詞|メールを書|手紙|文面|お詫びのメール|お礼のメール|ジョーク|冗談|商品説明|キャッチコピー|広告文|紹介文|キャプション|キャッチコピー|スピーチ原稿|祝辞",
  brainstorming: "!アイデア|案を|ブレインストーミング|名前の候補|名前を考えて|ネーミング",
  chat: "こんにちは|ありがとう|おはよう|おはよー|元気|話そ|なんか話|おしゃべり|愚痴|疲れた|しんどい|雑談|聞いてほしい|君って|あなたって|休みとかない",
  simple_qa: "首都|誰が|何年|どこ",
  math: "!方程式|解いて|計算|微分|積分|確率|証明|面積|周の長さ|長方形|三角形|倍数|数列",
  deep_reasoning: "!なぞなぞ|パズル|論理|推論|ステップバイステップ|嘘をつ|正直者|本当のことを言",
};

/** English cues, used for the reasons text and the conversation layer (the lexicons stay the classifiers'). */
const EN: CueTable = {
  translation: "!translat*",
  summarization: "!summar*|!tl;dr|!tldr|key points|main points|recap|sum up|sum it up|!catch me up|!rundown|!write up what|!write-up of|!fill me in|what did i miss|the essentials|where things stand|where we stand|the gist|gist of it|state of play",
  extraction: "!extract*|pull out|as json|list every|list all|!give me every|!pull every|!pull these|!pull them|into a table|as a table|in a table",
  classification: "!classif*|!categori*|sentiment|spam|!label each|!label every|!flag each|!mark each|!bucket each|!categorize each|!tag each|!tag every|!assign each|priority to each",
  code_generation: "write a function|write a script|write a program|implement*",
  code_review: "code review|review this|refactor*|debug*|stack trace|traceback|failing test*|bug|bugs|buggy|bugfix*",
  analysis: "!analy*|compare|pros and cons|trade-off*|churn|retention|conversion rate*|cohort*|what factors|factors behind",
  creative_writing: "!poem*|short story|!haiku*|!sonnet*|!limerick*|lyrics|reply to|write back|draft a reply|draft a polite|an email to|a message to|joke|jokes|product description*|tagline*|slogan*|ad copy",
  brainstorming: "!brainstorm*|ideas for|come up with|!name ideas|!name options|!naming ideas|!names for|!ideas at me|!names at me|!throw some names|!throw names|!throw ideas|!throw some ideas|!throw me ideas|!throw me some ideas|give me ideas|some ideas",
  chat: "hi|hello|hey|thanks|thank you|just wanted to vent|need to vent|rough day|long day|how's your day|how is your day",
  simple_qa: "what is the capital|who wrote|who invented|what year|quick q|quick question|!unrelated q|!unrelated question",
  math: "!solve|!equation*|integral*|derivative*|probability|prove that",
  deep_reasoning: "!riddle*|puzzle*|step by step|!logic puzzle*|!brain teaser*|!brainteaser*|tells the truth|tell the truth|always lies|liar*|knights and knaves",
};

/** Every language's table. */
export const LANGUAGE_CUES: Readonly<Record<CueLanguage, CueTable>> = { en: EN, zh: ZH, es: ES, de: DE, fr: FR, ja: JA, pt: PT, ru: RU, ko: KO, it: IT, nl: NL, tr: TR, pl: PL, id: ID, vi: VI, ar: AR, hi: HI, sv: SV, el: EL, uk: UK, cs: CS, ro: RO, he: HE, fa: FA, th: TH, bn: BN, sw: SW, tl: TL, da: DA, nb: NB, fi: FI, hu: HU, ca: CA, ms: MS, ur: UR, sk: SK, bg: BG, sr: SR, hr: HR, sl: SL, lt: LT, lv: LV, et: ET, ta: TA, te: TE, mr: MR, az: AZ, kk: KK };

/** Languages whose cues are substrings rather than words. */
export const SUBSTRING_LANGUAGES: ReadonlySet<CueLanguage> = new Set(["zh", "ja", "th"]);
