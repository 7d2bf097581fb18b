/**
 * What a CLI command may touch: output streams, the environment and the working directory.
 * Passing these in keeps commands testable in-process.
 * @module
 */

/** The CLI's window on the world. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}
