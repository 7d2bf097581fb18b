/**
 * A continuation as the whole turn ("continue", "keep going", "weiter", "continua pure", "続けて", "계속해") lets the work
 * before it go on. After a translation, a summary or a piece of writing done in parts, that work is what goes on; only
 * code work (or an agent's change) is continued as code (thirty-fourth round: "sigue" after a docs agent translated the
 * first part of a file read as code_generation, the agent's repository context taken for a coding one).
 * @module
 */

/** A continuation word or phrase in the ten cue languages, with an optional assent before it and a "please" after it. */
export const CONTINUE_WHOLE = new RegExp(
  /^(?:(?:ok(?:ay)?|yes|yep|s[ií]|ja|oui|sim|да|ок|好的?|はい|うん|네|응)[,.!、，]?\s*)?/.source +
    /(?:continue|keep going|go on|carry on|sigue|segu[ií]|contin[uú]a(?: pure| a[ií]| así| cos[iì])?|continuez|weiter(?: so| bitte)?|mach weiter|fahr fort|segue|prossegue|vai em frente|продолжай(?:те)?|дальше|继续(?:吧|翻译|写)?|接着(?:来|写|翻)?|続けて(?:ください|くれ)?|続きを?(?:お願い(?:します)?)?|계속(?:해|해줘|해 줘|하세요|해주세요|해 주세요)?)/
      .source +
    /(?:\s*(?:please|pls|por favor|bitte|stp|s'il te pla[iî]t|per favore|por favor|пожалуйста))?[\s.!。！…]*$/.source,
);

/** Work that a continuation carries on as it was (a translation done in parts goes on as a translation). */
const CONTINUED_TASKS: ReadonlySet<string> = new Set(["translation", "summarization", "creative_writing", "extraction", "classification", "brainstorming"]);

/** Whether the follow-up `phrase` is a bare continuation of the anchor's non-code work. */
export function continuesOtherWork(phrase: string, anchorTask: string): boolean {
  return CONTINUED_TASKS.has(anchorTask) && CONTINUE_WHOLE.test(phrase);
}
