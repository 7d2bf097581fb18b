import { describe, expect, it } from "vitest";
import { callStatus } from "./call-status.js";
import { outputItems, partsOfChatBody } from "./chat-to-response.js";

describe("a function call's status in an answer cut short", () => {
  it("is incomplete when the arguments stop before their object closes", () => {
    expect(callStatus('{"city": "Par', "incomplete")).toBe("incomplete");
    expect(callStatus('{"a": {"b": [1, 2]}', "incomplete")).toBe("incomplete");
    // A brace inside a string closes nothing.
    expect(callStatus('{"a": "x}', "incomplete")).toBe("incomplete");
    expect(callStatus('{"a": "x\\"}', "incomplete")).toBe("incomplete");
  });

  it("is complete when the arguments are one whole object, however deep (a tree a tool takes is no cut)", () => {
    expect(callStatus('{"city": "Paris"}', "incomplete")).toBe("completed");
    expect(callStatus(' {"a": "}\\\\"} \n', "incomplete")).toBe("completed");
    const deep = `{"tree": ${"[".repeat(100)}1${"]".repeat(100)}}`;
    expect(callStatus(deep, "incomplete")).toBe("completed");
  });

  it("is incomplete when the arguments are no object: a number or a word cut short still parses", () => {
    // `12` may be what is left of `123`: arguments are an object, so anything else was not finished.
    expect(callStatus("12", "incomplete")).toBe("incomplete");
    expect(callStatus("tru", "incomplete")).toBe("incomplete");
    expect(callStatus("[1, 2]", "incomplete")).toBe("incomplete");
  });

  it("is incomplete when the cut came before any argument (the name alone was sent)", () => {
    expect(callStatus("", "incomplete")).toBe("incomplete");
    expect(callStatus("  ", "incomplete")).toBe("incomplete");
  });

  it("is complete whatever the arguments in an answer that was not cut", () => {
    for (const args of ["", "12", '{"a": 1', "not json"]) expect(callStatus(args, "completed")).toBe("completed");
  });

  it("not streamed: a cut call with no arguments stays incomplete and is not given `{}`, which an agent would run", () => {
    const call = { id: "call_1", type: "function", function: { name: "get_weather", arguments: "" } };
    const body = (finish: string) => ({ choices: [{ message: { role: "assistant", content: null, tool_calls: [call] }, finish_reason: finish }] });
    expect(outputItems("d1", partsOfChatBody(body("length"), "d1"))).toMatchObject([{ type: "function_call", arguments: "", status: "incomplete" }]);
    // An answer that ended by itself keeps the `{}` a call without arguments means.
    expect(outputItems("d1", partsOfChatBody(body("tool_calls"), "d1"))).toMatchObject([{ type: "function_call", arguments: "{}", status: "completed" }]);
  });
});
