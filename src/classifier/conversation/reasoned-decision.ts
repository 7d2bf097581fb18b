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
import { asksChange } from "./task-words.js";

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

/**
 * Reasoning asked for by name, decision or not (round 45): "think hard: what new failure modes does it introduce?",
 * "reason it through", "argue both sides then decide", "devil's advocate: argue why we should NOT ship", "I want a real
 * argument, not a list", "think about it properly", "razona paso a paso", "argümanları tartarak düşün". The writer's own
 * thinking ("let me think it through", "help me think it through") is not asked of the model. Over every
 * development set 212 turns say so in English: 201 are labelled deep reasoning, 10 analysis (most of them the excluded
 * kinds: a root cause, "help me think it through").
 */
const REASONING_ASKED =
  /\bthink (?:very |really )?hard\b|(?<!\b(?:help me|let me|i'll|i will|i need to|i'm going to|i want to|we'll|we need to) )\bthink (?:it |this |that )?(?:all )?(?:through|properly|carefully)\b|\breason (?:it |this |that )?(?:all )?(?:through|out|carefully|rigorously)\b|\bargue (?:both sides|it (?:out|through))\b|\bdevil'?s advocate\b|\ba real argument\b|\btake your time\b|\bweigh (?:the |it |them |these )?(?:\w+ )?(?:trade-?offs )?carefully\b|razona(?:lo)? (?:bien|con calma|paso a paso|con cuidado)|pensa(?:r)? com calma|pense com calma|denk (?:gr[üu]ndlich|sorgf[äa]ltig) nach|r[ée]fl[ée]chis (?:bien|soigneusement)|ragiona con (?:attenzione|calma)|подумай (?:хорошенько|как следует|внимательно)|仔细(?:想|推理)|じっくり考え|신중하게 (?:생각|따져)|argümanları tartarak|nalar(?:in)? pelan/u;
/**
 * Readings a named ask for reasoning takes over. Maths is reasoning of its own; a summary or a piece of writing is asked
 * as what it is ("summarize this thread, think it through"), and a short chat turn is small talk.
 */
const REASONED_OVER: ReadonlySet<string> = new Set(["analysis", "code_review", "code_generation", "brainstorming", "simple_qa", "extraction", "classification", "chat"]);
/** A chat reading gives way only to an ask this long at least, in characters: "no rush, take your time 🙂" is small talk. */
const MIN_CHAT_ASK_CHARS = 40;

/** Deep reasoning for reasoning asked by name, or a decision asked to be reasoned through in depth (module comment). */
export function reasonedDecisionGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!REASONED_OVER.has(task) || reading.latestLower.length > MAX_CHARS) return undefined;
  const text = reading.latestLower;
  const named = REASONING_ASKED.exec(text);
  if (named !== null && !NOT_DECISION.test(text) && !(task === "code_generation" && asksChange(text)) && !(task === "chat" && text.length < MIN_CHAT_ASK_CHARS)) return { task: "deep_reasoning", why: `'${named[0]}' asks for reasoning` };
  if (task !== "analysis") return undefined;
  const depth = DEPTH.exec(text);
  if (depth === null || !DECISION.test(text) || NOT_DECISION.test(text)) return undefined;
  return { task: "deep_reasoning", why: `'${depth[0]}' asks for a decision reasoned through in depth` };
}
