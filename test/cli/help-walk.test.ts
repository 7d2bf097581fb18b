/**
 * Every `--help` a user can ask for, walked as a user reads them: `switchyard --help`, each command's and each
 * subcommand's. Each exits 0 and shows how the command is written (an `Examples:` section starting with that very
 * command); the top level, the groups (catalog, config, keys, router), eval and simulate-upstream had none, so a newcomer
 * reading `switchyard --help` saw eleven commands and no line to start with. No option states its default twice.
 */
import { describe, expect, it } from "vitest";
import type { Command } from "commander";
import { createProgram } from "../../src/cli/main.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

/** Every command path of the program, the top level ([]) first. */
function commandPaths(command: Command, path: string[] = []): string[][] {
  const below = command.commands.filter((sub) => sub.name() !== "help").flatMap((sub) => commandPaths(sub, [...path, sub.name()]));
  return [path, ...below];
}

const program = createProgram({ stdout: () => {}, stderr: () => {}, env: {}, cwd: process.cwd(), stdin: () => process.stdin, drained: async () => {} });

describe("every --help", () => {
  it.each(commandPaths(program).map((path) => [path.join(" ") || "(top level)", path] as const))("switchyard %s --help exits 0 with examples of that command", async (_name, path) => {
    const run = await runCliCaptured([...path, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(new RegExp(`\\nExamples:\\n  \\$ (\\S+=\\S+ )?switchyard ${path.join(" ")}`));
    expect(run.stdout).not.toMatch(/\(default:[^)]*\)\s*\(default:/);
  });

  it("tells a newcomer where to start at the top level: the first command of the README, and serve --simulate", async () => {
    const run = await runCliCaptured(["--help"]);
    expect(run.stdout).toContain('$ switchyard route "');
    expect(run.stdout).toContain("$ switchyard serve --simulate");
  });
});
