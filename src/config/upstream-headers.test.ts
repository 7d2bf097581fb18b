/**
 * `upstream.x_title` and `upstream.http_referer` are sent as headers on every upstream call, and `upstream.base_url`
 * is where every call goes. A value the HTTP client refuses passed `config check` and `serve`, then failed every
 * request (502, each model's circuit charged with a "connection" failure); a base URL that is no http(s) URL passed
 * `config check` and stopped `serve` without naming the config key. (And `storage.sqlite: ""`, found beside them.)
 */
import { describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors/index.js";
import { parseConfigText } from "./parse-config.js";

function refusal(text: string): string {
  try {
    parseConfigText(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${text}`);
}

describe("upstream attribution headers", () => {
  it("refuses an x_title or http_referer the HTTP client cannot send, naming the key", () => {
    expect(refusal('upstream: { x_title: "Router 路由" }\n')).toMatch(/upstream\.x_title: .*printable ASCII/);
    expect(refusal('upstream: { x_title: "Router\\nX-Injected: 1" }\n')).toMatch(/upstream\.x_title: .*printable ASCII/);
    expect(refusal('upstream: { http_referer: "https://example.com/\\r\\nX-Injected: 1" }\n')).toMatch(/upstream\.http_referer: .*printable ASCII/);
  });

  it("keeps the values OpenRouter's attribution takes", () => {
    const config = parseConfigText('upstream: { x_title: "My App (staging) #2", http_referer: "https://example.com/app?x=1" }\n');
    expect(config.upstream).toMatchObject({ x_title: "My App (staging) #2", http_referer: "https://example.com/app?x=1" });
  });
});

describe("upstream.base_url", () => {
  it("refuses a URL that is not http:// or https://, as serve would, naming the key", () => {
    for (const url of ["ftp://127.0.0.1/api/v1", "javascript:alert(1)", "file:///etc/passwd", "mailto:a@b.c"]) {
      expect(refusal(`upstream: { base_url: "${url}" }\n`), url).toMatch(/upstream\.base_url: .*http:\/\/ or https:\/\//);
    }
    expect(parseConfigText("upstream: { base_url: http://127.0.0.1:8789/api/v1 }\n").upstream.base_url).toBe("http://127.0.0.1:8789/api/v1");
  });
});

describe("storage.sqlite", () => {
  it("refuses an empty path at load, which passed config check and resolved to the folder serve runs in", () => {
    expect(refusal('storage: { sqlite: "" }\n')).toMatch(/storage\.sqlite: names no file/);
    expect(refusal('storage: { sqlite: "  " }\n')).toMatch(/storage\.sqlite: names no file/);
    expect(parseConfigText("storage: { sqlite: ./data/s.db }\n").storage.sqlite).toBe("./data/s.db");
  });
});
