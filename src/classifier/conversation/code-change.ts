/**
 * A change asked of the code, in the ten cue languages (moved out of `own-ask.ts` in round 46, for the statistics ask of
 * `coding-agent-asks.ts` too).
 * @module
 */

/**
 * A change asked of the code, in the ten cue languages. Not the shared `asksChange` (task-words.ts): that reads writing
 * verbs as changes ("write a poem", "escríbeme un mensaje" ask a piece here) and "set" as one ("weight_decay isn't set"),
 * and it lacks "verbesser" ("schreib die verbesserte Version"). Tried in round 45's review: two development rows turned
 * wrong, so the list stays its own.
 */
export const CODE_CHANGE =
  /\b(?:fix|change|update|refactor|rename|remove|delete|replace|migrate|convert|port|rewrite|patch|bump|add|implement|support|shrink|speed up|swap)\b|(?<![a-zà-ÿа-яё])(?:implementa|a[ñn]ad|agreg|arregl|corrig|cambi|actualiz|implementier|beheb|ersetz|verbesser|ajout|modifi|remplac|adicion|corrij|altere|aggiung|correggi|sostituisc|добав|исправ|измени|замени|обнови|сделай так)|添加|加上|修复|修改|实现|追加|修正|実装|変更|추가|수정|구현|변경|고쳐|고치|바꿔/u;
