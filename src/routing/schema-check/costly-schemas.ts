/**
 * The schemas found too costly to check, remembered per caller. A schema whose check ran past the worker's time or
 * heap is skipped from then on, but only for the caller whose check it was: remembered for everyone, one tenant
 * could send a popular schema (another tenant's) with a hostile answer once and switch its check off for all.
 * Bounded both ways, least recently used forgotten first: callers, and schemas per caller. A schema is remembered by
 * its sha256, not its text (a schema may be 100,000 characters).
 * @module
 */
import { createHash } from "node:crypto";

/** Options of createCostlySchemas. */
export interface CostlySchemasOptions {
  /** Callers remembered at most. Default 1,000. */
  maxCallers?: number;
  /** Schemas remembered per caller at most. Default 64. */
  maxSchemasPerCaller?: number;
}

/** The memory of too-costly schemas. `caller` is the virtual key id; "" when none (one tenant: a keyless gateway, the library). */
export interface CostlySchemas {
  /** True when this caller's check of this schema (its JSON text) ran too long before. */
  has(caller: string, schemaKey: string): boolean;
  /** Remembers that this caller's check of this schema ran too long. */
  add(caller: string, schemaKey: string): void;
  /** Callers remembered now (for tests and gauges). */
  readonly callers: number;
}

/** Creates an empty memory. */
export function createCostlySchemas({ maxCallers = 1_000, maxSchemasPerCaller = 64 }: CostlySchemasOptions = {}): CostlySchemas {
  // Map and Set keep insertion order: re-inserting on use makes the first entry the least recently used.
  const byCaller = new Map<string, Set<string>>();
  return {
    has(caller, schemaKey) {
      const schemas = byCaller.get(caller);
      // Most callers have no costly schema: no hash for them.
      if (!schemas) return false;
      const digest = digestOf(schemaKey);
      if (!schemas.has(digest)) return false;
      byCaller.delete(caller);
      byCaller.set(caller, schemas);
      schemas.delete(digest);
      schemas.add(digest);
      return true;
    },
    add(caller, schemaKey) {
      const schemas = byCaller.get(caller) ?? new Set<string>();
      byCaller.delete(caller);
      byCaller.set(caller, schemas);
      const digest = digestOf(schemaKey);
      schemas.delete(digest);
      schemas.add(digest);
      if (schemas.size > maxSchemasPerCaller) schemas.delete(first(schemas));
      if (byCaller.size > maxCallers) byCaller.delete(first(byCaller.keys()));
    },
    get callers() {
      return byCaller.size;
    },
  };
}

function digestOf(schemaKey: string): string {
  return createHash("sha256").update(schemaKey).digest("base64");
}

function first(values: Iterable<string>): string {
  for (const value of values) return value;
  return "";
}
