/** `--fault MODEL=FAULT` read from the command line: a value without its model says what goes where. */
import { describe, expect, it } from "vitest";
import { parseFaultAssignment } from "./simulator-fault.js";

describe("parseFaultAssignment", () => {
  it("reads MODEL=FAULT, the last = splitting them", () => {
    expect(parseFaultAssignment("openai/gpt-5-nano=rate_limit")).toEqual({ model: "openai/gpt-5-nano", fault: "rate_limit" });
  });

  it("asks a bare fault name for its model, and shows the shape for anything else without one", () => {
    expect(() => parseFaultAssignment("rate_limit")).toThrow(/^"rate_limit" is a fault: name the model it hits, as MODEL=rate_limit \(such as openai\/gpt-5-nano=rate_limit\)\.$/);
    expect(() => parseFaultAssignment("nope")).toThrow(/^Expected MODEL=FAULT \(such as openai\/gpt-5-nano=rate_limit\), got "nope"\.$/);
  });
});
