/**
 * A config error names the line of the file each issue is at: a path alone (`budgets[0]`) left a long file to be
 * searched by hand, and the journey's typo ("config check catches their typo and names the fix") needs the place.
 */
import { describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors/index.js";
import { withIssueLines } from "./config-issue-lines.js";
import { parseConfig } from "./parse-config.js";
import { readConfigYaml } from "./read-config-yaml.js";

/** As `config check` and `serve` read a file. */
function parseConfigText(text: string, file: string): unknown {
  try {
    return parseConfig(readConfigYaml(text, file), file);
  } catch (error) {
    throw error instanceof ConfigError ? withIssueLines(error, text) : error;
  }
}

const TYPOS = `# team config
tiers:
  cheap:
    models: [openai/gpt-5-nano]
    max_tokens: 1024
  smart:
    modles: [anthropic/claude-sonnet-4.5]
tasks:
  chat: cheap
  code_generation: smrt
budgets:
  - scope: global
    window: day
    limit_usd: 5
    on_exceed: downgrade
`;

function issuesOf(text: string): ConfigError["issues"] {
  try {
    parseConfigText(text, "switchyard.yaml");
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error("the config was taken");
}

describe("config issue lines", () => {
  it("puts an unknown key at its own line, a missing key at its map's, a bad value at its key's", () => {
    expect(issuesOf(TYPOS).map((issue) => [issue.path, issue.message.split(";")[0], issue.line])).toEqual([
      ["tiers.smart.models", "missing: a list is required", 6],
      ["tiers.smart.max_tokens", expect.stringMatching(/^missing/), 6],
      ["tiers.smart", 'unknown key "modles"', 7],
      ["budgets[0]", 'unknown key "on_exceed"', 15],
      ["tasks.code_generation", 'unknown tier "smrt"', 10],
    ]);
  });

  it("writes the line in the message", () => {
    let message = "";
    try {
      parseConfigText("tiers:\n  cheap:\n    models: []\n    max_tokens: -1\n", "switchyard.yaml");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/tiers\.cheap\.max_tokens: .* \(line 4\)$/m);
    expect(issuesOf("routing:\n  quality: 2\n").map((issue) => issue.line)).toEqual([2]);
  });

  it("finds a key written as a number and a key with an escape at their own lines", () => {
    expect(issuesOf("tiers:\n  cheap:\n    models: [openai/gpt-5-nano]\n    max_tokens: 10\ntasks:\n  chat: cheap\n  0: nosuch\n").map((issue) => [issue.path, issue.line])).toEqual([["tasks.0", 7]]);
    expect(issuesOf('routing:\n  quality: 0.5\n  "a\\nb": 2\n').map((issue) => [issue.path, issue.line])).toEqual([["routing", 3]]);
  });

  it("gives the error without lines, not an exception, for text it cannot place", () => {
    const error = new ConfigError([{ path: "tiers", message: "x" }], "switchyard.yaml");
    expect(withIssueLines(error, "tiers: [unclosed\n")).toBe(error);
    expect(withIssueLines(error, "\"tiers\": 1\n").issues[0]?.line).toBe(1);
  });

  it("puts a value written once and reused (an anchor's alias, a merge key) at the line it is written, which is the one to fix", () => {
    const text = `tiers:
  cheap: &tier
    models: [openai/gpt-5-nano]
    modles: [x]
    max_tokens: 1024
  roomy:
    <<: *tier
    max_tokens: 2000
  mid:
    models: [openai/gpt-5-mini]
    max_tokens: -5
budgets:
  - &day
    scope: global
    window: dya
    limit_usd: 5
  - *day
`;
    expect(issuesOf(text).map((issue) => [issue.path, issue.message.split(";")[0], issue.line])).toEqual([
      ["tiers.cheap", 'unknown key "modles"', 4],
      ["tiers.roomy", 'unknown key "modles"', 4],
      ["tiers.mid.max_tokens", expect.stringMatching(/^must be greater than 0/), 11],
      ["budgets[0].window", expect.stringMatching(/^must be one of/), 15],
      ["budgets[1].window", expect.stringMatching(/^must be one of/), 15],
    ]);
  });
});
