/**
 * A process's RSS by kind of mapping, from `/proc/<pid>/smaps` (Linux): the node binary's own pages, shared
 * libraries, malloc's `[heap]`, anonymous mappings (V8's heap spaces, malloc's mmap'd arenas, thread stacks), and
 * other files (e.g. a memory-mapped SQLite file). The memory benchmark prints it beside `process.memoryUsage()`, so
 * "anonymous minus V8's committed heap" reads as the native side (malloc arenas: sockets' buffers, SQLite's page
 * cache, undici, compiler zones).
 * @module
 */
import { readFileSync } from "node:fs";

/** RSS in bytes per kind of mapping. */
export interface RssBreakdown {
  binary: number;
  libraries: number;
  mallocHeap: number;
  anonymous: number;
  files: number;
}

/** Reads `/proc/<pid>/smaps`; undefined where there is none (not Linux, or the process is gone). */
export function rssBreakdown(pid: number): RssBreakdown | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/smaps`, "utf8");
  } catch {
    return undefined;
  }
  const out: RssBreakdown = { binary: 0, libraries: 0, mallocHeap: 0, anonymous: 0, files: 0 };
  let kind: keyof RssBreakdown = "anonymous";
  for (const line of text.split("\n")) {
    const header = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (header) {
      kind = kindOf(header[1] ?? "");
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) out[kind] += Number(rss[1]) * 1024;
  }
  return out;
}

function kindOf(mapped: string): keyof RssBreakdown {
  if (mapped === "" || mapped.startsWith("[anon") || mapped === "[stack]") return "anonymous";
  if (mapped === "[heap]") return "mallocHeap";
  if (mapped.startsWith("[")) return "libraries";
  if (/\/node$/.test(mapped)) return "binary";
  if (/\.so(\.|$)|\.node$/.test(mapped)) return "libraries";
  return "files";
}
