/**
 * `POST /api/route`: the dashboard's route playground. Routes a prompt (or a whole chat request) with the router
 * the gateway uses right now and answers the decision, its reasons and the candidate chain. No upstream call.
 * @module
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { InvalidRequestError } from "../../core/errors/index.js";
import { CAPABILITIES, type Capability, type ChatMessage, type ChatRequest } from "../../core/types.js";
import type { RequestRouter } from "../../routing/request-router.js";
import { readOfflineRequest } from "../doors/read-offline-request.js";
import { unknownFields } from "../request-shape/describe-issue.js";

/** The chat request's own fields the playground passes through, unchanged, to the router. */
const ROUTING_CHAT_FIELDS = ["tools", "tool_choice", "response_format", "plugins", "web_search_options", "service_tier", "models", "provider", "reasoning"] as const;

const playgroundSchema = z.strictObject({
  prompt: z.string().optional(),
  messages: z.array(z.looseObject({ role: z.string(), content: z.unknown() })).min(1).optional(),
  model: z.string().min(1).optional(),
  task: z.string().min(1).optional(),
  tier: z.string().min(1).optional(),
  quality: z.number().min(0).max(1).optional(),
  max_tokens: z.number().int().positive().optional(),
  max_cost_usd: z.number().positive().optional(),
  max_latency_ms: z.number().positive().optional(),
  requires: z.array(z.enum(CAPABILITIES as [Capability, ...Capability[]])).optional(),
  /** Stands in for the caller's `user` field, which picks an experiment arm. */
  user: z.string().min(1).optional(),
  // Chat fields that change the decision or its worst case, passed as a chat request carries them and read as the
  // chat door reads them (`readOfflineRequest`): a playground without them showed a web-search request's chain at
  // its token cost alone, and could not say where a tools or structured-output request goes.
  ...Object.fromEntries(ROUTING_CHAT_FIELDS.map((field) => [field, z.unknown().optional()])),
});

type PlaygroundInput = z.infer<typeof playgroundSchema>;

/** Registers the playground route. */
export function registerAdminRoutePlayground(app: FastifyInstance, router: () => RequestRouter): void {
  app.post("/api/route", async (request) => {
    const input = parseInput(request.body);
    // Read as the chat door reads a body: a request the gateway would refuse is refused here, not decided.
    const plan = router().route(readOfflineRequest(toChatRequest(input), "chat"));
    const { decision } = plan;
    return {
      decision: { ...decision, task_source: plan.taskSource },
      chain: plan.chain.map((candidate) => ({
        id: candidate.id,
        in_catalog: candidate.model !== undefined,
        max_tokens: candidate.maxTokens,
        worst_case_cost_usd: candidate.worstCaseCostUsd,
      })),
      experiment: plan.experiment ?? null,
      arm: plan.arm ?? null,
    };
  });
}

function parseInput(body: unknown): PlaygroundInput {
  const parsed = playgroundSchema.safeParse(body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const param = issue?.path.join(".") || "body";
    // zod's "Unrecognized key" quotes a name by JSON.stringify, which leaves direction overrides and C1 controls raw.
    const what = issue?.code === "unrecognized_keys" ? unknownFields(issue.keys) : (issue?.message ?? "invalid");
    throw new InvalidRequestError(`Invalid playground request: ${param}: ${what}`, { param });
  }
  if (parsed.data.messages && parsed.data.prompt !== undefined) {
    throw new InvalidRequestError("The playground routes a prompt or a conversation: give prompt or messages, not both: with both, the prompt would not be read.", { param: "prompt" });
  }
  if (!parsed.data.messages && !parsed.data.prompt?.trim()) {
    throw new InvalidRequestError("Give a prompt (or messages) to route.", { param: "prompt" });
  }
  return parsed.data;
}

function toChatRequest(input: PlaygroundInput): ChatRequest {
  const messages: ChatMessage[] = input.messages ? (input.messages as ChatMessage[]) : [{ role: "user", content: input.prompt ?? "" }];
  const switchyard: NonNullable<ChatRequest["switchyard"]> = {};
  if (input.task) switchyard.task = input.task;
  if (input.tier) switchyard.tier = input.tier;
  if (input.quality !== undefined) switchyard.quality = input.quality;
  if (input.max_cost_usd !== undefined) switchyard.max_cost_usd = input.max_cost_usd;
  if (input.max_latency_ms !== undefined) switchyard.max_latency_ms = input.max_latency_ms;
  if (input.requires) switchyard.requires = input.requires;
  return {
    // A `models` list without `model` is routed from its first id, as at /v1/chat/completions.
    ...(input.model !== undefined || chatFields(input)["models"] === undefined ? { model: input.model ?? "switchyard/auto" } : {}),
    messages,
    switchyard,
    ...(input.max_tokens !== undefined ? { max_tokens: input.max_tokens } : {}),
    ...(input.user ? { user: input.user } : {}),
    ...chatFields(input),
  };
}

/** The routing chat fields the input carries, as the chat request's own. */
function chatFields(input: PlaygroundInput): Record<string, unknown> {
  const record = input as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const field of ROUTING_CHAT_FIELDS) if (record[field] !== undefined) fields[field] = record[field];
  return fields;
}
