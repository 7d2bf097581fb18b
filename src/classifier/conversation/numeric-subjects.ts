/**
 * What a message's numbers are about, in the cue languages: the words that name a maths problem, a running system's
 * words and marks (versions, durations, sizes), software, money and business. The team wrote the vocabularies from
 * general usage; read by `numeric-domain.ts`.
 * @module
 */
import type { TermList } from "./term-scanner.js";
import { terms } from "./numeric-asks.js";

/** Words that name a maths problem (English and nine other languages; Chinese and Japanese as substrings). */
export const MATH_WORDS = terms(
  "stoichiometr(y|ic)|molar mass(es)?|limiting reagent|(theoretical|percent(age)?) yield|(p50|p90|p95|p99|percentiles?|median|mean|average) of (these|the following|this list)|margins? of error|nearest[- ]rank|mean and median|median and mean|mean, median|std dev|std\\. dev|stdev|sample variance|basic stats on|summary statistics (for|of|on)|solv(e|ed|ing)|equations?|log (math|maths|scale|base|rules?)|natural log|sample sizes?|confidence intervals?|standard deviations? (of|for|across|between)|(find|compute|calculate|work out|get|give me|show) (me )?(the |a |their |its )?(sample |population )?standard deviations?|what(s|'s| is| are| would be) the (sample |population )?standard deviations?|z-scores?|t-tests?|z-tests?|(give|tell|get|show) (me |us )?the p-values?|what(s|'s| is| are) the p-values?|(run|do) (a|the|an) (quick |simple )?(one|two)-sample|(one|two)-sample (t-|z-|proportion )?test (against|vs|versus|of)|two-proportion|two-sample|null hypothesis|hypothesis tests?|anova|chi-squared?|integrals?|derivatives?|theorems?|prove|proofs?|probabilit(y|ies)|odds of (winning|getting|hitting|rolling|drawing|picking|being dealt)|(my|our) (actual |real |exact )?odds|chances? of winning|polynomials?|matri(x|ces)|quadratic|factorials?|modulo|geometry|algebra(ic)?|triangles?|circles?|radius|hypotenuse|divisible|prime numbers?|combinatorics?|permutations?|arithmetic (sequence|progression)|geometric (sequence|series)|logarithms?|simplify|expected value|dice|coins? (is |are )?(tossed|flipped)|area of|perimeter|rectangles?|square roots?|multiples of|diagonals?|polygons?|consecutive (integers|numbers)|anagrams?|(two|three|four|five)-digit|digit sum|sum of (the )?digits|interior angles?|angles?|hexagon|pentagon|octagon|expected (number|value)|fair (die|coin)|how many ways|combinations|compound(ed|ing)? (interest|yearly|annually|monthly|quarterly|daily)|arithmetic|geometric|letters of the word|from the letters",
  ["resuelv|letras de la palabra|ecuaci|divisible|cifras|anagrama|[áa]ngulo|hex[áa]gono|de cu[áa]ntas (maneras|formas)|derivada|integral|probabilidad|demuestra|teorema|tri[aá]ngulo|c[ií]rculo|per[ií]metro|rect[aá]ngulo|progresi[oó]n|m[uú]ltiplos de|pol[ií]gono|inter[eé]s compuesto", "löse|aus den buchstaben|buchstaben des wortes|gleichung|teilbar|quersumme|dreistellig|zweistellig|anagramm|winkel|sechseck|wie viele möglichkeiten|ableitung|integral|wahrscheinlichkeit|beweise|dreieck|kreis|w[üu]rfel|fläche|umfang|rechteck|vielfache|zinseszins", "r[ée]sous|lettres du mot|[ée]quation|divisible|chiffres|anagramme|angles? int|hexagone|de combien de fa[çc]ons|d[ée]riv[ée]e|int[ée]grale|probabilit[ée]|d[ée]montre|th[ée]or[èe]me|triangle|cercle|aire d|p[ée]rim[èe]tre|rectangle|multiples de|suite (arithm|g[ée]om)|polygone|int[ée]r[êe]ts compos", "risolvi|lettere della parola|equazion|divisibil|cifre|anagramm|angol|esagono|in quanti modi|derivata|integrale|probabilit[àa]|dimostra|teorema|triangolo|cerchio|dadi|perimetro|rettangolo|multipli di|progressione|poligono|interesse composto", "resolva|letras da palavra|equa[çc][ãa]o|divis[íi]ve|algarismos|anagrama|[âa]ngulo|hex[áa]gono|de quantas (maneiras|formas)|derivada|integral|probabilidade|demonstre|prove que|tri[âa]ngulo|c[íi]rculo|per[íi]metro|ret[âa]ngulo|m[úu]ltiplos de|progress[ãa]o|pol[íi]gono|juros compostos", "реши|букв слова|из букв|уравнени|делится|трехзначн|трёхзначн|анаграмм|угл|шестиугольник|сколькими способами|производн|интеграл|вероятност|докаж|теорем|треугольник|окружност|кубик|площад|периметр|прямоугольник|прогресси|кратн|многоугольник|сложные проценты|сложных процентов", "방정식|미분|나누어떨어|세 자리|자릿수|내각|육각형|경우의 수|적분|확률|증명|삼각형|원의|주사위|넓이|둘레|정사각형|직사각형|배수|수열|다각형|복리"],
  "方程|导数|整除|三位数|两位数|内角|六边形|多少种|排列|组合|割り切れ|三桁|内角の和|六角形|導數|积分|積分|概率|機率|证明|證明|三角形|圆的|微分|確率|証明|サイコロ|骰子|几何|幾何|面积|面積|周长|周長|长方形|長方形|正方形|倍数|数列|數列|多边形|多角形|周の長さ|复利|複利|時速|分速|秒速|时速",
);

