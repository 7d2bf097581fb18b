/**
 * Transpiles `src/` and the gateway entry to plain JavaScript under `bench/results/build/` (esbuild, one
 * file per module, as `tsc` emits it), so the benchmarked gateway runs like the built package: without
 * tsx's loader, which adds about 35 MB of RSS and would distort the memory numbers.
 * @module
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { REPO_ROOT } from "./processes.js";

/** Where the build goes (gitignored with the rest of bench/results). */
export const BUILD_DIR = path.join(REPO_ROOT, "bench/results/build");

/** The compiled entries the benchmark runs. */
export interface BuiltEntries {
  gateway: string;
  bareProxy: string;
  fastifyProxy: string;
  floorProxy: string;
}

/** Builds `src/` and the benchmark's child entries; returns the compiled entry paths. */
export async function buildGateway(): Promise<BuiltEntries> {
  const sources = listFiles(path.join(REPO_ROOT, "src"));
  const entryPoints = sources.filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.endsWith(".d.ts"));
  entryPoints.push(path.join(REPO_ROOT, "bench/gateway/gateway-process.ts"), path.join(REPO_ROOT, "bench/gateway/bare-proxy-process.ts"), path.join(REPO_ROOT, "bench/gateway/fastify-proxy-process.ts"), path.join(REPO_ROOT, "bench/gateway/floor-proxy-process.ts"));
  await build({
    entryPoints,
    outdir: BUILD_DIR,
    outbase: REPO_ROOT,
    bundle: false,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: true,
    logLevel: "error",
  });
  // Data files the modules read next to themselves (built-in catalog, classifier weights, ...).
  for (const file of sources.filter((name) => !name.endsWith(".ts"))) {
    const target = path.join(BUILD_DIR, path.relative(REPO_ROOT, file));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  writeFileSync(path.join(BUILD_DIR, "package.json"), `${JSON.stringify({ type: "module" })}\n`);
  return {
    gateway: path.join(BUILD_DIR, "bench/gateway/gateway-process.js"),
    bareProxy: path.join(BUILD_DIR, "bench/gateway/bare-proxy-process.js"),
    fastifyProxy: path.join(BUILD_DIR, "bench/gateway/fastify-proxy-process.js"),
    floorProxy: path.join(BUILD_DIR, "bench/gateway/floor-proxy-process.js"),
  };
}

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}
