import { GatewayError } from "./gateway-error.js";

/**
 * A finished request's decision record could not be committed to local disk (full, locked, unwritable): the request
 * is not completed, so no client holds an answer the log could lose. The record waits in memory and is retried.
 */
export class RecordNotDurableError extends GatewayError {
  constructor(cause: unknown) {
    const code = typeof (cause as { code?: unknown } | null)?.code === "string" ? `${(cause as { code: string }).code}: ` : "";
    const why = cause instanceof Error ? cause.message.split("\n")[0]?.slice(0, 120) : String(cause).slice(0, 120);
    super({
      message: `The gateway could not record this request on disk (${code}${why}), so it was not completed: every request is recorded before it is answered. The operator must free disk space or release the storage file.`,
      status: 503,
      type: "server_error",
      code: "storage_unavailable",
      cause,
    });
  }
}
