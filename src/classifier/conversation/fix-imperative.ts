/**
 * A turn in a coding run that opens by asking a repair ("now fix the tests", "corrige tout ça", "arregla los imports",
 * "dann repariere die Tests", "исправь тесты", "把测试修好"): the agent is asked to make the change, whatever review word
 * the verb also is in another language ("corrige" names a proofread in Spanish). Read in the ten cue languages, after at
 * most three words of assent or sequence ("ok now", "vale, ahora", "dann jetzt") (round 49).
 * @module
 */

/** Words of assent or sequence that may open the turn before the verb. */
const LEAD = "(?:(?:ok|okay|alright|right|so|now|then|and|great|cool|good|nice|perfect|yes|yeah|vale|bueno|ahora|y|pues|dann|jetzt|gut|okay|und|bon|alors|maintenant|et|ok|agora|então|beleza|e|ora|allora|adesso|bene|e|ну|теперь|хорошо|ладно|а|и)[,.!]?\\s+){0,3}";
/** A repair verb in the imperative, the first word of the ask. */
const FIX_VERB =
  "(?:fix|patch|repair|corrige|corrija|corrijan|arregla|repara|behebe|beheb|korrigiere|repariere|fixe|répare|réparez|corrigez|conserta|conserte|correggi|aggiusta|sistema(?!\\s+d[eiu]\\b|\\s+del)|исправь(?:те)?|почини(?:те)?|поправь(?:те)?)";
/** The verb named as a noun, a title or a commit subject: "Fix: …", "fix for the rounding bug", "patch 2 of 5" (review 49). */
const NOUN_AFTER = "(?!\\s*[:：#\\d(]|\\s+(?:for|of|from|notes?|version|release|looks?|seems?|is|was)(?![\\p{L}]))";

const OPENS_WITH_FIX = new RegExp(`^${LEAD}${FIX_VERB}(?![\\p{L}])${NOUN_AFTER}`, "u");
/** "把测试修好", "修一下", "テストを直して", "테스트 고쳐 줘": the repair verb closing a short CJK ask. */
const CJK_FIX = /^[^。！？?!\n]{0,20}(?:修好|修复|修一下|改好|直して|修正して|고쳐 ?(?:줘|주세요|줄래)|수정해 ?(?:줘|주세요))/u;

/** Whether the latest turn (lower-cased) opens by asking the agent to repair something. */
export function opensWithFix(lower: string): boolean {
  const text = lower.trimStart();
  return OPENS_WITH_FIX.test(text) || CJK_FIX.test(text);
}
