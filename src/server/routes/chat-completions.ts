/**
 * The request path of every front door (`POST /v1/chat/completions`, `/v1/messages`, `/v1/responses`): read the
 * door's body as a chat request, route, run the attempt loop, answer in the door's format. Chat answers are the
 * upstream's bytes untouched; streams are sent event by event once the first content chunk has arrived, so
 * headers (`x-switchyard-model`, ...) always name the model that answered. One decision record per request.
 * @module
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Clock } from "../../core/clock.js";
import { repeatedWarning } from "../repeated-warning.js";
import { GatewayError, RateLimitError, RecordNotDurableError } from "../../core/errors/index.js";
import type { IdGenerator } from "../../core/id-generator.js";
import type { ChatRequest } from "../../core/types.js";
import type { DecisionLog } from "../../log/decision-record.js";
import type { FallbackDeps } from "../../routing/fallback/fallback-settings.js";
import { chargedUsd, completeChat, newChatEngineState, startChatStream, upstreamAttemptCount, type ChatEngineInput } from "../../routing/complete-chat.js";
import { ClientGoneSignal } from "../../routing/fallback/client-signal.js";
import { checkResponseQuality } from "../../routing/quality-checks.js";
import { userHeaderValue } from "../../routing/experiments/experiment-unit.js";
import type { RequestRouter, RouteContext } from "../../routing/request-router.js";
import { labelNow, type RoutingPlan } from "../../routing/routing-plan.js";
import type { LatencyTracker } from "../../routing/latency/latency-tracker.js";
import { ANONYMOUS, spendScopeFor, type KeyAuthenticator, type KeyIdentity } from "../auth/create-key-auth.js";
import type { RefusedModelIds } from "./refused-model-ids.js";
import { assertClientModelsAllowed, assertTierAllowed } from "../auth/assert-tier-allowed.js";
import { toErrorResponse } from "../error-handler.js";
import { inDoorTerms, type DoorFieldNames } from "../doors/door-field-names.js";
import { withUpstreamToolCallIds } from "../doors/door-tool-call-id.js";
import { withImageTokens } from "../../routing/counted-prompt-tokens.js";
import type { GatewayMetrics } from "../gateway-metrics.js";
import { trackRefusedRequests } from "./refused-requests.js";
import { promptText } from "../read-chat-request.js";
import { sendEventStream } from "../send-event-stream.js";
import { setSafeHeaders } from "../safe-header.js";
import { CHAT_DOOR } from "../doors/chat-door.js";
import type { Door } from "../doors/door.js";
import { memoryAfterTurn, memoryHeldAfter, NO_AFFINITY, recallConversation, rememberConversation, type ConversationTurn } from "../doors/conversation-turn.js";
import type { ConversationAffinity, ConversationMemory } from "../../routing/affinity/conversation-affinity.js";
import type { SampledJudge } from "../../routing/judge/sampled-judge.js";
import type { RequestTracer } from "../telemetry/request-tracer.js";
import type { InFlightMarks } from "../../log/in-flight.js";
import { markInFlight } from "./in-flight-marker.js";
import { clientHungUp } from "../client-hung-up.js";
import { recordRequest, streamFinish, type Finish } from "./record-request.js";
import { awaitsContinue, checkCallerBeforeBody } from "./caller-before-body.js";

/** What the route needs. */
export interface ChatRouteDeps {
  /** Router and attempt-loop deps over the current catalog. */
  engine: { current: { router: RequestRouter; fallback: FallbackDeps } };
  clock: Clock;
  generateId: IdGenerator;
  metrics: GatewayMetrics;
  decisionLog?: DecisionLog;
  /** Virtual-key auth (401 / 429). Without it every request is anonymous. */
  authenticate?: KeyAuthenticator;
  /** Config `on_exceed`: `downgrade` re-routes one tier cheaper when a budget refuses every candidate. */
  onExceed: "reject" | "downgrade";
  /** `log.store_prompts`. */
  storePrompts: boolean;
  /** Learns each model's speed from clean single-attempt answers (`switchyard.max_latency_ms`). */
  latency?: LatencyTracker;
  /** Conversation affinity (config `affinity`). Without it every turn is routed afresh. */
  affinity?: ConversationAffinity;
  /** The sampled judge (`learning.judge`): grades a share of cheaper tiers' answers after they are sent. */
  judge?: SampledJudge;
  /** OpenTelemetry traces (`telemetry.otlp_endpoint`); absent when telemetry is off. */
  tracer?: RequestTracer;
  /** Markers of requests in flight, so a crash's cut requests get records at the next start (ADR 0008). */
  inFlight?: InFlightMarks;
  /** The ids the doors answered 404 `model_not_found`, which the token counters refuse too (`refused-model-ids.ts`). */
  refusedModels?: RefusedModelIds;
}

