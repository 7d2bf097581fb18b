import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPromptRedactor, REDACTED, redactEmails } from "./redact-prompt.js";

/** The e-mail pattern as a plain regex: what {@link redactEmails} must agree with, match for match. */
const EMAIL_REGEX = /[A-Z0-9._%+-]{1,64}@[A-Z0-9.-]{1,253}\.[A-Z]{2,63}/gi;

describe("prompt redaction", () => {
  it("finds exactly the e-mail addresses the pattern finds, on text built to be hard for it", () => {
    const piece = fc.constantFrom("a", "Z", "9", "-", ".", "_", "+", "%", "@", " ", ":", "com", "co.uk", "x".repeat(70), "é");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        expect(redactEmails(text)).toBe(text.replace(EMAIL_REGEX, REDACTED));
      }),
      { numRuns: 3_000 },
    );
    expect(redactEmails("write to ana.lopez+x@mail.example.org today")).toBe(`write to ${REDACTED} today`);
  });

  it("agrees on long text full of address characters, where the regex reads 64 characters ahead at every position", () => {
    const text = `x@${"a-".repeat(120)}`.repeat(400);
    expect(redactEmails(text)).toBe(text.replace(EMAIL_REGEX, REDACTED));
  });

  it("refuses patterns that can take exponential time or match nothing at all, naming them", () => {
    expect(() => createPromptRedactor(["(a+)+$"])).toThrow(/log\.redact\[0\]: "\(a\+\)\+\$" can take exponential time/);
    expect(() => createPromptRedactor(["ok-[0-9]+", ""])).toThrow(/log\.redact\[1\]: "" matches the empty string/);
    expect(() => createPromptRedactor(["(unclosed"])).toThrow(/log\.redact\[0\]: "\(unclosed" is not a valid regular expression/);
    expect(createPromptRedactor(["project-[a-z]+"])("project-zebra mailed bob@x.io")).toBe(`${REDACTED} mailed ${REDACTED}`);
  });
});
