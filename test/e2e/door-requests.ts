/**
 * Posting to the doors in the e2e tests of their edges: a body per door, and a 400 expected in the door's own
 * envelope with no upstream call.
 * @module
 */
import { expect } from "vitest";
import type { Gateway } from "./gateway-harness.js";

/** An answer's status and JSON body. */
export interface DoorAnswer {
  status: number;
  json: { type?: string; error?: { message: string; type: string; param?: string | null; code?: string | null } };
}

/** Posts a JSON body to the gateway. */
export async function post(gatewayUrl: string, path: string, body: object, headers: Record<string, string> = {}): Promise<DoorAnswer> {
  const response = await fetch(`${gatewayUrl}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as DoorAnswer["json"] };
}

export const MODEL = "switchyard/tier/e2e";
export const chat = (extra: object): object => ({ model: MODEL, messages: [{ role: "user", content: "hi" }], ...extra });
export const messages = (extra: object): object => ({ model: MODEL, max_tokens: 100, messages: [{ role: "user", content: "hi" }], ...extra });
export const responses = (extra: object): object => ({ model: MODEL, input: "hi", ...extra });

/** Posts and expects a 400 in the door's envelope, with no upstream call; returns the error. */
export async function refused(gateway: Gateway, path: string, body: object): Promise<{ message: string; param?: string | null; code?: string | null }> {
  const before = gateway.simulator.calls.length;
  const { status, json } = await post(gateway.url, path, body);
  expect(status, JSON.stringify(json)).toBe(400);
  expect(gateway.simulator.calls.length, "no upstream call").toBe(before);
  if (path === "/v1/messages") {
    expect(json).toMatchObject({ type: "error", error: { type: "invalid_request_error" } });
    expect(json.error?.param).toBeUndefined();
  } else {
    expect(json.error).toMatchObject({ type: "invalid_request_error" });
  }
  return json.error ?? { message: "" };
}
