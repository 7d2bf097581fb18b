/**
 * Injectable id source for decision ids.
 * @module
 */
import { randomUUID } from "node:crypto";

/** Makes unique ids. */
export type IdGenerator = () => string;

/**
 * Ids of the form `dec_<32 hex digits>`: the creation time in milliseconds (12 digits), then 80 random bits (20
 * digits). The time first makes each new id sort after the ones before it, so the decisions table's primary-key
 * index grows at its right edge instead of at a random page per insert: one page written per group commit rather
 * than one per record (inserting records with random ids cost ~20% more CPU per record; bench in docs/benchmarks.md,
 * Gateway, sixth pass). 80 random bits per millisecond keep ids from colliding across processes.
 */
export const generateDecisionId: IdGenerator = () => {
  // A v4 UUID's first eight and last twelve hex digits are all random (the version and variant sit in between).
  const uuid = randomUUID();
  return `dec_${Date.now().toString(16).padStart(12, "0")}${uuid.slice(0, 8)}${uuid.slice(24)}`;
};

/**
 * When a `dec_` id says its decision was made (ms since the epoch), from its first 12 hex digits; undefined for an id
 * of another shape. Any client can write such an id, so this is a hint (how long to look for a record), never a fact.
 */
export function decisionIdTime(id: string): number | undefined {
  if (id.length !== 36 || !id.startsWith("dec_")) return undefined;
  const time = Number.parseInt(id.slice(4, 16), 16);
  return /^[0-9a-f]{12}$/.test(id.slice(4, 16)) && Number.isSafeInteger(time) ? time : undefined;
}
