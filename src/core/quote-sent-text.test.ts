import { describe, expect, it } from "vitest";
import { quoteSentText } from "./quote-sent-text.js";

describe("quoteSentText", () => {
  it("quotes text as JSON does, and escapes what JSON leaves raw that a terminal acts on", () => {
    expect(quoteSentText('say "hi"\n', 80)).toBe(JSON.stringify('say "hi"\n'));
    expect(quoteSentText("a\u202eb\u009bc\u2028d\u007f", 80)).toBe('"a\\u202eb\\u009bc\\u2028d\\u007f"');
  });

  it("cuts at the limit of the quote itself, never inside an escape, whatever the text's length", () => {
    expect(quoteSentText("\u0000".repeat(100), 20)).toBe(`"${"\\u0000".repeat(3)}…"`);
    expect(quoteSentText("x".repeat(1_000_000), 10)).toBe(`"${"x".repeat(10)}…"`);
    expect(quoteSentText("😀", 2)).toBe('"😀"');
  });
});
