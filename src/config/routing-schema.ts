/**
 * The `routing` and `affinity` sections of `switchyard.yaml`: the classifier and quality knob, author and provider
 * filters, the learning hooks (weights, shadow, router state, online mode), and conversation affinity.
 * @module
 */
import { z } from "zod";

export const routingSchema = z.strictObject({
  /** `learned` since it beat `heuristic` on the held-out sets (docs/routing-quality.md). */
  classifier: z.enum(["heuristic", "learned"]).default("learned"),
  /** 0..1, default 0.5 (the seed's thresholds). */
  quality: z.number().min(0).max(1).default(0.5),
  allow_authors: z.array(z.string()).default([]),
  deny_authors: z.array(z.string()).default([]),
  /** OpenRouter provider slugs to use exclusively / never (sent as `provider.only` / `provider.ignore`). */
  allow_providers: z.array(z.string()).default([]),
  deny_providers: z.array(z.string()).default([]),
  /**
   * `prefer` (default): the provider lists are defaults a client's own `provider.only` / `provider.ignore` replaces,
   * and an explicit model id passes whoever its author. `enforce`: they are a hard rule on every door, and an explicit
   * model (or a `models` entry) by an author outside `allow_authors` / inside `deny_authors` is refused (ADR 0054).
   */
  provider_policy: z.enum(["prefer", "enforce"]).default("prefer"),
  include_free: z.boolean().default(false),
  /** The tier `switchyard/cheapest` and explicit ids are accounted under. */
  explicit_tier: z.string().default("explicit"),
  /** Ask for OpenRouter's `:nitro` variant (fastest providers) on every routed id, as `max_latency_ms` does. */
  prefer_speed: z.boolean().default(false),
  /** A JSON file in OpenRouter's endpoints format that seeds per-model latency and throughput (relative to the working directory). */
  latency_seed: z.string().optional(),
  /** A deployment adapter (`switchyard train --from-log --out F`) applied on top of the shipped weights; reloaded on SIGHUP. */
  weights: z.string().min(1).optional(),
  /** A candidate router computed for every decision and logged, with no effect on traffic. */
  shadow: z.strictObject({ weights: z.string().min(1) }).optional(),
  /** Where `switchyard router promote|rollback` keep the active router and its history (overrides `weights` once written). */
  state_file: z.string().default("./.switchyard/router-state.json"),
  /** Online mode: a contextual bandit over the auto tiers, learning from every outcome as it arrives (docs/learning.md). */
  online: z
    .strictObject({
      enabled: z.boolean().default(false),
      /** Most share of auto decisions that may explore another tier (recorded per decision). */
      max_explore_share: z.number().min(0).max(0.5).default(0.05),
      /** Outcomes before the bandit's own adapter may replace the default router (it must also beat it). */
      min_outcomes: z.number().int().nonnegative().default(200),
      /** How often each instance applies the shared outcome feed, ms. */
      sync_ms: z.number().int().positive().default(1_000),
      seed: z.number().int().nonnegative().default(0),
    })
    .default({ enabled: false, max_explore_share: 0.05, min_outcomes: 200, sync_ms: 1_000, seed: 0 }),
});

/** Conversation affinity: a conversation keeps its model across turns (docs/configuration.md). */
export const affinitySchema = z.strictObject({
  enabled: z.boolean().default(true),
  /** How long a conversation is remembered after its last turn. */
  ttl_seconds: z.number().int().positive().max(30 * 86_400).default(3_600),
  /** At a new user turn (never inside a tool sequence), leave the model when the routed one is cheaper even against the warm cache. */
  move_when_cheaper: z.boolean().default(false),
});
