/**
 * "How many ways can I arrange the letters of LEVEL?", "¿De cuántas maneras puedo ordenar las letras de CASA?",
 * "сколькими способами можно рассадить 5 гостей?", "有多少种排法？", "並べ方は何通り？": a count of arrangements or choices
 * is a combinatorics problem, maths, though the turn may hold no figure at all (round 37n: a learned lookup reading of the
 * LEVEL question made its follow-up "and MISSISSIPPI?" a lookup too). "How many ways are there to say hello in Japanese?"
 * counts no arrangement: the count must be of arranging, seating, choosing, ordering or distributing.
 * @module
 */
import type { ConversationReading } from "./read-conversation.js";
import type { GuardResult } from "./task-guards.js";

/** Readings a count of arrangements gets when no figure or maths word is in the turn. */
const MISREAD: ReadonlySet<string> = new Set(["simple_qa", "chat", "classification", "extraction", "creative_writing", "brainstorming"]);
/** A turn this long at most is the problem and nothing more. */
const MAX_CHARS = 400;
/**
 * A count of ways to arrange, seat, choose, order or distribute, in the ten cue languages; or the nouns that name one
 * (permutations, arrangements, anagrams of a word).
 */
const COUNTING_ASK = new RegExp(
  [
    "\\bhow many (?:different |distinct |possible )?(?:ways|orders|orderings)\\b[^.?!\\n]{0,40}\\b(?:arrang\\w*|order|seat\\w*|sit|line (?:up|them up)|choose|pick|select|form|distribut\\w*|split|divide|assign|colou?r|paint|climb|permut\\w*)\\b",
    "\\bhow many (?:different |distinct |possible )?(?:arrangements|permutations|combinations|anagrams)\\b",
    "de cu[aá]ntas (?:maneras|formas) [^.?!\\n]{0,40}(?:orden|sent|eleg|escog|repart|form|coloc|organiz|permut)",
    "de quantas (?:maneiras|formas) [^.?!\\n]{0,40}(?:orden|sent|escolh|distribu|form|coloc|arrum|organiz|permut)",
    "de combien de (?:fa[çc]ons|mani[èe]res) [^.?!\\n]{0,40}(?:rang|ordonn|asseoi|assis|choisi|plac|form|r[ée]parti|arrang|permut)",
    "auf wie viele (?:arten|weisen) [^.?!\\n]{0,40}(?:anordn|setz|w[äa]hl|verteil|bild|aufstell|sortier|reih)",
    "wie viele (?:m[öo]gliche )?(?:anordnungen|permutationen|kombinationen|reihenfolgen)",
    "in quanti modi [^.?!\\n]{0,40}(?:ordin|dispo|sed|sceg|distribu|form|sistem|permut)",
    "сколькими способами|сколько (?:существует )?(?:перестановок|сочетаний|размещений|вариантов расстановки)",
    "多少种(?:不同的)?(?:排法|排列|选法|分法|坐法|组合|方法(?:排|选|分))|有几种(?:排法|排列|选法|分法|坐法)",
    "(?:並べ方|並び方|選び方|座り方|分け方|組み合わせ)(?:は|が)?(?:全部で)?何通り|何通りの(?:並べ方|選び方)",
    "경우의 ?수|몇 가지 (?:방법|경우)(?:으로|로)? [^.?!\\n]{0,20}(?:배열|나열|앉|고르|뽑|나누)",
  ].join("|"),
);

/** Maths for a short turn that asks a count of arrangements or choices (see the module comment). */
export function countingAskGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (!MISREAD.has(task) || reading.latestLower.length > MAX_CHARS || reading.agent.toolMessages > 0) return undefined;
  const asked = COUNTING_ASK.exec(reading.latestLower);
  return asked === null ? undefined : { task: "math", why: `'${asked[0]}' asks a count of arrangements or choices` };
}
