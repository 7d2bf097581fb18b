/**
 * A chemical equation as maths notation (thirtieth round): "how many grams of CO2 come from 50 g of propane? C3H8 + 5O2 →
 * 3CO2 + 4H2O" asks for a quantity worked out, as a formula does. Read by `numeric-domain.ts`.
 * @module
 */

/**
 * A balanced chemical equation ("c3h8 + 5o2 → 3co2 + 4h2o", lower-cased): formulas with counts joined by + before an
 * arrow. Tried only on a short window ending just past each of the first arrows, so a long paste full of "->" costs little.
 */
const CHEM_EQUATION = /\b\d?(?:[a-z]{1,2}\d{0,2}){1,4}\s?\+\s?\d?(?:[a-z]{1,2}\d{0,2}){1,4}\s?(?:→|->|⟶)\s?\d?[a-z]{1,2}\d/;
const CHEM_ARROW = /→|->|⟶/g;
const CHEM_WINDOW_BEFORE = 40;
const CHEM_WINDOW_AFTER = 6;
const CHEM_MAX_ARROWS = 8;

export function hasChemEquation(lower: string): boolean {
  if (!lower.includes("→") && !lower.includes("->") && !lower.includes("⟶")) return false;
  CHEM_ARROW.lastIndex = 0;
  for (let n = 0; n < CHEM_MAX_ARROWS; n++) {
    const arrow = CHEM_ARROW.exec(lower);
    if (arrow === null) return false;
    if (CHEM_EQUATION.test(lower.slice(Math.max(0, arrow.index - CHEM_WINDOW_BEFORE), arrow.index + arrow[0].length + CHEM_WINDOW_AFTER))) return true;
  }
  return false;
}