/** What an upstream-reported model id must look like to be echoed in a header or trailer. */
const HEADER_SAFE = /^[\x21-\x7e]{1,256}$/;

/** Registers `POST /v1/chat/completions`. */
export function registerChatCompletionsRoute(app: FastifyInstance, deps: ChatRouteDeps): void {
  registerDoorRoute(app, deps, CHAT_DOOR);
}

/**
 * One warning a minute for a conversation store that fails (Redis down or dropped), shared by every door of one
 * gateway: it was a line per request, each with the Redis client's own words, while docs/gateway.md promised the
 * store's failures folded once a minute.
 */
const affinityStoreFailed = new WeakMap<ChatRouteDeps, (fields: { err: unknown; reqId: string }) => void>();

/** Registers one door on the shared request path. */
export function registerDoorRoute(app: FastifyInstance, deps: ChatRouteDeps, door: Door): void {
  if (!affinityStoreFailed.has(deps)) {
    const warn = (fields: { err: unknown; reqId: string; repeats?: number }): void => app.log.warn(fields, "conversation affinity store failed; a conversation's model is not remembered meanwhile, so its next turn may be routed afresh");
    affinityStoreFailed.set(deps, repeatedWarning(warn, () => deps.clock.now()));
  }
  const refused = trackRefusedRequests({ metrics: deps.metrics, tracer: deps.tracer, logger: app.log, clock: deps.clock, door: door.name, route: door.path });
  const { authenticate } = deps;
  // A client waiting for `100 Continue` hears a refused key before it uploads the body (caller-before-body.ts).
  const onRequest = async (request: FastifyRequest, reply: FastifyReply): Promise<unknown> => {
    if (!authenticate || !awaitsContinue(request)) return undefined;
    const id = request.doorRequestId ?? deps.generateId();
    request.callerBeforeBody = await checkCallerBeforeBody(id, deps.clock.now(), () => authenticate(door.credential(request.headers), id, door.keyHeader, door.setAsideCredential?.(request.headers)));
    if (!("refusal" in request.callerBeforeBody.outcome)) return undefined;
    refused.reached(request);
    return handleDoor(deps, door, request, reply);
  };
  app.post(door.path, { onRequest, onError: refused.onError, onResponse: refused.onResponse }, (request, reply) => {
    refused.reached(request);
    return handleDoor(deps, door, request, reply);
  });
}

/** Who the caller is: the key checked before the body when it was, else checked now (throws the refusal). */
async function identifyCaller(deps: ChatRouteDeps, door: Door, request: FastifyRequest, id: string): Promise<KeyIdentity> {
  const early = request.callerBeforeBody?.outcome;
  if (early && "refusal" in early) throw early.refusal;
  if (early) return early.identity;
  return deps.authenticate ? deps.authenticate(door.credential(request.headers), id, door.keyHeader, door.setAsideCredential?.(request.headers)) : ANONYMOUS;
}

