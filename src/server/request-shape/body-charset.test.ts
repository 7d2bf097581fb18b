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

  it("treats an empty charset parameter as absent (UTF-8), not as a charset named \"\"", () => {
    for (const type of ["application/json; charset=", 'application/json; charset=""', "application/json; charset= ; x=y"]) {
      expect(charsetOf(type), type).toBeUndefined();
      expect(bodyDecoder(type), type).toBeUndefined();
    }
    expect(() => bodyDecoder("application/json; charset=; charset=utf-16")).toThrow(/charset/);
  });

  it("refuses an empty charset beside a single-byte one: the empty one reads as UTF-8, so the two disagree", () => {
    // A proxy reading the empty parameter (first or last) sees UTF-8 where the gateway would read Windows-1252, as
    // `charset=latin1; charset=utf-8` is refused for above.
    for (const type of ["application/json; charset=latin1; charset=", 'application/json; charset=""; charset=windows-1252']) {
      expect(() => bodyDecoder(type), type).toThrow(/charset/);
    }
    expect(bodyDecoder("application/json; charset=; charset=UTF-8")).toBeUndefined();
  });
});

describe("decoding a big Windows-1252 body", () => {
  it("costs about one pass over its bytes, even when every other byte is in 0x80-0x9F", () => {
    const bytes = Buffer.alloc(2_000_000);
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = index % 2 === 0 ? 0x80 + (index % 32) : 0x61;
    const cp1252 = bodyDecoder("application/json; charset=windows-1252");
    if (!cp1252) throw new Error("a single-byte decoder");
    // The baseline, in the same run: one pass copying each byte to a 16-bit unit, the least a decoder does.
    const onePass = (raw: Buffer): number => {
      const units = new Uint16Array(raw.length);
      for (let index = 0; index < raw.length; index += 1) units[index] = raw[index] ?? 0;
      return units.length;
    };
    const time = (work: (raw: Buffer) => unknown): number => {
      let best = Infinity;
      for (let round = 0; round < 8; round += 1) {
        const started = performance.now();
        work(bytes);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    for (let warm = 0; warm < 2; warm += 1) {
      time(cp1252);
      time(onePass);
    }
    expect(cp1252(bytes).slice(0, 4)).toBe("€a\u201aa");
    // Generous: the table takes 3 to 25 passes (a string is made too); a regular expression with a callback per such
    // byte took over 600.
    expect(time(cp1252)).toBeLessThan(60 * time(onePass));
  });
});
