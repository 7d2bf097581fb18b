/**
 * A closing turn ("cheers, that's all for today", "vale, eso es todo", "das wär's, danke", "以上です、ありがとう"):
 * the person ends the session, so the model only has to reply in kind — small talk, whatever agent or pipeline
 * the conversation runs in. Read in the ten cue languages, for short whole messages only.
 * @module
 */

/** Longest message read as a closing (characters). */
const MAX_CLOSING_CHARS = 80;

const CLOSING = new RegExp(
  [
    // en
    "\\b(?:that'?s|that is|thats) (?:all|it|everything)(?: for (?:now|today|the day|this week))?(?:[,.!\\s]+(?:thanks?|thank you|thx|cheers|bye)\\b)?[.!\\s]*$|\\bnothing else\\b|\\ball (?:good|set|done)\\b|\\b(?:bye|goodbye|see you|see ya|cya)\\b|\\bhave a (?:good|nice|great) (?:one|day|evening|night|weekend)\\b|\\bthat'?ll be all\\b|\\bwe'?re done\\b|\\bi'?m done\\b|\\bno more questions\\b",
    // es, de, fr
    "\\beso es todo\\b|\\bnada más\\b|\\bhasta (?:luego|pronto|mañana)\\b|\\badiós\\b|das wär'?s|das war'?s|das ist alles|sonst nichts|\\btschüss\\b|bis (?:dann|bald|morgen)|schönen (?:tag|abend)|c'est tout|rien d'autre|\\bau revoir\\b|à plus|bonne (?:journée|soirée)",
    // pt, it, ru
    "é só isso|\\bsó isso\\b|nada mais|\\btchau\\b|até (?:mais|logo|amanhã)|è tutto|niente (?:altro|di più)|nient'altro|\\ba presto\\b|buona (?:giornata|serata)|это вс[её]|больше ничего|\\bдо свидания\\b|хорошего дня",
    // zh, ja, ko
    "就这些|就这样吧|没别的了|再见|以上です|以上になります|それだけです|また今度|お疲れ様|이게 다|그게 다예요|그게 다야|됐어요|수고하세요|안녕히",
  ].join("|"),
);

/** Whether `lower` (a lower-cased user turn) is a whole-message closing. */
export function isClosing(lower: string): boolean {
  const text = lower.trim();
  return text.length > 0 && text.length <= MAX_CLOSING_CHARS && !text.includes("\n") && CLOSING.test(text);
}
