/**
 * A `tool_choice` that names one tool must name a tool the request declares in `tools`, on every door, as OpenAI's
 * and Anthropic's APIs answer it: sent on, the upstream refused it (`upstream_bad_request`, after routing and a
 * reservation), or a provider that checks less forced a call to a tool the client cannot run. A `tool_choice` that
 * forces some call (`"required"`, Anthropic's `{type: "any"}`) needs a declared tool too, as OpenAI's API answers it
 * ("'tool_choice' is only allowed when 'tools' are specified"): a provider that checks less answered text, under a
 * contract that promised a call.
 * @module
 */
import { quoteSentText } from "../../core/quote-sent-text.js";

/** Why `name` cannot be chosen from `declared` (the request's tool names), or undefined when it can. */
export function unknownToolChoice(name: string, declared: readonly string[]): string | undefined {
  if (declared.includes(name)) return undefined;
  // The caller's text: quoted escaped and cut (quote-sent-text.ts); it was printed raw and whole (round 24 review).
  const quoted = quoteSentText(name, 64);
  if (declared.length === 0) return `tool_choice names the tool ${quoted}, and the request declares no tools: declare it in \`tools\`, or leave tool_choice out`;
  return `tool_choice names the tool ${quoted}, which is not in \`tools\`: name one of the declared tools`;
}

/** Why the forcing `choice` (`"required"`, `"any"`) cannot be honoured with `declared` tools, or undefined when it can. */
export function forcedCallWithoutTools(choice: string, declaredCount: number): string | undefined {
  if (declaredCount > 0) return undefined;
  return `tool_choice ${quoteSentText(choice, 64)} asks for a tool call, and the request declares no tools: declare them in \`tools\`, or leave tool_choice out`;
}
