/**
 * What the numbers in a message are about, in the ten cue languages: maths a reader would call maths
 * (notation, or the words that name a maths problem), a running system (logs, stack traces, builds,
 * latency, memory, web vitals), or a business (metrics, finance, invoices, budgets). The team wrote
 * the vocabularies from general usage; they are read only when a task reading is in doubt (see
 * `task-guards.ts`), over the capped latest turn, so they cost nothing on most requests.
 * @module
 */
import { TermScanner, type TermList } from "./term-scanner.js";
import { JUDGEMENT_ASK, joinTerms } from "./judgement-asks.js";
import { hasChemEquation } from "./chemical-equation.js";

/** The team's pattern notation for one list (see `term-scanner.ts`): English words, stems of other languages, CJK substrings. */
function terms(english: string, stems: readonly string[], cjk: string): TermList {
  return { english, stems, cjk };
}

/**
 * Maths notation: LaTeX commands (whole: `C:\\src\\Generated` holds no `\\ge`) and maths symbols (literal-led: cheap
 * on any text). Superscript ² and ³ are not in it: "12 m²" is a measurement.
 */
const MATH_SYMBOLS = /\\(frac|sqrt|int|sum|boxed|cdot|times|le|ge|binom)(?![a-z])|[∫∑√π≤≥≠∞]/;
/** Notation that needs a marker character first: `$…=…$`, "x^2", "2x + 3 =", "y = 3x", "f(x)". */
const MATH_DOLLAR = /\$[^$\n]{0,40}[\\^_=][^$\n]{0,40}\$/;
const MATH_POWER = /\b[a-z]\s*\^\s*\d/;
const MATH_EQUATION = /\b\d*[a-z]\s*[-+]\s*\d+\s*=|\b[a-z]\s*=\s*-?\d+\s*[a-z]\b/;
const MATH_FUNCTION = /\bf\s*\(\s*x\s*\)/;

/** Whether `lower` shows maths notation; the costlier patterns run only when their marker character occurs. */
export function hasMathNotation(lower: string): boolean {
  if (MATH_SYMBOLS.test(lower)) return true;
  if (lower.includes("$") && MATH_DOLLAR.test(lower)) return true;
  if (lower.includes("^") && MATH_POWER.test(lower)) return true;
  if (lower.includes("=") && MATH_EQUATION.test(lower)) return true;
  if (hasChemEquation(lower)) return true;
  return lower.includes("(") && MATH_FUNCTION.test(lower);
}

/** Words that name a maths problem (English and nine other languages; Chinese and Japanese as substrings). */
const MATH_WORDS = terms(
  "stoichiometr(y|ic)|molar mass(es)?|limiting reagent|(theoretical|percent(age)?) yield|(p50|p90|p95|p99|percentiles?|median|mean|average) of (these|the following|this list)|margins? of error|nearest[- ]rank|mean and median|median and mean|mean, median|std dev|std\\. dev|stdev|sample variance|basic stats on|summary statistics (for|of|on)|solv(e|ed|ing)|equations?|log (math|maths|scale|base|rules?)|natural log|sample sizes?|confidence intervals?|standard deviations? (of|for|across|between)|(find|compute|calculate|work out|get|give me|show) (me )?(the |a |their |its )?(sample |population )?standard deviations?|what(s|'s| is| are| would be) the (sample |population )?standard deviations?|z-scores?|t-tests?|z-tests?|(give|tell|get|show) (me |us )?the p-values?|what(s|'s| is| are) the p-values?|(run|do) (a|the|an) (quick |simple )?(one|two)-sample|(one|two)-sample (t-|z-|proportion )?test (against|vs|versus|of)|two-proportion|two-sample|null hypothesis|hypothesis tests?|anova|chi-squared?|integrals?|derivatives?|theorems?|prove|proofs?|probabilit(y|ies)|polynomials?|matri(x|ces)|quadratic|factorials?|modulo|geometry|algebra(ic)?|triangles?|circles?|radius|hypotenuse|divisible|prime numbers?|combinatorics?|permutations?|arithmetic (sequence|progression)|geometric (sequence|series)|logarithms?|simplify|expected value|dice|coins? (is |are )?(tossed|flipped)|area of|perimeter|rectangles?|square roots?|multiples of|diagonals?|polygons?|consecutive (integers|numbers)|anagrams?|(two|three|four|five)-digit|digit sum|sum of (the )?digits|interior angles?|angles?|hexagon|pentagon|octagon|expected (number|value)|fair (die|coin)|how many ways|combinations|compound(ed|ing)? (interest|yearly|annually|monthly|quarterly|daily)|arithmetic|geometric|letters of the word|from the letters",
  ["resuelv|letras de la palabra|ecuaci|divisible|cifras|anagrama|[áa]ngulo|hex[áa]gono|de cu[áa]ntas (maneras|formas)|derivada|integral|probabilidad|demuestra|teorema|tri[aá]ngulo|c[ií]rculo|per[ií]metro|rect[aá]ngulo|progresi[oó]n|m[uú]ltiplos de|pol[ií]gono|inter[eé]s compuesto", "löse|aus den buchstaben|buchstaben des wortes|gleichung|teilbar|quersumme|dreistellig|zweistellig|anagramm|winkel|sechseck|wie viele möglichkeiten|ableitung|integral|wahrscheinlichkeit|beweise|dreieck|kreis|w[üu]rfel|fläche|umfang|rechteck|vielfache|zinseszins", "r[ée]sous|lettres du mot|[ée]quation|divisible|chiffres|anagramme|angles? int|hexagone|de combien de fa[çc]ons|d[ée]riv[ée]e|int[ée]grale|probabilit[ée]|d[ée]montre|th[ée]or[èe]me|triangle|cercle|aire d|p[ée]rim[èe]tre|rectangle|multiples de|suite (arithm|g[ée]om)|polygone|int[ée]r[êe]ts compos", "risolvi|lettere della parola|equazion|divisibil|cifre|anagramm|angol|esagono|in quanti modi|derivata|integrale|probabilit[àa]|dimostra|teorema|triangolo|cerchio|dadi|perimetro|rettangolo|multipli di|progressione|poligono|interesse composto", "resolva|letras da palavra|equa[çc][ãa]o|divis[íi]ve|algarismos|anagrama|[âa]ngulo|hex[áa]gono|de quantas (maneiras|formas)|derivada|integral|probabilidade|demonstre|prove que|tri[âa]ngulo|c[íi]rculo|per[íi]metro|ret[âa]ngulo|m[úu]ltiplos de|progress[ãa]o|pol[íi]gono|juros compostos", "реши|букв слова|из букв|уравнени|делится|трехзначн|трёхзначн|анаграмм|угл|шестиугольник|сколькими способами|производн|интеграл|вероятност|докаж|теорем|треугольник|окружност|кубик|площад|периметр|прямоугольник|прогресси|кратн|многоугольник|сложные проценты|сложных процентов", "방정식|미분|나누어떨어|세 자리|자릿수|내각|육각형|경우의 수|적분|확률|증명|삼각형|원의|주사위|넓이|둘레|정사각형|직사각형|배수|수열|다각형|복리"],
  "方程|导数|整除|三位数|两位数|内角|六边形|多少种|排列|组合|割り切れ|三桁|内角の和|六角形|導數|积分|積分|概率|機率|证明|證明|三角形|圆的|微分|確率|証明|サイコロ|骰子|几何|幾何|面积|面積|周长|周長|长方形|長方形|正方形|倍数|数列|數列|多边形|多角形|周の長さ|复利|複利|時速|分速|秒速|时速",
);

