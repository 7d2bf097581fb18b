import { describe, expect, it } from "vitest";
import { attachmentUrlProblem } from "./attachment-url.js";

describe("attachmentUrlProblem", () => {
  it("takes http(s) URLs in any case, with ports, IPv6 hosts, queries and non-ASCII paths, and data: URLs", () => {
    for (const url of ["https://example.com/a.png", "HTTPS://EXAMPLE.COM/A.PNG", "http://[::1]:8080/x?y=1#z", "https://例え.jp/画像.png", "data:image/png;base64,AAAA", "DATA:text/plain,hello"]) {
      expect(attachmentUrlProblem(url), url).toBeUndefined();
    }
  });

  it("names what is wrong with any other", () => {
    expect(attachmentUrlProblem("file:///etc/passwd")).toMatch(/^is a file: URL/);
    expect(attachmentUrlProblem("gopher://x")).toMatch(/^is a gopher: URL/);
    expect(attachmentUrlProblem("https://a.example/\tb")).toMatch(/offset 18/);
    expect(attachmentUrlProblem(" https://a.example/")).toMatch(/offset 0/);
    expect(attachmentUrlProblem("https://a.example/\u007f")).toMatch(/control character/);
    expect(attachmentUrlProblem("")).toMatch(/^is not a URL/);
    expect(attachmentUrlProblem("a.png")).toMatch(/^is not a URL/);
    expect(attachmentUrlProblem("data:image/png;base64,@@")).toMatch(/base64/);
  });

  it("reads a long hostile URL in one linear pass", () => {
    const started = performance.now();
    expect(attachmentUrlProblem(`https://a.example/${"%".repeat(5_000_000)} `)).toMatch(/offset/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
