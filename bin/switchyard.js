#!/usr/bin/env node
const args = process.argv.slice(2);
// `serve` caps V8's new space before the CLI's modules load: their start-up tables would grow it to its top first
// (ADR 0018, amendment of 2026-12-06).
if (args[0] === "serve") (await import("../dist/cli/new-space-cap.js")).capNewSpace();
const { runCli } = await import("../dist/cli/main.js");

process.exitCode = await runCli(args);
