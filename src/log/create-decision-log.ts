/**
 * The batching decision log. `write` only appends to a buffer (no I/O on the request path); the buffer is
 * written in one transaction every `flushIntervalInMs` or as soon as it holds `maxBatchSize` records, and is
 * drained by `flush()` and `close()` (the server calls `close` on SIGTERM). Reads flush first, so a
 * decision is visible to feedback and reports as soon as its request has finished.
 * @module
 */
import type { DecisionRecord } from "./decision-record.js";
import type { DecisionLogBackend, DecisionLogStore } from "./decision-log-store.js";
import { createPromptRedactor } from "./redact-prompt.js";

/** Options of `createDecisionLog`. */
export interface DecisionLogOptions {
  backend: DecisionLogBackend;
  /** Default 100 ms. */
  flushIntervalInMs?: number;
  /** Default 200 records. */
  maxBatchSize?: number;
  /** `log.store_prompts`: keep prompt text (redacted). Default false: prompts are dropped before storage. */
  storePrompts?: boolean;
  /** `log.store_features`: keep the prompt-free routing features. Default true. */
  storeFeatures?: boolean;
  /** `log.redact`: extra regexes applied with the built-in ones. */
  redact?: readonly string[];
  /**
   * If the store keeps failing, at most this many records wait in memory for the next try; beyond it the
   * oldest are dropped and reported through `onError`. Default 100,000.
   */
  maxPendingRecords?: number;
  /** Background write failures. Default: ignored (the records stay buffered and are retried). */
  onError?: (error: unknown, pendingRecords: number) => void;
}

/** Creates the batching decision log over a backend. */
export function createDecisionLog(options: DecisionLogOptions): DecisionLogStore {
  const {
    backend,
    flushIntervalInMs = 100,
    maxBatchSize = 200,
    storePrompts = false,
    storeFeatures = true,
    maxPendingRecords = 100_000,
    onError = () => {},
  } = options;
  const redact = storePrompts ? createPromptRedactor(options.redact) : undefined;
  let buffer: DecisionRecord[] = [];
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();
  let closed = false;

  const prepare = (record: DecisionRecord): DecisionRecord => {
    const prompt = redact && record.prompt !== null ? redact(record.prompt) : null;
    return prompt === record.prompt ? record : { ...record, prompt };
  };

  const writeBuffered = async (): Promise<void> => {
    while (buffer.length > 0) {
      const batch = buffer.slice(0, maxBatchSize);
      buffer = buffer.slice(batch.length);
      try {
        await backend.insertMany(batch.map(prepare));
      } catch (error) {
        // Keep the records for the next flush; a failing store must not silently lose decisions.
        buffer = [...batch, ...buffer];
        const overflow = buffer.length - maxPendingRecords;
        if (overflow > 0) buffer = buffer.slice(overflow);
        throw error;
      }
    }
  };

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const run = chain.then(writeBuffered);
    chain = run.catch(() => {});
    return run;
  };

  const flushInBackground = (): void => {
    flush().catch((error: unknown) => {
      onError(error, buffer.length);
      schedule();
    });
  };

  const schedule = (): void => {
    if (timer || closed || buffer.length === 0) return;
    timer = setTimeout(flushInBackground, flushIntervalInMs);
    timer.unref();
  };

  return {
    write(record) {
      let kept = storePrompts || record.prompt === null ? record : { ...record, prompt: null };
      if (!storeFeatures && kept.features) kept = { ...kept, features: null };
      buffer.push(kept);
      if (buffer.length >= maxBatchSize) flushInBackground();
      else schedule();
    },
    flush,
    async close() {
      closed = true;
      try {
        await flush();
      } finally {
        await backend.close();
      }
    },
    async recordFeedback(decisionId, score, label) {
      await flush();
      return backend.recordFeedback(decisionId, score, label);
    },
    async recordJudgement(decisionId, score, costUsd) {
      await flush();
      return backend.recordJudgement(decisionId, score, costUsd);
    },
    async get(decisionId) {
      await flush();
      return backend.get(decisionId);
    },
    async list(query) {
      await flush();
      return backend.list(query);
    },
    async summarize(query) {
      await flush();
      return backend.summarize(query);
    },
  };
}
