/**
 * What a file's top-level `x-` keys may hide. Those keys are dropped before validation (a place for anchors, as in
 * Docker Compose files), so a file holding nothing else ran on the built-in defaults without the word an empty file
 * gets, and `x-tiers:` written for `tiers:` (or left behind when a setting was "commented out" the Compose way) was
 * dropped with no hint. Both are warnings: an `x-` key is never an error.
 * @module
 */
import { distance } from "fastest-levenshtein";
import { isMap, isNode, isScalar, visit, type Document } from "yaml";
import { configSchema } from "./config-schema.js";
import { isExtensionKey } from "./parse-config.js";

/** The top-level keys the config reads. */
const TOP_LEVEL_KEYS: readonly string[] = Object.keys(configSchema.shape);

/**
 * Warnings for a parsed config file's top-level `x-` keys: that a file of `x-` keys only sets nothing (`file` names
 * it), and a did-you-mean for each whose rest is a real top-level key, or one letter off it, that the file does not set; one
 * beside the key it looks like (`x-tiers: &t` next to `tiers:`) holds that key's anchors, and is not named, nor is one
 * in `holders` (an anchor the file uses is in it: `x-timers: &timeouts` merged into `upstream.timeouts` is no typo).
 */
export function extensionKeyWarnings(input: unknown, file: string, holders: ReadonlySet<string> = new Set()): string[] {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return [];
  const keys = Object.keys(input);
  const extension = keys.filter(isExtensionKey);
  const warnings = extension.flatMap((key) => {
    const guess = settingNamed(key.slice(2).toLowerCase());
    return guess === undefined || keys.includes(guess) || holders.has(key) ? [] : [`${key}: a top-level key beginning x- is not read (a place for anchors), so this is no setting; did you mean ${JSON.stringify(guess)}?`];
  });
  if (extension.length > 0 && extension.length === keys.length) {
    const named = extension.map((key) => JSON.stringify(key)).join(", ");
    const only = extension.length === 1 ? `its only key (${named}) begins` : `its only keys (${named}) begin`;
    warnings.push(`${file} sets nothing: ${only} with x-, which the config does not read (a place for anchors), so the built-in defaults apply: no budgets, no experiments, the default tiers and tasks.`);
  }
  return warnings;
}

/**
 * The top-level key an `x-` key's rest names, or is one edit off (`tier`, `budget`, `logs`). Not looser: an anchor
 * holder's own name is free (`x-tags`, two edits from `tasks`, is no typo), and a warning that cries wolf is read as noise.
 */
function settingNamed(rest: string): string | undefined {
  return TOP_LEVEL_KEYS.find((key) => key === rest) ?? TOP_LEVEL_KEYS.find((key) => distance(key, rest) <= 1);
}

/**
 * The document's top-level `x-` keys whose value holds an anchor some alias in the file uses (`*timeouts`,
 * `<<: *timeouts`): keys doing the one job an `x-` key has, whatever their name.
 */
export function usedAnchorHolders(document: Document): Set<string> {
  const used = new Set<string>();
  visit(document, { Alias: (_key, alias) => void used.add(alias.source) });
  const holders = new Set<string>();
  if (used.size === 0 || !isMap(document.contents)) return holders;
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key !== "string" || !isExtensionKey(key)) continue;
    if (!isNode(pair.value)) continue;
    visit(pair.value, (_key, node) => {
      if (!isNode(node) || node.anchor === undefined || !used.has(node.anchor)) return undefined;
      holders.add(key);
      return visit.BREAK;
    });
  }
  return holders;
}