/** Asks for a computed quantity ("how many", "calculate"): with business words and no interpretive ask, a word problem. */
const COMPUTE_ASK = terms(
  "how (many|much|long|far|old)|comput(e|ing)|(is|was) (that|this|the total|the bill|the amount|the charge|the invoice) (right|correct)|(did|have) (they|you) (charge|charged|bill|billed) (me|us) (right|correctly)|(does|do|did) (this|that|it|everything|these|those|(the|this|that|these|those|my|our) (invoice|bill|receipt|quote|statement|numbers|totals?|figures|sums?|maths?)) (actually |really |all )?add up|find( the)?|determine|what(s|'s| is) the (exact|actual|true|overall) (probability|chance|chances|odds|likelihood)|what(s|'s| is) the (chance|chances|odds|likelihood)|what are the (exact )?(odds|chances) (of|that)|what(s|'s| is| was) the (average|mean|median|probability|expected|sum|cagr|growth rate|percent(age)?( change| increase| decrease)?|break-?even( point)?|payback( period)?|monthly payment|difference)|cagr|adds? up to|original price|(is|be) (it|they) worth",
  ["cu[aá]nt[oa]s?|calcula|halla", "wie (viele|viel|lange|weit|groß|alt)|berechne|bestimme", "combien|calcule|trouve|quel(le)? est (la|le) (valeur|somme|aire|prix)", "quant[oie]|calcola|trova|quanto vale", "quant[oa]s?|calcule|encontre", "сколько|вычисли|посчитай|найди|чему равн", "몇 |얼마|계산|구하",
    // The newer languages (eleventh round): nl, tr, pl, id, vi, ar, hi, sv, el, uk, cs, ro, he, fa, bn, sw, tl.
    "hoeveel|hvor (mange|mye|meget|lang)|ne kadar|kaç |ile (kosztuje|wynosi|to|będzie|zapłac)|ilu |ile razy|berapa|bao nhiêu|كم |kitna|kitne|kitni|कितन|hur (mycket|många|lång)|πόσ|скільки|kolik|c[âa]t (costă|face|este|o să)|câți|câte|cati |cate |כמה|וכמה|שכמה|چقدر|چند تا|কত|ngapi|kiasi gani|magkano|کتنا بن|کتنی بن|کتنے بن|کتنا خرچ|کتنا زیادہ|کتنی رقم|حساب لگا"],
  "多少|几个|幾個|计算|計算|求出|求解|求它|求这|いくつ|何個|何人|何分|いくら|何通り|求め|何キロ|何km|何メートル|何時間",
);

/**
 * Asks for a figure to compute: an amount of money ("what's the total with tax", "what's my commission so far", "how
 * much do I pay"), a growth or margin ("what's the Q2 growth vs Q1", "what's the profit margin") or a projection ("units
 * to break even?"). Unlike "how many" or "find", such an ask also makes an analysis reading of figures maths. Thirty-fourth
 * round: "month over month" with or without hyphens; 時速/分速 maths words and 何キロ/何時間 asks ("…何キロ進む？").
 */
