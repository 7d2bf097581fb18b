/**
 * A decision asked to be reasoned through in depth (round 44): "Think hard: what happens to conversion, to the brand, to
 * margins? I need a recommendation I can defend", "weigh it all up and tell me what you'd do", "Est-ce vraiment une bonne
 * idée ? Pèse le pour et le contre en profondeur". The figures and the trade-offs named pull the reading to analysis; the
 * turn asks for the careful reasoning behind a call: deep reasoning. A cause diagnosed ("what's the root cause? reason it
 * through") stays analysis, and so does "help me think it through" (the writer's own thinking, helped: three writers
 * label it analysis), and a bare "weigh it up" (two rows of the team's sets label it analysis).
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Depth asked of the reasoning, in the ten cue languages. */
const DEPTH =
  /\bthink (?:very |really )?(?:carefully|hard)\b|(?<!\bhelp me )\bthink (?:it|this|that) (?:all )?through\b|\bthink through (?:whether|which|the (?:options|trade-?offs|scenarios))\b|\bweigh (?:it all up|everything|the trade-?offs|the options|it (?:properly|carefully))\b|\bweigh it properly\b|\bshow (?:me )?your reasoning\b|\breasoned (?:call|answer|recommendation|verdict)\b|\bargue both sides\b|\brigorous(?:ly)?\b|\bin (?:real )?depth\b|en profondeur|r[ée]fl[ée]chis bien|pi[ée]nsalo bien|a fondo|con cuidado|gr[üu]ndlich|sorgf[äa]ltig|pense bem|com cuidado|pensaci bene|con attenzione|подумай (?:хорошенько|как следует|внимательно)|тщательно|仔细想|认真想|深入(?:分析|思考)|じっくり考え|よく考え|깊이 (?:생각|따져)|신중하게/u;
/** A call asked for: a recommendation, what the assistant would do, which option, whether it is a good idea. */
const DECISION =
  /\brecommend\w*|\bwhat (?:would )?you(?:'d| would) do\b|\bwhich (?:one |option )?(?:is|would be) better\b|\b(?:should|do) (?:we|i) (?:\w+ ){0,3}(?:or|now)\b|\bis (?:it|this|that) (?:really |actually )?(?:a good idea|worth it|realistic|possible|better)\b|\btell me which\b|\b(?:this|the|that|his|her|their) (?:argument|claim|inference)\b|\b(?:is|ist) (?:this|that|it|das|es) (?:the|der) (?:right|richtige) (?:step|move|call|schritt)\b|richtige entscheidung|la bonne d[ée]cision|la decisi[oó]n correcta|a decis[ãa]o certa|la scelta giusta|правильн\p{L}* (?:решение|шаг)|\bpick one\b|\ba (?:reasoned )?call\b|bonne id[ée]e|recommand|conseill|empfiehl|empfehl|lohnt|vale la pena|conviene|recomiend|recomend|consigli|стоит ли|посоветуй|что бы ты (?:сделал|выбрал)|应该(?:选|怎么)|推荐|べきか|おすすめ|추천|해야 할까/u;
/** A cause diagnosed, the writer's own thinking helped, or a bare weighing: analysis by the team's labels. */
const NOT_DECISION = /\broot cause\b|\bresponsible\b|\bwhat caused\b|\breal or\b|\bwent wrong\b|\bhelp me think\b|\bweigh it up\b/u;
/** A turn this long at most is read for its ask (a pasted report with the words inside it is not). */
const MAX_CHARS = 1_500;

/** Deep reasoning for a decision asked to be reasoned through in depth, read as analysis (module comment). */
export function reasonedDecisionGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "analysis" || reading.latestLower.length > MAX_CHARS) return undefined;
  const text = reading.latestLower;
  const depth = DEPTH.exec(text);
  if (depth === null || !DECISION.test(text) || NOT_DECISION.test(text)) return undefined;
  return { task: "deep_reasoning", why: `'${depth[0]}' asks for a decision reasoned through in depth` };
}
