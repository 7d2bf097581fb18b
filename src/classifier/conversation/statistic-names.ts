/**
 * Names of statistics a turn asks worked out of figures it or a tool gave ("median", "std dev", "percentage points"),
 * shared by the coding run's statistics ask (`coding-agent-asks.ts`) and the short figure ask of any agent's run
 * (`short-figure-ask.ts`). "mean" is left to each: "I mean, …" and "what does 502 mean" are no statistic.
 * @module
 */

/** English names of statistics, as alternatives of a pattern to be wrapped in word boundaries. */
export const STATISTIC_NAMES = "median|average|avg|std ?dev|stddev|standard deviation|variance|percentage points?|relative change|growth rate";