const FIGURE_ASK = terms(
  "by what (percentage|percent|%)|what percentage (rise|increase|drop|fall|change)|what(s|'s| is| was) the (year[- ]on[- ]year |annual |yearly |monthly )?inflation (rate )?(if|when|given|from)|what (do|does|would|will) (those two|these two|the two|those|these|they|that|it|each|both) (come|work) out to|what (do|does|would|will) (those|these|they|that|it) come to|what (should|would|will) (each|the|my|our) (electricity |water |gas |phone |monthly |final )?(bill|invoice|payment|premium)s? be|what(s|'s| is) (my|our|the) (total |net |landed |delivered |average )?(cost|price|margin|profit) per|total (cost|price|spend) and (the )?difference|where (the|my|our) (premium|total|cost|bill|price) lands|what (her|his|my|our|their) (biweekly |monthly |weekly |annual )?(net|gross|take-home|pay|paycheck) (should|would|will) be|(i |we )?need (the |our |my )?(occupancy|adr|revpar|arpu|aov|gmv|cpa|cpc|ctr|roas|cac|ltv|cogs|ebitda)|(and|what(s|'s| is)) the difference (vs|versus|compared to|against)|(each|every) (member|person|farmer|driver|worker|household|partner|one)'s (net|share|payout|pay|cut|total)|what (revenue|income|profit|cost|turnover) (should|would|will|can) (we|i) (book|make|earn|expect)|(give me|get me|what(s|'s| is)) the per[- ](kit|unit|item|piece|person|head|tonne|ton|kg|trip|household) (number|figure|cost|price|amount)|what(s|'s| is| are| was| were) (the |my |our )?(blended |average |fully[- ]loaded |monthly |annual |overall )?(cac|ltv|cltv|nrr|grr|cogs|npv|irr|enps|nps|payback period|ending inventory|net revenue retention|gross revenue retention)|(want|need|give me|get me) a (rough |ballpark |total |single )?(number|figure|total) for|(give|want to give|need to give|need|want) (them |him |her |the board )?(a|one|the) (straight|single|exact|hard) (number|figure)|cost per (dollar|euro|pound) raised|what would (we|i|they) be paying|what(s|'s| is) the (monthly|annual|yearly|weekly|daily|total) (damage|bill|spend)|what(s|'s| is| would be| will be) the (saving|savings|gain|loss) (over|per|for|on|across|vs|compared)|what(s|'s) (that|this|it|everything) (all )?come to|come to all in|what(s|'s| is| are) the (order|invoice|bill|basket|cart|quote|landed|trip|event) total|(give me|what(s|'s| is)) (the )?max(imum)? (headcount|capacity|number of (guests|people|seats|pallets|units|boxes|rooms))|(just )?(want|need) the (running[- ]cost |running |raw |actual |cost )?numbers|what would (a|one|the) (year|month|week|winter|summer|season|semester|term) of|how big is the (gap|difference) (per|a|each|over|in)|(need|want|give me|get me) (the )?(blended |overall |average )?(cac|roas|roi|ltv|arpu|aov|cpa|cpc|cpm|ctr|enps|nps|conversion rates?)(,| and| for| per| by| plus)|so (she|he|they|i|we|it|the (employee|worker|contractor|freelancer|rep)) (nets?|takes home|clears|receives exactly)|what(s|'s| is| are) the (overall |step-by-step |blended |average )?(conversion|click-through|open|bounce|win|close|fill|response|completion|pass|redemption) rates?|what (do|would|will|did|should) (i|we|they|she|he) (actually |really |end up )?(pay|owe|save|spend)|what (margin|markup)|what would (it|they|this|that|each|the (mug|candle|item|product|unit|one|box|bag|bottle|shirt|jar)) need to sell for|need to sell (it |them )?(for|at)|what should (i|we) (charge|sell (it|them) for)|what would (it|that|this|the total|the bill|the plan|the price|the subscription|the annual plan) come to|come to for the (year|month|quarter)|what(s|'s| is) that per (month|year|week|day|hour|unit)|need (our|the|my) (annual |monthly |quarterly |yearly )?(staff |employee |customer |user |logo |revenue |net |gross )?(turnover|attrition|churn|retention|conversion|growth|utili[sz]ation|occupancy|vacancy|default) rate|what(s|'s| is) the (voluntary|involuntary|annual|monthly|quarterly) (turnover |attrition |churn )?rate|show the formulas|(using|with|under) (fifo|lifo|weighted[- ]average cost)|show the formula|what(s|'s| is| was| will be| would be) (the|my|our) (total|commission|final (price|cost|amount|bill)|monthly payment|tip|payout)|how much (do|will|would|did|should) (i|we) (pay|owe|get|earn|save|make)|what(s|'s| is| was| are| were) (the|my|our) (q[1-4]|qoq|yoy|mom|wow|monthly|annual|quarterly|year[- ]over[- ]year|quarter[- ]over[- ]quarter|month[- ]over[- ]month|week[- ]over[- ]week) (revenue |sales |user |mrr |arr )?growth|what(s|'s| is| was| are| were) (the|my|our) ((overall|total|average|combined|weekly|monthly) )?(profit|gross|net|operating) (margins?|profit|income)( percentage)?|what(s|'s| is| was) (the )?(net|gross|total) (revenue|sales|income|profit|payout)|the average (net )?per (order|customer|user|refund|item)|(%|percent|percentage) change (for|of|between|from)|compound(ed)? (monthly |quarterly |annual |yearly )?growth( rate)?|in (which|what) (month|year|week|quarter) (do|does|will|would) (we|it|they|i)|(month|year|week|quarter) (do|will) (we|it) (hit|reach|cross|pass)|what (would|will|should) (the|our|my) (monthly |annual |yearly |total |final )?(mrr|arr|revenue|balance|total|cost|bill|price) (roughly )?be|what(s|'s| is) the wall[- ]clock( time)?|what(s|'s| is) the (expected |total )?(error budget|downtime|uptime) (left|remaining)|how (much|many minutes of) (error budget|downtime)|by how much|how many more|(roughly|approximately|about) how (much|many|long)|how much more|(units|sales|customers|months) to break[- ]?even|to break[- ]?even\?|what(s|'s| is) the profit (then|after|at)|when (is|will) it (be )?(done|ready|full|finished|empty)|when (do|will|does) (we|it|they|the disk|the queue) (hit|reach|run out|fill up|cross)|at this rate when|to the minute|what we (actually )?(transfer|pay|owe)|net total|what(s|'s| is| will| would) (that|this|it) (be )?cost(ing)? (me|us)|costing (us|me) (per|a|each) (month|year|week|day)|(actually|really) come to|should (it|the (invoice|bill|total)) come to|what (does|would|will) (that|this|it) cost (me|us)|how much (is|does|will|would) (that|this|it) cost(ing)? (me|us)|what(s|'s| is| are| would be) the (effective|real|actual|true|all-in) (cost|price|rate|yield)s?|exact (amount|refund) (we|i|to|she|he|they)|how much (do|should) (we|i) refund|(does|would|will) (that|this|it|each|everything|the total|the bill) (all )?come to|(do|would|will) (they|those|these) (all )?come to|(does|would) (a|b|c|option a|option b|plan a|plan b) come to|come to in total|in total over|total over|what(s|'s| is| would be| will be) the (grand )?total (over|for|of|after|with|including|per|then|if)|(invoice|bill|order|grand|final|monthly|annual|yearly) total then|what(s|'s| is| would be| will be) left (for|over|after|in|of)|how much (is |would be |will be )?left (for|over|after|in)|(would|will) the (card |loan |remaining |ending |account |outstanding )?balance be|balance (left|remaining|outstanding) (on|after|at)|balance be (after|at|in|by)|show (your |the |all )?workings?|show (the|your) (math|maths|calculations?|lines|sums)|profit per (item|unit|product|sale|order|item type)|overall profit|(margin|markup) as a (%|percent|percentage|share)|what (i|we) (actually |really )?(keep|take home|clear|net) (per|on each|from each) (sale|order|unit|item|booking)",
  // Other languages (tenth round): "wie hoch ist der Nettobetrag", "¿cuánto pago al mes?", "quel est le montant TTC".
  [
    "cu[aá]nto (pago|pagar[eé]|pagar[ií]a|me toca|me queda|ahorro|ahorrar[ií]a|gano|ganar[eé]|debo)|a cu[aá]nto (tengo que|debo|hay que|deber[ií]a) vender|cu[aá]l (es|ser[ií]a) el (total|importe|neto|precio final|pago mensual)|total con iva|importe (neto|total)|para no perder|punto de equilibrio|para cubrir (los |mis )?(gastos|costos|costes)|para salir (a mano|tablas|sin p[ée]rdidas)|cu[aá]nto (me |nos |le )?(cuesta|costar[aá]|sale)",
    "wie hoch (ist|w[äa]re|sind|w[äa]ren) (der|die|das|mein|meine|unser|unsere) |wie viel (muss ich|zahle ich|bekomme ich|spare ich|kostet mich|kostet uns)|nettobetrag|bruttobetrag|endbetrag|gesamtbetrag|enthaltene (mwst|umsatzsteuer|steuer)|gewinnschwelle|um die kosten zu decken|ab wann (lohnt|rechnet) sich|was kostet (uns|mich|das|es|ihn|sie)|was kosten (uns|mich|die|sie)|wie viel kostet",
    "combien (je (vais )?(paie|payer|dois|gagne)|je vais devoir (payer|verser)|vais-je payer|[çc]a (fait|me co[uû]te|repr[ée]sente)|cela (fait|repr[ée]sente))|[çc]a repr[ée]sente combien|[àa] combien (dois-je|je dois|faut-il|on doit|devons-nous) (vendre|facturer|fixer)|quel(le)? (est|sera|serait) (mon|ma|le|la|notre) (taux de marge|taux de marque|prix de vente)|quel (est|serait) (le|mon) (montant|total|prix final|net|salaire net)|montant (ttc|ht|net|total)|prix ttc|seuil de rentabilit[ée]|pour ne pas perdre|pour couvrir (mes |les |nos )?(frais|co[uû]ts|charges)|combien (ça |cela |me |nous )?co[uû]te",
    "quanto (pago|devo pagare|pagher[oò]|risparmio|guadagno|mi costa|mi resta)|che prezzo (a persona |a testa )?(devo|dovrei) (mettere|fare|applicare|chiedere)|a quanto (devo|dovrei|bisogna) vendere|qual [èe] il (totale|netto|importo|prezzo finale)|importo (netto|totale)|punto di pareggio|per non (perderci|andare in perdita)|per coprire (i )?costi|quanto (mi |ci )?(costa|coster[àa])",
    "quanto (pago|vou pagar|fica|economizo|ganho|devo|vai dar|vai sair|vou gastar|deu)|(me )?mostr[ae] a conta|qual pre[çc]o (eu )?(coloco|cobro|ponho|boto)|por quanto (devo|tenho que|preciso) vender|qual (é|e|seria) o (total|valor final|l[íi]quido|valor da parcela)|valor (l[íi]quido|final)|ponto de equil[íi]brio|para n[ãa]o ter preju[íi]zo|para cobrir (os )?custos|quanto (me |nos )?(custa|custar[áa])",
    "сколько (я )?(заплачу|платить|получу|сэкономлю|должен)|итоговая сумма|(какая|какой) (итоговая|общая|итог)|сумма (без|с) ндс|точк[аиу] безубыточности|чтобы (не уйти в минус|окупить|выйти в ноль)|сколько (это |нам |мне )?(стоит|будет стоить|обойд)|во сколько (обойд|мне обойд)",
    "얼마를 내|총액은|총 얼마|실수령액은|손익분기",
    // Tagalog and Hebrew (eighteenth round): "magkano ang commission ng bawat isa", "מה יהיה המחיר החדש".
    "magkano ang (commission|komisyon|sahod|sweldo|bayad|kabuuan|total|babayaran|matitira|interes)|magkano lahat|ang total na babayaran|מה יהיה (המחיר|הסכום|הסך|התשלום)|מה (הסכום|הסך) ה?כולל",
  ],
  "总共多少钱|一共多少钱|总共要付|合計でいくら|合計金額は|総額はいくら|税込でいくら|手取りはいくら|盈亏平衡|保本|回本|損益分岐|赤字にならない",
);

