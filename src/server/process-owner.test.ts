/** Whose in-flight markers a start may record: gone processes' only, never a live neighbour's. */
import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { describe, expect, it } from "vitest";
import { makeDecisionRecord } from "../log/make-decision-record.js";
import { ownerIsGone, processIsGone, processOwner } from "./process-owner.js";

const NOW = 1_000_000;
const STALE = 600_000;
const hostOf = (owner: string): string => owner.split("|")[0] ?? "";
const markerOf = (owner: string, markedAt = NOW - 1_000) => ({ id: "dec_1", owner, markedAt, record: makeDecisionRecord() });

describe("ownerIsGone", () => {
  const self = processOwner();
  const gone = ownerIsGone(self, STALE, NOW);

  it("never takes this process's own markers, however old", () => {
    expect(gone(markerOf(self, 0))).toBe(false);
  });

  it("takes a predecessor that had this pid (a restarted container), by its other nonce", () => {
    expect(gone(markerOf(`${hostOf(self)}|${process.pid}|0123456789ab`))).toBe(true);
  });

  it("takes a process of this host that no longer runs, and leaves one that does", () => {
    const exited = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    expect(gone(markerOf(`${hostOf(self)}|${exited.stdout}|aaaaaaaaaaaa`))).toBe(true);
    expect(gone(markerOf(`${hostOf(self)}|${process.ppid}|aaaaaaaaaaaa`))).toBe(false);
  });

  it("leaves another host's fresh markers, and takes any marker older than a live request can be", () => {
    expect(gone(markerOf("elsewhere|1|aaaaaaaaaaaa"))).toBe(false);
    expect(gone(markerOf("elsewhere|1|aaaaaaaaaaaa", NOW - STALE - 1))).toBe(true);
    expect(gone(markerOf(`${hostOf(self)}|${process.ppid}|aaaaaaaaaaaa`, NOW - STALE - 1))).toBe(true);
  });

  it("leaves a neighbour container's markers (same hostname, another pid namespace, often the same pid)", () => {
    expect(self.split("|")[0]).toMatch(/\/pid:\[\d+\]$/);
    expect(gone(markerOf(`${hostname()}/pid:[1]|${process.pid}|aaaaaaaaaaaa`))).toBe(false);
  });

  it("reads a malformed owner as a gone process of this host only when its pid cannot run", () => {
    expect(gone(markerOf(`${hostOf(self)}|not-a-pid|x`))).toBe(true);
    expect(gone(markerOf("garbage"))).toBe(false);
  });
});

describe("processIsGone", () => {
  it("reads a token of another format (an older build's lock) as not known to be gone", () => {
    const self = processOwner();
    expect(processIsGone(self, "12345 0b6f3c1e-uuid")).toBe(false);
    expect(processIsGone(self, "")).toBe(false);
    expect(processIsGone(self, self)).toBe(false);
  });
});
