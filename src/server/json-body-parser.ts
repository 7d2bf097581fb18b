/**
 * How the gateway reads a request body: one tolerant JSON parser for every content type (SDKs always send JSON, and
 * curl users forget the header), bytes checked as UTF-8, depth and array limits checked on the text before
 * `JSON.parse` builds anything, compressed bodies refused by name.
 * @module
 */
import type { IncomingMessage } from "node:http";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { MIN_SPLICED_LENGTH, rememberJsonSource } from "../core/json-source.js";
import { GatewayError, InvalidRequestError } from "../core/errors/index.js";
import { bodyText } from "./request-shape/body-text.js";
import { bodyDecoder } from "./request-shape/body-charset.js";
import { assertJsonWithinLimits, jsonLimitsOf } from "./request-shape/index.js";
import { readBody } from "./read-body.js";
import type { SwitchyardConfig } from "../config/config-schema.js";

/** The `done` Fastify hands a content-type parser. */
type ParserDone = (error: Error | null, body?: unknown) => void;

/** Replaces Fastify's parsers with the gateway's, bodies over `body_limit_bytes` refused (413). */
export function registerJsonBodyParser(app: FastifyInstance, limits: SwitchyardConfig["server"]): void {
  const bodyLimit = limits.body_limit_bytes;
  app.removeAllContentTypeParsers();
  // Depth and array limits are checked on the text before JSON.parse builds anything (request-shape/json-limits).
  const jsonLimits = jsonLimitsOf(limits);
  const parseBody = (request: FastifyRequest, bytes: Buffer, done: ParserDone): void => {
    // No route reads it: the answer is the 404 or 405, never the body's parse error.
    if (request.is404) {
      done(null, undefined);
      return;
    }
    try {
      assertIdentityEncoding(request.headers["content-encoding"], request.headers["transfer-encoding"]);
      const text = bodyText(bytes, bytes.length === 0 ? undefined : bodyDecoder(request.headers["content-type"]));
      // No body at all, whatever the content type says (clients that send `Content-Type: application/json` on every
      // request, a DELETE included): a route that reads none answers as usual, and one that needs one says so.
      if (text.trim() === "") {
        done(null, undefined);
        return;
      }
      assertJsonWithinLimits(text, jsonLimits);
      const body: unknown = JSON.parse(text);
      // A long text is kept beside the body: the upstream body is spliced from it (routing/fallback/upstream-body.ts).
      if (text.length >= MIN_SPLICED_LENGTH && typeof body === "object" && body !== null && !Array.isArray(body)) {
        rememberJsonSource(body, { text, parsed: body });
      }
      done(null, body);
    } catch (error) {
      done(GatewayError.isInstance(error) ? error : new InvalidRequestError("The request body is not valid JSON.", { code: "invalid_json" }), undefined);
    }
  };
  // Read as bytes: decoding checks they are UTF-8 (request-shape/body-text.ts), which a string parser never reported.
  // Read by `readBody`, not `parseAs: "buffer"`, which held one Buffer per chunk to the end (1-byte chunks: about
  // 500 bytes of memory per body byte, ADR 0105).
  const readThenParse = (request: FastifyRequest, payload: IncomingMessage, done: ParserDone): void => {
    readBody(payload, request.headers["content-length"], bodyLimit, (error, bytes) => {
      if (error !== null || bytes === undefined) done(error, undefined);
      else parseBody(request, bytes, done);
    });
  };
  app.addContentTypeParser("*", readThenParse);
  // The same parser under the type every SDK sends: Fastify remembers the parser it found for a content type, but
  // not when it falls back to the catch-all, which made it parse the header into a ContentType object on every request
  // (0.5-0.7% of the gateway's busy time at 50 connections; docs/benchmarks.md, issue 11, fourteenth pass).
  app.addContentTypeParser("application/json", readThenParse);
}

/**
 * Bodies are read as sent: a compressed body (`Content-Encoding: gzip`, or `Transfer-Encoding: gzip, chunked`, which
 * Node de-chunks but never decompresses) gets a 415 naming the header, not a confusing JSON or UTF-8 error.
 */
function assertIdentityEncoding(contentEncoding: string | undefined, transferEncoding: string | undefined): void {
  const content = (contentEncoding ?? "").trim().toLowerCase();
  if (content !== "" && content !== "identity") {
    throw new GatewayError({ message: "Compressed request bodies are not supported: send the JSON uncompressed (no Content-Encoding).", status: 415, type: "invalid_request_error", code: "unsupported_media_type" });
  }
  const codings = (transferEncoding ?? "").split(",").map((coding) => coding.trim().toLowerCase());
  if (codings.some((coding) => coding !== "" && coding !== "chunked")) {
    throw new GatewayError({
      message: `Transfer-Encoding ${JSON.stringify(transferEncoding?.slice(0, 100))} is not supported: the gateway reads only chunked. Send the JSON uncompressed, with Content-Length or Transfer-Encoding: chunked.`,
      status: 415,
      type: "invalid_request_error",
      code: "unsupported_media_type",
    });
  }
}
