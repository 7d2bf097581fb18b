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

/**
 * A run asked of the agent, the first words of the turn (round 56): "roda os testes de novo", "run it again", "vuelve a
 * ejecutar la consulta", "lass sie nochmal laufen", "relance la requête", "rilancia i test", "прогони тесты ещё раз",
 * "再跑一下测试", "もう一度実行して", "다시 돌려줘" ("다시 돌려 말해줘" rephrases). Only read where the agent's tools already ran (the caller's gate).
 */
const RUN_VERB =
  "(?:run|rerun|re-run|execute|re-execute|roda|rode|rodar|executa|ejecuta|corre|vuelve a (?:correr|ejecutar|lanzar)|lanza|relanza|lance|relance|ex[ée]cute|r[ée]ex[ée]cute|f[üu]hr(?:e)?|lass(?: \\p{L}+){0,3} laufen|starte|esegui|riesegui|lancia|rilancia|запусти(?:те)?|прогони(?:те)?|перезапусти(?:те)?|выполни(?:те)?)";
/** A please before the run (review 56): "please run the tests again", "bitte führ die Tests nochmal aus". */
const PLEASE = "(?:(?:please|pls|bitte|por favor|s'il te pla[iî]t|stp|per favore|пожалуйста)[,.!]?\\s+)?";
/** "Run it by me again", "run me through it again": a telling asked, no run (review 56). */
const TOLD = "(?!(?: \\p{L}+){0,2} (?:by|past) (?:me|us)(?![\\p{L}])| (?:me |us )?through(?![\\p{L}]))";
const OPENS_WITH_RUN = new RegExp(`^${LEAD}${PLEASE}${RUN_VERB}(?![\\p{L}])${TOLD}${NOUN_AFTER}`, "u");
/** The run asked as a polite English question, one question alone: "can you run the tests again?" (review 56). */
const RUN_ASKED_POLITELY = new RegExp(`^${LEAD}(?:can|could|would) you (?:please )?(?:run|rerun|re-run|execute|re-execute|fix|patch|repair)(?![\\p{L}])${TOLD}[^?？\\n]*[?？]$`, "u");
/**
 * The run asked as a polite question in the other cue languages, one question alone (round 57): "kannst du die Tests
 * nochmal laufen lassen?", "¿puedes volver a correr los tests?", "tu peux relancer les tests ?", "puoi rilanciare la
 * build?", "consegue rodar o lint de novo?", "можешь ещё раз прогнать тесты?", "would you mind running the e2e suite once
 * more?". German puts the infinitive last; the others put it right after the modal, after at most two words.
 */
const RUN_ASKED_POLITELY_OTHER = new RegExp(
  `^${LEAD}(?:` +
    [
      "would you mind (?:re-?)?(?:running|executing)(?![\\p{L}])" + TOLD,
      "(?:kannst|k[öo]nntest|w[üu]rdest) du (?:bitte )?(?:(?!wie |warum |wieso |ob |was |mir )[^?？\\n]){0,60}(?:laufen lassen|(?<![\\p{L}])ausf[üu]hren|neu starten|durchlaufen lassen)",
      "(?:puedes|podr[ií]as|me puedes) (?:\\p{L}+ ){0,2}(?:volver a )?(?:correr|ejecutar|lanzar|relanzar|pasar)(?![\\p{L}])",
      "(?:tu peux|peux-tu|pourrais-tu|vous pouvez|pouvez-vous|pourriez-vous) (?:\\p{L}+ ){0,2}(?:relancer|lancer|r?[ée]ex[ée]cuter|ex[ée]cuter|refaire tourner|faire tourner|repasser)(?![\\p{L}])",
      "(?:puoi|potresti|riesci a) (?:\\p{L}+ ){0,2}(?:rilanciare|lanciare|rieseguire|eseguire|far girare|rifar girare)(?![\\p{L}])",
      "(?:pode|podes|consegue|voc[êe] pode|d[áa] pra) (?:\\p{L}+ ){0,2}(?:rodar|executar|reexecutar|rodar de novo|relan[çc]ar)(?![\\p{L}])",
      "(?:можешь|можете|сможешь|не мог бы ты|не могли бы вы) (?:\\p{L}+ ){0,3}(?:запустить|прогнать|перезапустить|выполнить)(?![\\p{L}])",
    ].join("|") +
    ")[^?？\\n]*[?？]$",
  "u",
);
/**
 * The run asked politely in Chinese, Japanese or Korean (round 57): "能再跑一下测试吗？", "テストもう一回走らせてもらえる？",
 * "테스트 다시 돌려줄 수 있어?".
 */