async function handleDoor(deps: ChatRouteDeps, door: Door, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const startedAt = request.callerBeforeBody?.startedAt ?? deps.clock.now();
  // The id the request was named by as it arrived (door-request-id.ts): the decision's.
  const id = request.callerBeforeBody?.id ?? request.doorRequestId ?? deps.generateId();
  const clientGone = new ClientGoneSignal();
  reply.raw.once("close", () => {
    if (!reply.raw.writableFinished) clientGone.abort();
  });
  // A FIN read before this handler ran: the socket is ending, its `close` not yet come (client-hung-up.ts).
  if (clientHungUp(reply.raw)) clientGone.abort();
  let identity: KeyIdentity = ANONYMOUS;
  let stream = false;
  let body: ChatRequest | undefined;
  const state = newChatEngineState();
  let turn: ConversationTurn = NO_AFFINITY;
  let marked = false;
  let affinityMemory: ConversationMemory | undefined;
  let engineErrors: DoorFieldNames | undefined;
  // Returns once the decision record is on local disk (group commit): awaited before the response's last byte. The
  // conversation's model is remembered only then: a turn answered 503 (its record not durable) leaves no trace.
  let recordWritten = false;
  const finish = (end: Finish): Promise<void> | void => {
    recordWritten = true;
    affinityMemory = memoryAfterTurn(deps.affinity, turn, state.plan, end);
    const recorded = recordRequest(deps, request, { id, startedAt, keyId: identity.keyId, stream, prompt: deps.storePrompts && body ? promptText(body) : null, requestedModel: body?.model, door: door.name, turn }, state, end);
    const remember = (): void => {
      if (marked) deps.inFlight?.clear(id);
      rememberConversation(deps.affinity, turn, affinityMemory, (error) => affinityStoreFailed.get(deps)?.({ err: error, reqId: request.id }));
    };
    if (!recorded) return remember();
    return recorded.then(remember);
  };
  // The real APIs name every answer and refusal by a request id, which their SDKs expose (`_request_id`, an error's
  // `requestID`) and clients log: Anthropic's `request-id`, OpenAI's `x-request-id`. Here it is the decision's id.
  setSafeHeaders(reply, { "x-switchyard-door": door.name, [door.name === "messages" ? "request-id" : "x-request-id"]: id });
  const { router, fallback } = deps.engine.current;
  try {
    if (deps.authenticate) {
      identity = await identifyCaller(deps, door, request, id);
      if (identity.rateLimitRemaining !== null) {
        setSafeHeaders(reply, { "x-ratelimit-limit-requests": String(identity.rpm), "x-ratelimit-remaining-requests": identity.rateLimitRemaining });
      }
    }
    const read = await door.read(request.body, { headers: request.headers, keyId: identity.keyId });
    // From here on the errors are the engine's, in chat field names: restated in the door's below.
    engineErrors = door.fieldNames;
    // Every door, Chat Completions included, sends the tool-call ids a door showed back as the provider wrote them
    // (door-tool-call-id.ts): a conversation moves between doors with its ids.
    body = { ...read.chat, messages: withUpstreamToolCallIds(read.chat.messages) };
    stream = body.stream === true;
    const caller = identity;
    turn = await recallConversation(deps.affinity, { keyId: caller.keyId, headers: request.headers, hint: read.conversation, messages: body.messages, breaker: fallback.breaker });
    const input: ChatEngineInput = {
      requestId: id,
      request: body,
      // A translating door's reasoning off switch goes only where the catalog says it is taken (reasoning-off.ts).
      context: { ...routeContext(request, caller, id, turn.memory), ...(door.name === "chat" ? {} : { translatedReasoningOff: true }) },
      scopeFor: (plan) => spendScopeFor(caller, plan.decision.task, plan.decision.tier),
      admit: (plan) => {
        // The list first: when it gave the model (no `model`), leaving it out is the whole fix, which this one says.
        assertClientModelsAllowed(caller, read.chat.models);
        assertTierAllowed(caller, plan.decision.tier, plan.decision.mode === "explicit" ? plan.decision.model : undefined, door.modelAdvice);
      },
      allowedTiers: caller.allowedTiers,
      signal: clientGone,
    };
    if (deps.inFlight) {
      input.onAttemptStart = markInFlight(deps.inFlight, { id, startedAt, keyId: caller.keyId, stream, door: door.name }, state, () => (marked = true));
    }
    const engine = { router, fallback, onExceed: deps.onExceed };
    if (stream) {
      const session = await startChatStream(engine, input, state);
      const plan = state.plan as RoutingPlan;
      setDecisionHeaders(reply, id, session.model, plan, upstreamAttemptCount(state), turn);
      const callerSetNoCap = body.max_tokens === undefined && body.max_completion_tokens === undefined;
      const responseFormat = body.response_format;
      let answeredBy = session.model;
      // Runs before the stream's last event, so the record is on disk before the client has the whole answer.
      session.onEnd = async (outcome) => {
        answeredBy = outcome.model;
        const checks = outcome.status === "completed" ? await checkResponseQuality({ content: outcome.text, finishReason: outcome.finishReason, callerSetNoCap, responseFormat, hasToolCalls: outcome.finishReason === "tool_calls", caller: caller.keyId }) : [];
        state.qualityChecks = checks.map((check) => check.check);
        const recorded = finish(streamFinish(session.timeToFirstTokenMs, outcome, clientGone.aborted || clientHungUp(reply.raw)));
        if (outcome.status === "completed" && body) deps.judge?.consider({ decisionId: id, tier: plan.decision.tier, messages: body.messages, answer: outcome.text });
        return recorded;
      };
      // A resumable stream may end on another model than its headers name: the trailer names the one that finished.
      const trailers = body.switchyard?.resume === true ? { names: ["x-switchyard-model"], values: (): Record<string, string> => (HEADER_SAFE.test(answeredBy) ? { "x-switchyard-model": answeredBy } : {}) } : undefined;
      const events = read.render.stream(session.chunks, session.outcome, { id, createdAt: startedAt, conversationId: turn.conversation?.id, affinityMemory: () => memoryHeldAfter(turn, affinityMemory), model: session.model, promptTokens: withImageTokens(plan.decision.prompt_tokens, body.messages) });
      // A client may keep its socket full no longer than a whole request may last upstream.
      await sendEventStream(reply, events, trailers, fallback.settings.totalMs);
      return reply;
    }
    const result = await completeChat(engine, input, state);
    const costUsd = chargedUsd(state);
    setDecisionHeaders(reply, id, result.model, state.plan as RoutingPlan, upstreamAttemptCount(state), turn);
    void setSafeHeaders(reply, { "x-switchyard-cost-usd": costUsd.toFixed(10) }).type("application/json");
    const afterRecorded: (() => Promise<void>)[] = [];
    const answer = await read.render.json(result, { id, costUsd, createdAt: startedAt, conversationId: turn.conversation?.id, affinityMemory: () => memoryHeldAfter(turn, affinityMemory), onRecorded: (task) => void afterRecorded.push(task) });
    // A client that hung up while the answer came is gone: it is recorded so, with the answer's cost (spent).
    if (clientHungUp(reply.raw)) clientGone.abort();
    await finish({ model: result.model, usage: result.usage, costUsd, timeToFirstTokenMs: result.timeToFirstByteMs, finishReason: result.finishReason, status: clientGone.aborted ? 499 : 200, error: undefined });
    if (clientGone.aborted) return abandon(reply);
    for (const task of afterRecorded) await task();
    const judged = result.body.choices[0]?.message?.content;
    if (typeof judged === "string") deps.judge?.consider({ decisionId: id, tier: state.plan?.decision.tier ?? "", messages: body.messages, answer: judged });
    return reply.send(answer);
  } catch (error) {
    // The answer's own record is written and waits in memory for the disk: the client gets the 503, not a second record.
    // A marker the disk refused came before any record: that refusal is recorded below, as any other.
    if (error instanceof RecordNotDurableError && recordWritten) throw error;
    const { status } = toErrorResponse(error);
    // A key over its rate limit is known by then: its refusals count against it in `report --by key`.
    if (error instanceof RateLimitError && error.keyId !== undefined && identity.keyId === null) identity = { ...identity, keyId: error.keyId };
    // Every refusal is recorded, so it names its record: a 404 no_route or a 400 can be looked up in the log too.
    setSafeHeaders(reply, { "x-switchyard-decision-id": id, ...(state.plan ? { "x-switchyard-attempts": upstreamAttemptCount(state) } : {}) });
    const gatewayError = GatewayError.isInstance(error) ? error : undefined;
    // Written to the shared store before the 404 is sent: a count sent next to another instance refuses it too.
    await deps.refusedModels?.noteRefusal(error);
    // What the request was charged (attempts the client left, an answer that then failed to render) stays on the record.
    await finish({ model: null, usage: undefined, costUsd: chargedUsd(state), timeToFirstTokenMs: null, finishReason: null, status: clientGone.aborted ? 499 : status, error: gatewayError });
    // Nobody is listening: nothing to send, and not an error of ours.
    if (clientGone.aborted) return abandon(reply);
    throw inDoorTerms(error, engineErrors);
  }
}

