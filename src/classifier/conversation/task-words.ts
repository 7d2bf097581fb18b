/**
 * Words that name kinds of work, shared by the task guards, the agent guards and the learned features: asks to debug
 * or explain a fault, asks to change code, maths problems and business metrics.
 * @module
 */

export const BUG_WORDS = new RegExp(
  /\b(bug|error|exception|fail\w*|crash\w*|broken|wrong|why|doesn'?t|does not|isn'?t|not working|traceback|stack trace|review|regression|flak(e|y|es|iness)|explain|what does|how does|where (is|are|do|does)|walk me through|slow(er|ly|ness)?|hang(s|ing)?|stuck|tim(es|ing) out|leak(s|ing)?|investigate|diagnose|find out|figure out|profile (it|this|that|the)|where the time goes|bottlenecks?|hot ?spots?|(safe|secure) (from|against)|vulnerab\w*|injection|xss|csrf|security (holes?|issues?|pass|review|audit))\b|fehler|erreur|errore|erro|ошибк|错误|エラー|오류|버그|/.source +
    // why, slow, fails, crashes, investigate and (eleventh round) explain, in the nine other cue languages
    /por qu[eé]|(?<![a-zà-ÿ])lent([oa]|es?)?(?![a-zà-ÿ])|falla|fallo|se cae|investiga|expl[ií]ca(me|lo|melo)?(?![a-zà-ÿ])|erkl[äa]r(e|mir)?(?![a-zà-ÿ])|explique(-moi)?(?![a-zà-ÿ])|spiega(mi)?(?![a-zà-ÿ])|объясни|解释|說明一下|説明して|설명해|warum|wieso|langsam|schl[äa]gt fehl|st[üu]rzt|untersuch|pourquoi|[ée]choue|plante|perch[ée]|fallisce|si blocca|почему|медленн|тормоз|пада[ею]т|вылета|разберись|为什么|為什麼|慢|失败|崩溃|排查|挂了|挂掉|出错|什么原因|なぜ|どうして|遅い|重い|失敗|落ちる|クラッシュ|調べて|왜|느려|느린|실패|충돌|크래시/.source,
);

/**
 * Cases named as what tests or code must cover ("cover the error cases too", "include the edge cases", "handle the failure
 * paths"): the words of a spec, not a bug report (round 43, dev-195).
 */
export const CASES_TO_COVER = /\b(?:cover|covers|covering|handle|handles|handling|test|tests|testing|add|include|including|with|for|plus) (?:the |all |some |any |those )?(?:\w+ )?(?:error|failure|edge|failing|exception|corner)[- ](?:cases?|paths?|scenarios?|branch(?:es)?)\b/g;

/**
 * Change words that ask no change (round 44): the user's own change told ("my first change to checkout"), the session's
 * work named after a preposition ("before we dive into the refactor"), a change ruled out ("don't change anything", "no
 * edits") and what the user will do later ("before I touch it").
 */
const CHANGE_NOT_ASKED =
  /\b(?:my|our) (?:first |last |latest |biggest |big )?(?:change|fix|patch|refactor|deploy)\b|\b(?:into|on|with|about|after|before) (?:the|this|our|today'?s) (?:refactor|migration|rewrite|change|fix|upgrade)\b|\b(?:don'?t|do not) (?:change|touch|edit|modify) anything\b|\bno (?:changes?|edits?)\b|\bbefore (?:i|we) (?:touch|change|edit|modify|run) (?:it|this|that|anything)\b/g;

/** Whether `text` asks a change: a change word outside the phrases that ask none ({@link CHANGE_NOT_ASKED}). */
export function asksChange(text: string): boolean {
  return CHANGE_REQUEST.test(text.replace(CHANGE_NOT_ASKED, " "));
}

/** Asks to change code, in the ten cue languages: a diagnosis ask with one of these is a change to make. */
export const CHANGE_REQUEST = new RegExp(
  /\b(write|create|generate|implement|add|fix|change|update|refactor|rename|make|build|remove|delete|replace|migrate|convert|port|rewrite|patch|bump|set|support|shrink|slim down|speed up|clean (?:it |this |that )?up|tidy (?:it |this |that )?up|get it (?:way |much |a lot )?(?:smaller|faster|lighter|down))\b|/.source +
    // Stems of other languages start a word ("crea" is in "created", "increase"); CJK stems stand alone.
    /(?<![a-zà-ÿа-яё])(?:escrib|crea(?!t)|implementa|a[ñn]ad|agreg|arregl|corrig|cambi|actualiz|schreib|erstell|implementier|f[üu]g|behebe|beheb|[äa]nder|ersetz|baue|[ée]cri|cr[ée]e|ajout|corrige|modifi|remplac|escrev|adicion|corrij|altere|scrivi|aggiung|correggi|modific|sostituisc|напиши|создай|добав|исправ|измени|замени)|写|添加|加上|修复|修改|实现|创建|書いて|追加|修正|実装|作って|変更|작성|추가|수정|구현|만들|변경|고쳐|고치|바꿔/.source,
);

/** Words that name a maths problem (for token-level checks). */
export const MATH_PROBLEM_WORDS: ReadonlySet<string> = new Set(
  "solve equation equations integral derivative theorem prove probability polynomial matrix quadratic factorial modulo geometry algebra triangle circle radius divisible prime".split(" "),
);
/** Business and product metric words (for token-level checks). */
export const METRIC_TOKENS: ReadonlySet<string> = new Set(
  "churn retention conversion revenue mrr arr kpi kpis cohort cohorts funnel signups signup subscribers customers users dau mau arpu ltv cac nps growth yoy quarter quarterly margin sales bookings rate rates tickets backlog headcount rating ratings reviews traffic visitors sessions spend budget ads campaign campaigns clicks".split(" "),
);
