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
});
