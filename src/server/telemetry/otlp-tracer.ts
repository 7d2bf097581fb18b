/**
 * The OpenTelemetry RequestTracer: spans from each decision record (decision-spans.ts), batched and exported over
 * OTLP/HTTP (JSON) with the official SDK. Loaded with a dynamic import only when telemetry is on.
 * @module
 */
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Tracer } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, TracerProvider, type SpanExporter } from "@opentelemetry/sdk-trace";
import { decisionSpans, refusedSpan, type SpanPlan } from "./decision-spans.js";
import type { RequestTracer } from "./request-tracer.js";

/** Where and how traces are exported. */
export interface OtlpTracerOptions {
  /** The full traces URL, e.g. http://127.0.0.1:4318/v1/traces. */
  tracesUrl: string;
  headers?: Record<string, string>;
  serviceName: string;
  serviceVersion?: string;
  /** Export batches at least this often. Default 5,000 ms (the SDK's). */
  exportDelayMs?: number;
  /** Reports a request whose spans could not be built. */
  onError?: (error: unknown) => void;
}

/** `ExportResultCode.SUCCESS` of `@opentelemetry/core` (a stable enum: SUCCESS 0, FAILED 1). */
const EXPORT_SUCCEEDED = 0;

type ExportFailureListener = (error: unknown, spans: number) => void;

/**
 * The exporter, telling `listeners` about each batch it failed to deliver. Without this the BatchSpanProcessor hands
 * the failure to OpenTelemetry's global error handler, which writes to its diagnostic logger: off unless someone
 * installs one, so a collector that refused every batch went unnoticed.
 */
function reportingFailures(exporter: SpanExporter, listeners: readonly ExportFailureListener[]): SpanExporter {
  return {
    export(spans, done) {
      exporter.export(spans, (result) => {
        if (result.code !== EXPORT_SUCCEEDED) {
          const error = result.error ?? new Error("the trace exporter reported a failure without an error");
          for (const listener of listeners) {
            try {
              listener(error, spans.length);
            } catch {
              // A listener's failure must not stop the export's callback.
            }
          }
        }
        done(result);
      });
    },
    shutdown: () => exporter.shutdown(),
    forceFlush: () => exporter.forceFlush?.() ?? Promise.resolve(),
  };
}

/** Creates the tracer and its exporter. */
export function createOtlpTracer(options: OtlpTracerOptions): RequestTracer {
  const listeners: ExportFailureListener[] = [];
  const exporter = reportingFailures(new OTLPTraceExporter({ url: options.tracesUrl, headers: options.headers ?? {} }), listeners);
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ "service.name": options.serviceName, ...(options.serviceVersion ? { "service.version": options.serviceVersion } : {}) }),
    spanProcessors: [new BatchSpanProcessor({ exporter, scheduledDelayMillis: options.exportDelayMs ?? 5_000 })],
  });
  const tracer = provider.getTracer("switchyard", options.serviceVersion);
  return {
    record(record, request) {
      try {
        const plan = decisionSpans(record, request.requestedModel);
        const parent = startSpan(tracer, plan.request);
        const context = trace.setSpan(ROOT_CONTEXT, parent);
        for (const attempt of plan.attempts) startSpan(tracer, attempt, context).end(attempt.endMs);
        parent.end(plan.request.endMs);
      } catch (error) {
        options.onError?.(error);
      }
    },
    refused(request) {
      try {
        const plan = refusedSpan(request);
        startSpan(tracer, plan).end(plan.endMs);
      } catch (error) {
        options.onError?.(error);
      }
    },
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
    onExportFailure: (listener) => void listeners.push(listener),
  };
}

function startSpan(tracer: Tracer, plan: SpanPlan, context: Context = ROOT_CONTEXT) {
  const span = tracer.startSpan(plan.name, { kind: plan.kind === "server" ? SpanKind.SERVER : SpanKind.CLIENT, startTime: plan.startMs, attributes: plan.attributes }, context);
  if (plan.error) span.setStatus({ code: SpanStatusCode.ERROR });
  return span;
}
