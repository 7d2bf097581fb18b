/**
 * Numbers that are and are not maths, in the ten cue languages, written by the team for training:
 * business metrics and finance questions (analysis), performance figures, build and CI logs and
 * stack traces (code_review), and real maths problems (math). `{a}` and `{b}` are filled with numbers.
 * Nothing here comes from an evaluation or held-back set.
 * @module
 */

/** One language's phrasings. */
export interface NumericPhrasings {
  /** A business metric moved: analysis. */
  metrics: readonly string[];
  /** A running system's figures moved: code_review. */
  perf: readonly string[];
  /** Asks that go with a pasted log or stack trace: code_review. */
  logAsks: readonly string[];
  /** Asks that go with a pasted table of business figures: analysis. */
  tableAsks: readonly string[];
  /** Maths problems: math. */
  math: readonly string[];
  /** Factual questions that carry numbers or years: simple_qa, not maths. */
  facts: readonly string[];
  /** Small talk with numbers in it: chat. */
  chat: readonly string[];
}

export const NUMERIC_PHRASINGS: Readonly<Record<string, NumericPhrasings>> = {
  en: {
    metrics: [
      "Our trial-to-paid conversion dropped from {a}% to {b}% after we removed the credit card step. Good trade or not?",
      "Gross margin was {a}% last year and {b}% this year while revenue doubled. What's going on?",
      "We spend {a}k a month on paid search and it brings {b} new customers. Is that sustainable with a 600 dollar LTV?",
      "Invoice totals from our two suppliers: A charged {a} per unit in March, B charged {b}. Which contract should we renew?",
      "The spreadsheet shows cash burn of {a}k per month and {b}k in the bank. How worried should we be about runway?",
      "Average order value went from {a} to {b} euros after the free-shipping threshold. What does that tell you?",
      "Support backlog is {a} tickets, we close {b} a day and headcount is frozen. What would you recommend?",
    ],
    perf: [
      "Since yesterday's release the API p95 went from {a}ms to {b}ms and CPU on the db is at 90%. Where would you look?",
      "Our Android release build now takes {a} minutes instead of {b}. What could have slowed it down?",
      "LCP on the product page went from {a}s to {b}s and CLS from 0.02 to 0.3 after the redesign. What's causing it?",
      "The worker's memory grows from {a} MB to {b} MB over a day and then it gets OOMKilled. Ideas?",
      "Error rate on checkout jumped from 0.{a}% to {b}% right after the deploy. What should we check first?",
    ],
    logAsks: ["Why is this failing?", "What's wrong here?", "The build broke overnight, can you tell why?", "Any idea what this means?", "CI keeps failing with this:"],
    tableAsks: ["What trends do you see?", "How is the business doing based on this?", "Which region should worry us?", "What would you tell the board?"],
    math: [
      "A cyclist rides {a} km at 20 km/h and returns at 30 km/h. What is the average speed for the round trip?",
      "Solve the system: 2x + 3y = {a}, x - y = 4.",
      "Prove that the sum of the first n odd numbers is n squared.",
      "Two cards are drawn without replacement from a standard deck. What is the probability both are aces?",
      "If {a} workers build a wall in 12 days, how many days would {b} workers need?",
    ],
    facts: ["How many people lived in London in 1900?", "Which team won the World Cup in 1998, and by how many goals?", "How tall is Mount Everest, about 8,800 m?"],
    chat: ["I walked 12 km today and slept 9 hours, feeling great", "Just turned 30 last week, 2 kids and a dog now!"],
  },
  es: {
    metrics: [
      "Nuestra tasa de abandono pasó del {a}% al {b}% este trimestre. ¿Deberíamos preocuparnos?",
      "Las ventas subieron un {a}% pero el margen bajó al {b}%. ¿Qué puede estar pasando?",
      "Gastamos {a} mil euros en campañas y conseguimos {b} clientes nuevos. ¿Es rentable?",
    ],
    perf: [
      "Después del despliegue la latencia p99 subió de {a} ms a {b} ms. ¿Qué revisarías primero?",
      "El servidor usa {a} MB de memoria al arrancar y {b} MB después de una hora. ¿Hay una fuga?",
    ],
    logAsks: ["¿Por qué falla esto?", "El pipeline está en rojo, ¿qué pasa?", "¿Qué significa este error?"],
    tableAsks: ["¿Qué tendencia ves en estos datos?", "¿Cómo va el negocio según esta tabla?"],
    math: ["Resuelve: 3x - {a} = 2x + {b}.", "Un tren recorre {a} km en 3 horas. ¿Cuántos kilómetros recorre en 5 horas a la misma velocidad?", "¿Cuál es la probabilidad de sacar un número par con un dado?"],
    facts: ["¿Cuántos habitantes tiene Barcelona? ¿Unos 1,6 millones?", "¿En qué año llegó Colón a América, 1492?", "¿Cuántos goles marcó Messi en 2012?"],
    chat: ["Hoy corrí 10 km en 55 minutos, ¡estoy muerto!", "Tengo 2 gatos y 1 perro, ¿y tú?"],
  },
  de: {
    metrics: [
      "Unsere Kündigungsrate ist von {a}% auf {b}% gestiegen, obwohl die Preise gleich blieben. Woran kann das liegen?",
      "Der Umsatz im Quartal lag bei {a} Tausend Euro, die Kosten bei {b} Tausend. Wie bewertest du das?",
      "Die Konversion im Shop fiel von {a}% auf {b}%. Sollten wir uns Sorgen machen?",
    ],
    perf: [
      "Seit dem Deployment ist die Antwortzeit von {a} ms auf {b} ms gestiegen. Was ist da passiert?",
      "Der Build dauert jetzt {a} Minuten statt {b}. Woran könnte das liegen?",
    ],
    logAsks: ["Warum schlägt das fehl?", "Die Pipeline ist rot, was ist los?", "Was bedeutet diese Fehlermeldung?"],
    tableAsks: ["Welche Trends siehst du?", "Wie läuft das Geschäft laut dieser Tabelle?"],
    math: ["Löse die Gleichung {a}x + 4 = {b}.", "Ein Auto fährt {a} km in 2 Stunden. Wie weit fährt es in 5 Stunden?", "Wie groß ist die Wahrscheinlichkeit, mit zwei Würfeln eine 12 zu würfeln?"],
    facts: ["Wie viele Einwohner hat Hamburg, etwa 1,8 Millionen?", "In welchem Jahr fiel die Mauer, 1989?", "Wie hoch ist die Zugspitze, 2962 m?"],
    chat: ["Heute 3 Stunden gewandert und 14 km geschafft, total müde", "Wir sind 4 Leute und haben 2 Katzen zu Hause"],
  },
  fr: {
    metrics: [
      "Notre taux de désabonnement est passé de {a}% à {b}% ce trimestre. Est-ce inquiétant ?",
      "Le chiffre d'affaires a augmenté de {a}% mais la marge est tombée à {b}%. Qu'en penses-tu ?",
      "Nous avons dépensé {a} mille euros en publicité pour {b} nouveaux clients. Est-ce rentable ?",
    ],
    perf: [
      "Depuis le déploiement, le temps de réponse est passé de {a} ms à {b} ms. Que s'est-il passé ?",
      "Le serveur consomme {a} Mo de mémoire au démarrage et {b} Mo après une heure. Une fuite ?",
    ],
    logAsks: ["Pourquoi ça échoue ?", "La CI est rouge, tu vois le problème ?", "Que veut dire cette erreur ?"],
    tableAsks: ["Quelles tendances vois-tu ?", "Comment va l'entreprise d'après ce tableau ?"],
    math: ["Résous l'équation {a}x - 3 = {b}.", "Un robinet remplit une cuve de {a} litres en 4 heures. Combien de litres en 7 heures ?", "Quelle est la probabilité d'obtenir deux piles en lançant deux pièces ?"],
    facts: ["Combien d’habitants compte Lyon, environ 500 000 ?", "En quelle année a eu lieu la Révolution, 1789 ?", "Combien de marches a la tour Eiffel, 1665 ?"],
    chat: ["J’ai couru 8 km ce matin en 45 minutes, je suis crevé", "On est 5 à table ce soir, ça va être sympa"],
  },
  it: {
    metrics: [
      "Il nostro tasso di abbandono è passato dal {a}% al {b}% nell'ultimo trimestre. Dovremmo preoccuparci?",
      "Il fatturato è cresciuto del {a}% ma il margine è sceso al {b}%. Cosa ne pensi?",
    ],
    perf: ["Dopo il rilascio la latenza p99 è salita da {a} ms a {b} ms. Cosa è successo?", "La compilazione ora richiede {a} minuti invece di {b}. Perché?"],
    logAsks: ["Perché fallisce?", "La pipeline è rossa, cosa succede?", "Cosa significa questo errore?"],
    tableAsks: ["Che tendenze vedi?", "Come va l'azienda secondo questa tabella?"],
    math: ["Risolvi l'equazione {a}x + 2 = {b}.", "Quanti modi ci sono di sedere {a} persone in fila?", "Calcola la probabilità di ottenere 7 lanciando due dadi."],
    facts: ["Quanti abitanti ha Milano, circa 1,4 milioni?", "In che anno è morto Dante, nel 1321?", "Quanto è alto il Monte Bianco, 4808 metri?"],
    chat: ["Oggi ho fatto 20 km in bici, sono distrutto", "Ho 3 fratelli e 2 sorelle, siamo in tanti"],
  },
  pt: {
    metrics: [
      "Nossa taxa de cancelamento subiu de {a}% para {b}% este mês. Devemos nos preocupar?",
      "A receita cresceu {a}% mas a margem caiu para {b}%. O que você acha?",
    ],
    perf: ["Depois da implantação a latência p99 subiu de {a} ms para {b} ms. O que aconteceu?", "O servidor usa {a} MB de memória e depois de uma hora {b} MB. É vazamento?"],
    logAsks: ["Por que isso está falhando?", "O pipeline está vermelho, o que houve?", "O que significa esse erro?"],
    tableAsks: ["Que tendências você vê?", "Como está o negócio segundo esta tabela?"],
    math: ["Resolva a equação {a}x - 1 = {b}.", "Um carro percorre {a} km em 3 horas. Quantos km percorre em 7 horas?", "Qual é a probabilidade de tirar um número primo num dado?"],
    facts: ["Quantos habitantes tem Lisboa, uns 550 mil?", "Em que ano o Brasil ficou independente, 1822?", "Quantos títulos mundiais o Brasil tem, 5?"],
    chat: ["Hoje andei 15 km e estou morto de cansaço", "Fiz 40 anos ontem, festa com 30 amigos!"],
  },
  ru: {
    metrics: [
      "Отток клиентов вырос с {a}% до {b}% за квартал. Стоит ли беспокоиться?",
      "Выручка выросла на {a}%, а маржа упала до {b}%. Что ты думаешь?",
    ],
    perf: ["После деплоя задержка p99 выросла с {a} мс до {b} мс. Что случилось?", "Сборка теперь занимает {a} минут вместо {b}. Почему?"],
    logAsks: ["Почему это падает?", "Пайплайн красный, что не так?", "Что значит эта ошибка?"],
    tableAsks: ["Какие тенденции ты видишь?", "Как идут дела у компании по этой таблице?"],
    math: ["Реши уравнение {a}x + 5 = {b}.", "Поезд проходит {a} км за 4 часа. Сколько км он пройдёт за 9 часов?", "Какова вероятность выбросить две шестёрки?"],
    facts: ["Сколько жителей в Москве, около 13 миллионов?", "В каком году Гагарин полетел в космос, в 1961?", "Какая высота у Эльбруса, 5642 метра?"],
    chat: ["Сегодня прошёл 12 км пешком, устал жутко", "У меня 2 кота и 1 собака, а у тебя?"],
  },
  zh: {
    metrics: ["我们上个季度的客户流失率从{a}%上升到{b}%，需要担心吗？", "营收增长了{a}%，但毛利率降到了{b}%。你怎么看？"],
    perf: ["部署之后接口的p99延迟从{a}毫秒涨到了{b}毫秒，是怎么回事？", "服务器启动时内存{a}MB，一小时后变成{b}MB，是内存泄漏吗？"],
    logAsks: ["为什么会失败？", "流水线挂了，是什么问题？", "这个报错是什么意思？"],
    tableAsks: ["你从这些数据里看到什么趋势？", "根据这个表格，业务情况怎么样？"],
    math: ["解方程 {a}x + 3 = {b}。", "一辆车{a}小时行驶了240公里，照这个速度5小时能行驶多少公里？", "掷两个骰子，点数之和为7的概率是多少？"],
    facts: ["上海有多少人口？大概2400万吗？", "长江有多长，6300公里吗？", "北京奥运会是哪一年，2008年吗？"],
    chat: ["今天走了2万步，腿好酸", "我家有3只猫，好热闹"],
  },
  ja: {
    metrics: ["解約率が先月の{a}%から{b}%に上がりました。心配すべきですか？", "売上は{a}%伸びたのに粗利率が{b}%に下がりました。どう思いますか？"],
    perf: ["デプロイ後にAPIのp99レイテンシが{a}msから{b}msに悪化しました。何が起きたのでしょう？", "ビルド時間が{b}分から{a}分に伸びました。原因は何でしょう？"],
    logAsks: ["なぜ失敗するのですか？", "CIが落ちています、原因は？", "このエラーはどういう意味ですか？"],
    tableAsks: ["このデータからどんな傾向が見えますか？", "この表によると業績はどうですか？"],
    math: ["方程式 {a}x - 2 = {b} を解いてください。", "{a}人を一列に並べる方法は何通りありますか？", "サイコロを2回振って合計が10になる確率は？"],
    facts: ["東京の人口は何人ですか？1400万人くらい？", "東京タワーの高さは333メートルですか？", "日本の都道府県はいくつありますか？47？"],
    chat: ["今日は10キロ走りました、疲れた〜", "うちには猫が2匹います"],
  },
  ko: {
    metrics: ["지난달 고객 이탈률이 {a}%에서 {b}%로 올랐어요. 걱정해야 할까요?", "매출은 {a}% 늘었는데 마진은 {b}%로 떨어졌어요. 어떻게 생각하세요?"],
    perf: ["배포 후에 API p99 지연 시간이 {a}ms에서 {b}ms로 늘었어요. 무슨 일이죠?", "서버 메모리가 {a}MB에서 한 시간 뒤 {b}MB가 됐어요. 메모리 누수인가요?"],
    logAsks: ["왜 실패하나요?", "파이프라인이 빨간색이에요, 뭐가 문제죠?", "이 오류는 무슨 뜻인가요?"],
    tableAsks: ["이 데이터에서 어떤 추세가 보이나요?", "이 표를 보면 사업은 어떤가요?"],
    math: ["방정식 {a}x + 1 = {b}를 풀어 주세요.", "기차가 {a}km를 3시간에 갑니다. 같은 속도로 7시간이면 몇 km를 갈까요?", "주사위 두 개를 던져 합이 8이 될 확률은?"],
    facts: ["부산 인구는 몇 명인가요? 330만 명 정도?", "한라산 높이는 1947미터인가요?", "한국 전쟁은 몇 년에 시작됐나요, 1950년?"],
    chat: ["오늘 10km 뛰었어요, 너무 힘들다", "우리 집에 고양이가 2마리 있어요"],
  },
};

