/**
 * Who wrote an in-flight marker (`log/in-flight.ts`), and whether that process is gone, so the markers of a crashed
 * gateway are recorded at the next start and a live neighbour's (another process on the same SQLite file) are not.
 * Reads the process table, so it lives in `server/`.
 * @module
 */
import { randomBytes } from "node:crypto";
import { readlinkSync } from "node:fs";
import { hostname } from "node:os";
import type { InFlightMarker } from "../log/in-flight.js";

/**
 * This process: its host (the hostname and, on Linux, the pid namespace, since containers sharing a hostname each
 * number their own pids), its pid, and a nonce (a restarted container often gets its old pid back).
 */
export function processOwner(): string {
  return [`${hostname()}/${pidNamespace()}`, process.pid, randomBytes(6).toString("hex")].join("|");
}

function pidNamespace(): string {
  try {
    return readlinkSync("/proc/self/ns/pid");
  } catch {
    return "";
  }
}

/**
 * A marker's process is gone when it is this host's and that pid is not running (or is this process, under another
 * nonce), or when the marker is older than a live request should be (`staleAfterMs`: a reused pid, another host).
 * Taking a live request's marker by age costs nothing lasting: its own record replaces the interrupted one.
 */
export function ownerIsGone(self: string, staleAfterMs: number, now: number): (marker: InFlightMarker) => boolean {
  return (marker) => {
    if (marker.owner === self) return false;
    if (now - marker.markedAt > staleAfterMs) return true;
    return processIsGone(self, marker.owner);
  };
}

/**
 * Whether the process `owner` names (as `processOwner` spells it) is known to be gone, seen from `self`: it ran on
 * this host and its pid no longer runs, or it is this process under another nonce. Another host's is never known.
 */
export function processIsGone(self: string, owner: string): boolean {
  if (owner === self) return false;
  const [host, pid] = self.split("|");
  const [ownerHost, ownerPid] = owner.split("|");
  if (ownerHost !== host || ownerPid === undefined) return false;
  if (ownerPid === pid) return true;
  return !isRunning(Number(ownerPid));
}

function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
