/**
 * Child-process entry of the gateway benchmark: `switchyard serve <args>` run from source, the way a
 * user runs it, so the benchmark measures the shipped composition (routing, log, budgets, metrics).
 *
 * Usage: node --import tsx bench/gateway/gateway-process.ts --port N --upstream-url URL ...
 * @module
 */
import { runCli } from "../../src/cli/main.js";

process.exitCode = await runCli(["serve", ...process.argv.slice(2)]);
