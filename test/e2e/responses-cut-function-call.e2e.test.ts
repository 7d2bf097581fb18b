/**
 * A function call cut by the output cap: the upstream stops mid-arguments with `finish_reason: "length"`. The
 * Responses door answered `status: "incomplete"` with `incomplete_details.reason: "max_output_tokens"` and yet marked
 * the cut call `completed`, so an agent loop reading the `openai` SDK's output ran the tool on half its arguments.
 * The cut call now says `incomplete`, as OpenAI marks it; a call whose arguments are whole stays `completed`.
 */
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { useGatewayAnswering } from "./gateway-fixture.js";

const MODEL = "switchyard/tier/e2e";
const CUT_ARGUMENTS = '{"city": "Par';
const WHOLE_ARGUMENTS = '{"city": "Paris"}';
const TOOL = { type: "function" as const, name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } }, strict: false };

/** A tool call whose arguments are `args` (cut when the prompt says CUT), ended by the output cap. */
function answer(text: string, stream: boolean): string {
  const { model } = JSON.parse(text) as { model: string };
  const args = text.includes("CUT") ? CUT_ARGUMENTS : WHOLE_ARGUMENTS;
  const call = { index: 0, id: "call_w1", type: "function", function: { name: "get_weather", arguments: args } };
  const usage = { prompt_tokens: 12, completion_tokens: 8, total_tokens: 20 };
  // With TEXT, the model says something before it calls.
  const said = text.includes("TEXT") ? "Checking the weather." : null;
  if (!stream) {
    const message = { role: "assistant", content: said, tool_calls: [call] };
    return JSON.stringify({ id: "gen-cut", object: "chat.completion", created: 1, model, choices: [{ index: 0, message, finish_reason: "length" }], usage });
  }
  const chunk = (delta: Record<string, unknown>, finish: string | null, extra: Record<string, unknown> = {}): string =>
    `data: ${JSON.stringify({ id: "gen-cut", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
  const saying = said === null ? "" : chunk({ role: "assistant", content: said }, null);
  return saying + chunk({ role: "assistant", tool_calls: [call] }, null) + chunk({}, "length", { usage }) + "data: [DONE]\n\n";
}

const the = useGatewayAnswering(answer);

async function respond(input: string, streamed: boolean): Promise<OpenAI.Responses.Response> {
  const body = { model: MODEL, input, tools: [TOOL], max_output_tokens: 16 };
  return streamed ? the.gateway.client.responses.stream(body).finalResponse() : the.gateway.client.responses.create(body);
}

describe("a function call cut by max_output_tokens", () => {
  for (const streamed of [false, true]) {
    const how = streamed ? "streamed" : "not streamed";
    it(`is incomplete in an incomplete response (${how})`, async () => {
      const response = await respond("Weather? CUT", streamed);
      expect(response.status).toBe("incomplete");
      expect(response.incomplete_details?.reason).toBe("max_output_tokens");
      const call = response.output.find((item) => item.type === "function_call");
      expect(call).toMatchObject({ type: "function_call", call_id: "call_w1", arguments: CUT_ARGUMENTS, status: "incomplete" });
      // What the client can read back says the same.
      const stored = await the.gateway.client.responses.retrieve(response.id);
      expect(stored.output.find((item) => item.type === "function_call")).toMatchObject({ status: "incomplete" });
    });

    it(`whose arguments are whole stays completed (${how})`, async () => {
      const response = await respond("Weather? WHOLE", streamed);
      expect(response.status).toBe("incomplete");
      expect(response.output.find((item) => item.type === "function_call")).toMatchObject({ arguments: WHOLE_ARGUMENTS, status: "completed" });
    });
  }

  it("the message said before a cut call is completed, streamed and not (it ended before the call began)", async () => {
    for (const streamed of [false, true]) {
      const response = await respond("Weather? CUT TEXT", streamed);
      expect(response.status).toBe("incomplete");
      expect(response.output.map((item) => [item.type, "status" in item ? item.status : undefined]), streamed ? "streamed" : "not streamed").toEqual([["message", "completed"], ["function_call", "incomplete"]]);
    }
  });

  it("streamed: the call's output_item.done event says incomplete too", async () => {
    const stream = await the.gateway.client.responses.create({ model: MODEL, input: "Weather? CUT", tools: [TOOL], max_output_tokens: 16, stream: true });
    const done: OpenAI.Responses.ResponseOutputItem[] = [];
    for await (const event of stream) if (event.type === "response.output_item.done") done.push(event.item);
    expect(done).toMatchObject([{ type: "function_call", status: "incomplete" }]);
  });
});
