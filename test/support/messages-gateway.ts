/**
 * The Messages door's e2e setup in one place: the official `@anthropic-ai/sdk`, changed only in its base URL, against a
 * gateway in front of the OpenRouter simulator (test/e2e/gateway-harness.ts).
 * @module
 */
import Anthropic, { type ClientOptions } from "@anthropic-ai/sdk";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startGateway, type Gateway, type GatewayOptions } from "../e2e/gateway-harness.js";

/** An Anthropic SDK client on `url` that does not retry (a test sees each answer as the gateway gave it). */
export function anthropicClient(url: string, options: ClientOptions = {}): Anthropic {
  return new Anthropic({ baseURL: url, apiKey: "sk-sy-anything", maxRetries: 0, ...options });
}

/** A running gateway and an Anthropic client on it: filled before the file's (or describe's) tests run. */
export interface MessagesGateway {
  gateway: Gateway;
  client: Anthropic;
}

/**
 * Starts a gateway (with `options`) and a client before the tests of the calling scope, closes it after them, and
 * before each test clears what one test leaves for the next: the simulator's calls and faults, the decision records
 * and the Retry-After holds (a rate_limit case holds a model for its Retry-After second).
 */
export function useMessagesGateway(options: GatewayOptions = {}): MessagesGateway {
  const door = {} as MessagesGateway;
  beforeAll(async () => {
    door.gateway = await startGateway(options);
    door.client = anthropicClient(door.gateway.url);
  });
  afterAll(async () => door.gateway.close());
  beforeEach(() => {
    door.gateway.simulator.reset();
    door.gateway.records.length = 0;
    door.gateway.holds.clear();
  });
  return door;
}