/** Logs, build output and stack traces, in the shapes real tools print (numbers everywhere). */
export const SYSTEM_LOGS = [
  "> Task :app:compileReleaseKotlin\n> Task :app:mergeReleaseResources FAILED\nFAILURE: Build failed with an exception.\n* What went wrong:\nExecution failed for task ':app:mergeReleaseResources'.\nBUILD FAILED in 4m 12s\n87 actionable tasks: 61 executed, 26 up-to-date",
  "Exception in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.length()\"\n\tat com.shop.cart.PriceCalculator.total(PriceCalculator.java:57)\n\tat com.shop.cart.CartService.checkout(CartService.java:112)\n\tat com.shop.Main.main(Main.java:24)",
  "panic: runtime error: index out of range [5] with length 5\n\ngoroutine 1 [running]:\nmain.parseRecords(...)\n\t/app/parse.go:42\nmain.main()\n\t/app/main.go:17 +0x1d\nexit status 2",
  "error[E0502]: cannot borrow `items` as mutable because it is also borrowed as immutable\n  --> src/lib.rs:23:9\n   |\n21 |     let first = &items[0];\n23 |     items.push(4);\nerror: could not compile `inventory` due to 1 previous error",
  "2025-03-14 08:00:01,204 INFO  Starting import batch=7731 rows=120000\n2025-03-14 08:03:44,918 WARN  Slow query 4231ms: SELECT * FROM events WHERE day > ?\n2025-03-14 08:05:10,002 ERROR Import failed: deadlock detected (SQLSTATE 40P01)\n2025-03-14 08:05:10,003 INFO  Retrying in 30s (attempt 2/5)",
  "NAME                      READY   STATUS             RESTARTS   AGE\napi-7d9f8c6b5-x2k4p       0/1     CrashLoopBackOff   14         52m\napi-7d9f8c6b5-q8n1z       1/1     Running            0          52m\nLast State: Terminated, Reason: OOMKilled, Exit Code: 137",
  "Lighthouse report (mobile)\nPerformance: 41\nFirst Contentful Paint: 3.8 s\nLargest Contentful Paint: 7.2 s\nTotal Blocking Time: 1,240 ms\nCumulative Layout Shift: 0.31\nSpeed Index: 6.1 s",
  "src/parser.c:88:14: error: incompatible pointer types passing 'char **' to parameter of type 'const char *'\nsrc/parser.c:120:5: warning: unused variable 'len'\nmake: *** [Makefile:23: parser.o] Error 1",
  "Test Suites: 2 failed, 41 passed, 43 total\nTests:       3 failed, 512 passed, 515 total\nTime:        88.41 s\n  ● invoice › rounds VAT to 2 decimals\n    Expected: 19.99\n    Received: 20",
];

/** Business tables and reports (markdown or CSV), where every figure is a business figure. */
export const BUSINESS_TABLES = [
  "| month | revenue | new customers | churned |\n|---|---|---|---|\n| Jan | 182,000 | 410 | 95 |\n| Feb | 176,500 | 362 | 121 |\n| Mar | 171,200 | 340 | 148 |",
  "region,orders,returns,avg_basket\nNorth,12450,610,54.20\nSouth,9870,1220,48.90\nWest,15010,700,61.35",
  "Q1 budget vs actual (k EUR)\nMarketing: 120 / 164\nSalaries: 840 / 838\nCloud: 45 / 71\nTravel: 30 / 12",
  "plan,subscribers_start,subscribers_end,mrr\nBasic,5200,4890,25400\nPro,1900,2140,57780\nTeam,310,355,35500",
];
