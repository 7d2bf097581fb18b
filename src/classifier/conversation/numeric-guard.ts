/**
 * The numeric guard (moved out of `task-guards.ts` in the twelfth round, unchanged but for that round's rule): numbers
 * are not maths, and maths is maths in any language; what the figures are about decides (see {@link numericGuard}).
 * @module
 */
import { CHOICE_ASK } from "./choice-asks.js";
import { SUMS_DECLINED, countNumbers, looksLikeLog, mayReportFailure, readNumericDomain, type NumericDomain } from "./numeric-domain.js";
import { showsCode } from "./code-shape.js";
import type { ConversationReading } from "./read-conversation.js";
import { asksForCommandOverVersions, looksUpRule } from "./rule-lookup.js";
import { sharesNews } from "./shared-news.js";
import { sheetGuard } from "./sheet-asks.js";
import { CONCEPTS_COMPARED, DEFINITION_ASK, ERROR_WORDS, asksWhatItMeans } from "./meaning-ask.js";

/** A correction and why it was made (the shape of `task-guards.ts`'s `GuardResult`). */
interface GuardResult {
  task: string;
  why: string;
}

/** Tasks a pasted log with a question is not, unless the user asks for something to be written. */
const NOT_LOG_TASKS = new Set(["math", "code_generation", "simple_qa", "chat", "deep_reasoning"]);
const WRITE_REQUEST = /\b(write|create|generate|implement|build me|make me|add)\b|\b(?:need|want) an? (?:\w+ )?(?:script|function|query|program|cli|regex|one-?liner)\b/;
/**
 * Asks to make the change now ("ok go ahead and fix it, option 1", "go with the EXISTS version, update the function";
 * thirteenth round). English imperatives only: `task-guards.ts`'s wider `CHANGE_REQUEST` also holds stems that report a
 * change made ("cambiamos la versión de React… ¿qué puede ser?" is a question about figures).
 */
const MAKE_THE_CHANGE = /\b(?:fix|update|change|apply|patch|modify|rewrite|refactor|go ahead|go with|do it|ship it)\b/;
/** Code asked for by its purpose ("pandas code to get hourly means", "a SQL query that sums…"): a write request unless the text reports a failure. */
const CODE_PURPOSE = /\b(?:code|script|query|function|snippet|one-?liner|regex|formula)(?: \([^)\n]{1,20}\))? (?:to|that|which) \w/;

/** A first line that states a running system's problem ("the sync service keeps timing out between 12:00 and 13:30"). */
const PROBLEM_STATED =
  /\b(?:keeps? (?:timing out|failing|crashing|dropping|hanging|restarting)|timing out|times out|(?:is|are|started|starts|keeps) (?:failing|crashing|erroring|hanging)|falls over|fell over|goes down|went down|is broken|errors? out)\b/;
/**
 * Asks what a quoted term means ("What does \"2/10 net 30\" mean?", "¿Qué es eso del «R.E.»?", "c'est quoi « TTC » ?"):
 * a lookup, whatever figures surround it (fourteenth round).
 */
