/**
 * Test helper: an OTLP/HTTP trace receiver on 127.0.0.1 keeping every JSON export it is sent, and readers for the
 * spans and attributes in them.
 * @module
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  doubleValue?: number;
  boolValue?: boolean;
  arrayValue?: { values: OtlpValue[] };
}
export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startTimeUnixNano: string | number;
  endTimeUnixNano: string | number;
  attributes: { key: string; value: OtlpValue }[];
  status?: { code?: number };
}
export interface OtlpExport {
  resourceSpans: { resource: { attributes: { key: string; value: OtlpValue }[] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
}

/** An OTLP/HTTP receiver keeping every JSON export it is sent. */
export async function startReceiver(): Promise<{ url: string; exports: OtlpExport[]; paths: string[]; headers: string[]; close(): Promise<void> }> {
  const exports: OtlpExport[] = [];
  const paths: string[] = [];
  const headers: string[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      paths.push(`${request.method} ${request.url} ${request.headers["content-type"]}`);
      headers.push(String(request.headers["x-tenant"] ?? ""));
      exports.push(JSON.parse(Buffer.concat(chunks).toString("utf8")) as OtlpExport);
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, exports, paths, headers, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export const value = (v: OtlpValue | undefined): unknown =>
  v?.stringValue ?? (v?.intValue !== undefined ? Number(v.intValue) : undefined) ?? v?.doubleValue ?? v?.boolValue ?? v?.arrayValue?.values.map(value);
export const attributes = (span: OtlpSpan | undefined): Record<string, unknown> => Object.fromEntries((span?.attributes ?? []).map((a) => [a.key, value(a.value)]));

/** Every span of every export received. */
export function receivedSpans(exports: readonly OtlpExport[]): OtlpSpan[] {
  return exports.flatMap((batch) => batch.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)));
}
