/**
 * A verdict asked on the code in a coding run, before it goes on ("passt das so oder übersehe ich was?", "is this safe to
 * merge?", "¿está bien así?", "これで大丈夫？"): the code is read and judged, a review, not a change to make (round 49).
 * Read in the ten cue languages by the shape of the ask: the work is fine as it stands, something was missed, or it may
 * now be merged or shipped.
 * @module
 */

const VERDICT = new RegExp(
  [
    // en: "does this look ok?", "is that right?", "am I missing something?", "good to merge?", "before I merge"
    "\\b(?:look|looks|seem|seems) (?:ok|okay|good|right|fine|correct|sane|safe)\\b|\\bis (?:this|that|it) (?:ok|okay|right|correct|fine|safe|sane|good)\\b|\\b(?:am i|are we) missing (?:something|anything)\\b|\\bdid (?:i|we) miss (?:something|anything)\\b|\\b(?:good|safe|ok|okay|ready) to (?:merge|ship|deploy|go)\\b|\\bbefore (?:i|we) (?:merge|ship|deploy|approve)\\b",
    // de, es, fr, pt, it, ru
    "\\bpasst (?:das|es)\\b|übersehe ich (?:was|etwas)|(?:hab|habe) ich (?:was|etwas) übersehen|\\bist (?:das|es) so (?:richtig|ok|okay|korrekt|in ordnung)|bevor ich (?:merge|mergen|deploye)|kann ich (?:das|es) (?:so )?mergen",
    "est[aá] bien as[ií]|me (?:falta|he dejado|dejo) algo|se me (?:escapa|pasa) algo|¿?es correcto\\?|antes de (?:hacer (?:el )?)?merge|puedo (?:hacer (?:el )?)?merge",
    "(?<![\\p{L}])(?:ça|ca) (?:(?:te )?va comme (?:ça|ca)|te va|(?:te )?(?:para[iî]t (?:bon|correct)|semble (?:bon|ok|correct))(?: comme (?:ça|ca))?)\\s*\\?|c'est (?:bon|correct|ok) (?:comme (?:ça|ca)|pour toi)|j'ai (?:rat[ée]|oubli[ée]|loup[ée]) quelque chose|avant de (?:merger|fusionner|livrer)|je peux (?:merger|fusionner)",
    "(?:t[aá]|est[aá]) (?:certo|ok|bom) assim|(?:deixei passar|esqueci) (?:algo|alguma coisa)|antes de (?:fazer o )?merge|posso (?:fazer o )?merge",
    "va bene così|è corretto così|mi (?:sfugge|sono perso) qualcosa|prima di (?:fare (?:il )?)?merge|posso (?:fare (?:il )?)?merge",
    "так (?:нормально|норм|правильно|ок)\\b|всё (?:ли )?(?:правильно|нормально|ок)\\b|(?:ничего|что-то) не упустил|перед (?:тем как )?(?:мержить|мерджить|мерж)|можно (?:мержить|мерджить)",
    // zh, ja, ko
    "这样(?:可以|行|对)吗|有没有(?:问题|遗漏)|合并之前|能合(?:并)?吗|これで(?:大丈夫|いい|OK|ok)|見落とし|マージする前に|マージして(?:いい|大丈夫)|이대로 (?:괜찮|맞)|놓친 (?:거|게)|머지하기 전에|머지해도 (?:돼|될까)",
  ].join("|"),
  "u",
);

/**
 * An action asked beside the verdict: "looks good, commit it and push", "passt das so? wenn nicht, dreh …", "合并之前把测试
 * 补上" (review 49). The turn asks the agent to act, not only to judge.
 */
const ACTION_BESIDE =
  /\b(?:commit|push|merge|ship|deploy|land) (?:it|this|that|them)\b|\bgo ahead\b|\b(?:if (?:not|yes|so|ok|it is)|otherwise)\b|\bwenn ja\b|\bsi oui\b|\bse sim\b|\bse s[iì]\b|если да|よければ|良ければ|問題なければ|マージして|如果可以|没问题就|괜찮으면|\bwenn nicht\b|\bsonst\b|\bsi no\b|\bsinon\b|\bse n[ãa]o\b|\bsen[ãa]o\b|\baltrimenti\b|если нет|иначе|否则|不然|补上|加上|ダメなら|でなければ|아니면/u;

/** Whether the turn asks a verdict on the code as it stands (see {@link VERDICT}), and no action beside it. */
export function asksVerdict(lower: string): boolean {
  return VERDICT.test(lower) && !ACTION_BESIDE.test(lower);
}
