/**
 * The line of the config file each issue is at, so `config check` and `serve` say where to look (`tiers.smart (line
 * 6): unknown key "modles"; did you mean "models"?`): a path alone left a long file to be searched by hand. An unknown
 * key is at its own line; a missing one at the line of the map that lacks it; a path the file does not hold (a value
 * the defaults supply) gets no line.
 * @module
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { ConfigError, type ConfigIssue } from "../core/errors/index.js";

/** `tiers.smart.models` or `budgets[0].window` as segments (a name with a dot reads as two: best effort). */
function segmentsOf(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((match) => (match[1] === undefined ? match[0] : Number(match[1])));
}

/** The unknown key a message names (`unknown key "modles"`), if any. */
function unknownKeyIn(message: string): string | undefined {
  return /^unknown key "([^"]*)"/.exec(message)?.[1];
}

/** The node at `segments` (the document's root for none), if the file holds it with a place in the text. */
function nodeAt(document: Document, segments: readonly (string | number)[]): Node | undefined {
  const node = (segments.length === 0 ? document.contents : document.getIn(segments, true)) as Node | null | undefined;
  return node && typeof node === "object" && "range" in node && node.range ? node : undefined;
}

/** Where `key` is written in `map`, if it is a map holding it. */
function keyOffset(map: Node | undefined, key: string | number): number | undefined {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
  return pair && isScalar(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
}

/**
 * The offset of the issue's place in the text: an unknown key's own; else the key (or list item) of the deepest part
 * of its path the file holds, so a missing key points at the map that lacks it. None for a path the file lacks at top.
 */
function offsetOf(document: Document, issue: ConfigIssue): number | undefined {
  const segments = issue.path === "" || issue.path === "(root)" ? [] : segmentsOf(issue.path);
  const unknownKey = unknownKeyIn(issue.message);
  for (let depth = segments.length; depth >= 0; depth -= 1) {
    const node = nodeAt(document, segments.slice(0, depth));
    if (!node) continue;
    const own = depth === segments.length && unknownKey !== undefined ? keyOffset(node, unknownKey) : undefined;
    if (own !== undefined) return own;
    if (depth === 0) return undefined;
    const last = segments[depth - 1];
    const key = last === undefined ? undefined : keyOffset(nodeAt(document, segments.slice(0, depth - 1)), last);
    return key ?? node.range?.[0];
  }
  return undefined;
}

/** `error` with each issue's line in `text` (1-based), where the file holds its place. */
export function withIssueLines(error: ConfigError, text: string): ConfigError {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { merge: true, lineCounter });
  if (document.errors.length > 0) return error;
  let found = false;
  const issues = error.issues.map((issue) => {
    const offset = issue.line === undefined ? offsetOf(document, issue) : undefined;
    if (offset === undefined) return issue;
    found = true;
    return { ...issue, line: lineCounter.linePos(offset).line };
  });
  return found ? new ConfigError(issues, error.file) : error;
}
