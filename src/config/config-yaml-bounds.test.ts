/**
 * What a config file may hold beyond its settings: `x-` keys that only carry anchors (as Docker Compose files keep
 * them), and one anchor reused by many tiers. A file that expands without end is still refused, in words that say why.
 */
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { configJsonSchema } from "./config-json-schema.js";
import { parseDocument } from "yaml";
import { parseConfigText } from "./parse-config.js";
import { aliasUses } from "./read-config-yaml.js";

function messageOf(text: string): string {
  try {
    parseConfigText(text, "switchyard.yaml");
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}

describe("config YAML: x- keys and anchors", () => {
  it("ignores top-level x- keys that hold anchors, as Compose files keep them", () => {
    const text = "x-defaults: &tier\n  models: [openai/gpt-5-nano]\n  max_tokens: 1000\nx-note: shared settings\ntiers:\n  cheap: *tier\n  roomy:\n    <<: *tier\n    max_tokens: 4000\n";
    const config = parseConfigText(text, "switchyard.yaml");
    expect(config.tiers.cheap).toMatchObject({ models: ["openai/gpt-5-nano"], max_tokens: 1000 });
    expect(config.tiers.roomy?.max_tokens).toBe(4000);
    expect(Object.keys(config).some((key) => key.startsWith("x-"))).toBe(false);
  });

  it("still names the fix for a misspelt real key, top-level or nested, and does not ignore x- keys below the top", () => {
    expect(messageOf("tierz:\n  cheap: { models: [openai/gpt-5-nano], max_tokens: 10 }\n")).toMatch(/unknown key "tierz"; did you mean "tiers"\?/);
    expect(messageOf("tiers:\n  cheap: { models: [openai/gpt-5-nano], max_tokens: 10, x-note: 1 }\n")).toMatch(/tiers\.cheap.*unknown key "x-note"/);
  });

  it("lets an editor's schema accept x- keys too", () => {
    const validate = new Ajv2020({ strict: false }).compile(configJsonSchema());
    expect(validate({ "x-defaults": { models: ["a/b"] }, tiers: {} })).toBe(true);
    expect(validate({ tierz: {} })).toBe(false);
  });

  it("takes one anchor merged into a few hundred tiers", () => {
    const tiers = Array.from({ length: 300 }, (_, index) => `  t${index}: { <<: *base, max_tokens: ${1000 + index} }`).join("\n");
    const config = parseConfigText(`x-base: &base { models: [openai/gpt-5-nano], max_tokens: 1 }\ntiers:\n${tiers}\n`, "switchyard.yaml");
    expect(config.tiers.t299?.max_tokens).toBe(1299);
  });

  it("refuses a file whose aliases expand without end, saying so and keeping to its time", () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, level) => `l${level + 1}: &l${level + 1} [${Array.from({ length: 10 }, () => `*${level === 0 ? "a" : `l${level}`}`).join(", ")}]`).join("\n")}\n`;
    const started = performance.now();
    expect(messageOf(bomb)).toMatch(/\(root\): the YAML's aliases expand to more than 1,000,000 values .*&l\d/);
    expect(performance.now() - started).toBeLessThan(5_000);
    const merges = `a: &a [x]\n${Array.from({ length: 12 }, (_, level) => `l${level + 1}: &l${level + 1} { <<: [${Array.from({ length: 10 }, () => (level === 0 ? "{k: *a}" : `*l${level}`)).join(", ")}] }`).join("\n")}\n`;
    expect(messageOf(merges)).toMatch(/aliases expand to more than/);
  });

  it("reads aliases inside an anchor in a long file in about the time the file takes without them", () => {
    // The yaml library's own alias bound walked the whole document once per alias inside an anchor: 4,998 aliases in a
    // 0.2 MB file took 25 s, within both of the bounds above.
    const filler = `x-filler:\n${Array.from({ length: 20_000 }, (_, index) => `  - v${index}`).join("\n")}\n`;
    const withItems = (item: string) => `${filler}x-s: &s v\nx-big: &big [${Array.from({ length: 4_998 }, () => item).join(", ")}]\nx-u: [s]\n`;
    const timed = (text: string) => {
      const started = performance.now();
      parseConfigText(text, "switchyard.yaml");
      return performance.now() - started;
    };
    // Each side's fastest of two reads, so one burst of load on a shared machine does not decide it.
    const plainText = withItems("s");
    const aliasedText = withItems("*s").replace("x-u: [s]", "x-u: *big");
    const plain = Math.min(timed(plainText), timed(plainText));
    const aliased = Math.min(timed(aliasedText), timed(aliasedText));
    expect(aliased).toBeLessThan(plain * 8 + 1_000);
  });

  it("bounds what aliases add, not the values a file writes out itself", () => {
    // An alias-free file of over a million values was refused as aliases that "expand to more than 1,000,000".
    const uses = aliasUses(parseDocument(`x-many: [1, 2, 3, 4, 5, 6, 7, 8]\nx-base: &base {a: 1, b: [2, 3]}\nt1: *base\nt2: {<<: *base}\n`, { merge: true }));
    expect(uses.aliasAdded).toBe(14); // the base counts 7 (itself, two keys, 1, the list and its two items), twice
    expect(uses.count).toBe(2);
  });

  it("refuses more than 5,000 anchors, whose lookups grow with their number times the aliases'", () => {
    const anchors = (count: number) => `x-a:\n${Array.from({ length: count }, (_, index) => `  - &a${index} v`).join("\n")}\nx-b: [*a0]\n`;
    expect(messageOf(anchors(5_000))).toBe("");
    expect(messageOf(anchors(5_001))).toMatch(/\(root\): the YAML sets 5,001 anchors; a config names at most 5,000 values to reuse: write some of them out$/m);
  });

  it("takes 5,000 aliases in a file and names the anchor used most past that", () => {
    const tiers = (count: number) => Array.from({ length: count }, (_, index) => `  t${index}: *base`).join("\n");
    const started = performance.now();
    expect(Object.keys(parseConfigText(`x-base: &base { models: [openai/gpt-5-nano], max_tokens: 1 }\ntiers:\n${tiers(5_000)}\n`).tiers)).toContain("t4999");
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(messageOf(`x-o: &o 1\nx-l: [*o]\nx-base: &base { models: [openai/gpt-5-nano], max_tokens: 1 }\ntiers:\n${tiers(5_000)}\n`)).toMatch(/\(root\): the YAML uses 5,001 aliases \(5,000 of them \*base\); a config reuses at most 5,000 values by alias: write some of them out$/m);
  });
});
