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
  /** All of standard input as text (for `-` in place of a file name). Absent: there is no standard input to read. */
  stdin?: () => Promise<string>;
}
