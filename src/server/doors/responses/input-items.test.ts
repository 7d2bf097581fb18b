import { describe, expect, it } from "vitest";
import { responsesRequestSchema } from "./responses-request.js";
import { inputItemsOf } from "./input-items.js";

const request = (input: unknown) => responsesRequestSchema.parse({ model: "m", input });

describe("the input items a stored response lists", () => {
  it("a string input is one user message with OpenAI's content list and an id", () => {
    expect(inputItemsOf(request("Hi"), "dec_1")).toEqual([{ id: "msg_dec_1_in0", type: "message", role: "user", status: "completed", content: [{ type: "input_text", text: "Hi" }] }]);
  });

  it("keeps an item's own id, gives the others one by type, and writes an assistant turn's text as output_text", () => {
    const items = inputItemsOf(
      request([
        { role: "assistant", content: "Earlier answer." },
        { type: "function_call", id: "fc_from_openai", call_id: "call_1", name: "get_weather", arguments: "{}" },
        { type: "function_call_output", call_id: "call_1", output: "18°C" },
        { type: "local_shell_call_output", call_id: "call_2", output: "ok" },
      ]),
      "dec_2",
    );
    expect(items.map((item) => item.id)).toEqual(["msg_dec_2_in0", "fc_from_openai", "fco_dec_2_in2", "call_2"]);
    expect(items[0]).toMatchObject({ role: "assistant", content: [{ type: "output_text", text: "Earlier answer.", annotations: [] }] });
    expect(items[2]).toMatchObject({ type: "function_call_output", call_id: "call_1", output: "18°C" });
  });

  it("an id already listed (earlier in the conversation or in this input) is not given to a second item", () => {
    const items = inputItemsOf(request([{ id: "msg_a", role: "user", content: "Again." }, { id: "msg_b", role: "user", content: "B." }, { id: "msg_b", role: "user", content: "B again." }]), "dec_3", [{ id: "msg_a", type: "message" }]);
    expect(items.map((item) => item.id)).toEqual(["msg_dec_3_in0", "msg_b", "msg_dec_3_in2"]);
  });
});
