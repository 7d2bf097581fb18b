import { describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors/index.js";
import { parseConfigText } from "./parse-config.js";

/**
 * YAML the parser reads only with a warning is not read as written: an unknown tag (`!!js/function`, `!secret`, as
 * other tools' configs use) was dropped and the plain value beside it kept, the file was called valid, and Node
 * printed the parser's own "(node:PID) [TAG_RESOLVE_FAILED] YAMLWarning" on stderr. Each is a ConfigError naming its
 * line and column now; and a second document names the --- line instead of the parser's `parseAllDocuments()` advice.
 */
const refusal = (text: string): string => {
  try {
    parseConfigText(text, "switchyard.yaml");
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error("the config was accepted");
};

describe("YAML read only with a warning", () => {
  it("refuses an unknown tag, naming line, column and the fix, without a process warning", () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning.message);
    process.on("warning", onWarning);
    try {
      expect(refusal('upstream:\n  x_title: !!js/function "function(){}"\n')).toMatch(/YAML at line 2, column 12: Unresolved tag: tag:yaml\.org,2002:js\/function; a config holds plain values: remove the tag/);
      expect(refusal("upstream:\n  x_title: !secret title\n")).toMatch(/line 2, column 12: Unresolved tag: !secret/);
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).toEqual([]);
  });

  it("refuses an unknown directive", () => {
    expect(refusal("%FOO bar\n---\non_exceed: reject\n")).toMatch(/YAML at line 1, column 1: Unknown directive %FOO; the file is not read as written/);
  });

  it("names a second document by its --- line", () => {
    expect(refusal("on_exceed: reject\n---\non_exceed: downgrade\n")).toMatch(/line 2, column 1: a config is one YAML document, and a second starts here \(after a --- line\); keep one/);
  });

  it("still reads the tags and directives YAML knows, merge keys, and an empty file", () => {
    expect(parseConfigText("%YAML 1.2\n---\non_exceed: !!str reject\n").on_exceed).toBe("reject");
    const merged = parseConfigText("tiers:\n  cheap: &c {max_tokens: 100, models: [openai/gpt-5-nano]}\n  cheap2: {<<: *c, max_tokens: 50}\ntasks:\n  chat: cheap\n  math: cheap2\n");
    expect(merged.tiers.cheap2).toMatchObject({ max_tokens: 50, models: ["openai/gpt-5-nano"] });
    expect(parseConfigText("").on_exceed).toBe("reject");
  });
});
