/**
 * What a CLI command may touch: output streams, standard input, the environment and the working directory.
 * Passing these in keeps commands testable in-process.
 * @module
 */

/** The CLI's window on the world. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /**
   * Standard input as it arrives (for `-` in place of a file name), read chunk by chunk so a long pipe is never held
   * whole. Absent: there is no standard input to read.
   */
  stdin?: () => AsyncIterable<Buffer | string>;
  /**
   * Resolves once standard output has room again (its reader keeps up). A command printing without bound (`route
   * --jsonl`) awaits it after each write, so a slow reader slows it down instead of its output piling up in memory.
   * Absent: output never waits.
   */
  drained?: () => Promise<void>;
}
