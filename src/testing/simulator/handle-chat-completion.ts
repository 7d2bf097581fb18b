/**
 * `POST /chat/completions` for the simulator: validation, model lookup, fault selection
 * (header `x-sim-fault`, then per-model faults), latency, then the answer or the fault.
 * @module
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { didYouMean } from "../../core/closest-name.js";
import type { ModelCatalog } from "../../catalog/model-catalog.js";
import type { ModelEntry } from "../../catalog/model-entry.js";
import { REASONING_MANDATORY_MESSAGE, reasoningIsMandatory } from "./mandatory-reasoning.js";
import { contextLengthResponse, faultErrorResponse, invalidRequestResponse, type ErrorResponse } from "./fault-error-response.js";
import { errorBody } from "./openrouter-payloads.js";
import { parseSimulatorRequest } from "./parse-simulator-request.js";
import { countPromptTokens, planAnswer, type SimulatorRequest } from "./plan-answer.js";
import type { OutcomeTable } from "./outcome-table.js";
import type { RecordedCall } from "./recorded-call.js";
import { sendJson } from "./send-json.js";
import { isSimulatorFault, SIMULATOR_FAULTS, type SimulatorFault } from "./simulator-fault.js";
import { writeJsonAnswer, writeStreamAnswer } from "./write-answer.js";

/** Simulator options with defaults applied. */
export interface ResolvedSimulatorOptions {
  latencyMs: number;
  chunkDelayMs: number;
  chunkCount: number;
  slowMs: number;
  processingIntervalMs: number;
  recordCalls: boolean;
  acceptUnknownModels: boolean;
  apiKey: string | undefined;
  providerName: string | undefined;
  reportCost: boolean;
}

/** The mutable state one simulator shares across requests. */
export interface ChatHandlerState {
  catalog: ModelCatalog;
  calls: RecordedCall[];
  faults: Map<string, SimulatorFault>;
  /** Requests seen per model under `flapping`: odd ones fail. */
  flapCounts: Map<string, number>;
  timers: Set<NodeJS.Timeout>;
  sequence: { next: number };
  options: ResolvedSimulatorOptions;
  sleep(ms: number): Promise<void>;
  /** Outcome mode: known per-model scores per prompt. */
  outcomes?: OutcomeTable;
}

const PROVIDER_NAMES: Record<string, string> = {
  openai: "OpenAI",
  anthropic: "Anthropic",
  google: "Google",
  "meta-llama": "DeepInfra",
  mistralai: "Mistral",
  deepseek: "DeepSeek",
  qwen: "Alibaba",
  "x-ai": "xAI",
  "z-ai": "Z.AI",
};

/** Answers one chat completion request whose body text has been read. */
export async function handleChatCompletion(
  request: IncomingMessage,
  response: ServerResponse,
  text: string,
  call: RecordedCall,
  state: ChatHandlerState,
): Promise<void> {
  const rejection = rejectionOf(request, text, state);
  if ("status" in rejection) return sendError(response, call, rejection);
  const { chat, model } = rejection;
  call.model = chat.model;
  const provider = state.options.providerName ?? providerNameOf(model.author);
  const promptTokens = countPromptTokens(chat.messages);
  let fault = selectFault(request, chat.model, state);
  call.fault = fault;
  if (fault === "flapping") {
    const count = (state.flapCounts.get(chat.model) ?? 0) + 1;
    state.flapCounts.set(chat.model, count);
    if (count % 2 === 0) fault = null;
  }
  const latencyMs = latencyOf(request, state.options.latencyMs);
  if (latencyMs > 0) await state.sleep(latencyMs);
  if (response.destroyed) return;
  if (fault === "connection_reset") return void request.socket.destroy();
  if (fault === "no_response") return;
  const errorContext = {
    model: chat.model,
    provider,
    contextLength: model.contextLength,
    promptTokens,
    maxTokens: chat.maxTokens ?? 0,
    flaggedInput: lastText(chat),
  };
  const tooLong = model.contextLength > 0 && promptTokens + (chat.maxTokens ?? 0) > model.contextLength;
  if (fault === null && tooLong) call.fault = "context_length_exceeded";
  const error = fault === null ? (tooLong ? contextLengthResponse(errorContext) : null) : faultErrorResponse(fault, errorContext);
  if (error) return sendError(response, call, error);
  const sequence = (state.sequence.next += 1);
  const created = Math.floor(Date.now() / 1000);
  const context = { id: `gen-${created}-sim${sequence}`, model: chat.model, provider, created, logprobs: chat.logprobs };
  const planned = planAnswer(chat, model, fault, `call_sim_${sequence}`, state.outcomes);
  const answer = state.options.reportCost ? planned : { ...planned, costInUsd: undefined };
  call.status = 200;
  const write = chat.stream ? writeStreamAnswer : writeJsonAnswer;
  await write(response, context, answer, fault, { ...state.options, sleep: state.sleep });
}