/** Numbers about a running system: infrastructure, builds, tests, performance, releases. */
export const SYSTEM_WORDS = terms(
  "latenc(y|ies)|p50|p90|p95|p99|p999|throughput|rps|qps|cpu|heap|oom(killed)?|pods|k8s|kubernetes|docker|(the|our|ci|nightly|release|android|ios|gradle|webpack|production) builds?|build (time|times|took|failed|fails)|endpoints?|api|database|cache|exit code|error rates?|5xx|http (500|502|503|504)|(500|502|503|504) (errors|responses)|lcp|cls|inp|fid|ttfb|core web vitals|web vitals|bundle size|page load|load time|response time|uptime|gc|garbage collect(ion|or)?|segfaults?|stack ?traces?|node_modules|npm|gradle|maven|pytest|jest (tests?|suite|config|runs?|output|snapshots?|timeout)|(with|using|runs?|via) jest|test suite|cold start|startup time|image size|slow quer(y|ies)|seq scan|explain analyze|sql|redis|hit ratio|cache hit|node(js)?|kotlin|(the|our|in|on) ci|ci (build|builds|run|runs|job|jobs|pipeline|pipelines|is|was|failed|fails|failing|log|logs|time|times)|(server|app|application|error|access|build|pod|container|system|debug|console|crash|deploy|audit|nginx|apache|kernel|the|these|our|my) logs?|logs? (show|shows|say|says|from)|console.log|cron|nightly (job|build|run)s?|frontend|backend|webpack|tti|firebase|(since|after) (the |our |last night's |yesterday's |today's |this morning's |friday's )?deploy(ment)?|(last|latest|previous|recent) deploy(ment)?",
  ["latencia|despliegue|el build|los builds|base de datos|tasa de errores|tiempo de respuesta|c[oó]digo de salida|se reinicia", "latenz|arbeitsspeicher|der build|den build|deployment|datenbank|fehlerrate|antwortzeit|ladezeit|kompilier", "latence|le build|les builds|base de donn[ée]es|taux d'erreur|temps de r[ée]ponse|temps de chargement|consommation m[ée]moire|mise à jour vers", "latenza|il build|la build|database|tasso di errore|tempo di risposta|tempi di caricamento", "lat[êe]ncia|o build|os builds|banco de dados|taxa de erro|tempo de resposta", "задержк|латентн|сервер|деплой|развертыван|развёртыван|база данных|базы данных|ошибок в секунду|процент ошибок|время ответа|до версии|загрузка cpu|загрузки cpu|загрузка процессора|загрузки процессора", "지연|레이턴시|메모리|서버|빌드|데이터베이스|오류율|에러율|응답 시간"],
  "延迟|延遲|内存|記憶體|服务器|伺服器|构建|編譯|编译|数据库|資料庫|错误率|響應時間|响应时间|加载时间|页面加载|レイテンシ|メモリ|サーバ|デプロイ|ビルド|データベース|エラー率|応答時間|メモリ使用量",
);

/**
 * Words that name a running system's parts in software but something else as often elsewhere (sixteenth round): a
 * restaurant's servers, a shipping container, a car crash, a teacher's unit tests, a linear regression, Polish "pod"
 * (under), Spanish "consulta" (a doctor's appointment), Italian "rilascio" (a permit issued), French "mémoire" (a
 * thesis), Chinese "版本" (a book's edition). One group of them makes figures a system's only with a second group
 * ("El servidor usa 33 MB de memoria"), a size, or a word of software ({@link SOFTWARE_WORDS}).
 */
