import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../../core/errors/index.js";
import type { DoorRequest } from "../door.js";
import { createResponsesDoor } from "./responses-door.js";

const door = createResponsesDoor({ store: { get: async () => undefined, set: async () => {}, delete: async () => false }, ttlMs: 1000, generateId: () => "id" });
const read = async (input: unknown[]): Promise<DoorRequest> => door.read({ model: "switchyard/auto", input }, { headers: {}, keyId: null });
const CALL = { type: "function_call", call_id: "call_1", name: "get_weather", arguments: "{}" };
const OUTPUT = { type: "function_call_output", call_id: "call_1", output: "18°C" };

async function refusal(input: unknown[]): Promise<InvalidRequestError> {
  const error: unknown = await read(input).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(InvalidRequestError);
  return error as InvalidRequestError;
}

describe("the Responses door's input item keys", () => {
  it("refuses a key the item's type does not have, as OpenAI does, naming it (it was dropped without a word)", async () => {
    const named = await refusal([{ role: "user", content: "hi", name: "alice" }]);
    expect(named.param).toBe("input[0].name");
    expect(named.code).toBe("unknown_parameter");
    expect(named.message).toMatch(/^Unknown parameter: 'input\[0\]\.name' \(a Responses message has no `name`.*\)\. A message item holds `type`, `role`, `content`, `id`, `status`, `phase` only/);
    const chatStyle = await refusal([{ role: "user", content: "hi" }, CALL, { ...OUTPUT, tool_call_id: "call_1" }]);
    expect(chatStyle.param).toBe("input[2].tool_call_id");
    expect(chatStyle.message).toContain("names its call by `call_id`");
    expect((await refusal([{ role: "user", content: "hi" }, { ...CALL, argument: "{}" }])).message).toContain("(did you mean `arguments`)");
    expect((await refusal([{ role: "user", content: "hi" }, { type: "reasoning", summary: [], text: "x" }])).param).toBe("input[1].text");
  });

  it("passes the keys of an item a response returned (id, status, phase, namespace) and leaves tool-history items and parts as they were", async () => {
    const { chat } = await read([
      { role: "user", content: "hi" },
      { type: "reasoning", id: "rs_1", summary: [{ type: "summary_text", text: "thought" }], content: [], encrypted_content: null, status: "completed" },
      { type: "message", id: "msg_1", role: "assistant", status: "completed", phase: "commentary", content: [{ type: "output_text", text: "Checking.", annotations: [], logprobs: [] }] },
      { ...CALL, id: "fc_1", status: "completed", namespace: "weather" },
      { ...OUTPUT, id: "fco_1", status: "completed" },
      // Codex's own bookkeeping on the items it sends back.
      { type: "message", role: "developer", content: [{ type: "input_text", text: "env" }], internal_chat_message_metadata_passthrough: { turn_id: "t1" } },
      { type: "local_shell_call", call_id: "sh_1", id: "lsh_1", status: "completed", action: { type: "exec", command: ["ls"] }, extra: 1 },
      { type: "local_shell_call_output", call_id: "sh_1", output: "a.txt" },
    ]);
    expect(chat.messages.map((message) => message.role)).toEqual(["user", "assistant", "tool", "system", "assistant", "tool"]);
  });
});
