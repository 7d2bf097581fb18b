/**
 * An explanation asked as a piece of writing (round 37n): "Write a detailed explanation of how HTTPS works", "give me an
 * overview of how DNS resolves a name", "escribe una explicación detallada de…", "schreib eine ausführliche Erklärung…",
 * "rédige une explication détaillée de…", "scrivi una spiegazione dettagliata di…", "escreva uma explicação detalhada…",
 * "напиши подробное объяснение…", "详细解释一下…", "詳しく説明して", "자세히 설명해줘". A model may read the writing verb as a
 * piece; "too long, 2 sentences max" after it asks for a summary of the explanation, not a shorter piece.
 * @module
 */

const EXPLANATION_ASKED =
  /\b(?:explanation|overview|explainer|rundown|walkthrough|walk-through) of (?:how|what|why|the|a|an)\b|\bexplain (?:in detail )?(?:how|what|why)\b|explicaci[óo]n (?:detallada )?(?:de|sobre)|explica(?:me)? (?:c[óo]mo|qu[ée]|por qu[ée])|(?:ausf[üu]hrliche |detaillierte )?erkl[äa]rung,? (?:wie|was|warum|von|der|des)|erkl[äa]r(?:e)?(?: mir)?,? (?:wie|was|warum)|explication (?:d[ée]taill[ée]e )?(?:de|du|des|sur)|explique(?:-moi)? (?:comment|ce que|pourquoi)|spiegazione (?:dettagliata )?(?:di|del|della|su)|spiegami (?:come|cosa|perch[ée])|explica[çc][ãa]o (?:detalhada )?(?:de|do|da|sobre)|explique (?:como|o que|por que)|(?:подробное )?объяснение|объясни,? (?:как|что|почему)|(?:详细)?解释一下|詳しく説明|자세히 설명/u;

/** Whether the anchor turn (lower-cased) asks for an explanation of how something works. */
export function asksForExplanation(lower: string): boolean {
  return EXPLANATION_ASKED.test(lower);
}