const CJK_RUN_POLITELY = /^[^。！？?!\n]{0,30}(?:(?:能|可以|能不能|可不可以|麻烦)[^。！？?!\n]{0,8}(?:再跑|重跑|重新跑|跑一下|跑一遍|再运行|重新运行|运行一下)[^。！？?!\n]{0,12}(?:吗|么|嗎)?|(?:走らせて|実行して|回して)(?:もらえ(?:る|ます)|くれ(?:る|ない|ます)|いただけ)[^。！？?!\n]{0,6}|(?:돌려|실행해) ?(?:줄 수 있어|줄래|주실 수 있|줄 수 있나|주세요|줘))[?？]$/u;
/**
 * The run verb taken in another sense (review 57): a review or an analysis "run" ("можешь выполнить code review этого
 * диффа?", "tu peux lancer une revue du diff ?", "¿puedes ejecutar una revisión de seguridad…?", "tu peux lancer une
 * analyse de mes sorties ?"), a point elaborated ("könntest du bitte genauer ausführen, was …?"), reasoning gone over
 * ("можешь прогнать мне логику: почему …?", "頭の中で回してもらえる？"), a cause asked, or a run of one's own ("我能再跑一下十公里吗？").
 */
const NOT_A_RUN =
  /review|revue|revisi|revis[ãa]o|ревью|analy|an[áa]lis|analis|анализ|confront|compar|сравн|vergleich|genauer|n[äa]her|ausf[üu]hrlicher|im kopf|логик|思路|頭の中|何を|(?<![\p{L}])(?:why|warum|wieso|pourquoi|perch[ée]|por ?qu[eé]|почему|зачем)(?![\p{L}])|为什么|なぜ|왜|^我|公里|(?<![\p{L}])km(?![\p{L}])/u;
/** The run asked in Chinese, Japanese or Korean, closing a short ask. */
const CJK_RUN = /^[^。！？?!\n]{0,20}(?:再跑|重跑|重新跑|跑一下|跑一遍|再运行|重新运行|运行一下|再実行|もう一度実行|実行して|走らせて|回して|다시 돌려(?! ?말)|돌려 ?(?:줘|주세요|봐)|다시 실행|실행해 ?(?:줘|주세요|봐))/u;

/** Whether the latest turn (lower-cased) opens by asking the agent to run something (see {@link RUN_VERB}). */
export function opensWithRun(lower: string): boolean {
  const text = lower.trimStart();
  return OPENS_WITH_RUN.test(text) || CJK_RUN.test(text);
}

/** Whether the latest turn (lower-cased) asks the run or the repair as a polite question (see {@link RUN_ASKED_POLITELY}). */
export function asksRunPolitely(lower: string): boolean {
  const text = lower.trim().replace(/^[¿¡]\s*/u, "");
  if (RUN_ASKED_POLITELY.test(text)) return true;
  return (RUN_ASKED_POLITELY_OTHER.test(text) || CJK_RUN_POLITELY.test(text)) && !NOT_A_RUN.test(text);
}

/** Whether the latest turn (lower-cased) opens by asking the agent to repair something. */
export function opensWithFix(lower: string): boolean {
  const text = lower.trimStart();
  return OPENS_WITH_FIX.test(text) || CJK_FIX.test(text);
}
