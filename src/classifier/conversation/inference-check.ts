/**
 * Whether an inference holds, asked of figures or a claim (round 37n): "A trial reports a 30% relative risk reduction …
 * but in the subgroup over 70 the effect reverses. A journalist writes 'drug harms elderly'. Think through whether this
 * inference holds and what else would need to be true." The figures made it a reading of them (analysis); the ask is a
 * chain of reasoning about what follows from what, `deep_reasoning`, in the ten cue languages. So is "Reason through
 * mechanisms by which a higher hit rate could cause worse tail latency" over a system's figures, which the numeric guard
 * read as debugging: with no code and no log in the turn, the writer asks for the mechanisms, not a fix.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import { readNumericDomain } from "./numeric-domain.js";
import { showsCode } from "./code-shape.js";
import type { GuardResult } from "./task-guards.js";

/** Readings figures or a pasted claim give such an ask (a sure reasoning reading is left to the other guards: it is most turns' reading, and this check would cost each of them a scan). */
const MISREAD: ReadonlySet<string> = new Set(["analysis", "math", "classification"]);
/** A turn this long at most is read (a longer one is a text to work on). */
const MAX_CHARS = 1_500;
const NOUN = "(?:inference|conclusion|argument|reasoning|deduction|syllogism|claim|headline)s?";
/** Asks whether an inference holds or follows, or what else it needs to be true. */
const INFERENCE_ASK = new RegExp(
  [
    `\\b(?:whether|if) (?:this|the|that|his|her|their|such an?|the journalist'?s|the author'?s) ${NOUN} (?:really |actually )?(?:holds?|follows?|stands? up|is (?:valid|sound|justified|warranted|supported))\\b`,
    `\\b(?:does|do|can) (?:this|the|that|such an?) ${NOUN} (?:really |actually )?(?:hold|follow|stand up)\\b`,
    `\\bis (?:this|the|that) (?:inference|argument|syllogism|reasoning|deduction) (?:valid|sound)\\b`,
    "\\bwhat else would (?:need|have) to be true\\b",
    // The reasoning asked by its verb: "the mechanism by which inflation eats savings" alone is an analysis (the open-asks audit).
    "\\b(?:reason|think) through (?:the )?(?:possible )?(?:mechanisms?|whether|how (?:a|an|the|this|that) )",
    "razona (?:sobre )?(?:los )?(?:posibles )?mecanismos|durchdenke?,? (?:welche|ob) |r[ée]fl[ée]chis (?:aux|sur les) m[ée]canismes|ragiona sui (?:possibili )?meccanismi|продумай механизм",
    "(?:esta|la|esa|essa|a) (?:inferencia|infer[êe]ncia|conclusi[óo]n|conclus[ãa]o|deducci[óo]n|dedu[çc][ãa]o) (?:realmente )?(?:se sostiene|se sustenta|es v[áa]lida|[ée] v[áa]lida|se deduce|procede)",
    "qu[ée] m[áa]s tendr[íi]a que ser (?:cierto|verdad)|o que mais (?:teria|precisaria) (?:de |que )?ser verdade",
    "(?:dieser|der|diese|die) (?:schluss|schlussfolgerung|folgerung) (?:wirklich )?(?:zul[äa]ssig|g[üu]ltig|haltbar|stichhaltig) ist|h[äa]lt (?:dieser|der|diese|die) (?:schluss|schlussfolgerung)|was m[üu]sste (?:noch |sonst )?(?:wahr sein|gelten)",
    "(?:cette|la) (?:inf[ée]rence|conclusion|d[ée]duction) (?:tient|est valide|est valable|se justifie)|ce qui devrait (?:aussi |encore )?[êe]tre vrai",
    "(?:questa|la) (?:inferenza|conclusione|deduzione) (?:regge|[èe] valida|sta in piedi)|cos'altro dovrebbe essere vero",
    "(?:этот|такой|данный) вывод (?:верен|справедлив|обоснован|следует)|следует ли (?:из этого|отсюда)|что ещё должно быть (?:верно|правдой)",
    "这个(?:推论|结论|推理)(?:成立|站得住|合理)吗|(?:推论|结论)是否成立|(?:この|その)(?:推論|結論)は(?:成り立つ|正しい|妥当)|(?:이|그) (?:추론|결론)(?:이|은) (?:타당|성립)",
  ].join("|"),
);

/** Reasoning for a turn that asks whether an inference holds (see the module comment). */
export function inferenceCheckGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (reading.latestLower.length > MAX_CHARS || reading.agent.toolMessages > 0) return undefined;
  // A system's figures read as debugging: only with no code and no log in the turn.
  if (!MISREAD.has(task) && !(task === "code_review" && !showsCode("user", reading.latest) && !readNumericDomain(reading.latestLower).log)) return undefined;
  const asked = INFERENCE_ASK.exec(reading.latestLower);
  return asked === null ? undefined : { task: "deep_reasoning", why: `'${asked[0]}' asks for a chain of reasoning (whether an inference holds, or by what mechanism)` };
}
