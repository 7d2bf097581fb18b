/**
 * `config check` and `serve` read a config file's YAML once: the lines of its issues are found in the same parse.
 * Parsing twice doubled the time of a large file's check (most of 2.5 s for 8,000 tiers).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock("yaml", async (importOriginal) => {
  const actual = await importOriginal<typeof import("yaml")>();
  return { ...actual, parseDocument: (...args: Parameters<typeof actual.parseDocument>) => {
    parses.count += 1;
    return actual.parseDocument(...args);
  } };
});

const { loadConfigFile } = await import("./load-runtime.js");
const dir = mkdtempSync(path.join(tmpdir(), "sy-once-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadConfigFile", () => {
  it("parses the YAML once, for a valid file and for one whose issues get their lines", async () => {
    writeFileSync(path.join(dir, "good.yaml"), "tiers:\n  cheap: { models: [openai/gpt-5-nano], max_tokens: 100 }\n");
    writeFileSync(path.join(dir, "bad.yaml"), "tiers:\n  cheap:\n    modles: [openai/gpt-5-nano]\n");
    parses.count = 0;
    await loadConfigFile("good.yaml", dir);
    expect(parses.count).toBe(1);
    parses.count = 0;
    await expect(loadConfigFile("bad.yaml", dir)).rejects.toThrow(/unknown key "modles".*\(line 3\)/);
    expect(parses.count).toBe(1);
  });
});
