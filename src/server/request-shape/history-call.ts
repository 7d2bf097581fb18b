/**
 * The tool calls a conversation sends back (a chat assistant message's `tool_calls`, a Responses `function_call`
 * item): their `arguments` are the arguments as JSON object text, or empty for a call without any. OpenAI's
 * reference types the field as the model's text ("the model does not always generate valid JSON"), but a request
 * here may be routed to any provider: an Anthropic model reads a call's arguments as a `tool_use` input, which is
 * an object ("Input should be a valid dictionary"), and the open-weight servers behind OpenRouter parse them
 * before rendering their chat template ("arguments must be a valid JSON object string", a 400). Forwarded, such
 * a call was answered or refused depending on where the route landed, after routing and a reservation; refused
 * here, it is one 400 naming the call, whichever model was chosen. The name of the call is held to the pattern
 * of `tool-name.ts`, as OpenAI refuses a history call's name outside it (`messages[9].tool_calls[0].function.name`:
 * "string does not match pattern"); a name no tool of this request declares passes, as OpenAI and Anthropic take it
 * (agents change their tools between turns).
 * @module
 */
import { z } from "zod";
import { InvalidRequestError } from "../../core/errors/index.js";
import { assertJsonWithinLimits, type JsonLimits } from "./json-limits.js";

/**
 * The bounds the text is scanned against before `JSON.parse` reads it: the defaults of `server.max_json_depth`,
 * `max_array_length` and `max_object_keys`. The body's own scan skips string contents, and ten megabytes of `[`
 * inside one `arguments` string took `JSON.parse` 6.6 s (a million keys, 1.3 s), the event loop held for all of it.
 */
const ARGUMENT_LIMITS: JsonLimits = { maxDepth: 64, maxArrayLength: 10_000, maxObjectKeys: 10_000 };

/** What the arguments must be, for the 400's words. */
const RULE = "a tool call's `arguments` is the arguments as JSON object text (such as '{\"city\": \"Paris\"}'), or '' for a call without arguments: the models a request is routed to read it as an object (Anthropic's tool_use input)";

/** Why a history call's arguments are refused, or undefined when they are JSON object text or empty. */
export function callArgumentsProblem(args: string): string | undefined {
  if (args.trim() === "") return undefined;
  let value: unknown;
  try {
    assertJsonWithinLimits(args, ARGUMENT_LIMITS);
  } catch (error) {
    if (!(error instanceof InvalidRequestError)) throw error;
    return `${RULE}; ${error.message.replace("The request body", "the text").replace("the request body", "the text")}`;
  }
  try {
    value = JSON.parse(args);
  } catch (error) {
    return `${RULE}; got text that is not JSON (${error instanceof Error ? error.message : String(error)}): send what the model wrote as '{}' and say so in the call's result`;
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return undefined;
  return `${RULE}; got JSON ${value === null ? "null" : Array.isArray(value) ? "array" : typeof value}`;
}

/** A history call's `arguments`, refused with {@link callArgumentsProblem}'s words. */
export const callArgumentsSchema = z.string().superRefine((args, context) => {
  const problem = callArgumentsProblem(args);
  if (problem !== undefined) context.addIssue({ code: "custom", message: problem });
});
