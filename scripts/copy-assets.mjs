// Copies the JSON data files that modules load at run time (built-in catalog, learned weights) next to the
// compiled JavaScript in dist/, since tsc only emits what is imported as code.
import { cpSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });

// tsconfig.json files configure the compiler (src/dashboard has its own); they are not run-time data.
for (const file of walk("src").filter((f) => (f.endsWith(".json") || f.endsWith(".jsonl")) && path.basename(f) !== "tsconfig.json")) {
  const target = path.join("dist", path.relative("src", file));
  mkdirSync(path.dirname(target), { recursive: true });
  cpSync(file, target);
}
