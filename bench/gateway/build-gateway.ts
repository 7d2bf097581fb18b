/**
 * Transpiles `src/` and the gateway entry to plain JavaScript under `bench/results/build/` (esbuild, one
 * file per module, as `tsc` emits it), so the benchmarked gateway runs like the built package: without
 * tsx's loader, which adds about 35 MB of RSS and would distort the memory numbers.
 * @module
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
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

/**
 * Builds `src/` and the benchmark's child entries of the tree at `root` (default: this repository; another tree,
 * e.g. a `git archive` of an older commit, builds into its own `bench/results/build`); returns the compiled entry paths.
 */
export async function buildGateway(root = REPO_ROOT): Promise<BuiltEntries> {
  const buildDir = path.join(root, "bench/results/build");
  const sources = listFiles(path.join(root, "src"));
  const entryPoints = sources.filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.endsWith(".d.ts"));
  entryPoints.push(path.join(root, "bench/gateway/gateway-process.ts"), path.join(root, "bench/gateway/bare-proxy-process.ts"), path.join(root, "bench/gateway/fastify-proxy-process.ts"), path.join(root, "bench/gateway/floor-proxy-process.ts"));
  // The memory probe (memory-gateway.ts) is built when the tree has one (an older tree may not).
  const probe = path.join(root, "bench/gateway/memory-probe.ts");
  if (existsSync(probe)) entryPoints.push(probe);
  await build({
    entryPoints,
    outdir: buildDir,
    outbase: root,
    bundle: false,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: true,
    logLevel: "error",
  });
  // Data files the modules read next to themselves (built-in catalog, classifier weights, ...).
  for (const file of sources.filter((name) => !name.endsWith(".ts"))) {
    const target = path.join(buildDir, path.relative(root, file));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  writeFileSync(path.join(buildDir, "package.json"), `${JSON.stringify({ type: "module" })}\n`);
  return {
    gateway: path.join(buildDir, "bench/gateway/gateway-process.js"),
    bareProxy: path.join(buildDir, "bench/gateway/bare-proxy-process.js"),
    fastifyProxy: path.join(buildDir, "bench/gateway/fastify-proxy-process.js"),
    floorProxy: path.join(buildDir, "bench/gateway/floor-proxy-process.js"),
  };
}

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}
