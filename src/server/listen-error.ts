/**
 * What to tell a user whose gateway could not listen: Node's "listen EADDRINUSE" or "getaddrinfo ENOTFOUND" names
 * neither the flag at fault nor the way out.
 * @module
 */

const LOCAL_HOSTS = "127.0.0.1 (this machine only) or 0.0.0.0 (every interface)";

/** The errors {@link listenError} returned: a start that failed only at its listen. */
const LISTEN_FAILURES = new WeakSet<Error>();

/** True for an error of {@link listenError}: everything else started, the address could not be listened on. */
export function isListenFailure(error: unknown): boolean {
  return error instanceof Error && LISTEN_FAILURES.has(error);
}

/** The error `serve` reports when listening on `host:port` failed with `error`: the cause and what to pass instead. */
export function listenError(error: unknown, host: string, port: number): Error {
  const failure = explainListenError(error, host, port);
  LISTEN_FAILURES.add(failure);
  return failure;
}

function explainListenError(error: unknown, host: string, port: number): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${host}:${port}`;
  const explain = (message: string): Error => new Error(message, { cause: error });
  if (code === "EADDRINUSE") return explain(`Port ${where} is already in use (another switchyard serve?). Stop that process, or pass --port N (--port 0 takes any free port).`);
  if (code === "EACCES") return explain(`Not allowed to listen on ${where} (ports below 1024 need privileges). Pass --port N with N ≥ 1024.`);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NONAME") {
    return explain(`Cannot listen on --host ${host}: no such host or address on this machine. Pass --host with an address of this machine: ${LOCAL_HOSTS}.`);
  }
  if (code === "EADDRNOTAVAIL") return explain(`Cannot listen on --host ${host}: this machine has no such address. Pass --host with an address of this machine: ${LOCAL_HOSTS}.`);
  return error instanceof Error ? error : new Error(String(error));
}
