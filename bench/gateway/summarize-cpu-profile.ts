/**
 * Summarizes a V8 `.cpuprofile` (from `node --cpu-prof`, e.g. `npm run bench:gateway -- --cpu-prof`):
 * self time per function and per file, and inclusive time of project functions, so "where does the
 * gateway's time go" has an answer without opening DevTools.
 *
 * Usage: npx tsx bench/gateway/summarize-cpu-profile.ts <file.cpuprofile> [top=25]
 * @module
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and inclusive milliseconds per label, biggest first. */
export function summarizeProfile(profile: CpuProfile): { totalMs: number; selfByFunction: [string, number][]; selfByFile: [string, number][]; inclusiveProject: [string, number][] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const selfByFunction = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalMs = 0;
  for (const [id, ms] of selfMs) {
    const node = byId.get(id);
    if (!node) continue;
    totalMs += ms;
    add(selfByFunction, label(node), ms);
    add(selfByFile, fileOf(node), ms);
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const ancestor = byId.get(current);
      if (!ancestor || !ancestor.callFrame.url.includes("/src/")) continue;
      const name = label(ancestor);
      if (seen.has(name)) continue;
      seen.add(name);
      add(inclusive, name, ms);
    }
  }
  return { totalMs, selfByFunction: sorted(selfByFunction), selfByFile: sorted(selfByFile), inclusiveProject: sorted(inclusive) };
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || "(anonymous)"} ${shorten(url)}:${lineNumber + 1}`;
}

function fileOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  return url === "" ? `(${functionName || "native"})` : shorten(url).replace(/^(node_modules\/(@[^/]+\/)?[^/]+).*$/, "$1");
}

function shorten(url: string): string {
  return url.replace(/^file:\/\//, "").replace(/^.*?\/(node_modules|src)\//, "$1/");
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function sorted(map: Map<string, number>): [string, number][] {
  return [...map.entries()].sort((a, b) => b[1] - a[1]);
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
const [file, topText = "25"] = isMain ? process.argv.slice(2) : [];
if (file) {
  const top = Number(topText);
  const summary = summarizeProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const print = (title: string, rows: [string, number][]): void => {
    process.stdout.write(`\n## ${title}\n`);
    for (const [name, ms] of rows.slice(0, top)) process.stdout.write(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)}%  ${name}\n`);
  };
  process.stdout.write(`total sampled: ${summary.totalMs.toFixed(0)} ms\n`);
  print("self time by file/package", summary.selfByFile);
  print("self time by function", summary.selfByFunction);
  print("inclusive time of project (src/) functions", summary.inclusiveProject);
}
