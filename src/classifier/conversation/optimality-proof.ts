/**
 * "plan the waves with the fewest waves possible and prove no plan can use fewer", "what's the minimum number of trips?
 * prove it can't be done in fewer", "demuestra que no se puede con menos": an optimum asked together with the proof that
 * nothing does better is a reasoning problem, deep_reasoning (thirty-sixth round: read as a lookup or as maths). Maths
 * notation or a maths word other than "prove" in the turn ("prove that the minimum of x² + 1 is 1") leaves it to maths.
 * @module
 */
import type { AskedWork } from "./asked-work.js";
import { hasMathNotation } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";

/** Characters of the turn read: the ask, not a pasted catalogue. */
const ASK_CHARS = 400;
/** A proof that no arrangement does better, in the ten cue languages. */
const NONE_BETTER = new RegExp(
  [
    /\b(?:prove|show|explain why|argue|justify)\b[^.?!\n]{0,30}?\b(?:no (?:plan|schedule|order|ordering|solution|way|arrangement|route|assignment|one|other)s? (?:can|could|would)|(?:fewer|less|shorter) (?:is|isn'?t|would be|are) (?:impossible|not possible)|(?:it|this|that) (?:can'?t|cannot|couldn'?t) be done (?:in|with) (?:fewer|less)|(?:it'?s|it is|this is|that'?s) (?:optimal|minimal|the minimum))/.source,
    /(?:demuestra|demostrar|justifica) que no (?:hay|se puede|existe)[^.?!\n]{0,30}?(?:menos|mejor)|(?:beweise|zeige?),? dass es (?:nicht|kein)[^.?!\n]{0,30}?(?:weniger|besser)|(?:prouve|montre|d[ée]montre)[^.?!\n]{0,10}qu'(?:on ne peut pas|il n'y a pas|aucun)[^.?!\n]{0,30}?(?:moins|mieux)/.source,
    /(?:prove|prova|mostra|demonstre|dimostra) (?:que|che) n[ãa]?o? (?:d[áa]|h[áa]|si pu[òo]|[ée] possível|esiste)[^.?!\n]{0,30}?(?:menos|meno|melhor|meglio)|докажи,? что (?:меньше|быстрее|лучше) нельзя|докажи,? что (?:нельзя|невозможно)|证明(?:不能|无法|没有)[^。？\n]{0,15}(?:更少|更快|更好)|(?:これより|それより)?少なくできないことを(?:証明|示して)|더 (?:적게|빨리)는? (?:안|불가능)[^.?\n]{0,10}증명/.source,
  ].join("|"),
  "u",
);
/** Maths words ("prove" is one, and is the ask here): the optimum is then a maths problem's. */
const MATH_WORDS = /\b(?:function|equation|integers?|primes?|theorem|lemma|polynomial|derivative|integral|matrix|inequality|sequence|modulo|divisible)\b|funci[oó]n|ecuaci[oó]n|gleichung|[ée]quation|equazione|equa[çc][ãa]o|уравнени|方程|函数|方程式|関数|방정식|함수/u;
/** Readings such an ask gets from its figures or its question. */
const MISREAD: ReadonlySet<string> = new Set(["simple_qa", "math", "analysis", "extraction", "code_review"]);

/** Deep reasoning for an optimum asked with the proof that nothing does better (see the module comment). */
export function optimalityProofGuard(task: string, reading: ConversationReading): AskedWork | undefined {
  if (!MISREAD.has(task) || reading.agent.coding) return undefined;
  const text = reading.latestLower.slice(0, ASK_CHARS);
  const asked = NONE_BETTER.exec(text);
  if (asked === null || hasMathNotation(text) || MATH_WORDS.test(text)) return undefined;
  return { task: "deep_reasoning", why: `'${asked[0].slice(0, 50)}' asks for an optimum and the proof that nothing does better` };
}
