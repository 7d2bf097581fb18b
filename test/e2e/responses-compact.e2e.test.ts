/**
 * `POST /v1/responses/compact` (the `openai` SDK's `responses.compact`): the gateway does not compact (ADR 0069). It
 * answered 405 "POST is not allowed … Allowed: GET, DELETE", as if `compact` were a response id and the client had
 * used the wrong method. It answers a 404 that says the endpoint is not served, why, and what to do instead, in the
 * OpenAI envelope, which the SDK reads as a NotFoundError and does not retry.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startGateway, type Gateway } from "./gateway-harness.js";

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway();
});
afterAll(async () => gateway.close());

it("responses.compact gets a 404 unsupported_endpoint naming what to do instead", async () => {
  const client = new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: "unused", maxRetries: 2 });
  const error = await client.responses.compact({ model: "switchyard/auto", input: "Summarize our conversation so far." }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(OpenAI.NotFoundError);
  const apiError = error as InstanceType<typeof OpenAI.NotFoundError>;
  expect(apiError.code).toBe("unsupported_endpoint");
  expect(apiError.message).toContain("POST /v1/responses/compact");
  expect(apiError.message).toContain("previous_response_id");
  expect(apiError.headers.get("allow")).toBeNull();
  expect(gateway.simulator.calls).toHaveLength(0);
});
