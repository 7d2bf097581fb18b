/**
 * Quantities asked to be scaled (round 43): "I only have 2 bananas. scale everything down proportionally" after a recipe,
 * "I'm doing it for 10 people, scale everything and convert to grams" (dev-194, dev-198: both writers label it maths).
 * Each amount is multiplied by a ratio the turn gives; read as chat or as the recipe's writing before.
 * @module
 */
import { messageText } from "../conversation-text.js";
import { countNumbers } from "./count-numbers.js";
import { assistantBefore } from "./offer.js";
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** An ask to scale amounts, in the ten cue languages. */
const SCALE_ASK =
  /\b(?:scale|adjust|recalculate|resize) (?:everything|it|this|that|them|all|the (?:whole )?(?:recipe|ingredients|quantities|amounts|measurements))(?: (?:down|up|back))?\b|\b(?:scale|adjust) (?:it |everything |this )?(?:down|up) (?:proportionally|accordingly|to|for)\b|\b(?:halve|double|triple|quadruple) (?:the |this |that |my )?(?:recipe|ingredients|quantities|amounts|it)\b|(?:ajusta|recalcula|adapta|escala) (?:las |todas las )?(?:cantidades|proporciones|receta)|rechne (?:das rezept |die mengen |alles )?(?:auf|um)\b|(?:adapte|ajuste|recalcule) (?:les |toutes les )?(?:quantit[ée]s|proportions|doses)|(?:adatta|ricalcola|riproporziona) (?:le |tutte le )?(?:dosi|quantit[àa]|proporzioni)|(?:ajusta|recalcula|adapta) (?:as |todas as )?(?:quantidades|propor[çc][õo]es|medidas)|пересчитай (?:всё|все|рецепт|количеств|пропорци)|(?:按比例|等比例)(?:换算|调整|缩小|放大|减少|增加)|分量を(?:調整|計算|換算)|분량을 (?:조절|계산|맞춰)/u;
/** A turn this long at most is an ask about amounts before it; a longer one is a text or a puzzle of its own. */
const MAX_ASK_CHARS = 240;
/** Amounts the turn and the answer before it hold for a ratio to apply to. */
const MIN_AMOUNTS = 3;

/** Quantities asked to be scaled by a ratio: maths (see the module comment). */
export function scaledQuantitiesGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task === "math" || reading.latestIndex < 0 || reading.latestLower.length > MAX_ASK_CHARS || !SCALE_ASK.test(reading.latestLower)) return undefined;
  const before = assistantBefore(reading.messages, reading.latestIndex);
  const amounts = countNumbers(reading.latestLower, MIN_AMOUNTS) + (before === undefined ? 0 : countNumbers(messageText(before), MIN_AMOUNTS));
  return amounts >= MIN_AMOUNTS ? { task: "math", why: "asks for quantities scaled by a ratio" } : undefined;
}
