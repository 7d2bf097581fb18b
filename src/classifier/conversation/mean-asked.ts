/**
 * "les notes de ma fille : 14, 11,5, 16, 9 — c'est quoi sa moyenne ?", "i voti: 6, 7.5, 5, 8 — che media ha?": the mean
 * of the numbers the turn lists is a sum to work out, though the colloquial ask reads as a lookup (thirty-fourth round:
 * French, Italian and Spanish forms read as simple_qa, where German, Portuguese, Russian and English read as maths).
 * A mean looked up ("la moyenne d'âge des députés en 2024") lists no numbers and stays a lookup.
 * @module
 */
import { countNumbers, readNumericDomain } from "./numeric-domain.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Asks for the mean, in the cue languages' colloquial forms. */
const MEAN_ASK = new RegExp(
  [
    /(?:c'est quoi|quelle est|quelle serait) (?:la|sa|leur|ma|ta|notre|votre) moyenne|(?:calcule|fais)(?:-moi)? (?:la|sa|leur) moyenne/.source,
    /che media (?:ha|hanno|fa|fanno|viene|esce)|qual [eèé] la (?:sua |mia |loro |nostra )?media|(?:calcola|calcolami|fammi) la media/.source,
    /qu[eé] (?:promedio|media) (?:da|tiene|tengo|sale|saca|me da)|cu[aá]l (?:es|ser[ií]a) (?:el|la|mi|su) (?:promedio|media)|(?:calcula|sácame|sacame)(?:me)? (?:el|la) (?:promedio|media)/.source,
    /qual (?:[eé] |seria )?a (?:minha |sua |nossa )?m[eé]dia|que m[eé]dia (?:d[aá]|tem|deu|fica)|(?:calcula|tira)(?: pra mim)? a m[eé]dia/.source,
    /(?:was|wie hoch) ist (?:der|mein|sein|ihr|unser) (?:durchschnitt|schnitt|mittelwert)|welchen (?:durchschnitt|schnitt)/.source,
    /(?:какой|каков|какое|посчитай) (?:у (?:него|неё|нее|меня) )?(?:средний балл|среднее)/.source,
  ].join("|"),
);
/** Characters a turn that lists numbers and asks their mean may run to (a longer one is a report, read elsewhere). */
const MAX_TURN_CHARS = 600;
/** Numbers the turn must list for the mean to be of them. */
const MIN_LISTED = 3;
/** Readings a mean asked of listed numbers gets instead of maths. */
const MISREAD: ReadonlySet<string> = new Set(["simple_qa", "chat", "analysis"]);

/** A mean asked of the numbers the turn lists is maths (see the module comment). */
export function meanAskedGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task)) return undefined;
  const text = reading.latestLower;
  if (text.length > MAX_TURN_CHARS || countNumbers(text, MIN_LISTED) < MIN_LISTED || !MEAN_ASK.test(text)) return undefined;
  const domain = readNumericDomain(text);
  if (domain.log || domain.system || domain.interpret) return undefined;
  return { task: "math", why: "asks the mean of the numbers it lists" };
}
