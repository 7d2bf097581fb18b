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

describe("decoding a big Windows-1252 body", () => {
  it("takes about what the ICU decoder of another single-byte charset takes, even when every other byte is 0x80-0x9F", () => {
    const bytes = Buffer.alloc(2_000_000);
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = index % 2 === 0 ? 0x80 + (index % 32) : 0x61;
    const cp1252 = bodyDecoder("application/json; charset=windows-1252");
    const iso = bodyDecoder("application/json; charset=iso-8859-15");
    if (!cp1252 || !iso) throw new Error("both are single-byte decoders");
    const time = (decode: (raw: Buffer) => string): number => {
      let best = Infinity;
      for (let round = 0; round < 8; round += 1) {
        const started = performance.now();
        decode(bytes);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(cp1252);
    time(iso);
    expect(cp1252(bytes).slice(0, 4)).toBe("€a\u201aa");
    // Generous: a regular expression with a callback per byte took 50 to 400 times the ICU decoder here; a table, less.
    expect(time(cp1252)).toBeLessThan(10 * time(iso));
  });
});
