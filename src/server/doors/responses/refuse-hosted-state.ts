/**
 * Two Responses fields name state that lives only on OpenAI's servers: `conversation` (a stored conversation
 * object) and `prompt` (a stored prompt template, by id). The gateway has neither store, and answering without
 * them would answer a different question, so each is refused with a 400 saying what to send instead.
 * @module
 */
import { InvalidRequestError } from "../../../core/errors/index.js";

/** What the client can send instead of each field. */
const INSTEAD = {
  conversation:
    "`conversation` names a conversation object stored on OpenAI's servers, which this gateway does not have. Continue a conversation with `previous_response_id` (the gateway keeps its own responses unless `store` is false), or send the history yourself as `input` items.",
  prompt:
    "`prompt` names a prompt template stored on OpenAI's servers, which this gateway cannot read. Send the template's text yourself: its instructions as `instructions`, and its variables filled in as `input`.",
} as const;

/** Throws a 400 naming `conversation` or `prompt` when the body sets one (null counts as not set). */
export function refuseHostedState(body: unknown): void {
  if (typeof body !== "object" || body === null) return;
  for (const field of ["conversation", "prompt"] as const) {
    const value = (body as Partial<Record<typeof field, unknown>>)[field];
    if (value !== undefined && value !== null) throw new InvalidRequestError(INSTEAD[field], { param: field, code: "unsupported_parameter" });
  }
}
