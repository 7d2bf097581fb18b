/**
 * `npm run dev -- <command>`: the CLI straight from `src/` through tsx, no build needed (`bin/switchyard.js`
 * runs the built `dist/`).
 * @module
 */
import { runCli } from "../src/cli/main.js";

process.exitCode = await runCli(process.argv.slice(2));
