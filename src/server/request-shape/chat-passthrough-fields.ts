/**
 * Chat fields the gateway forwards without reading, held to the type OpenAI's and OpenRouter's APIs give them:
 * `logprobs: "yes"`, `user: 5`, `parallel_tool_calls: 1`, `stream_options: "x"`, `tool_choice: "force"` were
 * forwarded, and the upstream refused them after routing and a reservation (`upstream_bad_request`, on whichever
 * model the route reached first), or a laxer provider read them its own way. Only the type is checked: the values
 * (a reasoning effort, a service tier) are the upstream's to know, as newer ones appear. `null` is absent, as SDKs
 * serialize an unset field. One table serves the schema and the fast path (`is-plain-chat-request.ts`).
 * @module
 */
import { z } from "zod";
import { quoteSentValue } from "../../core/quote-sent-text.js";

/** The type a forwarded field must have. */
type FieldType = "boolean" | "string" | "object" | "string list";

/** The forwarded fields checked, and their type. */
const FIELD_TYPES = {
  logprobs: "boolean",
  parallel_tool_calls: "boolean",
  user: "string",
  service_tier: "string",
  stream_options: "object",
  reasoning: "object",
  prediction: "object",
  modalities: "string list",
  transforms: "string list",
} as const satisfies Record<string, FieldType>;

/** `tool_choice` as a string: OpenAI's three (an object names a function or another tool type). */
const TOOL_CHOICE_WORDS = ["auto", "none", "required"] as const;

const SCHEMAS: Record<FieldType, z.ZodType> = {
  boolean: z.boolean(),
  string: z.string(),
  object: z.looseObject({}),
  "string list": z.array(z.string()),
};

/** The schema's entries for the forwarded fields, to spread into `chatRequestSchema`. */
export const chatPassthroughFieldSchemas = {
  ...Object.fromEntries(Object.entries(FIELD_TYPES).map(([field, type]) => [field, SCHEMAS[type].nullable().optional()])),
  stream_options: z.looseObject({ include_usage: z.boolean().nullable().optional() }).nullable().optional(),
  tool_choice: z.unknown().superRefine((choice, context) => {
    if (choice === undefined || choice === null || isToolChoice(choice)) return;
    context.addIssue({ code: "custom", message: `tool_choice is "auto", "none", "required", or an object naming the tool ({type: "function", function: {name}}); got ${quoteSentValue(choice, 40)}` });
  }).optional(),
} as const;

function isToolChoice(choice: unknown): boolean {
  if (typeof choice === "string") return (TOOL_CHOICE_WORDS as readonly string[]).includes(choice);
  return typeof choice === "object" && choice !== null && !Array.isArray(choice) && typeof (choice as { type?: unknown }).type === "string";
}

/** True when every forwarded field of `request` is absent or of its type (the fast path's check of the table). */
export function passthroughFieldsPlain(request: Readonly<Record<string, unknown>>): boolean {
  for (const [field, type] of Object.entries(FIELD_TYPES)) {
    const value = request[field];
    if (value !== undefined && value !== null && !isOfType(value, type)) return false;
  }
  const usage = (request.stream_options as { include_usage?: unknown } | null | undefined)?.include_usage;
  return usage === undefined || usage === null || typeof usage === "boolean";
}

function isOfType(value: unknown, type: FieldType): boolean {
  if (type === "boolean" || type === "string") return typeof value === type;
  if (type === "string list") return Array.isArray(value) && value.every((entry) => typeof entry === "string");
  return typeof value === "object" && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}
