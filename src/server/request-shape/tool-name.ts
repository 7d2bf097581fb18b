/**
 * A tool's name as OpenAI and Anthropic both take it: 1 to 64 letters, digits, `_` or `-` (`^[a-zA-Z0-9_-]{1,64}$`;
 * OpenAI: "string does not match pattern", Anthropic: "String should match pattern" / "should have at most 64
 * characters"). Every door checks the names of the tools it offers the model against it: any door may route to any
 * provider, and a name one of them refuses (`get.weather`, `💥`, a space) was forwarded after routing and a
 * reservation, and came back a 400 from the upstream, or was answered by a laxer provider and refused on the next.
 * @module
 */
import { quoteSentText } from "../../core/quote-sent-text.js";
import { z } from "zod";

/** The pattern a tool name matches. */
export const TOOL_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

/**
 * Why a tool name is refused, or undefined when it is one every provider takes. `what` names the kind of name (a
 * structured output's schema name is held to the same pattern by OpenAI).
 */
export function toolNameProblem(name: string, what = "a tool name"): string | undefined {
  if (TOOL_NAME_PATTERN.test(name)) return undefined;
  const rule = `${what} is 1 to 64 characters, each a letter, digit, '_' or '-' (^[a-zA-Z0-9_-]{1,64}$, as OpenAI${what === "a tool name" ? " and Anthropic require" : " requires"})`;
  if (name.length === 0) return `${rule}; got an empty name`;
  if (name.length > 64) return `${rule}; got ${name.length} characters`;
  const bad = [...name].find((char) => !/^[a-zA-Z0-9_-]$/.test(char)) ?? "";
  // JSON.stringify left a line separator or a direction override raw: quoted escaped (quote-sent-text.ts).
  return `${rule}; ${quoteSentText(name, 64)} has ${quoteSentText(bad, 8)}`;
}

/** A tool name, refused with {@link toolNameProblem}'s words. */
export const toolNameSchema = patternNameSchema("a tool name");

/** A structured output's schema name (`response_format.json_schema.name`, `text.format.name`): OpenAI's pattern. */
export const schemaNameSchema = patternNameSchema("a json_schema name");

/**
 * A chat message's `name` (the participant, or a `function` message's function): OpenAI's pattern ("Invalid
 * 'messages[5].name': string does not match pattern"), forwarded before and refused after routing.
 */
export const messageNameSchema = patternNameSchema("a message name");

function patternNameSchema(what: string): z.ZodType<string> {
  return z.string().superRefine((name, context) => {
    const problem = toolNameProblem(name, what);
    if (problem !== undefined) context.addIssue({ code: "custom", message: problem });
  });
}

/**
 * Tool names are unique, as Anthropic's API requires ("Tool names must be unique"): a model calls a tool by name, so
 * of two tools with one name the chat request would hold both and the call would reach either. `names` holds each
 * tool's name (undefined for a tool that has none of its own, such as a provider's); `path` is where the name sits.
 */
export function uniqueToolNames(names: readonly (string | undefined)[], context: z.RefinementCtx, path: (index: number) => (string | number)[]): void {
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    if (name === undefined) return;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, index);
    else context.addIssue({ code: "custom", path: path(index), message: `tool names must be unique: tools[${first}] is also named ${quoteSentText(name, 64)}` });
  });
}
