/**
 * An away message (round 45): the writer steps away for a moment ("brb coffee ☕", "back in 5, getting lunch", "bin gleich
 * zurück"). It asks nothing: it is small talk, answered in a line, however long the run before it.
 * @module
 */

/**
 * The writer steps away for a moment ("brb coffee ☕", "back in 5, getting lunch", "bin gleich zurück"; round 45): a short
 * turn with no question, so "back in 2019 we used mysql, why…?" and "how do I detect afk players?" are not this.
 */
const AWAY =
  /(?:^|[,.!;]\s{0,3}|\bbe )back in (?:\d{1,2}(?: ?(?:min|mins|minutes|m))?|a (?:few|sec|bit|minute))(?![\d:])|\b(?:brb|afk|(?:grabbing|getting|going for) (?:a |some )?(?:coffee|lunch|tea|food)|stepping (?:out|away)|taking a (?:break|breather))\b|vuelvo en \d|ahora vuelvo|voy (?:por|a por) un caf[ée]|bin gleich zur[üu]ck|kurze? (?:kaffee)?pause|je reviens|pause caf[ée]|j[áa] volto|volto j[áa]|torno subito|pausa caff[èe]|сейчас вернусь|пойду (?:за кофе|пообедаю)|马上回来|去喝(?:杯)?咖啡|すぐ戻|ちょっと休憩|잠깐 (?:쉬|다녀)|금방 올게/u;
/** Words and characters an away message runs to at most (the characters are tested first: most turns end there). */
const MAX_AWAY_WORDS = 8;
const MAX_AWAY_CHARS = 80;

/** Whether `turn` (lower-cased, trimmed) is an away message: short, with no question. */
export function isAwayMessage(turn: string): boolean {
  return turn.length <= MAX_AWAY_CHARS && !/[?？]/u.test(turn) && AWAY.test(turn) && turn.split(/\s+/u).length <= MAX_AWAY_WORDS;
}
