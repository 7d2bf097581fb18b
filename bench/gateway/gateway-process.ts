/**
 * Child-process entry of the gateway benchmark: `switchyard serve <args>` run from source, the way a
 * user runs it, so the benchmark measures the shipped composition (routing, log, budgets, metrics). As
 * `bin/switchyard.js` does for `serve`, it caps V8's new space before the CLI's modules load.
 *
 * Usage: node --import tsx bench/gateway/gateway-process.ts --port N --upstream-url URL ...
 * @module
 */
const { capNewSpace } = await import("../../src/cli/new-space-cap.js");
capNewSpace();
const { runCli } = await import("../../src/cli/main.js");

process.exitCode = await runCli(["serve", ...process.argv.slice(2)]);
