/**
 * The gateway's side of conversation affinity: identify the conversation of a request (the `x-switchyard-session`
 * header, the door's own id, or the hash of its first messages), recall its model before routing, remember the
 * model that answered afterwards. A store failure never fails a request: the turn is routed afresh.
 * @module
 */
import type { IncomingHttpHeaders } from "node:http";
import type { ChatMessage, Usage } from "../../core/types.js";
import {
  affinityStatus,
  identifyConversation,
  type AffinityStatus,
  type ConversationAffinity,
  type AffinityInput,
  type ConversationMemory,
  type ConversationRef,
} from "../../routing/affinity/conversation-affinity.js";
import type { RoutingPlan } from "../../routing/routing-plan.js";
import type { CircuitBreaker } from "../../routing/fallback/circuit-breaker.js";
import type { ConversationHint } from "./door.js";

/** The header that names a conversation explicitly. */
export const SESSION_HEADER = "x-switchyard-session";

/** One request's conversation: who it is, what was remembered, and how to describe the outcome. */
export interface ConversationTurn {
  conversation: ConversationRef | undefined;
  memory: AffinityInput | undefined;
  /** The status for headers and the decision log; null when affinity did not apply. */
  status(plan: RoutingPlan, answeredModel: string | null): AffinityStatus | null;
}

/** A turn with affinity off. */
export const NO_AFFINITY: ConversationTurn = { conversation: undefined, memory: undefined, status: () => null };

/** Identifies the conversation and recalls its model. */
export async function recallConversation(
  affinity: ConversationAffinity | undefined,
  input: {
    keyId: string | null;
    headers: IncomingHttpHeaders;
    hint: ConversationHint | undefined;
    messages: readonly ChatMessage[];
    /** The gateway's circuit breaker: a remembered model whose circuit is open is not kept (routing says why). */
    breaker?: Pick<CircuitBreaker, "state" | "routingState"> | undefined;
  },
): Promise<ConversationTurn> {
  if (!affinity) return NO_AFFINITY;
  const session = input.headers[SESSION_HEADER];
  // The whole id is hashed (the header is bounded by the server's header limit): two ids that share a long prefix are two conversations.
  const explicit = typeof session === "string" && session.length > 0 ? { source: "session" as const, value: session } : input.hint;
  const conversation = identifyConversation({ keyId: input.keyId, explicit, messages: input.messages });
  if (!conversation) return NO_AFFINITY;
  // The store forgot (a restart without Redis; affinity lives in memory): what the stored response recorded after
  // its turn, so `previous_response_id` continues on the model that answered it (ADR 0067). The store, when it has
  // the conversation, wins: it holds the newest turn, from any instance.
  const seed = explicit === input.hint ? input.hint?.memory : undefined;
  const recalled = (await affinity.recall(conversation).catch(() => undefined)) ?? seed;
  const circuitOpen = recalled !== undefined && (await circuitIsOpen(input.breaker, recalled.model));
  const memory = recalled && (affinity.moveWhenCheaper || circuitOpen) ? { ...recalled, ...(affinity.moveWhenCheaper ? { moveWhenCheaper: true } : {}), ...(circuitOpen ? { circuitOpen } : {}) } : recalled;
  return {
    conversation,
    memory,
    // Nothing answered (refused, failed): no affinity outcome to report.
    status: (plan, answeredModel) => (plan.decision.mode === "explicit" || answeredModel === null ? null : affinityStatus(memory, answeredModel)),
  };
}

/** True when the breaker says the model's circuit is open; a shared breaker that cannot be read says nothing (false). */
async function circuitIsOpen(breaker: Pick<CircuitBreaker, "state" | "routingState"> | undefined, model: string): Promise<boolean> {
  if (!breaker) return false;
  try {
    return (await (breaker.routingState ? breaker.routingState(model) : breaker.state(model))) === "open";
  } catch {
    return false;
  }
}

/** After a served request: remember the model that answered (in the background). */
export function rememberConversation(affinity: ConversationAffinity | undefined, turn: ConversationTurn, memory: ConversationMemory | undefined, onError: (error: unknown) => void): void {
  if (!affinity || !turn.conversation || !memory) return;
  affinity.remember(turn.conversation, memory).catch(onError);
}

/**
 * What affinity remembers after a turn: the model that answered, the prompt it read and its tier; undefined when the
 * turn leaves the conversation's model as it was (affinity off, an explicit model, a failed turn, a side request).
 */
export function memoryAfterTurn(
  affinity: ConversationAffinity | undefined,
  turn: ConversationTurn,
  plan: RoutingPlan | undefined,
  end: { model: string | null; usage: Usage | undefined; answerUsage?: Usage | undefined; status: number; error: unknown },
): ConversationMemory | undefined {
  if (!affinity || !turn.conversation || !plan || plan.decision.mode === "explicit") return undefined;
  if (end.model === null || end.status !== 200 || end.error !== undefined) return undefined;
  // A side request that named another tier (a title, a summary) answered outside the conversation's model: it does
  // not become the conversation's model.
  if (plan.affinity?.outsideNamedTier) return undefined;
  // What the model that answered read (after a resume, not every attempt's prompt summed, which is what was charged).
  const promptTokens = (end.answerUsage ?? end.usage)?.prompt_tokens ?? plan.decision.prompt_tokens;
  return { model: end.model, promptTokens, tier: plan.decision.tier };
}

/**
 * What the affinity store holds for the conversation once a turn has ended: the memory the turn wrote, else the one it
 * recalled (an explicit model or a side request naming another tier leaves the conversation's model as it was). A
 * stored response carries it (ADR 0067), so a continuation after a restart is routed as it would have been without one.
 */
export function memoryHeldAfter(turn: ConversationTurn, written: ConversationMemory | undefined): ConversationMemory | undefined {
  if (written || !turn.memory) return written;
  const { model, promptTokens, tier } = turn.memory;
  return { model, promptTokens, ...(tier !== undefined ? { tier } : {}) };
}
