/**
 * Starts request tracing when telemetry is configured (`telemetry.otlp_endpoint` or the standard `OTEL_EXPORTER_OTLP_*`
 * variables).
 * @module
 */
import type { Logger } from "pino";
import type { SwitchyardConfig } from "../../config/config-schema.js";
import { repeatedWarning } from "../repeated-warning.js";
import type { RequestTracer } from "./request-tracer.js";
import { printableUrl, resolveTelemetry } from "./telemetry-settings.js";

/** The OTLP tracer when telemetry is on; the SDK is only loaded then, so tracing costs nothing when off. */
export async function startTracer(config: SwitchyardConfig, env: NodeJS.ProcessEnv, logger: Logger, onNotice: (text: string) => void): Promise<RequestTracer | undefined> {
  const settings = resolveTelemetry(config, env);
  if (!settings) return undefined;
  const { createOtlpTracer } = await import("./otlp-tracer.js");
  onNotice(`Tracing: OpenTelemetry spans go to ${printableUrl(settings.tracesUrl)} (OTLP/HTTP) as service ${settings.serviceName}.`);
  const tracer = createOtlpTracer({ ...settings, onError: (error) => logger.warn({ err: error }, "could not build the trace of a request") });
  // A collector that is down fails every batch (each 5 s, and each flush): the first at once, then one line a minute
  // with the count of the others folded in. Every failure is counted in /metrics (create-app.ts).
  const exportFailed = repeatedWarning<{ err: unknown; spans: number; url: string }>((fields) => logger.warn(fields, "trace export failed; its spans were dropped"), () => Date.now());
  tracer.onExportFailure?.((error, spans) => exportFailed({ err: error, spans, url: printableUrl(settings.tracesUrl) }));
  return tracer;
}
