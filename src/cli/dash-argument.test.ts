/**
 * A prompt that starts with "-" (`switchyard route "-5 degrees in fahrenheit?"`) is read as an option by the argument
 * parser: "unknown option '-5 degrees...'" left the user to guess that `--` ends the options.
 */
import { describe, expect, it } from "vitest";
import type { CliIo } from "./cli-io.js";
import { runCli } from "./main.js";

function memoryIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text), env: {}, cwd: process.cwd() };
}

describe("an argument that starts with a dash", () => {
  it("is told to follow --, with the command to run", async () => {
    const io = memoryIo();
    expect(await runCli(["route", "-5 degrees in fahrenheit?"], io)).toBe(2);
    expect(io.err.join("")).toContain(`(An argument that starts with "-" is read as an option: put -- before it, as in \`switchyard route -- "-5 degrees in fahrenheit?"\`.)`);
  });

  it("is routed after --", async () => {
    const io = memoryIo();
    expect(await runCli(["route", "--", "-5 degrees in fahrenheit?"], io)).toBe(0);
    expect(io.out.join("")).toMatch(/^Route → /);
  });

  it("leaves a misspelt option to its own hint", async () => {
    const io = memoryIo();
    expect(await runCli(["route", "--jsnol", "x"], io)).toBe(2);
    expect(io.err.join("")).not.toContain("put -- before it");
  });
});
