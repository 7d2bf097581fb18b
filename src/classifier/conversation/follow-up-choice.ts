/**
 * A follow-up that asks to choose among what the assistant just gave ("which of them would you send to a new client,
 * and why?", "¿cuál de las dos suena más natural?", "どっちがいい？", "hangisini seçerdin?"): a judgement of the options,
 * so analysis, whatever task produced them (eleventh round). Read at the head of a short turn only, in the twenty-eight
 * languages with follow-up patterns; written by the team from general usage.
 * @module
 */

/** "Which of them / which version / which one … ?" per language (lower-cased text). */
const CHOICE = [
  "which (?:one|of (?:them|these|those|the (?:two|three|four|versions|options|drafts|names|ones)|both)|version|option|draft|variant)(?! of the following)",
  "cu[aá]l (?:de (?:las|los) (?:dos|tres|opciones|versiones|propuestas)|de ellas|de ellos|versi[oó]n|opci[oó]n)|con cu[aá]l te quedas",
  "welche[rs]? (?:davon|der beiden|von (?:den|beiden|ihnen|diesen)|version|variante|fassung)",
  "laquelle|lequel|quelle (?:version|option|variante)",
  "quale (?:delle|dei|tra|fra|versione|opzione|sceglieresti)|quali (?:tra|fra)",
  "qual (?:das|dos) (?:duas|dois|tr[eê]s|op[çc][õo]es|vers[õo]es)|qual (?:delas|deles|vers[ãa]o|op[çc][ãa]o)",
  "как(?:ой|ая|ое|ую) из (?:них|вариантов|двух|трех|трёх|версий)|какой вариант|какую версию",
  "welke (?:van (?:de|deze|die|beide|hen)|versie|optie)", "hangisi|hangisini", "któr(?:y|ą|a|e) (?:z nich|z tych|z dwóch|wersj)",
  "yang mana|mana yang (?:lebih|paling)", "(?:cái|bản|phương án|câu) nào", "أي(?:هما| واحد| واحدة| نسخة| صيغة)|ايهما|انهي واحد",
  "kaun ?sa|kaun ?si|कौन ?सा|कौन ?सी", "vilken av (?:dem|dessa|de två|versionerna)|vilken version", "ποι(?:ο|α|ος) από",
  "як(?:ий|у|а) з (?:них|варіантів|двох)", "kter(?:ou|ý|á) z|kterou verzi", "care dintre|care variant", "איזו מה|איזה מה|איזו גרסה|איזה נוסח",
  "کدوم|کدام", "কোনটা|কোনটি", "ipi kati ya|lipi kati ya", "alin sa (?:kanila|mga|dalawa)|alin ang mas",
];
const SPACED = new RegExp(`^(?:[^\\s,]+[\\s,]+){0,3}?[¿¡"'(]*(?:${CHOICE.join("|")})(?![\\p{L}\\p{M}])`, "u");
/** Chinese, Japanese, Korean and Thai: the choice word in the first few characters. */
const UNSPACED = /^.{0,12}(?:哪个|哪一个|哪一版|哪个版本|选哪|どっち|どちら|どれが|どれを|어느 (?:쪽|게|것|버전)|어떤 게 더|뭐가 더|อันไหน)/u;

/** The choice phrase at the head of a follow-up turn (lower-cased), if any. */
export function choiceAsk(head: string): string | undefined {
  const match = SPACED.exec(head) ?? UNSPACED.exec(head);
  return match === null ? undefined : match[0].trim();
}
