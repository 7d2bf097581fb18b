/**
 * Starting a worker thread from a module beside the caller, compiled or not.
 * @module
 */
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * A worker running `name` (without extension) from the folder of `callerUrl` (`import.meta.url`): the compiled `.js`
 * when the caller is compiled; from the `.ts` source (tests, `tsx`) through a bootstrap that registers tsx's loader
 * inside the worker first (Node 20 does not apply `--import` hooks to a worker's own entry).
 */
export function spawnModuleWorker(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
  if (!callerUrl.endsWith(".ts")) return new Worker(new URL(`./${name}.js`, callerUrl), options);
  const entry = new URL(`./${name}.ts`, callerUrl).href;
  const require = createRequire(callerUrl);
  const manifest = require("tsx/package.json") as { exports: Record<string, { import?: { default?: string } }> };
  const api = pathToFileURL(path.join(path.dirname(require.resolve("tsx/package.json")), manifest.exports["./esm/api"]?.import?.default ?? "dist/esm/api/index.mjs")).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}
