/**
 * Starts request tracing when telemetry is configured (`telemetry.otlp_endpoint` or the standard `OTEL_EXPORTER_OTLP_*`
 * variables).
 * @module
 */
import type { Logger } from "pino";
import type { SwitchyardConfig } from "../../config/config-schema.js";
import type { RequestTracer } from "./request-tracer.js";
import { printableUrl, resolveTelemetry } from "./telemetry-settings.js";

/** The OTLP tracer when telemetry is on; the SDK is only loaded then, so tracing costs nothing when off. */
export async function startTracer(config: SwitchyardConfig, env: NodeJS.ProcessEnv, logger: Logger, onNotice: (text: string) => void): Promise<RequestTracer | undefined> {
  const settings = resolveTelemetry(config, env);
  if (!settings) return undefined;
  const { createOtlpTracer } = await import("./otlp-tracer.js");
  onNotice(`Tracing: OpenTelemetry spans go to ${printableUrl(settings.tracesUrl)} (OTLP/HTTP) as service ${settings.serviceName}.`);
  return createOtlpTracer({ ...settings, onError: (error) => logger.warn({ err: error }, "could not build the trace of a request") });
}
