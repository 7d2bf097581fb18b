// Bundles the dashboard (src/dashboard/main.ts, uPlot included) with esbuild into dist/dashboard/ beside its
// stylesheet, uPlot's stylesheet and the icon: the gateway serves these files from the package (no CDN).
// Usage: node scripts/build-dashboard.mjs [outDir]   (default dist/dashboard; tests build into a temp dir)
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.resolve(process.argv[2] ?? path.join(root, "dist/dashboard"));
const source = path.join(root, "src/dashboard");
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [path.join(source, "main.ts")],
  outfile: path.join(outDir, "app.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2022"],
  minify: true,
  legalComments: "none",
  logLevel: "warning",
});
const require = createRequire(import.meta.url);
copyFileSync(path.join(path.dirname(require.resolve("uplot")), "uPlot.min.css"), path.join(outDir, "uplot.css"));
copyFileSync(path.join(source, "styles.css"), path.join(outDir, "app.css"));
copyFileSync(path.join(source, "favicon.svg"), path.join(outDir, "favicon.svg"));
