/**
 * Reads a config file's YAML: one parse that gives both the document's value and, for issues found later, the line
 * each is at. Anchors, aliases and merge keys are read; a file that would expand without end as it is read (a
 * "billion laughs") is refused before it is expanded, saying so.
 * @module
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, YAMLParseError, YAMLWarning, type Document } from "yaml";
import { ConfigError } from "../core/errors/index.js";

/** A config file's parsed YAML, kept to place issues at their lines (`withIssueLines`). */
export interface ParsedConfigYaml {
  document: Document;
  lineCounter: LineCounter;
}

/**
 * The most values a file's aliases may expand to: a config written out is at most 1 MB, a few hundred thousand
 * values; ten thousand tiers merging one base of a few settings stays far below this.
 */
export const MAX_EXPANDED_VALUES = 1_000_000;

/**
 * The most aliases a file may use (`*base`, each `<<: *base`): the `yaml` library's default bound of 100 uses of one
 * anchor refused 101 tiers merging one base. The library finds each alias's anchor by a scan of the document's
 * anchors and aliases, so its time grows with the square of their number: 5,000 aliases take well under a second.
 */
export const MAX_ALIASES = 5_000;

/** The most anchors a file may set (`&base`): each alias's lookup scans them all, as `MAX_ALIASES` says. */
export const MAX_ANCHORS = 5_000;

/**
 * The YAML document in a config file's text, not yet validated: `null` for a file that holds no settings (empty,
 * only comments, or `~`). A YAML syntax error names the line and column.
 */
export function readConfigYaml(text: string, file?: string): unknown {
  return readConfigDocument(text, file).value;
}

/** `readConfigYaml`'s value with the parsed document it came from, to place issues found in it at their lines. */
export function readConfigDocument(text: string, file?: string): ParsedConfigYaml & { value: unknown } {
  try {
    const lineCounter = new LineCounter();
    // Merge keys (`<<: *base`, YAML 1.1) as compose files and CI configs use them; alias expansion stays bounded.
    const document = parseDocument(text, { merge: true, lineCounter });
    // A warning is text not read as written: an unknown tag (`!!js/function`, `!secret`) was read as the plain
    // value beside it, the file called valid, and Node printed the parser's own warning. Refused as an error is.
    const problem = document.errors[0] ?? document.warnings[0];
    if (problem) throw problem;
    const anchors = aliasUses(document);
    if (anchors.count > MAX_ALIASES) {
      throw new ConfigError([{ path: "", message: `the YAML uses ${anchors.count.toLocaleString("en-US")} aliases (${anchors.mostUsedCount.toLocaleString("en-US")} of them *${anchors.mostUsed ?? "?"}); a config reuses at most ${MAX_ALIASES.toLocaleString("en-US")} values by alias: write some of them out` }], file);
    }
    if (anchors.anchorCount > MAX_ANCHORS) {
      throw new ConfigError([{ path: "", message: `the YAML sets ${anchors.anchorCount.toLocaleString("en-US")} anchors; a config names at most ${MAX_ANCHORS.toLocaleString("en-US")} values to reuse: write some of them out` }], file);
    }
    if (anchors.aliasAdded > MAX_EXPANDED_VALUES) {
      throw new ConfigError([{ path: "", message: `the YAML's aliases expand to more than ${MAX_EXPANDED_VALUES.toLocaleString("en-US")} values as it is read (a guard against a file that grows without end, a "billion laughs"), most through &${anchors.heaviest ?? "?"}; write the values out, or reuse fewer` }], file);
    }
    // The bounds above are the alias bound: the library's own (any `maxAliasCount` from 0 up) walks the whole
    // document once for each alias inside an anchor, 25 s for a 0.2 MB file within the bounds. Its aliases resolve to
    // shared values, so reading them costs no more than their lookups.
    return { document, lineCounter, value: document.toJS({ maxAliasCount: -1 }) as unknown };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError([{ path: "", message: yamlErrorMessage(error) }], file);
  }
}

