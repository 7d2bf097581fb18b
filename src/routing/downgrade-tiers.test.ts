import { describe, expect, it } from "vitest";
import { parseConfigText } from "../config/parse-config.js";
import { downgradeTiers } from "./downgrade-tiers.js";

describe("downgradeTiers", () => {
  it("leaves out the tiers made of free models, whatever they are called, unless routing.include_free", () => {
    const yaml = `tiers:
  gratis: { models: ["openai/gpt-oss-20b:free"], max_tokens: 256 }
  floor: { models: [openai/gpt-5-nano], variant: free, max_tokens: 256 }
  mixed: { models: [openai/gpt-5-nano, "openai/gpt-oss-20b:free"], max_tokens: 256 }
`;
    expect(downgradeTiers(parseConfigText(yaml))).toEqual(["budget", "mid", "standard", "premium", "mixed"]);
    expect(downgradeTiers(parseConfigText(`${yaml}routing: { include_free: true }\n`))).toEqual(["free", "budget", "mid", "standard", "premium", "gratis", "floor", "mixed"]);
  });
});
