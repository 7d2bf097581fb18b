/**
 * The `storage` and `log` sections of `switchyard.yaml`: where the ledger and decision log live (SQLite, Redis,
 * Postgres), and what a decision record keeps (prompts, redactions, routing features).
 * @module
 */
import { z } from "zod";

/** A URL with one of `schemes` (checked at load, so a typo is named before anything connects). */
function urlWith(schemes: readonly string[]) {
  return z.string().refine((text) => {
    try {
      return schemes.includes(new URL(text).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${schemes.map((scheme) => `${scheme}//`).join(" or ")}`);
}

/** A shell's shorthand in a path: `${HOME}`, `$HOME/…` or `~/…`, which this file never expands. */
const SHELL_SHORTHAND = /\$\{|^\$[A-Za-z_]|^~[/\\]?/;

export const storageSchema = z.strictObject({
  sqlite: z
    .string()
    // "" resolved to the folder serve runs in, refused only at start ("it is a folder").
    .refine((file) => file.trim() !== "", "names no file: leave it out for ./.switchyard/switchyard.db, or write a path")
    .refine((file) => !SHELL_SHORTHAND.test(file), "is not expanded: the config file is not interpolated (no ${VAR}, $VAR or ~); write the path out, or make it relative to the directory serve runs in")
    .default("./.switchyard/switchyard.db"),
  redis_url: urlWith(["redis:", "rediss:"]).optional(),
  postgres_url: urlWith(["postgres:", "postgresql:"]).optional(),
  /**
   * The longest a Postgres connect or query of the gateway may take: past it the server cancels the statement and the
   * request gets 503 storage_unavailable (docs/configuration.md). The schema setup at start has no limit.
   */
  postgres_query_timeout_ms: z.number().int().positive().max(600_000).default(5_000),
  /** The longest a CLI command's Postgres query may take (`report`, `train --from-log` over a big log); connects keep the limit above. */
  postgres_report_timeout_ms: z.number().int().positive().max(86_400_000).default(600_000),
  /** Failed health probes in a row (one a second) before `/readyz` turns 503 for Postgres; one success turns it back. */
  postgres_unready_after_failed_probes: z.number().int().min(1).max(60).default(2),
  /** Unanswered PINGs in a row (one a second, each given 2 s) before `/readyz` turns 503 for Redis; one answer turns it back. */
  redis_unready_after_failed_probes: z.number().int().min(1).max(60).default(2),
});

export const logSchema = z.strictObject({
  store_prompts: z.boolean().default(false),
  /** Regexes whose matches are replaced with [REDACTED] in stored prompts. */
  redact: z.array(z.string()).default([]),
  /** Keep each decision's prompt-free routing features, what `train --from-log` learns from (docs/learning.md). */
  store_features: z.boolean().default(true),
});