const QUOTED_TERM_ASK =
  /(?:\bwhat(?:'s| is| does| do| exactly is| actually is)(?: an?| the)?|qu[eé] (?:es|significa|quiere decir)(?: eso del?| lo del?)?|c'est quoi|qu'est-ce que|que (?:veut dire|signifie)|o que (?:[ée]|significa|quer dizer)(?: esse| esta| isso de)?|cosa (?:significa|vuol dire|[èe])|was (?:bedeutet|hei(?:ss|ß)t|ist)|что (?:такое|значит|означает)|mit jelent(?: pontosan)?(?: az,? hogy)?|co (?:to )?(?:znaczy|oznacza)|wat betekent|vad betyder|hva betyr|hvad betyder|ne demek|apa (?:itu|arti|artinya)|co znamená|ce înseamnă|τι σημαίνει|що означає|що таке)\s?[«"“„'][^"”»'\n]{1,30}[»"”“']\s?(?:mean|stand for|means|\?|？)/;
const QUOTE_MARK = /["“«„']/;
const QUOTED_TERM_READINGS = new Set(["math", "analysis", "deep_reasoning", "extraction", "chat", "creative_writing"]);
/**
 * The weighing puzzle's own words ("a balance scale, only three weighings", "una sola pesada", "moedas falsas", "양팔저울",
 * "はかりを1回だけ"): a puzzle to reason out, however many grams it quotes (fourteenth round).
 */
const WEIGHING_PUZZLE =
  /\b(?:balance scale|(?:one|two|three|a single|only one|only \d) weighings?|weighings|counterfeit coins?|fake coins?)\b|(?:una sola|solo una|dos|tres) pesadas?|monedas? falsas?|moedas? falsas?|uma (?:s[óo] |[úu]nica )?pesagem|une seule pes[ée]e|fausses? pi[èe]ces?|falsche münze|nur (?:einmal|ein einziges mal) wiegen|moneta falsa|una sola pesata|фальшив\S* монет|одно взвешивание|взвешивани|假币|天平|称一次|只能称|양팔 ?저울|가짜 동전|저울을 (?:한|두|세) ?번|동전[^\n]{0,40}무게가 다|1回だけ(?:使|量)|天秤|偽(?:物の)?(?:硬貨|コイン)/;
/** Readings a weighing puzzle's numbers or story give (a solving verb, "풀어서", "resuelve", is a puzzle's too: sixteenth round). */
const PUZZLE_MISREAD = new Set(["math", "translation", "summarization", "extraction", "classification", "simple_qa"]);
/**
 * A recipe, with an ask to compute ("Sab kuch kitna lena padega?", "Ile czego mam kupić?", "how much of each for 11?"):
 * quantities to scale (fourteenth round).
 */
const RECIPE = /\b(?:recipe|receta|rezept|recette|ricetta|receita|recepta|przepis|tarif|resep|resepi|recept|recipe ki|recipe hai)\b|рецепт|食谱|食譜|配方|レシピ|레시피|công thức|สูตรอาหาร|وصفة|मिश्रण/;
/** A number of people or servings ("4 logon", "11 osób", "6 personas", "8人"): a recipe is scaled from one to another. */
const PEOPLE_COUNT = /(?<!\d)\d{1,4}\s?(?:people|persons|servings|guests|portions|personas|porciones|personnes|persone|porzioni|pessoas|porções|osób|osoby|porcj\w*|log|logon|kişi|kişilik|orang|người|personen|gäste|portionen|человек|порци\w*|人|名|명|인분)(?![a-z])/g;
const SCALING_MISREAD = new Set(["classification", "extraction", "summarization", "translation", "creative_writing", "code_review"]);
/** Readings that numbers alone can produce: a question full of figures looks like a maths problem or a puzzle. */
const NUMBER_READINGS = new Set(["math", "deep_reasoning"]);
/** Readings figures give a lookup of a rate or a limit. */
const LOOKUP_READINGS = new Set(["math", "analysis", "deep_reasoning", "translation", "extraction", "summarization", "classification"]);
/** Of those, the readings a lookup gets without figures in the turn; the others only from a turn that holds some. */
const FIGURE_LOOKUP_READINGS = new Set(["math", "analysis", "deep_reasoning"]);

/** Readings of a question about figures that did not see what the figures are about. */
const SHALLOW_READINGS = new Set(["simple_qa", "chat"]);
/** A latest turn shorter than this asks about figures an earlier turn may hold ("what do you make of it?"). */
const SHORT_TURN_CHARS = 300;

/**
 * Numbers are not maths, and maths is maths in any language. What the figures are about decides:
 * - a maths or puzzle reading without maths notation or maths words becomes `code_review` when the
 *   numbers sit in a log or describe a running system, and `analysis` when they describe a business
 *   (unless the turn only asks to compute a quantity: a word problem stays maths);
 * - a pasted log with a question, or a failing log read as analysis, is debugging; a question why a
 *   system's figures moved, read as analysis, is debugging too;
 * - a quick-answer or chat reading of a question about figures (the latest turn, with the turn before
 *   it when short) becomes debugging or analysis when it asks what a system's or a business's figures
 *   mean, and maths only with maths words and an ask to compute (a factual question with numbers stays).
 *
 * `confidence` is the reading's (after the blind-language cap): at {@link SURE_MATH} or more a maths, puzzle or analysis
 * reading stands unless a reading of the figures, a failure or a log is asked (eighteenth round). Left out, the reading
 * counts as unsure and the rules apply as before.
 */
export function numericGuard(task: string, reading: ConversationReading, confidence = 0): GuardResult | undefined {
  const text = reading.latestLower;
  const lines = text.includes("\n");
  if (task !== "math" && lines && NOT_LOG_TASKS.has(task) && !WRITE_REQUEST.test(text) && looksLikeLog(text) && !(CODE_PURPOSE.test(text) && !readNumericDomain(text).failure)) {
    return { task: "code_review", why: "a pasted log is read as debugging" };
  }
  if (DEFINITION_READINGS.has(task) && asksWhatItMeans(reading)) return { task: "simple_qa", why: "asks what a term among the figures means" };
  // "Ho Node 18.19.0 e pnpm 8.15.1. Con che comando aggiorno pnpm?": the command is looked up (thirty-first round).
  if (asksForCommandOverVersions(task, text) && !ERROR_WORDS.test(text) && !mayReportFailure(text)) return { task: "simple_qa", why: "asks which command to run: a lookup, whatever versions it names" };
  // A percent asked for ("今何%") is the rate looked up, not a maths cue against the lookup (nineteenth round).
  if (LOOKUP_READINGS.has(task) && !reading.cues.some((cue) => cue.strong && cue.task === task && !/[%％]/.test(cue.word)) && (FIGURE_LOOKUP_READINGS.has(task) || countNumbers(text, 1) > 0) && looksUpRule(text)) return { task: "simple_qa", why: "asks for a rate or a limit to be looked up, not worked out" };
  // A failing log with no word asking to summarize it ("keeps timing out between 12:00 and 13:30 … log excerpt:") is a
  // problem to debug, not a text to shorten (thirteenth round).
  if (task === "summarization" && lines && PROBLEM_STATED.test(text.slice(0, text.indexOf("\n"))) && !reading.cues.some((cue) => cue.task === "summarization") && looksLikeLog(text)) return { task: "code_review", why: "a failing log with no ask to summarize it is read as debugging" };
  // "Brüt kâr marjı, FAVÖK ve net kâr marjı kaç çıkıyor? … kendi hesabımı kontrol etmek istiyorum": figures with an ask
  // to compute them, read as a text to shorten though no word asks for a summary, are maths (fourteenth round).
  if (task === "summarization" && countNumbers(text) >= 4 && !reading.cues.some((cue) => cue.task === "summarization") && asksToCalculate(readNumericDomain(text), text)) return { task: "math", why: "figures with an ask to compute them, and no ask to summarize" };
  if (QUOTED_TERM_READINGS.has(task) && QUOTE_MARK.test(text) && QUOTED_TERM_ASK.test(text) && !ERROR_WORDS.test(text)) return { task: "simple_qa", why: "asks what a quoted term means" };
  const sheet = sheetGuard(task, reading);
  if (sheet !== undefined) return sheet;
  if (PUZZLE_MISREAD.has(task) && (task === "math" || !reading.cues.some((cue) => cue.task === task && cue.strong)) && WEIGHING_PUZZLE.test(text)) return { task: "deep_reasoning", why: "a weighing puzzle: coins or lots told apart with a scale" };
  if (SCALING_MISREAD.has(task) && !reading.cues.some((cue) => cue.task === task && cue.strong) && RECIPE.test(text) && (text.match(PEOPLE_COUNT)?.length ?? 0) >= 2 && readNumericDomain(text).compute) return { task: "math", why: "a recipe to scale: quantities asked for another number of people" };
  if (NUMBER_READINGS.has(task)) return numbersAbout(task, reading, confidence);
  if (task === "analysis") return analysisOfFigures(text, confidence) ?? figureAskedOfEarlierTurns(reading);
  // "WE JUST HIT 1,000 FIVE STAR REVIEWS … so I'm telling you", "thanks!! the auditor signed off in 10 minutes": news with
  // figures, shared or thanked for, asks nothing (nineteenth round).
  if (task === "chat" && !/[?？]/.test(text) && (sharesNews(text) || OPENS_WITH_THANKS.test(text) || OPENS_WITH_LAUGHTER.test(text))) return undefined;
  if (SHALLOW_READINGS.has(task) || (task === "code_generation" && !reading.agent.coding && text.length < SHORT_TURN_CHARS && !WRITE_REQUEST.test(text) && !MAKE_THE_CHANGE.test(text))) return questionAboutFigures(reading);
  return undefined;
}

/**
 * A short later turn that asks for a figure ("ok so what does B come to in total over the full 5 years?", "what's the
 * April invoice total then? show the lines"), read as analysis because the conversation weighed figures before it:
 * the figure is worked out from the earlier turns' (or tools') figures (seventeenth round).
 */
function figureAskedOfEarlierTurns(reading: ConversationReading): GuardResult | undefined {
  const latest = reading.latestLower;
  if (reading.latestIndex <= 0 || latest.length >= SHORT_TURN_CHARS || CHOICE_ASK.test(latest)) return undefined;
  const domain = readNumericDomain(latest);
  if (!(domain.figure || domain.calculate) || domain.interpret || domain.log) return undefined;
  return { task: "math", why: "a later turn asks for a figure worked out from the figures before it" };
}

/**
 * A later turn that holds its own figures and its own ask to compute, and nothing about a business, a system or a reading
 * of figures ("Ein Auto fährt 12 km in 2 Stunden. Wie weit fährt es in 5 Stunden?" after a question about a quarter's
 * costs): a new problem, not read with the turn before it (eighteenth round).
 */
function asksItsOwnSum(reading: ConversationReading): boolean {
  const latest = reading.latestLower;
  if (reading.previousUserLower === "" || latest.length >= SHORT_TURN_CHARS || countNumbers(latest, 1) === 0) return false;
  const own = readNumericDomain(latest);
  return (own.compute || own.math) && !own.business && !own.system && !own.interpret && !own.log && !own.money;
}

/** The latest turn, with the user turn before it when the latest is short (a question about figures pasted earlier). */
function withContext(reading: ConversationReading): string {
  const latest = reading.latestLower;
  return latest.length < SHORT_TURN_CHARS && reading.previousUserLower !== "" ? `${reading.previousUserLower}\n${latest}` : latest;
}

/** A maths or puzzle reading, checked against what the numbers are about. */
function numbersAbout(task: string, reading: ConversationReading, confidence: number): GuardResult | undefined {
  if (task === "math" && SUMS_DECLINED.test(reading.latestLower)) return { task: "analysis", why: "the writer has the sums and asks for a reading of them" };
  // A defining word of maths, or of the reasoning read ("I don't want a quick answer: think it through"), keeps it.
  if (reading.cues.some((cue) => (cue.task === "math" || cue.task === task) && cue.strong)) return undefined;
  if (task === "math" && asksItsOwnSum(reading)) return undefined;
  const text = withContext(reading);
  if (task === "deep_reasoning" && countNumbers(text) < 2) return undefined;
  const domain = readNumericDomain(text);
  if (domain.math || (task === "math" && asksToCalculate(domain, text))) return undefined;
  // A sure puzzle reading of figures that hold no log or failure stands (eighteenth round, as for maths below).
  if (task === "deep_reasoning" && confidence >= SURE_MATH && !domain.log && !domain.failure && !domain.interpret) return undefined;
  if (domain.log) return { task: "code_review", why: "numbers in a log are not maths" };
  // A puzzle set in a system ("9 cache nodes, one has a bad NIC: the fewest load tests to find it") stays a puzzle.
  // A riddle word of any cue language ("taką zagadkę", "bu bilmece") frames it too (thirteenth round).
  if (task === "deep_reasoning" && (PUZZLE_FRAME.test(text) || reading.cues.some((cue) => cue.task === "deep_reasoning" && RIDDLE_CUE.test(cue.word)))) return undefined;
  // "Work out goals per 90 minutes for each of them and rank them": a verb of calculating over figures, with no puzzle
  // word, no log and no choice to make, asks for a computation, not a chain of reasoning (thirteenth round).
  if (task === "deep_reasoning" && domain.calculate && !domain.log && !CHOICE_ASK.test(text) && !reading.cues.some((cue) => cue.task === "deep_reasoning" && cue.strong)) return { task: "math", why: "asks to calculate figures" };
  // "How many nodes do we need for 140 pods?": a quantity asked of a system's figures, with no log, failure, code, choice
  // or reading of them asked, is worked out (twelfth round).
  if (domain.system && task === "math" && domain.compute && !domain.log && !domain.failure && !domain.interpret && !CHOICE_ASK.test(text) && !showsCode("user", reading.latest)) return undefined;
  // A sure maths reading of a system's figures with nothing about a failure or a reading of them asked is a sum.
  if (domain.system && task === "math" && confidence >= SURE_MATH && !domain.interpret && !domain.failure && !domain.log) return undefined;
  if (domain.system) return CHOICE_ASK.test(text) ? { task: "analysis", why: "a choice among options with figures is not maths" } : { task: "code_review", why: "numbers about a running system are not maths" };
  // "Which is cheaper per kg?" compares unit prices: a computation, not a choice to weigh.
  const business = domain.business || (task === "math" && domain.money && domain.interpret && !UNIT_PRICE.test(text));
  // A sure maths reading (a model trained on the team's figures) stands unless a reading of the figures is asked
  // (eighteenth round: the rule had flipped 26 seen asks for a sum to analysis for 1 it got right).
  const flip = task === "math" ? domain.interpret || (!domain.compute && confidence < SURE_MATH) : domain.interpret && !domain.compute;
  if (business && flip && !(task === "math" && asksBusinessFigure(reading.latestLower))) return { task: "analysis", why: "numbers about money or a business are not maths" };
  return undefined;
}

/**
 * A business's figure asked to be worked out: "what's ROAS, CAC, and contribution per order?", "what did i actually net and
 * per trip?", "whats our revpar and occupancy?", "give me the total for 3 years under option b" (round 45: of the maths
 * readings the business rule flipped on the development sets, 31 were labelled maths and 19 analysis; the maths ones ask
 * for a figure by name).
 */
const BUSINESS_FIGURE =
  /\b(?:what(?:'s| is| are| was| were| did| would| will)|whats|give me|calculate|compute|work out|how much|how many)\b[^?.\n]{0,40}?\b(?:total|totals|net|gross|sum|cost|costs|price|revenue|profit|margin|roas|cac|cpa|cpc|ltv|mrr|arr|revpar|adr|occupancy|payback|projection|difference|earn(?:ed)?|income|benefit|ratings?|share|breakdown|bill|saving|savings|rate|charge|invoice|amount|fraction|percentage|clicks|conversions|interest|payments?|quote|balance|value|royalt(?:y|ies)|per (?:trip|unit|month|year|hour|day|person|head|household|item|order|customer|seat))\b/;
/** A reading of the figures asked beside it: whether they are good, why they moved, what to do. */
const READING_ASKED = /\b(?:why|should(?! (?:i|we|they|it|that|this|he|she) (?:expect|have (?:earned|made|received|been paid)|cost|receive|owe)\b)|worth|good|bad|problem|focus|effective|recommend|smarter|vulnerable|trust|indicate|story|drove|driving|concern|worried|healthy)\b/;

function asksBusinessFigure(text: string): boolean {
  return BUSINESS_FIGURE.test(text) && !READING_ASKED.test(text);
}

/** Thanks that open a turn. */
const OPENS_WITH_THANKS = /^(?:thanks|thank you|thx|ty|cheers|gracias|merci|danke|obrigad[oa]|grazie|спасибо)(?![a-zà-ÿа-я])/;
/** Laughter opening a turn ("haha she said that was the clearest explanation she's heard"): a reaction, shared (round 41). */
const OPENS_WITH_LAUGHTER = /^(?:(?:ha){2,}h?|(?:he){2,}|lol|lmao|rofl|(?:ja){2,}|(?:je){2,}|ахах\S*|хаха\S*|哈哈|ㅋㅋ|笑)(?![a-zà-ÿа-я])/;

/** A maths reading at least this sure is not flipped by business words alone. */
const SURE_MATH = 0.9;

/** Riddle nouns among the cue tables' puzzle cues (their step-by-step cues frame no puzzle). */
const RIDDLE_CUE = /zagad|hádank|bilmece|teka-teki|câu đố|لغز|पहेली|gåt|γρίφ|ghicitoar|חיד|معما|ปริศนา|fumbo|bugtong|gåde|arvoitu|rejtvény|endevinall|zagonet|uganka|mįsl|mīkl|mõistatu|புதிர்|పొడుపు|पहेल|수수께끼|なぞなぞ|谜|riddle|puzzle|acertijo|adivinanz|rätsel|énigme|devinette|charada|enigma|indovinell|головоломк|загадк/;
/** Words that frame figures as a puzzle to reason out, in the ten cue languages. */
const PUZZLE_FRAME =
  /\b(?:puzzle|riddle|brain ?teaser|clues?|the logic|planning problem|scheduling problem|minimum number of|fewest (?:tests|rounds|steps|runs|weighings|tries|moves)|logically|is (?:it|this|that) (?:even )?possible|tell me if (?:it'?s|that'?s|this is|it is) impossible|who goes where|(?:in )?what order|must (?:be done|happen|finish|come|go) (?:before|after)|can'?t be (?:on|in|at) the same|(?:the )?only possib(?:le|ility)|uniquely determined)\b|acertijo|rompecabezas|l[óo]gicamente|r[äa]tsel|logisch|[ée]nigme|logiquement|indovinello|logicamente|enigma|головоломк|загадк|логически|谜题|逻辑|論理的|パズル|논리적으로|퍼즐/;

/**
 * Asks by its verb to calculate ("посчитай", "calcule la LTV", "計算してもらえますか") or for a figure, with no log and no
 * choice to make: a computation, whether the figures are a server's watts or a quarter's revenue (tenth round). An
 * interpreting word ("interest vs principal") leaves a figure asked for a computation; a bare verb it does not.
 */
function asksToCalculate(domain: NumericDomain, text: string): boolean {
  if (domain.log || !(domain.calculate || domain.figure) || CHOICE_ASK.test(text) || SUMS_DECLINED.test(text)) return false;
  return !domain.interpret || domain.figure;
}

/** A unit price ("per kg", "per 100 g", "por kilo", "за кг", "每公斤"). */
const UNIT_PRICE = /\bper (?:kg|kilo|100 ?g|g|lb|oz|ounce|pound|litre|liter|l|ml|unit|piece|item|roll|sheet|pod|can|bottle|pack|serving|capsule|load|wash|tablet|pill|bag|box|case)\b|por (?:kilo|litro|unidad)|pro (?:kilo|liter|stück)|(?:le|au) kilo|al (?:chilo|litro)|за (?:кг|килограмм|литр)|每(?:公斤|斤|克|升)|1kgあたり|100gあたり/;

/**
 * An analysis reading of a failing log, or of a question why a system's figures moved, is debugging;
 * of a maths problem (maths words, a quantity to compute, nothing about a business), maths.
 */
function analysisOfFigures(text: string, confidence: number): GuardResult | undefined {
  const lines = text.includes("\n");
  if (!lines && countNumbers(text) < 2) return undefined;
  const domain = readNumericDomain(text);
  if (domain.failure) return { task: "code_review", why: "a failing log or stack trace is read as debugging" };
  if (domain.math && domain.compute && !domain.business && !domain.system) return { task: "math", why: "a maths problem (maths words and a quantity to compute)" };
  if (asksToCalculate(domain, text)) return { task: "math", why: "asks to calculate figures" };
  // "which is the best option?" over a table of instance types asks for a choice, not a diagnosis.
  // Pros and cons or "is it worth it" over a job offer that mentions a backend weighs a decision; it is no diagnosis.
  if (domain.system && !domain.business && domain.interpret && confidence < SURE_MATH && countNumbers(text) >= 2 && !CHOICE_ASK.test(text) && !WEIGHING.test(text)) return { task: "code_review", why: "a question why a running system's numbers moved" };
  return undefined;
}

/** Asks to weigh a decision, in the cue languages (thirteenth round). */
const WEIGHING =
  /\b(?:pros and cons|worth it|trade-?offs?)\b|pr[óo]s e contras|pros y contras|ventajas y desventajas|vantagens e desvantagens|vale a pena|vale la pena|merece la pena|vor- und nachteile|lohnt (?:es )?sich|avantages et inconv[ée]nients|le pour et le contre|vaut le coup|pro e contro|vantaggi e svantaggi|ne vale la pena|плюсы и минусы|стоит ли|利弊|优缺点|優缺點|値する|メリットとデメリット|장단점/;

/** Asks the value of a number's expression ("what's 7 factorial?", "is 91 divisible by 7?", "¿cuánto es 12 al cubo?"). */
const VALUE_ASK = /(?:^|[\s¿])(?:what'?s|what is|is|cu[aá]nto es|wie ?viel ist|was ist|combien fait|quanto (?:fa|[eé]|vale)|сколько будет|чему равно)\s+\d/;

/** A quick-answer reading of a question about figures: debugging, analysis or maths, by what the figures are about. */
function questionAboutFigures(reading: ConversationReading): GuardResult | undefined {
  const text = withContext(reading);
  if (countNumbers(text, 1) === 0 || ((DEFINITION_ASK.test(reading.latestLower) || CONCEPTS_COMPARED.test(reading.latestLower)) && !ERROR_WORDS.test(reading.latestLower))) return undefined;
  const domain = readNumericDomain(text);
  // "What's the total ISA allowance for the 2025/26 tax year?" after the writer's balances: a rule looked up (seventeenth round).
  if (looksUpRule(reading.latestLower)) return undefined;
  // A factual question with numbers ("how many people lived there in 1900?") is not a maths problem: maths
  // words and an ask to compute are both needed.
  if (domain.math && (domain.compute || VALUE_ASK.test(reading.latestLower))) return { task: "math", why: "a maths problem (maths words and a quantity to compute)" };
  // "What's the exact amount we refund her?" over an order's prices: a figure to work out from the numbers given.
  if (domain.figure && !domain.interpret && !domain.log && (countNumbers(text) >= 3 || (countNumbers(text) >= 2 && CHANGE_FROM_TO.test(text)))) return { task: "math", why: "asks for a figure to work out from the numbers given" };
  if (domain.interpret && (domain.log || domain.system)) return { task: "code_review", why: "a question about a running system's numbers" };
  if (domain.interpret && domain.business) return { task: "analysis", why: "a question about business numbers" };
  return undefined;
}

/** A figure's change stated as two values ("CPI went from 131.8 to 137.1", "rose from €1,080 to €1,150"): thirtieth round. */
const CHANGE_FROM_TO = /\bfrom [^\s\d]{0,3}\d[\d.,]*\s?\S{0,3} to [^\s\d]{0,3}\d/;

/** Readings figures give a question what a term among them means (sixteenth round). */
const DEFINITION_READINGS = new Set(["math", "analysis", "deep_reasoning"]);
