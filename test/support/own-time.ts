/**
 * Test helper: the time a synchronous piece of work took this process, for timing checks that must hold on a loaded
 * machine. It is the smaller of the wall clock and the process's CPU time: while the OS runs other processes in the
 * middle of the work the wall clock counts it and the CPU time does not; a GC thread working alongside adds CPU time
 * but no wall time. Work that really costs (a backtracking regex, a read of the whole input) is slow on both.
 * @module
 */

/** Runs `run` once and returns its time in ms: min(wall clock, this process's user + system CPU time). */
export function ownTimeMs(run: () => unknown): number {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  run();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return Math.min(wallMs, (cpu.user + cpu.system) / 1_000);
}