/**
 * Asks by its verb for a figure to be calculated ("calculate", "work out", "посчитай", "計算して", "calcule la LTV"):
 * unlike "how many" or "what is", a question about a system or a business asked this way is a computation.
 */
const CALCULATE_ASK = terms(
  "calculate|calculating|round down|(need|want|get) (the )?(math|maths|numbers|calcs?) done|run the numbers|crunch (these|the|my|our) numbers|round(ed)? (it |them |everything |each |all |these )?to (1|2|3|4|one|two|three|four) (decimals?|decimal places|dp|places|significant figures|sig figs)|to (1|2|3|one|two|three) (decimals|decimal places|dp)|quick calc|quick calculation|compute (the|my|our|it|this|that|how|what)|work (it|them|this|that|these|those|everything) out for (me|us)|(please|pls|can you|could you|also|and|then|now|just) compute|compute (nrr|grr|arr|mrr|ltv|cac|roi|irr|npv|cagr|ebitda|eps|apr|apy|each|both|all|his|her|their)|work out|crunch the numbers|do the math|do the maths|sanity[- ]check (the|our|my|this) (math|maths|numbers|estimate|bill)|rounded to (the nearest|one|two|a whole)|round (it|them|everything|each) to|round (up|down) to|round to (the nearest|one|two|a whole)",
  // Verb forms only: a stem such as "calcula" would also be the start of "calculator".
  ["calc[uú]lame |calcularme |calcularnos |calcul[aá]rmelo|calcula (el|la|los|las|cu[aá]nt|mi|mis|nuestr)|calcular (el|la|los|las|cu[aá]nt)|saca la cuenta|haz la cuenta", "berechne |rechne (mir )?(aus|nach)|ausrechnen|rechenweg", "calcule (le|la|les|l'|mon|ma|mes|notre|nos)|calculez |calculer (le|la|les|l')|fais le calcul|montre(z)? le calcul|montre-moi le calcul", "calcola (il|la|i|le|l'|quant)|calcolami |fai il calcolo|fammi il calcolo|arrotonda", "calcule (o|a|os|as|quant|meu|minha)|calcular (o|a|os|as)|faz a conta|fa[çc]a a conta|(confirmar|conferir|verificar|fazer|faz|confirma|confere) as contas", "посчитай|посчитать|вычисли|вычислить|рассчитай|рассчитать|подсчитай|округли", "계산해|계산 좀|계산하",
    "bereken|reken (uit|na)|hesapla|hesabı|oblicz|policz|zaokrąglij|ile czego|ile (trzeba|potrzeba) |hitung|hitungkan|tính (giúp|hộ|cho|xem|ra)|احسب|حساب كم|hisaab laga|हिसाब लगा|beräkna|räkna ut|υπολόγισ|обчисли|порахуй|spočítej|vypočítej|calculeaz|חשב|תחשב|حساب کن|হিসাব কর|hesabu|piga hesabu|kalkulahin|kwentahin|compute mo"],
  "计算|算一下|算出|帮我算|計算|算算|試算",
);

