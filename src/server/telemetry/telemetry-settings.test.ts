import { describe, expect, it } from "vitest";
import { parseConfig } from "../../config/parse-config.js";
import { printableUrl, resolveTelemetry } from "./telemetry-settings.js";

describe("telemetry settings", () => {
  const config = parseConfig({});

  it("prints an endpoint without the credentials a collector URL may carry", () => {
    expect(printableUrl("http://user:s3cretpw@127.0.0.1:4318/v1/traces?token=abc123")).toBe("http://127.0.0.1:4318/v1/traces?…");
    expect(printableUrl("https://otel.example.com/v1/traces")).toBe("https://otel.example.com/v1/traces");
  });

  it("refuses an endpoint OTLP/HTTP cannot use, naming where it came from", () => {
    expect(() => resolveTelemetry(config, { OTEL_EXPORTER_OTLP_ENDPOINT: "not-a-url" })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT: .*is not a URL/);
    expect(() => resolveTelemetry(parseConfig({ telemetry: { otlp_endpoint: "ftp://collector" } }), {})).toThrow(/telemetry\.otlp_endpoint: .*not an http:\/\/ or https:\/\/ URL/);
    expect(resolveTelemetry(config, { OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" })?.tracesUrl).toBe("http://127.0.0.1:4318/v1/traces");
  });

  it("refuses export headers the exporter cannot send, naming the setting and the header but never its value", () => {
    // Each was accepted, then every batch of spans was dropped ("Invalid character in header content"), or the
    // start stopped on a bare "URI malformed".
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" };
    const secret = "s3cret-100%";
    for (const [variable, text] of [["OTEL_EXPORTER_OTLP_HEADERS", `api-key=${secret}`], ["OTEL_EXPORTER_OTLP_TRACES_HEADERS", "x-key=a%0Ab"], ["OTEL_EXPORTER_OTLP_HEADERS", "bad%20name=v"]] as const) {
      let message = "";
      try {
        resolveTelemetry(config, { ...endpoint, [variable]: text });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, text).toMatch(new RegExp(`${variable}: `));
      expect(message).not.toContain("s3cret");
    }
    expect(() => parseConfig({ telemetry: { otlp_headers: { "x-key": "s3cret\n" } } })).toThrow(/telemetry\.otlp_headers\.x-key: .*printable ASCII.*\(the value is not shown\)/);
    expect(() => parseConfig({ telemetry: { otlp_headers: "api-key=s3cret" } })).toThrow(/telemetry\.otlp_headers: .*\(the value is not shown\)/);
    expect(() => parseConfig({ telemetry: { otlp_headers: { "bad name": "v" } } })).toThrow(/telemetry\.otlp_headers.*header name/);
    expect(resolveTelemetry(config, { ...endpoint, OTEL_EXPORTER_OTLP_HEADERS: "api-key=a%20b%3D,x-tenant=t1" })?.headers).toEqual({ "api-key": "a b=", "x-tenant": "t1" });
  });
});
