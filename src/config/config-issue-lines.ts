/**
 * The line of the config file each issue is at, so `config check` and `serve` say where to look (`tiers.smart (line
 * 6): unknown key "modles"; did you mean "models"?`): a path alone left a long file to be searched by hand. An unknown
 * key is at its own line; a missing one at the line of the map that lacks it; a path the file does not hold (a value
 * the defaults supply) gets no line. A value reused through an alias or a merge key is at the line its anchor's text
 * is written (the one to fix), not the alias's.
 * @module
 */
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import { ConfigError, type ConfigIssue } from "../core/errors/index.js";
import type { ParsedConfigYaml } from "./read-config-yaml.js";

/** `tiers.smart.models` or `budgets[0].window` as segments (a name with a dot reads as two: best effort). */
function segmentsOf(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((match) => (match[1] === undefined ? match[0] : Number(match[1])));
}

/** The unknown key a message names (`unknown key "modles"`, `unknown key "a\nb"` as JSON escapes it), if any. */
function unknownKeyIn(message: string): string | undefined {
  const quoted = /^unknown key ("(?:[^"\\]|\\.)*")/.exec(message)?.[1];
  if (quoted === undefined) return undefined;
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return undefined;
  }
}

/** Finds the file's nodes by path and the place of a map's key. */
interface PathIndex {
  /** The node at `segments` (the document's root for none), if the file holds it with a place in the text. */
  nodeAt(segments: readonly (string | number)[]): Node | undefined;
  /** Where `key` is written in `map`, if it is a map holding it. */
  keyOffset(map: Node | undefined, key: string | number): number | undefined;
}

/** How many merge keys deep a key is looked for (`<<: *a` where `a` merges `b`...): a config needs one or two. */
const MAX_MERGE_DEPTH = 8;

/**
 * Each map's keys indexed once, by their text: `getIn` missed a key written `0` for the path's `0` (the line named
 * was its map's), and a search of the map per issue added 9 s to the check of a file of 8,000 tiers with a typo each.
 * An alias is followed to the node its anchor names, and a key a map takes through a merge key (`<<: *base`) is found
 * in the map merged: the text to fix is written there once, not at each place that reuses it.
 */
function pathIndex(document: Document): PathIndex {
  const indexes = new WeakMap<YAMLMap, { own: Map<string, Pair>; merged: YAMLMap[] }>();
  const deref = (node: unknown): unknown => (isAlias(node) ? node.resolve(document) : node);
  const indexOf = (map: YAMLMap) => {
    let index = indexes.get(map);
    if (!index) {
      index = { own: new Map(), merged: [] };
      for (const item of map.items) {
        if (!isScalar(item.key)) continue;
        if (isMergeKey(item.key.value)) index.merged.push(...mergedMaps(item.value, deref));
        else if (!index.own.has(String(item.key.value))) index.own.set(String(item.key.value), item);
      }
      indexes.set(map, index);
    }
    return index;
  };
  const pairIn = (map: YAMLMap, key: string | number, depth = 0): Pair | undefined => {
    const index = indexOf(map);
    const own = index.own.get(String(key));
    if (own || depth >= MAX_MERGE_DEPTH) return own;
    for (const merged of index.merged) {
      const found = pairIn(merged, key, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return {
    nodeAt(segments) {
      let node: unknown = deref(document.contents);
      for (const segment of segments) {
        if (isMap(node)) node = deref(pairIn(node, segment)?.value);
        else if (isSeq(node) && typeof segment === "number") node = deref(node.items[segment]);
        else return undefined;
      }
      return isNode(node) && node.range ? node : undefined;
    },
    keyOffset(map, key) {
      const pair = isMap(map) ? pairIn(map, key) : undefined;
      return pair && isScalar(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
    },
  };
}

/** `<<` as the parser gives it with merge keys on (a symbol), or as written. */
function isMergeKey(value: unknown): boolean {
  return typeof value === "symbol" || value === "<<";
}

/** The maps a merge key's value names: one alias (`<<: *a`), a list of them (`<<: [*a, *b]`, the first wins), or a map. */
function mergedMaps(value: unknown, deref: (node: unknown) => unknown): YAMLMap[] {
  const sources = isSeq(value) ? value.items : [value];
  return sources.map(deref).filter((source): source is YAMLMap => isMap(source));
}

/**
 * The offset of the issue's place in the text: an unknown key's own; else the key (or list item) of the deepest part
 * of its path the file holds, so a missing key points at the map that lacks it. None for a path the file lacks at top.
 */
function offsetOf({ nodeAt, keyOffset }: PathIndex, issue: ConfigIssue): number | undefined {
  const segments = issue.path === "" || issue.path === "(root)" ? [] : segmentsOf(issue.path);
  const unknownKey = unknownKeyIn(issue.message);
  for (let depth = segments.length; depth >= 0; depth -= 1) {
    const node = nodeAt(segments.slice(0, depth));
    if (!node) continue;
    const own = depth === segments.length && unknownKey !== undefined ? keyOffset(node, unknownKey) : undefined;
    if (own !== undefined) return own;
    if (depth === 0) return undefined;
    const last = segments[depth - 1];
    const key = last === undefined ? undefined : keyOffset(nodeAt(segments.slice(0, depth - 1)), last);
    return key ?? node.range?.[0];
  }
  return undefined;
}

/** `text` parsed as `readConfigDocument` parses it, for a caller that has only the text. */
function parsed(text: string): ParsedConfigYaml {
  const lineCounter = new LineCounter();
  return { document: parseDocument(text, { merge: true, lineCounter }), lineCounter };
}

/**
 * `error` with each issue's line in `text` (1-based), where the file holds its place. Lines are a help: whatever goes
 * wrong finding them, the error is still the config's, without lines, not an exception of its own.
 */
export function withIssueLines(error: ConfigError, source: string | ParsedConfigYaml): ConfigError {
  try {
    const { document, lineCounter } = typeof source === "string" ? parsed(source) : source;
    if (document.errors.length > 0) return error;
    const index = pathIndex(document);
    let found = false;
    const issues = error.issues.map((issue) => {
      const offset = issue.line === undefined ? offsetOf(index, issue) : undefined;
      if (offset === undefined) return issue;
      found = true;
      return { ...issue, line: lineCounter.linePos(offset).line };
    });
    return found ? new ConfigError(issues, error.file) : error;
  } catch {
    return error;
  }
}
