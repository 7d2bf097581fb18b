/**
 * Every field a door takes, sent a hostile value (a string holding what JSON leaves raw but a terminal or a log reader
 * acts on, long, ending in an emoji; a list of such strings; an object keyed by one): whatever 400 comes back repeats
 * it escaped and cut, never raw and never whole. `n` came back as JSON.stringify made it, line separator and direction
 * override raw, a 600 kB list repeated whole; `tool_choice` at the chat and Responses doors too (round 26).
 * @module
 */
import { describe, expect, it } from "vitest";
import { createApp } from "../create-app.js";
import { defaultConfig } from "../../config/index.js";
import { builtinCatalog } from "../../catalog/index.js";
import type { UpstreamClient } from "../../upstream/index.js";

/** Characters JSON leaves raw that a terminal or a log reader acts on, and lone surrogates. */
const ACTED_ON = /[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const HOSTILE = `a\u2028b\u202ec\u009b31m${"x".repeat(20_000)}😀`;
const VALUES: readonly unknown[] = [HOSTILE, "\u2029", [HOSTILE, HOSTILE, HOSTILE], { [HOSTILE]: HOSTILE }, [{ [HOSTILE]: 1 }]];

const CHAT_FIELDS = [
  "model", "messages", "stream", "max_tokens", "max_completion_tokens", "tools", "tool_choice", "response_format", "models", "temperature",
  "top_p", "top_k", "frequency_penalty", "presence_penalty", "repetition_penalty", "min_p", "top_a", "seed", "logit_bias", "logprobs",
  "top_logprobs", "metadata", "session_id", "stop", "provider", "n", "user", "stream_options", "parallel_tool_calls", "reasoning",
  "reasoning_effort", "modalities", "audio", "service_tier", "prediction", "plugins", "transforms", "usage", "web_search_options", "verbosity",
];
const MESSAGES_FIELDS = [
  "model", "messages", "max_tokens", "system", "metadata", "stop_sequences", "stream", "temperature", "top_p", "top_k", "tools", "tool_choice",
  "thinking", "output_format", "output_config", "mcp_servers", "container", "cache_control", "context_management", "service_tier", "speed",
];
const RESPONSES_FIELDS = [
  "background", "client_metadata", "context_management", "conversation", "include", "input", "instructions", "max_output_tokens",
  "max_tool_calls", "metadata", "model", "moderation", "parallel_tool_calls", "previous_response_id", "prompt", "prompt_cache_key",
  "prompt_cache_options", "prompt_cache_retention", "reasoning", "safety_identifier", "service_tier", "store", "stream", "stream_options",
  "temperature", "text", "tool_choice", "tools", "top_logprobs", "top_p", "truncation", "user",
];
const SWITCHYARD_FIELDS = ["task", "tier", "quality", "max_cost_usd", "max_latency_ms", "requires", "resume", "fallbacks", "prefer_speed", "experiment"];

const DOORS = [
  { url: "/v1/chat/completions", base: { model: "switchyard/auto", messages: [{ role: "user", content: "hi" }] }, fields: CHAT_FIELDS },
  { url: "/v1/messages", base: { model: "switchyard/auto", max_tokens: 100, messages: [{ role: "user", content: "hi" }] }, fields: MESSAGES_FIELDS },
  { url: "/v1/responses", base: { model: "switchyard/auto", input: "hi" }, fields: RESPONSES_FIELDS },
];

describe("a hostile value in any field, at every door", () => {
  it("comes back escaped and cut in the 400, never raw or whole", async () => {
    const app = await createApp({ config: defaultConfig(), catalog: builtinCatalog(), upstream: {} as UpstreamClient });
    const found: string[] = [];
    try {
      for (const door of DOORS) {
        const sends = [
          ...door.fields.map((field) => ({ field, set: (value: unknown) => ({ ...door.base, [field]: value }) })),
          ...SWITCHYARD_FIELDS.map((field) => ({ field: `switchyard.${field}`, set: (value: unknown) => ({ ...door.base, switchyard: { [field]: value } }) })),
          // A key no door knows, at the top and in a message or input item: named in the message and in `param`.
          { field: "an unknown key", set: (value: unknown) => ({ ...door.base, [HOSTILE]: value }) },
          { field: "an unknown message key", set: (value: unknown) => ({ ...door.base, messages: [{ role: "user", content: "hi", [HOSTILE]: value }], input: [{ type: "message", role: "user", content: "hi", [HOSTILE]: value }] }) },
        ];
        for (const { field, set } of sends) {
          for (const [index, value] of VALUES.entries()) {
            const answer = await app.inject({ method: "POST", url: door.url, headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" }, payload: JSON.stringify(set(value)) });
            if (answer.statusCode !== 400) continue;
            // The whole body: the message, and the param, which carried a caller's key cut but raw (a line separator
            // or a direction override reached whatever printed it; round 26 review). A program reads it as the
            // message names the field, escaped the same way.
            const { message, param } = answer.json<{ error: { message: string; param?: string | null } }>().error;
            const where = `${door.url} ${field} value ${index}`;
            if (ACTED_ON.test(answer.body)) found.push(`${where}: raw ${JSON.stringify(ACTED_ON.exec(answer.body)?.[0])} in ${JSON.stringify(ACTED_ON.exec(message) ? "message" : "param")}`);
            if (typeof param === "string" && /[\u0000-\u001f]/.test(param)) found.push(`${where}: a control character in param`);
            if (answer.body.length > 4_000) found.push(`${where}: ${answer.body.length} characters`);
          }
        }
      }
    } finally {
      await app.close();
    }
    expect(found).toEqual([]);
  }, 120_000);
});
