/**
 * A norm asked, with the writer's own figure after it as context (twenty-fourth round): "How much protein per kilo do
 * people usually recommend…? I'm 72 kg.", "Ist 1 kWh dasselbe wie 3,6 MJ? Auf meiner Gasrechnung stehen 412 kWh…",
 * "大人の血圧はいくつから高血圧になりますか？今朝測ったら142/91でした。" The shape is the same in every language: one
 * question first, then the writer's situation, with figures and no ask of its own. The question names a norm by its
 * words (what is recommended, what counts as high, whether two units are the same, how two terms differ, a unit's size),
 * written per language by the team. Such a turn asks for the norm, not for the writer's figures to be worked out.
 * @module
 */
import { countNumbers, readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";

/** A correction and why it was made (the shape of `task-guards.ts`'s `GuardResult`). */
interface GuardResult {
  task: string;
  why: string;
}

/** A norm named in a question, in the ten cue languages. */
const NORM_ASK = new RegExp(
  [
    /\b(?:(?:do|does|would) (?:people|experts|doctors|guidelines|coaches|they|most)\b[^?\n]{0,30}recommend|(?:usually|generally|typically|officially|is|are) recommended|recommended (?:amount|intake|dose|daily|minimum|maximum)|counts? as|(?:is|are) considered|classed as|the same (?:thing )?as|equivalent to|difference between|how many (?:grams|ml|ounces|oz|calories) (?:is|are|in) (?:one|a|an|1)\b)/.source,
    /se (?:suele )?recomienda|se suele recomendar|recomiendan|se considera|considerad[ao]|a partir de qu[eé]|lo mismo que|equivale a|diferencia (?:hay )?entre|cu[aá]ntos gramos (?:son|es|tiene) (?:una?|1)(?![a-z])/.source,
    /costuma ser recomendad|[ée] recomendad|se recomenda|recomendam|a partir de quanto|o mesmo que|a mesma coisa que|diferen[çc]a entre|quantos gramas (?:tem|[ée]|s[ãa]o) (?:uma?|1)(?![a-z])/.source,
    /wird [^?\n]{0,50}empfohlen|empfiehlt man|empfehlen (?:experten|ärzte|fachleute)|gilt als|ab welche[mr]|ab wann|spricht man|dasselbe wie|das gleiche wie|unterschied zwischen|wie viel gramm (?:sind|ist|hat) (?:ein|eine|1)(?![a-z])/.source,
    /recommande-t-on|on recommande|(?:est|sont) recommand|consid[ée]r[ée]e? comme|[àa] partir de quel|parle-t-on|la m[êe]me chose que|c'est bien|[ée]quivaut|diff[ée]rence entre|combien de grammes (?:fait|font|dans) (?:une?|1)(?![a-z])/.source,
    /si consiglia(?:no)?|si raccomanda|(?:[èe]|sono) (?:consigliat|raccomandat)|si considera|considerat[ao]|da (?:che|quale) valore|la stessa cosa di|[èe] uguale a|differenza (?:c'[èe] )?tra|quanti grammi (?:sono|[èe]|fa) (?:una?|1)(?![a-z])/.source,
    /обычно советуют|рекомендуют|рекомендуется|считается|то же самое|одно и то же|чем отлича|разница между|сколько грамм\S* [^?\n]{0,12}в одно/.source,
    /一般建议|通常建议|建议摄入|推荐摄入|推荐量|算高|算正常|是不是等于|一样吗|有什么区别|区别是|多少克|推奨|目安|とされ|から高|同じですか|何が違|違いは|何グラム|권장|부터 높|같은 거|같나요|뭐가 달라|차이가|몇 그램|먹으라고/.source,
  ].join("|"),
);

/**
 * A fact about the world asked by its measure (twenty-fifth round): how tall, far or deep something is, at what
 * temperature or altitude something happens, how many hours one place is ahead of another: "How tall is Everest these
 * days? My old atlas says 8,848 m…", "Wie viele Stunden ist Tokio im Januar Berlin voraus? Ich hab um 9:00 Uhr…",
 * "海拔2000米左右，水多少度就开了？我们下周要在1950米的地方露营…". A word problem asks the same words over figures of its
 * own, so such a question may hold one figure at most; and a word problem may put its question first, so the context
 * after it may hold two figures at most and no rate, angle or relation between quantities.
 */
const FACT_ASK = new RegExp(
  [
    /\bhow (?:tall|high|far(?: away)?|deep|old|heavy) (?:is|are|was)\b|\bat what (?:temperature|altitude|height|age)\b|\bhow many hours (?:ahead|behind)\b|\btime difference\b/.source,
    /a qu[eé] (?:temperatura|altitud|altura|distancia|edad)|cu[aá]nto mide|qu[eé] altura tiene|cu[aá]ntas horas de diferencia|diferencia horaria/.source,
    /a que (?:temperatura|altitude|altura|dist[âa]ncia|idade)|qual (?:[ée] )?a altura|quantas horas (?:[àa]|de) (?:frente|diferen[çc]a)|fuso hor[áa]rio/.source,
    /bei wie viel(?:en)? grad|wie (?:hoch|weit(?: weg)?|tief|alt|schwer) ist|wie viele stunden [^?\n]{0,40}voraus|zeitverschiebung|zeitunterschied/.source,
    /[àa] quelle (?:temp[ée]rature|altitude|hauteur|distance)|mesure combien|combien d'heures d'avance|d[ée]calage horaire/.source,
    /a che (?:temperatura|altitudine|altezza|distanza)|quanto (?:[èe] alt[oa]|dista|misura)|di quante ore [^?\n]{0,40}avanti|fuso orario/.source,
    /при какой температуре|как(?:ая|ова) [^?\n]{0,20}высота|как далеко|на каком расстоянии|на сколько часов [^?\n]{0,30}опережает|разница во времени/.source,
    /多少度|多高|多远|多深|快几个小时|慢几个小时|时差|何度で|何度に|何メートル|どのくらい離れ|何時間進ん|何時間遅れ|時差|몇 도에서|몇 ?m예요|몇 미터|얼마나 (?:떨어|멀|높)|몇 시간 (?:빠른|느린)|시차/.source,
  ].join("|"),
);
/** Figures a question asking a fact by its measure may hold: two make it a word problem's. */
const FACT_MAX_FIGURES = 1;
/** Figures the context after such a question may hold: more are a word problem's data (review of the twenty-fifth round). */
const FACT_MAX_CONTEXT_FIGURES = 2;
/**
 * What a word problem's data carries and a writer's situation rarely does: a rate, an angle, a relation between
 * quantities ("4,5 km/h", "40°", "F = 1.8C + 32", "3 times as old", "影子长12米，太阳高度角是40度", "340 м/с").
 */
const PROBLEM_DATA =
  /°|[=×%]|\d\s?(?:度|倍|배)|\b(?:km|m|mi|ft)\s?\/\s?(?:h|s|min)\b|\bmph\b|\bkm\/h\b|(?:км|м)\s?\/\s?(?:ч|с)(?![а-яё])|\btimes (?:as|more|less)\b|\bmal so\b|\bfois plus\b|\bveces m[aá]s\b|\bvolte (?:pi[uù]|tanto)\b|\bvezes mais\b|(?<![а-яё])раза? (?:больше|меньше|старше|моложе)/;

/**
 * A question that points at the data after it ("the difference between these two timestamps? 2024-03-01 08:15:22 and…",
 * "这两个…"): it asks about that data, so neither a norm nor a fact of the world (review of the twenty-fifth round).
 */
const POINTS_AT_DATA =
  /\b(?:these|those)\b(?! days)|\bthe following\b|\bbelow\b|(?<![a-zà-ÿ])(?:estos|estas|estes|diese[nrm]?|ces|questi|queste)(?![a-zà-ÿ])|(?<![а-яё])(?:эти|этими|этих)(?![а-яё])|这两|这些|以下|これら|この二つ|次の|이 두|다음/;

/** Whether `context` reads as a word problem's data rather than the writer's situation (see {@link PROBLEM_DATA}). */
function holdsProblemData(context: string): boolean {
  return PROBLEM_DATA.test(context) || countNumbers(context, FACT_MAX_CONTEXT_FIGURES + 1) > FACT_MAX_CONTEXT_FIGURES;
}

/** Readings a norm asked among the writer's figures is misread as. */
const NORM_MISREADS = new Set(["math", "analysis", "deep_reasoning"]);
/** A turn of one question and a line or two of context is about this short. */
const NORM_TURN_CHARS = 320;
/** The context after the question holds at least this much ("我72公斤。", five characters). */
const MIN_CONTEXT_CHARS = 5;
const QUESTION_MARK = /[?？]/;

/**
 * The norm asked by a turn's opening question, when the rest of the turn is context with figures and asks nothing (see
 * the module comment): a quick answer.
 */
export function normAskGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  // A first question: later in a conversation "¿qué me recomendarías cambiar?" asks advice on what came before.
  if (!NORM_MISREADS.has(task) || reading.agent.coding || reading.previousUserLower !== "") return undefined;
  const lower = reading.latestLower.trim();
  if (lower.length > NORM_TURN_CHARS || lower.includes("\n\n")) return undefined;
  const mark = QUESTION_MARK.exec(lower);
  if (mark === null) return undefined;
  const question = lower.slice(0, mark.index);
  const context = lower.slice(mark.index + 1);
  if (context.trim().length < MIN_CONTEXT_CHARS || QUESTION_MARK.test(context) || countNumbers(context, 1) === 0) return undefined;
  if (POINTS_AT_DATA.test(question)) return undefined;
  const norm = NORM_ASK.exec(question);
  const fact = norm === null && countNumbers(question, FACT_MAX_FIGURES + 1) <= FACT_MAX_FIGURES && !holdsProblemData(context) ? FACT_ASK.exec(question) : null;
  const asks = norm ?? fact;
  if (asks === null || reading.cues.some((cue) => cue.strong && (cue.task === task || cue.task === "math"))) return undefined;
  // The context asks nothing ("…, work out mine"), and the question asks no sum of its own ("what's the total…").
  const asked = readNumericDomain(question);
  const told = readNumericDomain(context);
  if (asked.calculate || asked.figure || asked.math || told.compute || told.interpret) return undefined;
  const what = norm === null ? "a fact by its measure" : "a norm";
  return { task: "simple_qa", why: `the opening question asks ${what} ('${asks[0]}'); the figures after it are the writer's context` };
}
