/**
 * A `tool_choice` that names one tool must name a tool the request declares in `tools`, on every door, as OpenAI's
 * and Anthropic's APIs answer it: sent on, the upstream refused it (`upstream_bad_request`, after routing and a
 * reservation), or a provider that checks less forced a call to a tool the client cannot run.
 * @module
 */

/** Why `name` cannot be chosen from `declared` (the request's tool names), or undefined when it can. */
export function unknownToolChoice(name: string, declared: readonly string[]): string | undefined {
  if (declared.includes(name)) return undefined;
  if (declared.length === 0) return `tool_choice names the tool "${name}", and the request declares no tools: declare it in \`tools\`, or leave tool_choice out`;
  return `tool_choice names the tool "${name}", which is not in \`tools\`: name one of the declared tools`;
}