export const WEAK_SYSTEM_GROUPS: readonly TermList[] = [
  terms("servers?", ["servidor|serveur"], ""),
  terms("memory|ram", ["memoria|m[ée]moire|mem[óo]ria|speicher|памят"], ""),
  terms("", ["compilaci[oó]n|compilation|compilazione|compila[çc][ãa]o|сборк"], ""),
  terms("render(ing)?", ["cargar|cargan|carga|caricament|carregament|로딩"], "載入|読み込み|表示に"),
  terms("deploy(s|ed|ment|ments)?", ["rilascio|implanta[çc][ãa]o|bereitstellung|배포"], "部署|リリース後"),
  terms("", ["버전"], "版本|バージョン|升级"),
  terms("unit tests?|benchmarks?", ["pruebas|die tests"], ""),
  terms("timeouts?", ["timeout"], ""),
  terms("crash(es|ed|ing)?|exceptions?", [], ""),
  terms("regressions?", [], ""),
  terms("queries|query|db", ["consulta|requête"], ""),
  terms("containers?|pod|cargo", ["contenedor|conteneur"], ""),
  terms("threads?", [], ""),
  terms("ios|android|react|swift|lighthouse", ["aplicaci[oó]n|rendimiento"], ""),
];

/** Whether figures with only {@link WEAK_SYSTEM_GROUPS}' words (`groups`, a bit each) and sizes are a running system's. */
export function weakSystem(groups: number, lower: string, softwareWord: boolean): boolean {
  const size = SIZE_MARK.test(lower);
  if (groups === 0) return size && softwareWord;
  return softwareWord || size || (groups & (groups - 1)) !== 0;
}

/** Words of software, that make {@link WEAK_SYSTEM_GROUPS}' words a system's: an app, a site, code, a program, a bug. */
export const SOFTWARE_WORDS = terms(
  "apps?|web ?apps?|websites?|web ?sites?|software|saas|programs?|scripts?|code|codebase|bugs?|login|plugins?|firmware|cloud|aws|azure|gcp|linux|windows server|vms?|virtual machines?|microservices?|(the|our|this|my) (service|services|backend|cluster|site|instance|instances)|cluster|instances?|staging|prod|production|github|gitlab|python|java|javascript|typescript|golang|php|ruby|postgres(ql)?|mysql|mongo(db)?|kafka|nginx|grafana|datadog|prometheus",
  ["aplicaci[oó]n web|sitio web|p[aá]gina web|programa|c[oó]digo|software|servicio", "anwendung|webseite|programm|software|dienst", "logiciel|site web|appli|programme|code source", "sito web|programma|codice|software|applicazione web", "aplicativo|site|programa|c[oó]digo|software", "приложени|сайт|программ|код|сервис|софт", "앱|웹|프로그램|코드|서비스|소프트웨어"],
  "应用|程序|代码|網站|网站|软件|軟體|系统|系統|アプリ|サイト|プログラム|コード|ソフト|システム",
);

/** A speed ("80 km/h", "60 mph", "时速"): with an ask to compute, a motion word problem (trains that meet, cars that catch up). */
export const SPEED =
  /\d\s?(km\/h|km\/std|kmh|mph|m\/s|km\/ч|м\/с|公里\/小时|千米\/小时|km\/時|km\/시)(?![a-zа-я])|miles? (an|per) hour|kilomet(er|re)s? (an|per) hour|stundenkilometer|kilom[èe]tres? (à l'|par )heure|kil[óo]metros por hora|quil[ôo]metros por hora|chilometri (all'ora|orari)|километр\S* в час|时速|時速|시속/;

/**
 * Language-independent marks of software: a version ("5.4.1", "v2.8"), a duration in ms (a size is {@link SIZE_MARK}). An amount
 * grouped in thousands with dots ("1.260.000", as most of Europe, Indonesia and Latin America write it) is not a version.
 */
export const SYSTEM_MARKS = /(?<![\d.])(?!\d{1,3}(?:\.\d{3})+(?![\d.]))v?\d+\.\d+\.\d+(?![\d.])|\bv\d+(\.\d+)?\b|\d\s?(ms|мс|毫秒)(?![a-zа-я])/;
/**
 * A body's measures (round 37n): sleep, heart rate and its variability, blood pressure, glucose. "HRV 31 ms (was 48)" and
 * "deep sleep 38 min/night" are a person's figures, not a running system's, though milliseconds are a system's mark.
 */
