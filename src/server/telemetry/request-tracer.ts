/**
 * The port the chat route reports finished requests to for tracing. Absent when telemetry is off, so the request
 * path pays nothing (not even loading the OpenTelemetry SDK).
 * @module
 */
import type { DecisionRecord } from "../../log/decision-record.js";

/** A request a door refused before reading it (no decision record): what its span says. */
export interface RefusedRequest {
  method: string;
  /** The door's route, e.g. `/v1/chat/completions`, and its name (`chat`). */
  route: string;
  door: string;
  status: number;
  /** The error envelope's code, e.g. `invalid_json`, `request_too_large`, `shutting_down`. */
  code: string;
  startMs: number;
  endMs: number;
}

/** Receives each finished request's decision record. Must never throw and never block the request. */
export interface RequestTracer {
  record(record: DecisionRecord, request: { requestedModel: string }): void;
  /** Receives a request refused before its door read it (it has no decision record). Never throws. */
  refused?(request: RefusedRequest): void;
  /** Exports what is buffered. */
  flush(): Promise<void>;
  /** Flushes and stops the exporter. */
  shutdown(): Promise<void>;
  /**
   * Calls `listener` for each batch the collector did not take (refused, unreachable, timed out), with how many spans
   * it dropped: the exporter itself tells no one. The gateway logs it (rate-limited) and counts it in `/metrics`.
   */
  onExportFailure?(listener: (error: unknown, spans: number) => void): void;
}
