/**
 * Responses `tool_choice: {type: "allowed_tools"}` through the official `openai` SDK: the routed model is offered only
 * the allowed functions, in the asked mode, and the response echoes the choice as sent. It was a 400 (ADR 0090).
 */
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { useMessagesGateway } from "../support/messages-gateway.js";

const tools: OpenAI.Responses.FunctionTool[] = ["lookup", "write", "delete"].map((name) => ({ type: "function", name, parameters: { type: "object", properties: {} }, strict: false }));

describe("/v1/responses: tool_choice allowed_tools", () => {
  const door = useMessagesGateway();

  it("offers only the allowed functions, forces a call in required mode, and echoes the choice", async () => {
    const client = new OpenAI({ baseURL: `${door.gateway.url}/v1`, apiKey: "sk-sy-anything", maxRetries: 0 });
    const tool_choice = { type: "allowed_tools" as const, mode: "required" as const, tools: [{ type: "function", name: "delete" }] };
    const response = await client.responses.create({ model: "switchyard/tier/e2e", input: "Tidy up.", tools, tool_choice });
    const sent = door.gateway.simulator.calls.at(-1)?.body as { tools: { function: { name: string } }[]; tool_choice: unknown };
    expect(sent.tools.map((tool) => tool.function.name)).toEqual(["delete"]);
    expect(sent.tool_choice).toBe("required");
    const call = response.output.find((item) => item.type === "function_call");
    expect(call?.type === "function_call" ? call.name : undefined).toBe("delete");
    expect(response.tool_choice).toEqual(tool_choice);
  });
});
