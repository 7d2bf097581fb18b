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
  type ConversationRef,
} from "../../routing/affinity/conversation-affinity.js";
import type { RoutingPlan } from "../../routing/routing-plan.js";
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
  input: { keyId: string | null; headers: IncomingHttpHeaders; hint: ConversationHint | undefined; messages: readonly ChatMessage[] },
): Promise<ConversationTurn> {
  if (!affinity) return NO_AFFINITY;
  const session = input.headers[SESSION_HEADER];
  // The whole id is hashed (the header is bounded by the server's header limit): two ids that share a long prefix are two conversations.
  const explicit = typeof session === "string" && session.length > 0 ? { source: "session" as const, value: session } : input.hint;
  const conversation = identifyConversation({ keyId: input.keyId, explicit, messages: input.messages });
  if (!conversation) return NO_AFFINITY;
  const recalled = await affinity.recall(conversation).catch(() => undefined);
  const memory = recalled && affinity.moveWhenCheaper ? { ...recalled, moveWhenCheaper: true } : recalled;
  return {
    conversation,
    memory,
    // Nothing answered (refused, failed): no affinity outcome to report.
    status: (plan, answeredModel) => (plan.decision.mode === "explicit" || answeredModel === null ? null : affinityStatus(memory, answeredModel)),
  };
}

/** After a served request: remember the model that answered (in the background). */
export function rememberConversation(
  affinity: ConversationAffinity | undefined,
  turn: ConversationTurn,
  plan: RoutingPlan | undefined,
  end: { model: string | null; usage: Usage | undefined; answerUsage?: Usage | undefined; status: number; error: unknown },
  onError: (error: unknown) => void,
): void {
  if (!affinity || !turn.conversation || !plan || plan.decision.mode === "explicit") return;
  if (end.model === null || end.status !== 200 || end.error !== undefined) return;
  // A side request that named another tier (a title, a summary) answered outside the conversation's model: it does
  // not become the conversation's model.
  if (plan.affinity?.outsideNamedTier) return;
  // What the model that answered read (after a resume, not every attempt's prompt summed, which is what was charged).
  const promptTokens = (end.answerUsage ?? end.usage)?.prompt_tokens ?? plan.decision.prompt_tokens;
  affinity.remember(turn.conversation, { model: end.model, promptTokens, tier: plan.decision.tier }).catch(onError);
}