/** Asks for a reading of numbers: why, should we worry, what explains, is it healthy, what to do. */
const INTERPRET_ASK = terms(
  "(is it|is that|would it be) (actually |really |even )?worth (it|switching|keeping|doing)|what(s|'s| is) going wrong|where would you (look|start)|(keep|run) (the |them |it )?(ads|them|it) or (kill|drop|cut|stop)|what am i missing|(the |a )?right decision|is (that|this|it) (defensible|fair|accurate|misleading|justified)|how should (i|we) (describe|report|frame|word|present|phrase) it|fair to say|what should (i|we) prioriti(s|z)e|where (do you think )?the (real )?(gap|weakness|problem) is|why|what('s|s| is) (likely |probably )?wrong|should (we|i)|which (one )?(should|would) (i|we)|which is better|is it worth (it|the)|think (it|this) through|pros and cons|trade-?offs?|better off|or stick with|worr(y|ied)|what (could|might) explain|what explains|what(s|'s| is) driving|driving|healthy|concern(s|ed|ing)?|interpret|read this|make of|insights?|recommend(ation|ations)?|what do you think|what would you (suggest|do|investigate)|trends?|good or bad|is (this|that|it) (bad|good|normal|a problem)|what happened|what changed|leaks?|biggest (leak|problem)|suspect|causes?|caused|culprit|what broke|what(s|'s| is) broken|what went wrong|any ideas|ideas\?|net positive|alarming|conclusions?|anything (wrong|unusual|odd)|what(s|'s| is) going on|thoughts|how (do|should) (we|i) read|how to improve|investigate|backfire[ds]?|worth it|troubleshoot(ing)?|root cause|how (do|should|can) (we|i) (debug|troubleshoot|diagnose|track (it|this) down)|where (do|should) (we|i) (look|start)|what would you (check|look at|review)|still worth|what (do|can) (we|i) do|what now|next steps?|how (do|can) (we|i) (fix|mitigate|stop|handle|recover)|mitigat(e|ion)|immediate (action|steps)|spik(e|es|ing)|goes nuts|blows up|keeps (climbing|growing|rising)",
  ["por qu[eé]|deber[ií]amos|me conviene|pros y contras|ventajas y desventajas|cu[aá]l (me )?conviene|cu[aá]l (elijo|escojo|elegir)|preocup|qu[eé] opinas|tendencia|es normal|es grave|qu[eé] (pas[oó]|est[aá] pasando)|conclusi|qu[eé] puede ser|mala idea|buena idea|c[oó]mo lo ves|qu[eé] pasa|vale la pena|a qu[eé] se debe|rentable|qu[eé] revisar[ií]as|c[oó]mo (lo )?(depuro|depurar|diagnostico|diagnosticar|investigo|investigar)|d[oó]nde (miro|empiezo|empezar)|qu[eé] hacemos|qu[eé] hago|qu[eé] (podemos|debemos|deber[ií]amos) hacer|pr[oó]ximos pasos|c[oó]mo lo (arreglamos|solucionamos)", "warum|wieso|sollten wir|oder reicht|was spricht (wofür|dafür|dagegen)|vor- und nachteile|welche (soll|sollte)|was ist besser|sorgen|was (meinst|denkst|h[äa]ltst) du|trend|ist das normal|ist das schlimm|was ist (da |hier )?passiert|was ist (hier|da) los|woran (liegt|könnte)|schlussfolger|wie bewertest|was heißt das|lohnt sich|fehlersuche|wie (finde|debugge|diagnostiziere) ich|wo (soll|sollen|sollten) (ich|wir) (anfangen|suchen)|was tun wir|was (sollen|können|sollten) wir (jetzt )?tun|was mache ich jetzt|n[äa]chste schritte|wie beheben wir", "pourquoi|devrions|vaut-il mieux|avantages et inconvénients|le pour et le contre|vaut le coup|lequel choisir|laquelle choisir|inqui[ée]t|qu'en penses|tendance|est-ce (normal|grave)|que s'est-il pass[ée]|comment l'interpr|bonne ou mauvaise|comment investiguer|qu'est-ce qui se passe|rentable|des pistes|comment (d[ée]boguer|diagnostiquer)|o[uù] chercher|que faire|qu'est-ce qu'on fait|que (devons|pouvons)-nous faire|prochaines [ée]tapes|comment (corriger|r[ée]soudre)", "perch[ée]|dovremmo|conviene|quale scegliere|pro e contro|vantaggi e svantaggi|non so quale|cosa mi consigli|preoccup|cosa ne pensi|tendenz|[èe] normale|cosa [èe] successo|come lo interpreti|cosa significa|conclusion|dove guardo|perch[ée]|conviene|come (diagnosticare|fare debug)|dove cercare|cosa facciamo|che facciamo|cosa (dobbiamo|possiamo) fare|prossimi passi|come (risolvere|sistemare)", "por que|dever[ií]amos|vale mais a pena|prós e contras|vantagens e desvantagens|compensa|qual (escolher|[ée] melhor)|preocup|o que (voc[êe] )?acha|tend[êe]ncia|[ée] normal|o que aconteceu|vale a pena|o que significa|conclus|como melhorar|o que houve|como (depurar|diagnosticar|investigar)|onde (olhar|come[çc]ar)|o que fazemos|o que (devemos|podemos) fazer|pr[óo]ximos passos|como (resolver|corrigir)", "почему|стоит ли|что выгоднее|плюсы и минусы|за и против|что лучше|какой выбрать|какую выбрать|беспоко|что (ты )?думаешь|тенденц|тренд|это нормально|что случилось|что произошло|как (это )?оцени|причин|что это значит|вывод|что не так|как (отладить|найти причину|разобраться)|в ч[её]м (дело|причина)|что делать|что нам делать|что предпринять|как (исправить|починить)|следующие шаги", "왜|걱정|어느 게 나아|장단점|뭐가 나아|어떤 게 나아|나을까|어떻게 생각|추세|정상인가|무슨 일|원인|어떻게 봐야|의미|결론|뭘까|뭐가 문제|디버깅|어떻게 해결|어디서부터|어떻게 해야|뭘 해야|무엇을 해야|어떻게 조치|다음 단계", "kwa nini|unaonaje|unasemaje|maoni yako|nifanye nini|tufanye nini|ni bora|bora zaidi|inafaa|nishauri|ushauri|au niendelee|au tuendelee"],
  "ঝুঁকি|ঠিক সিদ্ধান্ত|为什么|為什麼|原因|哪个更好|利弊|优缺点|メリット|デメリット|哪个好|值得吗|值不值|划算|选哪个|どっちがいい|どちらがいい|お得|担心|擔心|怎么看|趋势|正常吗|怎么回事|说明了什么|說明了什麼|说明什么|說明什麼|意味着|怎么评价|如何评价|结论|什么问题|解读|なぜ|どうして|原因|心配|どう思|傾向|トレンド|何が起き|考えられ|どう評価|解釈|意味|結論|排查|怎么解决|如何解决|如何定位|怎么定位|調べ|対処|どうすれば|怎么办|该怎么做|应该怎么做|下一步|如何处理|怎么处理|どうしたら|どう対応|何をすべき",
);

