/**
 * Fastify's "Server listening at <address>" log line, one per address it serves, made optional. `switchyard serve`
 * says where it listens in its own plain-language line (with these addresses), so on a terminal its startup reads as
 * plain lines only; a gateway started without the CLI (embedders, tests) keeps Fastify's JSON line.
 * @module
 */
import type { LoggerOptions } from "pino";

/** What the listen log line is replaced with while it is dropped: no log message Switchyard writes is this. */
const DROPPED_LISTEN_TEXT = "\u0000switchyard:listen-log-line-dropped";

/** Collects the addresses Fastify listens at, and drops its log line for them when `keep` is false. */
export interface ListenLogLine {
  /** Fastify `listen({ listenTextResolver })`: notes each address, returns the line's text. */
  resolve(address: string): string;
  /** pino `hooks.logMethod`: writes every line but a dropped listen line. */
  hooks: NonNullable<LoggerOptions["hooks"]>;
  /** The addresses served, as Fastify wrote them ("http://127.0.0.1:8787"), once listening. */
  addresses: string[];
}

export function listenLogLine(keep: boolean): ListenLogLine {
  const addresses: string[] = [];
  return {
    addresses,
    resolve(address) {
      addresses.push(address);
      return keep ? `Server listening at ${address}` : DROPPED_LISTEN_TEXT;
    },
    hooks: {
      logMethod(args, method) {
        if (args[0] === DROPPED_LISTEN_TEXT) return;
        method.apply(this, args);
      },
    },
  };
}
