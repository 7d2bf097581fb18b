/**
 * The shape of Anthropic's `context_management` field, which the Messages request schema reads;
 * `context-management.ts` applies what it asks (apart, so the schema needs nothing of the request's own types).
 * @module
 */
import { z } from "zod";

const REFUSE_TOOL_CLEARING =
  "clear_tool_uses_20250919 is applied on Anthropic's servers, which Switchyard does not call (it translates the request for models of any maker); clear old tool results in your client, or leave the edit out";

const keepTurns = z.looseObject({ type: z.literal("thinking_turns"), value: z.number().int().positive() });
const edit = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("clear_thinking_20251015"), keep: z.union([z.literal("all"), z.looseObject({ type: z.literal("all") }), keepTurns]).optional() }),
  z.looseObject({ type: z.literal("clear_tool_uses_20250919") }).refine(() => false, { message: REFUSE_TOOL_CLEARING }),
], { error: "is an edit the gateway cannot apply: it applies clear_thinking_20251015 only (the others, such as compaction, run on Anthropic's servers, which Switchyard does not call)" });

/** The `context_management` field. */
export const contextManagementSchema = z.looseObject({ edits: z.array(edit).max(8).optional() });
