/**
 * Checks answers against clients' JSON Schemas off the event loop, with a time limit. A client's schema can take
 * exponential time or memory to evaluate (a backtracking `pattern` such as `^(a|a)*$`, `anyOf` branches fanning out
 * through `$ref`s) while it stays small enough to pass every size limit. The checks run one at a time in a worker
 * thread with a bounded heap; one that runs past its time, or exhausts the worker's heap, ends the worker and is
 * skipped (the answer is not held to that schema), and that schema is skipped from then on for the same caller (the
 * virtual key; see `costly-schemas.ts`), never for other tenants. The gateway's event loop never waits on a schema.
 * @module
 */
import type { Worker } from "node:worker_threads";
import { spawnModuleWorker } from "../../core/spawn-worker.js";
import type { SchemaVerdict } from "./client-schema.js";
import { createCostlySchemas, type CostlySchemas, type CostlySchemasOptions } from "./costly-schemas.js";

/** What the worker is asked. */
export interface SchemaCheckRequest {
  /** The schema's JSON text: its identity in the caches. */
  key: string;
  schema: object;
  value: unknown;
  /**
   * Who asked: the virtual key id (undefined or null: no key, one tenant). A schema too costly to check is skipped
   * from then on for this caller only.
   */
  caller?: string | null | undefined;
}

/** A verdict, or skipped: the schema was too costly to evaluate (or no worker could run it). */
export type SchemaCheckResult = SchemaVerdict | { matches: true; skipped: string };

/** Options of createSchemaChecker. */
export interface SchemaCheckerOptions {
  /** Longest one check may run, compile included. Default 500 ms. */
  timeoutMs?: number;
  /** Longest a check may wait for its turn behind others; past it, it is skipped. Default 1,000 ms. */
  maxWaitMs?: number;
  /** The worker's old-generation heap limit. Default 128 MB. */
  maxHeapMb?: number;
  /** How many callers, and schemas per caller, are remembered as too costly (least recently used forgotten). */
  costly?: CostlySchemasOptions;
}

/** Runs schema checks in a worker. */
export interface SchemaChecker {
  check(request: SchemaCheckRequest): Promise<SchemaCheckResult>;
  /** Ends the worker (it never holds the process open either way). */
  close(): Promise<void>;
}

interface Job extends SchemaCheckRequest {
  resolve(result: SchemaCheckResult): void;
  /** When the check stops waiting for its turn (ms, `performance.now()`). */
  waitsUntil: number;
}

/** Checks waiting at most; one more is skipped at once rather than queued. */
const MAX_QUEUED = 256;

/** Creates a checker; its worker starts at the first check. */
export function createSchemaChecker({ timeoutMs = 500, maxWaitMs = 1_000, maxHeapMb = 128, costly }: SchemaCheckerOptions = {}): SchemaChecker {
  return new WorkerSchemaChecker({ timeoutMs, maxWaitMs, maxHeapMb, costly });
}

/** The checker's time and memory limits, defaults applied. */
type CheckerLimits = Required<Omit<SchemaCheckerOptions, "costly">>;

/** The checker: a queue of checks, one at a time in a worker it starts, replaces and ends. */
class WorkerSchemaChecker implements SchemaChecker {
  readonly #options: CheckerLimits;
  readonly #queue: Job[] = [];
  readonly #costly: CostlySchemas;
  #worker: Worker | undefined;
  /** The worker has loaded and takes checks: a check's time starts then, not while the worker starts. */
  #ready = false;
  #spawnedAt = 0;
  #current: { job: Job; timer: NodeJS.Timeout } | undefined;

  constructor({ costly, ...options }: CheckerLimits & { costly: CostlySchemasOptions | undefined }) {
    this.#options = options;
    this.#costly = createCostlySchemas(costly);
  }

