import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors/index.js";
import { configJsonSchema } from "./config-json-schema.js";
import { DEFAULT_TASKS } from "./default-config.js";
import { defaultConfig, parseConfigText, safeParseConfig } from "./parse-config.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

const ISSUE_EXAMPLE = `
upstream:
  base_url: https://openrouter.ai/api/v1
  api_key_env: OPENROUTER_API_KEY
  timeouts: { connect_ms: 2000, first_token_ms: 15000, idle_ms: 30000, total_ms: 120000 }
  max_attempts: 4
circuit_breaker: { failures: 5, window_ms: 60000, cooldown_ms: 30000 }
tiers:
  budget: { models: [meta-llama/llama-3.1-8b-instruct, mistralai/mistral-small-3.2-24b-instruct], max_tokens: 1024 }
  premium: { models: [openai/o3, { cheapest: { needs: [reasoning], min_context: 128000 } }], max_tokens: 4096 }
tasks: { classification: budget, deep_reasoning: premium }
budgets:
  - { scope: global, window: day, limit_usd: 20 }
on_exceed: reject
storage: { sqlite: ./.switchyard/switchyard.db }
`;

describe("parseConfigText", () => {
  it("accepts the documented example and merges tiers and tasks over the defaults", () => {
    const config = parseConfigText(ISSUE_EXAMPLE);
    expect(Object.keys(config.tiers)).toEqual(["free", "budget", "mid", "standard", "premium"]);
    expect(config.tiers.budget?.models).toEqual(["meta-llama/llama-3.1-8b-instruct", "mistralai/mistral-small-3.2-24b-instruct"]);
    expect(config.tiers.mid?.max_tokens).toBe(2048);
    expect(config.tasks.math).toBe(DEFAULT_TASKS.math);
    expect(config.budgets).toEqual([{ scope: "global", window: "day", limit_usd: 20 }]);
  });

  it("reproduces the seed's five tiers with no config", () => {
    const config = defaultConfig();
    expect(Object.keys(config.tiers)).toEqual(["free", "budget", "mid", "standard", "premium"]);
    expect(Object.keys(config.tasks)).toHaveLength(13);
  });

  it("names the path, the bad value and the valid choices", () => {
    const result = safeParseConfig({ on_exceed: "explode", tiers: { budget: { models: [], max_tokens: -1 } } });
    expect(result.success).toBe(false);
    if (result.success) return;
    const byPath = Object.fromEntries(result.error.issues.map((issue) => [issue.path, issue.message]));
    expect(byPath.on_exceed).toMatch(/"reject", "downgrade".*got "explode"/);
    expect(byPath["tiers.budget.max_tokens"]).toMatch(/got -1/);
    expect(byPath["tiers.budget.models"]).toMatch(/at least one model/);
    expect(byPath.on_exceed).not.toMatch(/did you mean/); // "explode" is no choice's typo
  });

  it("takes an experiment's min_units_per_arm as a whole number of at least 2, and leaves it unset by default", () => {
    const experiment = (extra: Record<string, unknown>) => ({ experiments: [{ name: "few-keys", share: 0.5, variant: { tier: "mid" }, ...extra }] });
    const parsed = safeParseConfig(experiment({ min_units_per_arm: 3 }));
    expect(parsed.success && parsed.value.experiments[0]?.min_units_per_arm).toBe(3);
    const unset = safeParseConfig(experiment({}));
    expect(unset.success && unset.value.experiments[0]?.min_units_per_arm).toBeUndefined();
    for (const [bad, why] of [[1, /at least 2/], [0, /at least 2/], [-4, /at least 2/], [2.5, /whole number/], ["5", /must be a number \(got "5"\)/]] as const) {
      const result = safeParseConfig(experiment({ min_units_per_arm: bad }));
      expect(result.success, String(bad)).toBe(false);
      if (result.success) continue;
      expect(result.error.issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n")).toMatch(new RegExp(`experiments\\[0\\]\\.min_units_per_arm: .*${why.source}`, "i"));
    }
  });

  it("names the fix when a choice is misspelled", () => {
    const result = safeParseConfig({ on_exceed: "downgrde" });
    expect(result.success || result.error.issues[0]?.message).toMatch(/got "downgrde"\); did you mean "downgrade"\?/);
  });

  it("quotes the bad value as YAML gave it: 1e309 is Infinity, not null; long values are cut", () => {
    expect(() => parseConfigText("tiers:\n  budget: { models: [openai/gpt-5-nano], max_tokens: 1e309 }\n")).toThrow(/tiers\.budget\.max_tokens: .*\(got Infinity \(a number too large\)\)/);
    const long = `upstream: { base_url: [${Array.from({ length: 500 }, (_, index) => `"u${index}"`).join(", ")}] }`;
    const message = (() => {
      try {
        parseConfigText(long);
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(message).toMatch(/upstream\.base_url: .*got \["u0","u1",.*…\)/);
    expect(message.length).toBeLessThan(600);
  });

  it("reads YAML merge keys (<<: *anchor), as a config sharing one tier's settings writes them", () => {
    const config = parseConfigText("tiers:\n  cheap: &base { models: [openai/gpt-5-nano], max_tokens: 1000 }\n  roomy:\n    <<: *base\n    max_tokens: 2000\n");
    expect(config.tiers.roomy).toEqual({ ...config.tiers.cheap, max_tokens: 2000 });
    expect(() => parseConfigText(`a: &a [x]\n${Array.from({ length: 12 }, (_, level) => `l${level + 1}: &l${level + 1} { <<: [${Array.from({ length: 10 }, () => (level === 0 ? "{k: *a}" : `*l${level}`)).join(", ")}] }`).join("\n")}\n`)).toThrow(/aliases expand to more than 1,000,000 values/);
  });

  it("says a config nested past what the YAML reader can hold is nested too deeply, not a syntax error", () => {
    for (const text of [`a: ${"[".repeat(20_000)}${"]".repeat(20_000)}`, `tiers: { budget: { models: ${"{a: ".repeat(20_000)}1${"}".repeat(20_000)} } }`]) {
      expect(() => parseConfigText(text, "deep.yaml")).toThrow(/^Invalid config in deep\.yaml:\n {2}- \(root\): the YAML is nested too deeply to read \(a config is a few levels deep\); look for unclosed or repeated \[ or \{$/);
    }
  });

  it("rejects a judge grading an unknown tier, and a variant that sets both weights and tier", () => {
    expect(() => parseConfigText("learning: { judge: { model: anthropic/claude-sonnet-4.5, budget_usd: 1, tiers: [budget, nope] } }")).toThrow(/learning\.judge\.tiers\[1\]: unknown tier "nope"/);
    const both = "experiments: [{ name: a, share: 0.5, variant: { weights: ./adapter.json, tier: budget } }]";
    expect(() => parseConfigText(both)).toThrow(/experiments\[0\]\.variant: sets both weights and tier/);
  });

  it("names a task's misspelt tier together with the shape errors, not only after they are fixed", () => {
    const yaml = "tiers:\n  smart: { models: [anthropic/claude-sonnet-4.5], max_tokens: 4096 }\ntasks:\n  code_generation: smrt\n  chat: smart\nbudgets:\n  - { scope: global, window: day, limt_usd: 5 }\n";
    const result = safeParseConfig(parseYaml(yaml));
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^budgets\[0\]: unknown key "limt_usd"/));
    expect(messages).toContainEqual(expect.stringMatching(/^tasks\.code_generation: unknown tier "smrt"; did you mean "smart"\?/));
    expect(messages.filter((message) => message.startsWith("tasks."))).toHaveLength(1);
  });

  it("rejects a task mapped to an unknown tier, listing the valid tiers", () => {
    for (const file of ["${HOME}/sy.db", "$HOME/sy.db", "~/sy.db", "data/${ENV}.db"]) {
      expect(() => parseConfigText(`storage: { sqlite: "${file}" }`)).toThrow(/storage\.sqlite: is not expanded: the config file is not interpolated/);
    }
    expect(parseConfigText('storage: { sqlite: "./data/price$.db" }').storage.sqlite).toBe("./data/price$.db");
    expect(() => parseConfigText("tasks: { chat: platinum }")).toThrow(/tasks\.chat: unknown tier "platinum"; valid tiers: free, budget, mid, standard, premium/);
  });

  it("refuses a tier or task named __proto__, which would otherwise vanish without a word", () => {
    const yaml = "tiers:\n  __proto__: { models: [openai/gpt-5-nano], max_tokens: 100 }\ntasks:\n  __proto__: budget\n";
    expect(() => parseConfigText(yaml)).toThrow(/tiers\.__proto__: __proto__ is reserved[\s\S]*tasks\.__proto__: __proto__ is reserved/);
    expect(() => parseConfigText("tiers:\n  constructor: { models: [openai/gpt-5-nano], max_tokens: 100 }\n")).not.toThrow();
  });

  it("refuses a YAML alias inside its own anchor, naming where the loop closes, instead of failing to quote it", () => {
    const loop = (yaml: string) => () => parseConfigText(yaml, "switchyard.yaml");
    expect(loop("tiers:\n  budget:\n    models: &m [*m]\n    max_tokens: 5\n")).toThrow(ConfigError);
    expect(loop("tiers:\n  budget:\n    models: &m [*m]\n    max_tokens: 5\n")).toThrow(/tiers\.budget\.models\[0\]: refers to a value that contains it/);
    expect(loop("routing: &r\n  x: *r\n")).toThrow(/routing\.x: refers to a value that contains it/);
    // An alias used twice side by side is no loop.
    expect(loop("tiers:\n  a: &t { models: [openai/gpt-5-nano], max_tokens: 100 }\n  b: *t\n")).not.toThrow();
  });

  it("names the key a misspelled one was probably meant to be, at any depth", () => {
    expect(() => parseConfigText("on_exeed: downgrade\n")).toThrow(/unknown key "on_exeed"; did you mean "on_exceed"\?/);
    expect(() => parseConfigText("budgets:\n  - { scope: global, window: day, limt_usd: 1 }\n")).toThrow(/budgets\[0\]: unknown key "limt_usd"; did you mean "limit_usd"\?/);
    expect(() => parseConfigText("tiers:\n  cheapo: { models: [openai/gpt-5-nano], max_token: 100 }\n")).toThrow(/tiers\.cheapo: unknown key "max_token"; did you mean "max_tokens"\?/);
  });

  it("names what is wrong inside a tier's selector, not only that it is neither an id nor a selector", () => {
    const yaml = "tiers:\n  cheap: { models: [{ cheapest: { needs: [tool], max_prise: 1 } }], max_tokens: 1024 }\n";
    expect(() => parseConfigText(yaml)).toThrow(/tiers\.cheap\.models\[0\]\.cheapest\.needs\[0\]: must be one of "tools".* \(got "tool"\); did you mean "tools"\?/);
    expect(() => parseConfigText(yaml)).toThrow(/tiers\.cheap\.models\[0\]\.cheapest: unknown key "max_prise"; did you mean "max_price"\?/);
    // A value that is no object at all still gets the either-or message.
    expect(() => parseConfigText("tiers:\n  cheap: { models: [42], max_tokens: 1024 }\n")).toThrow(/tiers\.cheap\.models\[0\]: must be a model id \(string\) or a selector like/);
  });

  it("says where a key belongs when it is written one level too deep (a budget's on_exceed)", () => {
    // Journey 1: "a daily budget, on_exceed: downgrade" is naturally written inside the budget entry.
    expect(() => parseConfigText("budgets:\n  - { scope: global, window: day, limit_usd: 5, on_exceed: downgrade }\n")).toThrow(
      /budgets\[0\]: unknown key "on_exceed"; "on_exceed" is a top-level key: move it out of budgets\[0\]/,
    );
    expect(() => parseConfigText("upstream: { base_url: http://127.0.0.1:1/api/v1, budgets: [] }\n")).toThrow(/"budgets" is a top-level key: move it out of upstream/);
    // A typo of a key of this level is named as a typo, not as a move.
    expect(() => parseConfigText("budgets:\n  - { scope: global, window: day, limt_usd: 1 }\n")).not.toThrow(/move it out/);
  });

  it("says a left-out key is missing and what it takes, in YAML's words, not zod's 'received undefined'", () => {
    const yaml = "tiers:\n  cheap: { models: [openai/gpt-5-nano] }\nbudgets:\n  - { scope: global }\n";
    expect(() => parseConfigText(yaml)).toThrow(/tiers\.cheap\.max_tokens: missing: a number is required/);
    expect(() => parseConfigText(yaml)).toThrow(/budgets\[0\]\.window: missing: must be one of "day", "month"/);
    expect(() => parseConfigText(yaml)).not.toThrow(/received undefined/);
    expect(() => parseConfigText("tiers: [1]\n")).toThrow(/tiers: must be a mapping of names to values \(got \[1\]\)/);
    expect(() => parseConfigText("tiers:\n  cheap: { models: [openai/gpt-5-nano], max_tokens: .nan }\n")).toThrow(/must be a number \(got NaN \(not a number\)\)/);
  });

  it("names a bad tier or task name and the rule it breaks", () => {
    expect(() => parseConfigText("tiers:\n  Fast: { models: [openai/gpt-5-nano], max_tokens: 100 }\n")).toThrow(/tiers\.Fast: invalid name "Fast": tier names use a-z, 0-9, - and _/);
    expect(() => parseConfigText("tasks:\n  My-Task: budget\n")).toThrow(/tasks\.My-Task: invalid name "My-Task": task names use a-z, 0-9 and _/);
  });

  it("refuses two experiments of one name, and an experiment whose variant tries nothing", () => {
    const yaml = "experiments:\n  - { name: dup, share: 0.1, variant: { tier: mid } }\n  - { name: dup, share: 0.1, variant: { tier: premium } }\n  - { name: empty, share: 0.1, variant: {} }\n";
    expect(() => parseConfigText(yaml)).toThrow(/experiments\[1\]\.name: "dup" is already the name of experiments\[0\][\s\S]*experiments\[2\]\.variant: sets nothing to try/);
  });

  it("takes the Postgres query timeout as a whole number of milliseconds, 5 s by default", () => {
    expect(parseConfigText("storage: { postgres_url: postgres://db/sy }").storage.postgres_query_timeout_ms).toBe(5_000);
    expect(parseConfigText("storage: { postgres_query_timeout_ms: 1500 }").storage.postgres_query_timeout_ms).toBe(1_500);
    expect(() => parseConfigText("storage: { postgres_query_timeout_ms: 0 }")).toThrow(/storage\.postgres_query_timeout_ms: /);
    expect(() => parseConfigText("storage: { postgres_query_timeout_ms: 2.5 }")).toThrow(/storage\.postgres_query_timeout_ms: /);
  });

  it("rejects unknown keys and YAML syntax errors with a ConfigError", () => {
    expect(() => parseConfigText("tierz: {}")).toThrow(/unknown key "tierz"/);
    expect(() => parseConfigText("tiers: [unclosed")).toThrow(ConfigError);
    expect(() => parseConfigText("tiers: [unclosed")).toThrow(/YAML syntax error at line 1/);
  });

  it("publishes a JSON Schema for editors", () => {
    const schema = configJsonSchema();
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties as object)).toContain("tiers");
    // A name the config accepts, the schema accepts too: no regex flag is lost in the translation.
    expect(JSON.stringify(schema)).toContain("^[A-Za-z0-9_-]+$");
  });

  it("ships that schema in the package as schema/switchyard.schema.json, equal to `config schema`", () => {
    // package.json's "files" named a schema folder that did not exist, so no schema file reached users.
    const packageJson = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { files: string[] };
    expect(packageJson.files).toContain("schema");
    const shipped = JSON.parse(readFileSync(path.join(ROOT, "schema/switchyard.schema.json"), "utf8")) as unknown;
    expect(shipped, "schema/switchyard.schema.json is stale: run npm run build").toEqual(configJsonSchema());
  });
});