/** How far a document's aliases expand it, and which anchors they use most. */
export interface AliasUses {
  /** Values the aliases add when each is written out (a merge key's too): the file's own values are not counted. */
  aliasAdded: number;
  /** The anchor whose uses add the most values. */
  heaviest?: string;
  /** The aliases written. */
  count: number;
  /** The anchors set. */
  anchorCount: number;
  /** The anchor used most often, and how often. */
  mostUsed?: string;
  mostUsedCount: number;
}

/**
 * Counts the values the document's aliases add when each is written out, in one walk: an anchored node's count is kept
 * and each alias adds its anchor's (the last anchor of that name before it, as YAML reads it). An alias inside its
 * own anchor counts one (the validation names that loop).
 */
export function aliasUses(document: Document): AliasUses {
  const latest = new Map<string, unknown>();
  const sizes = new WeakMap<object, number>();
  const added = new Map<string, number>();
  const uses = new Map<string, number>();
  let anchorCount = 0;
  const setAnchor = (name: string, node: object): void => {
    anchorCount += 1;
    latest.set(name, node);
  };
  const walk = (node: unknown): number => {
    if (isAlias(node)) {
      const size = sizes.get(latest.get(node.source) as object) ?? 1;
      added.set(node.source, (added.get(node.source) ?? 0) + size);
      uses.set(node.source, (uses.get(node.source) ?? 0) + 1);
      return size;
    }
    if (isScalar(node) || (!isMap(node) && !isSeq(node))) {
      if (isScalar(node) && node.anchor) setAnchor(node.anchor, node);
      return 1;
    }
    if (node.anchor) setAnchor(node.anchor, node);
    let size = 1;
    for (const item of node.items) size += isPair(item) ? walk(item.key) + walk(item.value) : walk(item);
    if (node.anchor) sizes.set(node, size);
    return size;
  };
  walk(document.contents);
  const mostUsed = largest(uses);
  const count = [...uses.values()].reduce((sum, used) => sum + used, 0);
  const aliasAdded = [...added.values()].reduce((sum, values) => sum + values, 0);
  return { aliasAdded, count, anchorCount, heaviest: largest(added), mostUsed, mostUsedCount: mostUsed === undefined ? 0 : (uses.get(mostUsed) ?? 0) };
}

function largest(counts: Map<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) if (best === undefined || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/**
 * What is wrong with text the YAML parser refused. Nesting past the parser's stack (thousands of `[` or `{`) is valid
 * YAML that no config needs: the parser reports it as a syntax error quoting the engine ("Maximum call stack size
 * exceeded") at a column that depends on the stack, so it is named for what it is.
 */
function yamlErrorMessage(error: unknown): string {
  const reason = yamlReason(error as Error);
  if (error instanceof RangeError || /Maximum call stack size exceeded/.test(reason)) {
    return "the YAML is nested too deeply to read (a config is a few levels deep); look for unclosed or repeated [ or {";
  }
  const position = (error instanceof YAMLParseError || error instanceof YAMLWarning) && error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : "";
  if (error instanceof YAMLWarning) {
    const fix = error.code === "TAG_RESOLVE_FAILED" ? "a config holds plain values: remove the tag" : "the file is not read as written: remove or fix it";
    return `YAML${position}: ${reason}; ${fix}`;
  }
  // The parser's advice is for its API (`parseAllDocuments()`), not for the file.
  if (error instanceof YAMLParseError && error.code === "MULTIPLE_DOCS") return `YAML syntax error${position}: a config is one YAML document, and a second starts here (after a --- line); keep one`;
  return `YAML syntax error${position}: ${reason}`;
}

/** The first line of a YAML parser's message, without the position it repeats and the colon its code frame follows. */
function yamlReason(error: Error): string {
  return (error.message.split("\n")[0] ?? "").replace(/( at line \d+, column \d+)?:\s*$/, "");
}
