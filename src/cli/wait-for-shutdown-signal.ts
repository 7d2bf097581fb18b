/**
 * Resolves with the first SIGINT or SIGTERM, for long-running commands (`serve`, `simulate-upstream`).
 * @module
 */

/** Waits for SIGINT or SIGTERM and removes its listeners once one arrives. */
export function waitForShutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      resolve(signal);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
}
