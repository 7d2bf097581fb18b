/**
 * Whether the local disk refuses a kind of write (the decision outbox's records, the in-flight markers): set by a
 * refused commit, cleared by one that went through or by a probe (a row as large as the largest write refused,
 * written and deleted in one transaction) tried every `everyMs` while it holds. So `GET /readyz` names the refusal
 * while requests are refused for it, and an instance a load balancer took out comes back with no request to try
 * (ADR 0072). A tiny probe could pass where a real write still fails (a reset WAL's frames are overwritten in
 * place), hence the size, in bytes as the disk stores them (UTF-8): a prompt of three-byte characters counted in
 * characters made a probe a third of the refused write, which passed while every such write was still refused.
 * @module
 */

/** What `createRefusalWatch` returns. */
export interface RefusalWatch {
  /** A commit of writes whose largest took `bytes` bytes on disk (`storedBytes`) was refused. */
  refused(bytes: number): void;
  /** A commit went through: the disk takes writes. */
  accepted(): void;
  /** Whether the last commit (or probe) was refused. */
  holds(): boolean;
  /** Probes no more (the store is about to close): a probe of a closed file failed, and was tried again, forever. */
  stop(): void;
}

/** Options of `createRefusalWatch`. */
export interface RefusalWatchOptions {
  /** Writes and deletes a row of `bytes` bytes in one transaction; throws what the disk answers. Without it nothing is watched. */
  probe?: ((bytes: number) => void) | undefined;
  /** Runs the probe, waiting out another process's lock. */
  retry: <T>(run: () => T) => Promise<T>;
  everyMs: number;
}

/** The bytes a value takes on disk as the stores write it: its JSON, in UTF-8. */
export function storedBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

/** Creates the watch; its timer never keeps the process alive. */
export function createRefusalWatch(options: RefusalWatchOptions): RefusalWatch {
  const { probe, retry, everyMs } = options;
  let bytes = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const accepted = (): void => {
    bytes = 0;
    clearTimeout(timer);
    timer = undefined;
  };
  const probeLater = (): void => {
    if (timer || !probe || stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      const size = bytes;
      // A larger write refused while this probe waited for a lock is not cleared by it: the next probe is that size.
      if (size > 0) void retry(() => probe(size)).then(() => (bytes <= size ? accepted() : probeLater()), probeLater);
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
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
