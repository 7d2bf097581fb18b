/**
 * Whether the local disk refuses a kind of write (the decision outbox's records, the in-flight markers): set by a
 * refused commit, cleared by one that went through or by a probe (a row as large as the largest write refused,
 * written and deleted in one transaction) tried every `everyMs` while it holds. So `GET /readyz` names the refusal
 * while requests are refused for it, and an instance a load balancer took out comes back with no request to try
 * (ADR 0072). A tiny probe could pass where a real write still fails (a reset WAL's frames are overwritten in
 * place), hence the size.
 * @module
 */

/** What `createRefusalWatch` returns. */
export interface RefusalWatch {
  /** A commit of writes whose largest was `bytes` characters was refused. */
  refused(bytes: number): void;
  /** A commit went through: the disk takes writes. */
  accepted(): void;
  /** Whether the last commit (or probe) was refused. */
  holds(): boolean;
}

/** Options of `createRefusalWatch`. */
export interface RefusalWatchOptions {
  /** Writes and deletes a row of `bytes` characters in one transaction; throws what the disk answers. Without it nothing is watched. */
  probe?: ((bytes: number) => void) | undefined;
  /** Runs the probe, waiting out another process's lock. */
  retry: <T>(run: () => T) => Promise<T>;
  everyMs: number;
}

/** Creates the watch; its timer never keeps the process alive. */
export function createRefusalWatch(options: RefusalWatchOptions): RefusalWatch {
  const { probe, retry, everyMs } = options;
  let bytes = 0;
  let timer: NodeJS.Timeout | undefined;
  const accepted = (): void => {
    bytes = 0;
    clearTimeout(timer);
    timer = undefined;
  };
  const probeLater = (): void => {
    if (timer || !probe) return;
    timer = setTimeout(() => {
      timer = undefined;
      const size = bytes;
      if (size > 0) void retry(() => probe(size)).then(accepted, probeLater);
    }, everyMs);
    timer.unref();
  };
  return {
    refused(size) {
      if (!probe) return; // nothing could clear it
      bytes = Math.max(bytes, size, 1);
      probeLater();
    },
    accepted,
    holds: () => bytes > 0,
  };
}
