/**
 * The name a user probably meant: the closest of `choices` by edit distance, when it is within `share` of its length
 * (at least two edits), else undefined. One rule for every "did you mean" (config keys and values, task names, model
 * ids); `share` says how loose a match may be for names of that kind (model ids are long and alike, so they take less).
 * @module
 */
import { closest, distance } from "fastest-levenshtein";

export function closestName(value: string, choices: readonly string[], share: number): string | undefined {
  if (value.length === 0 || choices.length === 0) return undefined;
  const guess = closest(value, [...choices]);
  return distance(value, guess) <= Math.max(2, Math.floor(guess.length * share)) ? guess : undefined;
}