  check(request: SchemaCheckRequest): Promise<SchemaCheckResult> {
    if (this.#queue.length >= MAX_QUEUED) return Promise.resolve({ matches: true, skipped: "too many schema checks were waiting" });
    return new Promise((resolve) => {
      this.#queue.push({ ...request, resolve, waitsUntil: performance.now() + this.#options.maxWaitMs });
      this.#next();
    });
  }

  async close(): Promise<void> {
    const ending = this.#worker;
    this.#worker = undefined;
    this.#ready = false;
    this.#failQueued("the schema checker closed");
    await ending?.terminate();
  }

  // The worker holds the process open only while a check is pending: an idle one never keeps a script or a
  // drained gateway from exiting (a 'message' listener refs a worker again, so this is set after each change).
  #holdOpenWhileBusy(): void {
    if (!this.#worker) return;
    if (this.#current || this.#queue.length > 0) this.#worker.ref();
    else this.#worker.unref();
  }

  #finish(result: SchemaCheckResult): void {
    if (!this.#current) return;
    clearTimeout(this.#current.timer);
    this.#current.job.resolve(result);
    this.#current = undefined;
    this.#next();
  }

  #giveUp(why: string): void {
    if (!this.#current) return;
    this.#costly.add(this.#current.job.caller ?? "", this.#current.job.key);
    const ending = this.#worker;
    this.#worker = undefined;
    this.#ready = false;
    void ending?.terminate();
    this.#finish({ matches: true, skipped: why });
  }

  #start(): Worker {
    this.#spawnedAt = performance.now();
    const started = spawnWorker(this.#options.maxHeapMb);
    started.unref();
    started.on("message", (message: SchemaVerdict | "ready") => {
      if (started !== this.#worker) return;
      if (message !== "ready") this.#finish(message);
      else this.#workerReady();
    });
    started.on("error", (error: Error) => {
      if (started === this.#worker) this.#giveUp(`the schema check stopped (${error.message.slice(0, 80)})`);
    });
    started.on("exit", () => {
      if (started === this.#worker) this.#workerExited();
    });
    started.unref();
    return started;
  }

  #workerReady(): void {
    this.#ready = true;
    // A worker's start is not a check's wait: the checks queued meanwhile get that time back.
    const startup = performance.now() - this.#spawnedAt;
    for (const job of this.#queue) job.waitsUntil += startup;
    this.#next();
  }

  #workerExited(): void {
    if (this.#current) {
      this.#giveUp("the schema check stopped");
      return;
    }
    // Ended while idle (or before it was ready): the next check starts a new one.
    this.#worker = undefined;
    this.#ready = false;
    this.#failQueued("the schema-check worker stopped before it was ready");
  }

  #failQueued(why: string): void {
    for (const job of this.#queue.splice(0)) job.resolve({ matches: true, skipped: why });
  }

  #next(): void {
    try {
      this.#take();
    } finally {
      this.#holdOpenWhileBusy();
    }
  }

  #take(): void {
    if (this.#current) return;
    this.#skipStale();
    if (this.#queue.length === 0) return;
    try {
      this.#worker ??= this.#start();
    } catch (error) {
      this.#failQueued(`no schema-check worker could start (${(error as Error).message.slice(0, 80)})`);
      return;
    }
    if (!this.#ready) return; // the worker's "ready" calls next() again
    const job = this.#queue.shift();
    if (job) this.#send(this.#worker, job);
  }

  /** Skips the checks at the head of the queue that waited too long, or whose schema was too costly before. */
  #skipStale(): void {
    const now = performance.now();
    for (let head = this.#queue[0]; head; head = this.#queue[0]) {
      const tooCostly = this.#costly.has(head.caller ?? "", head.key);
      if (!tooCostly && head.waitsUntil >= now) break;
      this.#queue.shift();
      head.resolve({ matches: true, skipped: tooCostly ? "the schema was too costly to check before" : `the schema check waited over ${this.#options.maxWaitMs} ms for its turn` });
    }
  }

  #send(worker: Worker, job: Job): void {
    try {
      worker.postMessage({ key: job.key, schema: job.schema, value: job.value } satisfies SchemaCheckRequest);
    } catch (error) {
      // An answer or schema the structured clone cannot copy (nested deeper than the stack): not checked.
      job.resolve({ matches: true, skipped: `the answer could not be handed to the schema check (${(error as Error).message.slice(0, 80)})` });
      this.#next();
      return;
    }
    const { timeoutMs } = this.#options;
    this.#current = { job, timer: setTimeout(() => this.#giveUp(`the schema took over ${timeoutMs} ms to check`), timeoutMs) };
  }
}

/** The schema worker (`schema-worker.ts`), compiled or from source. */
function spawnWorker(maxHeapMb: number): Worker {
  return spawnModuleWorker(import.meta.url, "schema-worker", { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 16 } });
}
