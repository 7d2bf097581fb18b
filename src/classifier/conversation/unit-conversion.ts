/**
 * Quantities asked to be converted between units (round 39): "Convert: 72 °F to °C, 5 ft 11 in to cm, 30 mpg to
 * L/100 km", "rechne 12 Meilen in km um", "convierte 350 °F a °C", "换算一下：5 英尺 11 英寸是多少厘米". With no task word
 * the heuristic read the turn as small talk or a lookup; a conversion is arithmetic on the figures, which the team's rows
 * and the independent writers label maths. A conversion verb and a quantity with a unit are both needed: "convert this
 * text to PDF" or "what's 5 ft in cm?" alone are left to the other readings.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** A verb that asks a conversion, in the ten cue languages. */
const CONVERT =
  /(?<![\p{L}])(?:convert|umrechnen|rechne|convierte|convertir|convertis|converti|converta|converte|конвертируй|пересчитай)(?![\p{L}])|换算|換算|换成|変換|換算して|환산|변환/u;
/** A quantity with a unit of measure. */
const QUANTITY =
  /\d(?:[\d.,]{0,12}\d)? ?(?:°\s?[fc]|ft|in|inch(?:es)?|feet|foot|cm|mm|km|mi|miles?|mph|km\/h|m\/s|kg|g|lbs?|pounds?|oz|st|stone|l|ml|gal(?:lons?)?|mpg|meilen|millas|milles|miglia|milhas|миль|英尺|英寸|磅|マイル|ポンド|피트|파운드)(?![\p{L}])/u;
/** Readings a conversion with no task word is mistaken for (a translation that also converts a recipe's units stays one). */
const MISREAD: ReadonlySet<string> = new Set(["chat", "simple_qa", "extraction"]);
/** Characters such an ask runs to. */
const MAX_CHARS = 400;

/** Maths for quantities asked to be converted between units (module comment). */
export function unitConversionGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.latestLower.length > MAX_CHARS) return undefined;
  const verb = CONVERT.exec(reading.latestLower);
  if (verb === null || !QUANTITY.test(reading.latestLower)) return undefined;
  return { task: "math", why: `'${verb[0]}' asks quantities converted between units` };
}
