import { describe, expect, it } from "vitest";
import { bodyDecoder, charsetOf } from "./body-charset.js";
import { bodyText } from "./body-text.js";

function read(contentType: string, bytes: Buffer): string {
  return bodyText(bytes, bodyDecoder(contentType));
}

describe("a body's charset", () => {
  it("reads UTF-8 bytes as UTF-8 under a single-byte label (RFC 8259 §11: the label has no effect), not as mojibake", () => {
    const utf8 = Buffer.from('{"text":"café — “quoted” €5"}');
    for (const label of ["ISO-8859-1", "latin1", "windows-1252", "iso-8859-2", "windows-1251"]) {
      expect(read(`application/json; charset=${label}`, utf8), label).toBe('{"text":"café — “quoted” €5"}');
    }
    // A UTF-8 byte order mark under a Latin-1 label is dropped, not read as "ï»¿".
    expect(read("application/json; charset=latin1", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("{}")]))).toBe("{}");
  });

  it("still decodes bytes that are not UTF-8 as labelled", () => {
    expect(read("application/json; charset=latin1", Buffer.from('{"text":"café"}', "latin1"))).toBe('{"text":"café"}');
    const euro = Buffer.from('{"text":"X5"}', "latin1");
    euro[euro.indexOf("X")] = 0x80;
    expect(read("application/json; charset=windows-1252", euro)).toBe('{"text":"€5"}');
  });

  it("refuses two charset parameters that disagree, whichever one a proxy would read", () => {
    expect(() => bodyDecoder("application/json; charset=utf-8; charset=utf-16")).toThrow(/charset/);
    expect(() => bodyDecoder("application/json; charset=latin1; charset=utf-8")).toThrow(/charset/);
    expect(bodyDecoder('application/json; charset=utf-8; CHARSET="UTF-8"')).toBeUndefined();
  });

  it("reads the parameter whatever its case, spacing and quotes", () => {
    expect(charsetOf('application/json ; Charset = "UTF-8" ')).toBe("UTF-8");
    expect(charsetOf("application/json")).toBeUndefined();
    expect(charsetOf("application/json; foo=bar")).toBeUndefined();
  });
});
