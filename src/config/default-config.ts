/**
 * The built-in tiers and task table. They reproduce the seed's five tiers and task → tier table;
 * the seed's model ids are gone from OpenRouter, so each tier is a chain of current models
 * (checked against the 2026-06 catalog) ending in a selector, so a tier never runs dry.
 * @module
 */
import type { TierConfig } from "./config-schema.js";

/** The seed's tiers, cheapest first. Their order is the escalation and downgrade ladder. */
export const DEFAULT_TIERS: Readonly<Record<string, TierConfig>> = {
  free: {
    models: [
      "openai/gpt-oss-20b:free",
      "meta-llama/llama-3.3-70b-instruct:free",
      { cheapest: { needs: [], include_free: true, max_price: 0 } },
    ],
    max_tokens: 1024,
    include_free: true,
  },
  budget: {
    models: [
      "openai/gpt-5-nano",
      "mistralai/mistral-small-3.2-24b-instruct",
      "meta-llama/llama-3.3-70b-instruct",
      { cheapest: { needs: [], include_free: false, max_price: 0.5 } },
    ],
    max_tokens: 1024,
  },
  mid: {
    models: [
      "google/gemini-2.5-flash-lite",
      "deepseek/deepseek-v3.2",
      "qwen/qwen3-235b-a22b-2507",
      { cheapest: { needs: [], include_free: false, min_context: 128_000, min_price: 0.2, max_price: 2 } },
    ],
    max_tokens: 2048,
  },
  standard: {
    models: [
      "google/gemini-2.5-flash",
      "openai/gpt-5-mini",
      "anthropic/claude-haiku-4.5",
      { cheapest: { needs: ["tools"], include_free: false, min_context: 128_000, min_price: 1, max_price: 8 } },
    ],
    max_tokens: 4096,
  },
  premium: {
    models: [
      "anthropic/claude-sonnet-4.5",
      "openai/gpt-5",
      "google/gemini-2.5-pro",
      { cheapest: { needs: ["reasoning"], include_free: false, min_context: 128_000, min_price: 8 } },
    ],
    max_tokens: 8192,
  },
};

/** The task types every deployment knows. Config can add more. */
export const DEFAULT_TASKS: Readonly<Record<string, string>> = {
  classification: "budget",
  extraction: "budget",
  translation: "budget",
  simple_qa: "budget",
  chat: "budget",
  summarization: "mid",
  brainstorming: "mid",
  creative_writing: "mid",
  code_review: "standard",
  code_generation: "standard",
  analysis: "standard",
  math: "premium",
  deep_reasoning: "premium",
};

/** The task a request gets when nothing else says. */
export const DEFAULT_TASK = "chat";
