/**
 * Injectable id source for decision ids.
 * @module
 */
import { randomUUID } from "node:crypto";

/** Makes unique ids. */
export type IdGenerator = () => string;

/** Random ids of the form `dec_<uuid without dashes>`. */
export const generateDecisionId: IdGenerator = () => `dec_${randomUUID().replaceAll("-", "")}`;
