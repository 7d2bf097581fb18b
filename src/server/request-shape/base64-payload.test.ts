import { describe, expect, it } from "vitest";
import { base64Problem, dataUrlProblem } from "./base64-payload.js";

describe("base64Problem", () => {
  it("takes base64 padded, unpadded and with line breaks", () => {
    for (const data of ["QUJD", "QUI=", "QQ==", "QUI", "QQ", "QUJD\r\nRA==", Buffer.from("any bytes \u00ff").toString("base64")]) expect(base64Problem(data), data).toBeUndefined();
  });

  it("names what is wrong: a symbol outside the alphabet, data after padding, an impossible length, nothing at all", () => {
    expect(base64Problem("@@@!!")).toMatch(/"@" at offset 0 is outside the base64 alphabet/);
    expect(base64Problem("QQ==QUJD")).toMatch(/follows the = padding/);
    expect(base64Problem("QUJDR")).toMatch(/length/);
    expect(base64Problem("QUJ==")).toMatch(/padding/);
    expect(base64Problem("QUJD ")).toMatch(/" " at offset 4/);
    expect(base64Problem("")).toMatch(/empty/);
  });

  it("is linear on hostile input (10 MB in well under a second)", () => {
    const started = performance.now();
    expect(base64Problem("A".repeat(10_000_000) + "!")).toMatch(/outside/);
    expect(base64Problem("=".repeat(10_000_000))).toMatch(/empty/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("dataUrlProblem", () => {
  it("checks only base64 data: URLs", () => {
    expect(dataUrlProblem("https://example.com/a.png")).toBeUndefined();
    expect(dataUrlProblem("data:text/plain,hello%20world")).toBeUndefined();
    expect(dataUrlProblem("data:image/png;base64,iVBORw0KGgo=")).toBeUndefined();
    expect(dataUrlProblem("DATA:image/png;BASE64,@@@")).toMatch(/outside the base64 alphabet/);
    expect(dataUrlProblem("data:image/png;base64")).toMatch(/without a comma/);
  });
});
