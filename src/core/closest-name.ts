/**
 * The name a user probably meant: the closest of `choices` by edit distance, when it is within `share` of its length
 * (at least two edits), else undefined. One rule for every "did you mean" (config keys and values, task names, model
 * ids); `share` says how loose a match may be for names of that kind (model ids are long and alike, so they take less).
 * @module
 */
import { closest, distance } from "fastest-levenshtein";

export function closestName(value: string, choices: readonly string[], share: number): string | undefined {
  const reach = (choice: string): number => Math.max(2, Math.floor(choice.length * share));
  // The lengths' difference is the fewest edits between two names: when it alone puts every choice out of reach the
  // answer is none, found without measuring (a request's unknown field name may be megabytes: seconds of CPU).
  if (value.length === 0 || !choices.some((choice) => Math.abs(choice.length - value.length) <= reach(choice))) return undefined;
  const guess = closest(value, [...choices]);
  return distance(value, guess) <= reach(guess) ? guess : undefined;
}

/** " Did you mean "X"?" for a name a few letters off one of `valid` (a third of its length), else "": a message's last words. */
export function didYouMean(name: string, valid: readonly string[]): string {
  const guess = closestName(name, valid, 1 / 3);
  return guess === undefined ? "" : ` Did you mean "${guess}"?`;
}