/**
 * Sets two figures side by side ("what would I have paid … vs what I paid", "which is cheaper over 12 months and by how
 * much?"): a reading of the numbers only when nothing asks to compute them (eighteenth round). With an ask to compute,
 * the comparison is the computation's result.
 */
const COMPARE_ASK = terms("vs|versus|which is cheaper", [], "");

/** Numbers about a running system: infrastructure, builds, tests, performance, releases. */
const SYSTEM_WORDS = terms(
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
const WEAK_SYSTEM_GROUPS: readonly TermList[] = [
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
function weakSystem(groups: number, lower: string, softwareWord: boolean): boolean {
  const size = SIZE_MARK.test(lower);
  if (groups === 0) return size && softwareWord;
  return softwareWord || size || (groups & (groups - 1)) !== 0;
}

/** Words of software, that make {@link WEAK_SYSTEM_GROUPS}' words a system's: an app, a site, code, a program, a bug. */
const SOFTWARE_WORDS = terms(
  "apps?|web ?apps?|websites?|web ?sites?|software|saas|programs?|scripts?|code|codebase|bugs?|login|plugins?|firmware|cloud|aws|azure|gcp|linux|windows server|vms?|virtual machines?|microservices?|(the|our|this|my) (service|services|backend|cluster|site|instance|instances)|cluster|instances?|staging|prod|production|github|gitlab|python|java|javascript|typescript|golang|php|ruby|postgres(ql)?|mysql|mongo(db)?|kafka|nginx|grafana|datadog|prometheus",
  ["aplicaci[oó]n web|sitio web|p[aá]gina web|programa|c[oó]digo|software|servicio", "anwendung|webseite|programm|software|dienst", "logiciel|site web|appli|programme|code source", "sito web|programma|codice|software|applicazione web", "aplicativo|site|programa|c[oó]digo|software", "приложени|сайт|программ|код|сервис|софт", "앱|웹|프로그램|코드|서비스|소프트웨어"],
  "应用|程序|代码|網站|网站|软件|軟體|系统|系統|アプリ|サイト|プログラム|コード|ソフト|システム",
);

/** A speed ("80 km/h", "60 mph", "时速"): with an ask to compute, a motion word problem (trains that meet, cars that catch up). */
const SPEED =
  /\d\s?(km\/h|km\/std|kmh|mph|m\/s|km\/ч|м\/с|公里\/小时|千米\/小时|km\/時|km\/시)(?![a-zа-я])|miles? (an|per) hour|kilomet(er|re)s? (an|per) hour|stundenkilometer|kilom[èe]tres? (à l'|par )heure|kil[óo]metros por hora|quil[ôo]metros por hora|chilometri (all'ora|orari)|километр\S* в час|时速|時速|시속/;

/**
 * Language-independent marks of software: a version ("5.4.1", "v2.8"), a duration in ms (a size is {@link SIZE_MARK}). An amount
 * grouped in thousands with dots ("1.260.000", as most of Europe, Indonesia and Latin America write it) is not a version.
 */
const SYSTEM_MARKS = /(?<![\d.])(?!\d{1,3}(?:\.\d{3})+(?![\d.]))v?\d+\.\d+\.\d+(?![\d.])|\bv\d+(\.\d+)?\b|\d\s?(ms|мс|毫秒)(?![a-zа-я])/;
/** A size ("512 MB", "2 Go", "16 ГБ"): a system's with a word of software, otherwise as often a phone plan's data or a disk bought. */
const SIZE_MARK = /\d\s?(mb|gb|mo|go|мб|гб)(?![a-zа-я])/;

/**
 * An amount of money ("€130", "40-50€", "42k €", "R$ 900", "300 pavos", "244 руб", "1.500 円"): a price or a salary. With
 * an ask to weigh options, a maths reading of it is read like one of business figures (see `task-guards.ts`).
 */
const MONEY = /[€$£¥₩₽]\s?\d|\d\s?(?:k\s?)?(?:€|£|¥|₩|₽|円|元|块|원)|\d\s?(?:eur|euros?|usd|dollars?|reais|pavos|rubl\w*|руб\w*)(?![a-z])|\br\$\s?\d/;

/** Numbers about a business: metrics, customers, money, budgets, invoices, reports. */
const BUSINESS_WORDS = terms(
  "(cloud|gcp|aws|azure|hosting|saas|vendor) (bills?|costs?|spend|invoices?)|churn(ed|ing)?|retention|conversions?|revenues?|mrr|arr|kpis?|cohorts?|funnel|sign-?ups?|subscribers?|customers?|users?|dau|mau|arpu|ltv|cac|nps|growth|yoy|mom (growth|change)|quarter(s|ly)?|q[1-4]|margins?|sales|bookings|win rate|tickets|backlog|headcount|ratings|traffic|visitors|sessions|ad spend|budgets?|ads|campaigns?|open rate|clicks?|ctr|roi|roas|profitability|ebitda|cash ?flow|burn|runway|invoices?|expenses|pricing|price increase|basket|forecast|p&l|balance sheet|income statement|payroll|salar(y|ies)|net promoter|attrition|turnover|occupancy|market share|reservations|nightly rate|ratings?|reviews|seats|net revenue retention|refunds?|average (order|basket|ticket)|subscriptions?|unit economics|memberships?|members|cancellations?|upgrades|cost per (acquisition|customer|lead|click)",
  ["abandono|clientes|ingresos|ventas|reservas|precios|facturaci[oó]n|factura|margen|presupuesto|gastos|costos|costes|beneficio|suscriptores|usuarios|tasa de|conversi[oó]n|retenci[oó]n|trimestre|pedidos|rentabilidad", "k[üu]ndigung|abwanderung|kunden|umsatz|ums[äa]tze|erl[öo]s|rechnung|marge|budget|ausgaben|kosten|gewinn|abonnenten|nutzer|quote|konversion|quartal|bestellungen|rendite", "attrition|d[ée]sabonnement|clients|chiffre d'affaires|ventes|facture|marge|budget|d[ée]penses|co[ûu]ts|b[ée]n[ée]fice|abonn[ée]s|utilisateurs|taux de|trimestre|commandes|rentabilit[ée]", "abbandono|clienti|ricavi|fatturato|vendite|fattura|margine|budget|spese|costi|profitto|iscritti|utenti|tasso di|trimestre|ordini", "cancelamento|clientes|receita|faturamento|vendas|fatura|margem|or[çc]amento|despesas|custos|lucro|assinantes|usu[áa]rios|taxa de|trimestre|pedidos", "отток|клиент|выручк|доход|продаж|средний чек|счет|счёт|марж|бюджет|расход|затрат|прибыл|подписчик|пользовател|конверси|удержани|квартал|заказ", "이탈|고객|매출|수익|영업이익|광고비|판매|청구서|송장|마진|예산|비용|이익|구독자|사용자|전환율|리텐션|분기|주문", "mauzo|faida|gharama|mapato|hasara|wateja|bajeti"],
  "流失|客户|客戶|用户|用戶|日活|月活|付费|销售额|退货|收入|营收|營收|销售|銷售|发票|發票|利润|利潤|毛利|预算|預算|成本|费用|訂閱|订阅|转化率|轉換率|留存|季度|订单|解約|顧客|ユーザー|売上|販売|請求書|利益|粗利|予算|費用|コスト|購読|コンバージョン|継続率|四半期|注文|広告費|新規顧客|営業利益",
);

/** Log output: timestamps, levels, access-log lines, stack frames (Java, Python, JS, Go, Rust), CI and build markers. */
const LOG_LINE =
  /^\s*(\d{1,3}(\.\d{1,3}){3} - \S{1,40} \[\d\d\/|\[?\d{4}-\d\d-\d\d[t ]\d\d:\d\d|\[?\d\d:\d\d:\d\d|\[?(error|err!|warn|warning|info|debug|fatal|fail|failed|passed|ok|panic)\b|at [\w.$<>]+ ?\(|at .+:\d+:\d+|npm err|##\[|step \d+\/\d+|exit(ed)? (with )?code \d+|traceback|e\s{2,}|file ".+", line \d+|caused by:|exception in thread|goroutine \d+|thread '.+' panicked|error\[e\d+\]|-->\s*\S+:\d+:\d+|> task :|build (failed|successful)|\S+\.(c|cc|cpp|h|go|rs|ts|js|py|java|kt):\d+(:\d+)?:? (error|warning)|make: \*\*\*|fatal:|killed|oomkilled|crashloopbackoff)/;
const LOG_WORDS = /\b(ci|pipeline|build (log|failed|failure)|workflow|github actions|jenkins|gitlab|test run|stack ?trace|exit code|logs?)\b/;
/** Lines that report a failure (an error, exception or failed test), as opposed to a log of traffic. */
const ERROR_LINE = /\b(error|exception|failed|fatal|panic(ked)?|traceback|segfault|oomkilled|crashloopbackoff|exit code [1-9])\b|err!/;
/** `ERROR_LINE`'s words as literals (prefixes), for a cheap look before any regex. */
const FAILURE_WORDS = ["error", "exception", "fail", "fatal", "panic", "traceback", "segfault", "oomkilled", "crashloop", "exit code", "err!"];
/** Characters of a long text a failure word is looked for in (a failing log shows one near its top). */
const FAILURE_WINDOW_CHARS = 4_000;

/** Whether `lower` may report a failure after `from`: a literal look for `ERROR_LINE`'s words in its first characters. */
export function mayReportFailure(lower: string, from = 0): boolean {
  const window = lower.length > FAILURE_WINDOW_CHARS ? lower.slice(0, FAILURE_WINDOW_CHARS) : lower;
  return FAILURE_WORDS.some((word) => window.includes(word, from));
}

const MATH = 1;
const COMPUTE = 2;
const INTERPRET = 4;
const SYSTEM = 8;
const BUSINESS = 16;
const FIGURE = 32;
const CALCULATE = 64;
const SOFTWARE = 128;
/** The bit of {@link COMPARE_ASK}, after the weak system groups. */
const COMPARE = 1 << (8 + WEAK_SYSTEM_GROUPS.length);
/** One scanner for the eight lists, in the order of the bits above, then the weak system groups a bit each (one pass). */
const SCANNER = new TermScanner([MATH_WORDS, COMPUTE_ASK, joinTerms(INTERPRET_ASK, JUDGEMENT_ASK), SYSTEM_WORDS, BUSINESS_WORDS, FIGURE_ASK, CALCULATE_ASK, SOFTWARE_WORDS, ...WEAK_SYSTEM_GROUPS, COMPARE_ASK]);
/** The bits of {@link WEAK_SYSTEM_GROUPS} in a scan. */
const WEAK_SYSTEM = ((1 << WEAK_SYSTEM_GROUPS.length) - 1) << 8;

/** Whether the text (lower-cased) shows maths notation or names a maths problem. */
export function hasExplicitMath(lower: string): boolean {
  return hasMathNotation(lower) || (SCANNER.scan(lower) & MATH) !== 0;
}

/** A log line says what it is in its first characters; a longer line is read that far (bounded work per line). */
const LOG_LINE_CHARS = 1_000;

function logLines(text: string): number {
  let count = 0;
  for (const line of text.split("\n", 200)) if (LOG_LINE.test(line.length > LOG_LINE_CHARS ? line.slice(0, LOG_LINE_CHARS) : line)) count++;
  return count;
}

/** Whether the text (lower-cased) holds log output or a stack trace. */
export function looksLikeLog(lower: string): boolean {
  const lines = logLines(lower);
  return lines >= 2 || (lines >= 1 && LOG_WORDS.test(lower));
}

/**
 * Says the sums are done or not wanted ("I've already run the numbers", "please don't redo it", "advice, not math", "I'm
 * not after exact numbers"; eighteenth round): a reading of the figures is asked, not a computation.
 */
export const SUMS_DECLINED =
  /\b(?:not asking (?:you )?(?:to )?(?:compute|calculate|work out|do) (?:the )?(?:payments?|numbers|math|maths|sums|figures)|already (?:done|run|ran|did|crunched|worked out) (?:the|all the|my) (?:math|maths|numbers|calculating|calculations?|sums)|(?:please )?don'?t (?:redo|recalculate|re-?run) (?:it|them|the (?:math|numbers|calculations?))|(?:advice|a judgement|your read|an opinion),? not (?:the )?(?:math|maths|calculations?|numbers)|not after (?:exact|the|precise) (?:numbers|figures|calculations?)|(?:don'?t|do not) need (?:exact |precise |the )?(?:numbers|figures|calculations?|the math))\b|ya hice (?:las cuentas|los c[aá]lculos)|j'ai d[ée]j[àa] fait (?:le calcul|les calculs)|ich habe (?:schon|bereits) gerechnet|j[áa] fiz as contas|ho gi[àa] fatto i conti|уже посчитал/;

/** What the numbers of a lower-cased text are about. */
export interface NumericDomain {
  math: boolean;
  log: boolean;
  /** A log or trace that reports a failure. */
  failure: boolean;
  system: boolean;
  business: boolean;
  /** An amount of money: a price, a salary, a fee. */
  money: boolean;
  /** Asks for a computed quantity (a figure or a calculation included). */
  compute: boolean;
  /** Asks for a figure to compute: an amount of money, a growth or margin, a projection. */
  figure: boolean;
  /** Asks by its verb for a figure to be calculated. */
  calculate: boolean;
  /** Asks for a reading of the numbers. */
  interpret: boolean;
}

/** Characters of a long text read for its domain words: its head and its tail (where the question usually is). */
const DOMAIN_HEAD_CHARS = 1_400;
const DOMAIN_TAIL_CHARS = 600;

/** Reads the domain of the numbers in `lower` (see the module comment). */
export function readNumericDomain(fullLower: string): NumericDomain {
  const lower = fullLower.length > DOMAIN_HEAD_CHARS + DOMAIN_TAIL_CHARS ? `${fullLower.slice(0, DOMAIN_HEAD_CHARS)}\n${fullLower.slice(-DOMAIN_TAIL_CHARS)}` : fullLower;
  const log = lower.includes("\n") && looksLikeLog(lower);
  const found = SCANNER.scan(lower);
  return {
    math: (found & MATH) !== 0 || hasMathNotation(lower) || ((found & COMPUTE) !== 0 && SPEED.test(lower)),
    log,
    failure: log && ERROR_LINE.test(lower),
    system: (found & SYSTEM) !== 0 || SYSTEM_MARKS.test(lower) || weakSystem(found & WEAK_SYSTEM, lower, (found & SOFTWARE) !== 0),
    business: (found & BUSINESS) !== 0,
    money: MONEY.test(lower),
    compute: (found & (COMPUTE | FIGURE | CALCULATE)) !== 0,
    figure: (found & FIGURE) !== 0,
    calculate: (found & CALCULATE) !== 0,
    interpret: (found & INTERPRET) !== 0 || ((found & COMPARE) !== 0 && (found & (COMPUTE | FIGURE | CALCULATE)) === 0),
  };
}

/**
 * The zero of each block of decimal digits past ASCII (sixteenth round): Arabic-Indic and Persian, Devanagari, Bengali,
 * Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian
 * and full-width: "५०,००० रुपैयाँ" holds numbers too.
 */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10];

function isDigit(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  if (c < 0x660) return false;
  for (const zero of DIGIT_ZEROS) if (c >= zero && c <= zero + 9) return true;
  return false;
}

/** Counts the numbers (digit runs) of a text, up to `max`: ASCII digits and the native digits of other scripts. */
export function countNumbers(text: string, max = 8): number {
  let count = 0;
  let inNumber = false;
  for (let i = 0; i < text.length && count < max; i++) {
    const c = text.charCodeAt(i);
    const digit = isDigit(c);
    if (digit && !inNumber) count++;
    inNumber = digit || (inNumber && (c === 46 || c === 44) && i + 1 < text.length && isDigit(text.charCodeAt(i + 1)));
  }
  return count;
}
