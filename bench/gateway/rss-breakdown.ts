/**
 * A process's RSS by kind of mapping, from `/proc/<pid>/smaps` (Linux): the node binary's own pages, shared
 * libraries, malloc's `[heap]`, anonymous mappings (V8's heap spaces, malloc's mmap'd arenas, thread stacks), and
 * other files (e.g. a memory-mapped SQLite file). The memory benchmark prints it beside `process.memoryUsage()`, so
 * "anonymous minus V8's committed heap" reads as the native side (malloc arenas: sockets' buffers, SQLite's page
 * cache, undici, compiler zones).
 *
 * The anonymous pages are split further by what the layout of x86-64 Linux and glibc gives away:
 * - `v8Pages`: V8 maps its heap pages at random hints spread over the low address space, far below the region the
 *   kernel hands plain `mmap` calls (near the libraries); anonymous mappings below `libraryFloor` are V8's pages
 *   (its code pages sit in one reserved range near the libraries and count as `otherAnonymous`).
 * - `threadArenas`: glibc's per-thread malloc arenas: a read-write mapping starting on a 64 MB boundary
 *   (`HEAP_MAX_SIZE`) followed by its unused, inaccessible rest.
 * - `stacks`: the main stack and thread stacks (a read-write mapping right after a one-page guard).
 * - `otherAnonymous`: the rest: malloc's large chunks (mmap'd one by one), V8's code range, Node's own.
 * @module
 */
import { readFileSync } from "node:fs";

/** RSS in bytes per kind of mapping. */
export interface RssBreakdown {
  binary: number;
  libraries: number;
  mallocHeap: number;
  /** All anonymous pages: the sum of the four below. */
  anonymous: number;
  v8Pages: number;
  threadArenas: number;
  stacks: number;
  otherAnonymous: number;
  files: number;
}

interface Mapping {
  start: bigint;
  end: bigint;
  permissions: string;
  name: string;
  rss: number;
}

const SIXTY_FOUR_MB = 64n << 20n;
const PAGE = 4096n;

/** Reads `/proc/<pid>/smaps`; undefined where there is none (not Linux, or the process is gone). */
export function rssBreakdown(pid: number): RssBreakdown | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/smaps`, "utf8");
  } catch {
    return undefined;
  }
  const mappings = parseSmaps(text);
  const out: RssBreakdown = { binary: 0, libraries: 0, mallocHeap: 0, anonymous: 0, v8Pages: 0, threadArenas: 0, stacks: 0, otherAnonymous: 0, files: 0 };
  const libraryFloor = mappings.filter((mapping) => mapping.name.includes(".so")).reduce((lowest, mapping) => (mapping.start < lowest ? mapping.start : lowest), 1n << 62n);
  mappings.forEach((mapping, index) => {
    const kind = kindOf(mapping.name);
    out[kind] += mapping.rss;
    if (kind !== "anonymous") return;
    out[anonymousKind(mapping, mappings[index - 1], mappings[index + 1], libraryFloor)] += mapping.rss;
  });
  return out;
}

function parseSmaps(text: string): Mapping[] {
  const mappings: Mapping[] = [];
  for (const line of text.split("\n")) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (header) {
      mappings.push({ start: BigInt(`0x${header[1] ?? "0"}`), end: BigInt(`0x${header[2] ?? "0"}`), permissions: header[3] ?? "", name: header[4] ?? "", rss: 0 });
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    const last = mappings[mappings.length - 1];
    if (rss && last) last.rss += Number(rss[1]) * 1024;
  }
  return mappings;
}

function kindOf(mapped: string): "binary" | "libraries" | "mallocHeap" | "anonymous" | "files" {
  if (mapped === "" || mapped.startsWith("[anon") || mapped === "[stack]") return "anonymous";
  if (mapped === "[heap]") return "mallocHeap";
  if (mapped.startsWith("[")) return "libraries";
  if (/\/node$/.test(mapped)) return "binary";
  if (/\.so(\.|$)|\.node$/.test(mapped)) return "libraries";
  return "files";
}

function anonymousKind(mapping: Mapping, before: Mapping | undefined, after: Mapping | undefined, libraryFloor: bigint): "v8Pages" | "threadArenas" | "stacks" | "otherAnonymous" {
  if (mapping.name === "[stack]") return "stacks";
  const guardBefore = before !== undefined && before.permissions.startsWith("---") && before.end === mapping.start && before.end - before.start === PAGE;
  if (guardBefore && mapping.permissions.startsWith("rw")) return "stacks";
  const arenaRest = after !== undefined && after.permissions.startsWith("---") && after.start === mapping.end;
  if (mapping.start % SIXTY_FOUR_MB === 0n && arenaRest && (after?.end ?? 0n) - mapping.start === SIXTY_FOUR_MB) return "threadArenas";
  if (mapping.start < libraryFloor - (1n << 40n)) return "v8Pages";
  return "otherAnonymous";
}