/** Ends a response nobody will read: no answer, no error, the socket closed. */
function abandon(reply: FastifyReply): FastifyReply {
  reply.hijack();
  reply.raw.destroy();
  return reply;
}

/** The task header and what picks the experiment unit (key id, `x-switchyard-user`, decision id). */
function routeContext(request: FastifyRequest, caller: KeyIdentity, id: string, affinity: RouteContext["affinity"]): RouteContext {
  const taskHeader = request.headers["x-switchyard-task"];
  const context: RouteContext = {
    keyId: caller.keyId,
    userHeader: userHeaderValue(request.headers["x-switchyard-user"]),
    requestId: id,
    allowedTiers: caller.allowedTiers,
    // An explicit model's labels are read while the upstream works; the headers and the record read them after.
    labelAfterSend: true,
  };
  // An empty header is no task: some clients and proxies send every configured header, set or not.
  if (typeof taskHeader === "string" && taskHeader.trim() !== "") context.taskHeader = headerText(taskHeader);
  if (affinity) context.affinity = affinity;
  return context;
}

/**
 * A header's text as the client wrote it: Node reads header bytes as Latin-1, so UTF-8 (what clients send) comes out
 * as mojibake ("mäth" → "mÃ¤th") in the 400 that quotes it. Bytes that are not UTF-8 stay as read.
 */
export function headerText(value: string): string {
  if (/^[\x00-\x7f]*$/.test(value)) return value;
  const decoded = Buffer.from(value, "latin1").toString("utf8");
  return decoded.includes("\uFFFD") ? value : decoded;
}

function setDecisionHeaders(reply: FastifyReply, id: string, model: string, plan: RoutingPlan, attempts: number, turn: ConversationTurn): void {
  labelNow(plan);
  const affinity = turn.status(plan, model);
  setSafeHeaders(reply, {
    "x-switchyard-experiment": plan.experiment !== undefined ? `${plan.experiment}/${plan.arm ?? ""}` : undefined,
    "x-switchyard-affinity": affinity ?? undefined,
    "x-switchyard-decision-id": id,
    "x-switchyard-model": model,
    "x-switchyard-tier": plan.decision.tier,
    "x-switchyard-task": plan.decision.task,
    "x-switchyard-attempts": String(attempts),
  });
}
