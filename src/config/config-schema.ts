/**
 * The one zod schema for `switchyard.yaml`. Every config type is inferred from it, and the JSON Schema
 * for editors is generated from it. Each section's schema lives in its own file (`tier-schema.ts`,
 * `upstream-schema.ts`, `routing-schema.ts`, `budget-schema.ts`, `experiment-schema.ts`, `storage-schema.ts`,
 * `learning-schema.ts`, `server-schema.ts`); this file puts them together with their defaults.
 * @module
 */
import { z } from "zod";
import { budgetSchema } from "./budget-schema.js";
import { experimentSchema } from "./experiment-schema.js";
import { learningSchema } from "./learning-schema.js";
import { affinitySchema, routingSchema } from "./routing-schema.js";
import { serverLimitsSchema, telemetrySchema } from "./server-schema.js";
import { logSchema, storageSchema } from "./storage-schema.js";
import { tierSchema } from "./tier-schema.js";
import { circuitBreakerSchema, upstreamSchema } from "./upstream-schema.js";

export { cheapestSelectorSchema, tierModelSchema, tierSchema, type CheapestSelector, type TierConfig, type TierModel } from "./tier-schema.js";
export { circuitBreakerSchema, timeoutsSchema, upstreamSchema, type CircuitBreakerConfig, type UpstreamConfig } from "./upstream-schema.js";
export { budgetSchema, type BudgetConfig } from "./budget-schema.js";
export { experimentSchema, type ExperimentConfig } from "./experiment-schema.js";
export { logSchema, storageSchema } from "./storage-schema.js";
export { affinitySchema, routingSchema } from "./routing-schema.js";
export { judgeSchema, learningSchema, type JudgeConfig } from "./learning-schema.js";
export { serverLimitsSchema, telemetrySchema, trustProxySchema, type ServerLimitsConfig } from "./server-schema.js";

export const configSchema = z.strictObject({
  upstream: upstreamSchema.default(upstreamSchema.parse({})),
  circuit_breaker: circuitBreakerSchema.default(circuitBreakerSchema.parse({})),
  tiers: z.record(z.string().regex(/^[a-z0-9_-]+$/, "tier names use a-z, 0-9, - and _"), tierSchema).default({}),
  tasks: z.record(z.string().regex(/^[a-z0-9_]+$/, "task names use a-z, 0-9 and _"), z.string()).default({}),
  routing: routingSchema.default(routingSchema.parse({})),
  budgets: z.array(budgetSchema).default([]),
  on_exceed: z.enum(["reject", "downgrade"]).default("reject"),
  experiments: z.array(experimentSchema).default([]),
  storage: storageSchema.default(storageSchema.parse({})),
  log: logSchema.default(logSchema.parse({})),
  learning: learningSchema.default({}),
  telemetry: telemetrySchema.default(telemetrySchema.parse({})),
  affinity: affinitySchema.default(affinitySchema.parse({})),
  catalog: z
    .strictObject({ ttl_ms: z.number().int().positive().default(3_600_000), cache_dir: z.string().default("./.switchyard") })
    .default({ ttl_ms: 3_600_000, cache_dir: "./.switchyard" }),
  server: serverLimitsSchema.default(serverLimitsSchema.parse({})),
});

/** The config as written in YAML (before defaults). */
export type ConfigInput = z.input<typeof configSchema>;
/** The validated config with defaults applied and tiers/tasks merged over the built-in ones. */
export type SwitchyardConfig = z.output<typeof configSchema>;
