/**
 * One gateway per test file, started before its tests and closed after them: the setup the door, resumed-stream and
 * hand-answered tests each wrote out (`let gateway`, `beforeAll`, `afterAll`, the simulator's reset before each test), and the
 * helpers their hand-written upstreams shared (a streamed chunk, a request's JSON body).
 * @module
 */
import type { IncomingMessage, RequestListener } from "node:http";
import type Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { anthropicClient } from "../support/messages-gateway.js";
import { startGatewayAnswering, startGatewayBehind } from "./gateway-behind.js";
import { startGateway, type Gateway, type GatewayOptions } from "./gateway-harness.js";

/** The file's gateway, and an Anthropic SDK client pointed at it; read inside tests (they exist once `beforeAll` ran). */
export interface GatewayFixture {
  readonly gateway: Gateway;
  readonly anthropic: Anthropic;
}

function fixture(start: () => Promise<Gateway>, resetEach: boolean): GatewayFixture {
  let gateway: Gateway | undefined;
  let anthropic: Anthropic | undefined;
  beforeAll(async () => {
    gateway = await start();
  });
  afterAll(async () => gateway?.close());
  if (resetEach) {
    beforeEach(() => {
      gateway?.simulator.reset();
      gateway?.holds.clear();
    });
  }
  const started = (): Gateway => {
    if (!gateway) throw new Error("the gateway starts in beforeAll: read fixture.gateway inside a test or hook");
    return gateway;
  };
  return {
    get gateway() {
      return started();
    },
    get anthropic() {
      anthropic ??= anthropicClient(started().url);
      return anthropic;
    },
  };
}

/**
 * A gateway in front of the simulator for this file's tests. `resetEach`: each test starts with no fault set and no
 * Retry-After hold left by the one before.
 */
export function useGateway(options: GatewayOptions = {}, { resetEach = false } = {}): GatewayFixture {
  return fixture(() => startGateway(options), resetEach);
}

/** A gateway in front of a hand-written upstream (`answer`) for this file's tests. */
export function useGatewayBehind(answer: RequestListener, config?: GatewayOptions["config"], app?: GatewayOptions["app"]): GatewayFixture {
  return fixture(() => startGatewayBehind(answer, config, app), false);
}

/**
 * A gateway in front of an upstream that answers 200 with what `answer` makes of each request's body (`startGatewayAnswering`)
 * for this file's tests. `the.gateway.client` is an OpenAI SDK client pointed at it, `the.anthropic` an Anthropic one.
 */
export function useGatewayAnswering(answer: (text: string, stream: boolean) => string, config?: GatewayOptions["config"], app?: GatewayOptions["app"]): GatewayFixture {
  return fixture(() => startGatewayAnswering(answer, config, app), false);
}

/** One Chat Completions stream chunk as an upstream sends it (`data: {...}` and the blank line). */
export function streamChunk(id: string, model: string, delta: Record<string, unknown>, finish: string | null = null, extra: Record<string, unknown> = {}): string {
  return `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
}

/** Reads an upstream request's whole body, then hands `then` its JSON. */
export function onJsonBody<T>(request: IncomingMessage, then: (body: T) => void): void {
  let text = "";
  request.on("data", (piece: Buffer) => (text += piece.toString("utf8")));
  request.on("end", () => then(JSON.parse(text) as T));
}