export const BODY_MEASURES =
  /\b(?:hrv|heart rate|resting hr|resting heart|bpm|deep sleep|rem sleep|sleep (?:score|tracker|data)|blood pressure|glucose|blood sugar|vo2 ?max|spo2)\b|variabilidad card|frecuencia card[ií]aca|presi[óo]n arterial|sue[ñn]o profundo|herzfrequenz|ruhepuls|blutdruck|blutzucker|tiefschlaf|fr[ée]quence cardiaque|tension art[ée]rielle|sommeil profond|glyc[ée]mie|frequenza cardiaca|pressione arteriosa|sonno profondo|glicemia|frequ[êe]ncia card[ií]aca|press[ãa]o arterial|sono profundo|пульс|давлени[ея]|глубок\S* сон|сахар в крови|心率|血压|血糖|深睡|心拍|血圧|深い睡眠|심박|혈압|혈당|깊은 잠/;

/** A size ("512 MB", "2 Go", "16 ГБ"): a system's with a word of software, otherwise as often a phone plan's data or a disk bought. */
export const SIZE_MARK = /\d\s?(mb|gb|mo|go|мб|гб)(?![a-zа-я])/;

/**
 * An amount of money ("€130", "40-50€", "42k €", "R$ 900", "300 pavos", "244 руб", "1.500 円"): a price or a salary. With
 * an ask to weigh options, a maths reading of it is read like one of business figures (see `task-guards.ts`).
 */
export const MONEY = /[€$£¥₩₽]\s?\d|\d\s?(?:k\s?)?(?:€|£|¥|₩|₽|円|元|块|원)|\d\s?(?:eur|euros?|usd|dollars?|reais|pavos|rubl\w*|руб\w*)(?![a-z])|\br\$\s?\d/;

/** Numbers about a business: metrics, customers, money, budgets, invoices, reports. */
export const BUSINESS_WORDS = terms(
  "(cloud|gcp|aws|azure|hosting|saas|vendor) (bills?|costs?|spend|invoices?)|churn(ed|ing)?|retention|conversions?|revenues?|mrr|arr|kpis?|cohorts?|funnel|sign-?ups?|subscribers?|customers?|users?|dau|mau|arpu|ltv|cac|nps|growth|yoy|mom (growth|change)|quarter(s|ly)?|q[1-4]|margins?|sales|bookings|win rate|tickets|backlog|headcount|ratings|traffic|visitors|sessions|ad spend|budgets?|ads|campaigns?|open rate|clicks?|ctr|roi|roas|profitability|ebitda|cash ?flow|burn|runway|invoices?|expenses|pricing|price increase|basket|forecast|p&l|balance sheet|income statement|payroll|salar(y|ies)|net promoter|attrition|turnover|occupancy|market share|reservations|nightly rate|ratings?|reviews|seats|net revenue retention|refunds?|average (order|basket|ticket)|subscriptions?|unit economics|memberships?|members|cancellations?|upgrades|cost per (acquisition|customer|lead|click)",
  ["abandono|clientes|ingresos|ventas|reservas|precios|facturaci[oó]n|factura|margen|presupuesto|gastos|costos|costes|beneficio|suscriptores|usuarios|tasa de|conversi[oó]n|retenci[oó]n|trimestre|pedidos|rentabilidad", "k[üu]ndigung|abwanderung|kunden|umsatz|ums[äa]tze|erl[öo]s|rechnung|marge|budget|ausgaben|kosten|gewinn|abonnenten|nutzer|quote|konversion|quartal|bestellungen|rendite", "attrition|d[ée]sabonnement|clients|chiffre d'affaires|ventes|facture|marge|budget|d[ée]penses|co[ûu]ts|b[ée]n[ée]fice|abonn[ée]s|utilisateurs|taux de|trimestre|commandes|rentabilit[ée]", "abbandono|clienti|ricavi|fatturato|vendite|fattura|margine|budget|spese|costi|profitto|iscritti|utenti|tasso di|trimestre|ordini", "cancelamento|clientes|receita|faturamento|vendas|fatura|margem|or[çc]amento|despesas|custos|lucro|assinantes|usu[áa]rios|taxa de|trimestre|pedidos", "отток|клиент|выручк|доход|продаж|средний чек|счет|счёт|марж|бюджет|расход|затрат|прибыл|подписчик|пользовател|конверси|удержани|квартал|заказ", "이탈|고객|매출|수익|영업이익|광고비|판매|청구서|송장|마진|예산|비용|이익|구독자|사용자|전환율|리텐션|분기|주문", "mauzo|faida|gharama|mapato|hasara|wateja|bajeti"],
  "流失|客户|客戶|用户|用戶|日活|月活|付费|销售额|退货|收入|营收|營收|销售|銷售|发票|發票|利润|利潤|毛利|预算|預算|成本|费用|訂閱|订阅|转化率|轉換率|留存|季度|订单|解約|顧客|ユーザー|売上|販売|請求書|利益|粗利|予算|費用|コスト|購読|コンバージョン|継続率|四半期|注文|広告費|新規顧客|営業利益",
);