/** The request and its model, or the error OpenRouter would send instead. */
function rejectionOf(
  request: IncomingMessage,
  text: string,
  state: ChatHandlerState,
): ErrorResponse | { chat: SimulatorRequest; model: ModelEntry } {
  const { apiKey } = state.options;
  if (apiKey !== undefined && request.headers.authorization !== `Bearer ${apiKey}`) {
    return { status: 401, headers: {}, body: errorBody(401, "No auth credentials found", { error_type: "authentication" }) };
  }
  const header = request.headers["x-sim-fault"];
  if (header !== undefined && !isSimulatorFault(header)) {
    return invalidRequestResponse(`Unknown x-sim-fault "${String(header)}". Valid faults: ${SIMULATOR_FAULTS.join(", ")}.${didYouMean(String(header), SIMULATOR_FAULTS)}`);
  }
  const parsed = parseSimulatorRequest(text);
  if (!parsed.ok) return invalidRequestResponse(parsed.message);
  const model = state.catalog.get(parsed.request.model) ?? (state.options.acceptUnknownModels ? syntheticModel(parsed.request.model) : undefined);
  if (!model) return invalidRequestResponse(`${parsed.request.model} is not a valid model ID`);
  if (parsed.request.reasoningOff === true && reasoningIsMandatory(model.id)) return invalidRequestResponse(REASONING_MANDATORY_MESSAGE);
  return { chat: parsed.request, model };
}

function selectFault(request: IncomingMessage, model: string, state: ChatHandlerState): SimulatorFault | null {
  const header = request.headers["x-sim-fault"];
  const colon = model.lastIndexOf(":");
  const fault =
    (isSimulatorFault(header) ? header : undefined) ??
    state.faults.get(model) ??
    (colon > 0 ? state.faults.get(model.slice(0, colon)) : undefined) ??
    null;
  return fault === "none" ? null : fault;
}

function latencyOf(request: IncomingMessage, fallback: number): number {
  const header = request.headers["x-sim-latency-ms"];
  const value = typeof header === "string" ? Number(header) : Number.NaN;
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

function sendError(response: ServerResponse, call: RecordedCall, error: ErrorResponse): void {
  call.status = error.status;
  sendJson(response, error.status, error.body, error.headers);
}

function providerNameOf(author: string): string {
  return PROVIDER_NAMES[author] ?? author.charAt(0).toUpperCase() + author.slice(1);
}

function lastText(chat: SimulatorRequest): string {
  const content = chat.messages[chat.messages.length - 1]?.content;
  return typeof content === "string" ? content : "";
}

function syntheticModel(id: string): ModelEntry {
  return {
    id,
    name: id,
    author: id.split("/")[0] ?? id,
    contextLength: 131_072,
    maxCompletionTokens: null,
    pricing: {
      usdPerMillionInputTokens: 0,
      usdPerMillionOutputTokens: 0,
      usdPerRequest: 0,
      usdPerImage: 0,
      usdPerMillionCacheReadTokens: 0,
      usdPerMillionCacheWriteTokens: 0,
      usdPerMillionReasoningTokens: 0,
    },
    capabilities: ["tools", "json", "structured_outputs"],
    inputModalities: ["text"],
    supportedParameters: [],
    expirationDate: null,
    isFree: true,
    isRouter: false,
  };
}
