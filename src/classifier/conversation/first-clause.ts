/**
 * A clause of a longer follow-up up to "and add …" ("ponle un tono más cercano y añade que traigan almuerzo", "make it
 * warmer and add that she starts Monday", "mach es lockerer und füg hinzu…"): a restyle joined to an addition without a
 * comma (thirty-second round). Read only when the whole clause names no edit ("go ahead and add it" does).
 * @module
 */
const ADDITION =
  /\s(?:and|y|e|und|et|и)\s(?:also\s)?(?:add|mention|include|put in|añade|agrega|incluye|menciona|aggiungi|includi|adiciona|acrescenta|inclui|f[üu]g|erg[äa]nze|erw[äa]hne|ajoute|mentionne|inclus|добавь|упомяни)(?![\p{L}])/u;

/** The clause before its "and add …", or "" when it has none. */
export function beforeAddition(clause: string): string {
  const joined = ADDITION.exec(clause);
  return joined === null ? "" : clause.slice(0, joined.index);
}
