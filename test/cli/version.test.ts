import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

describe("switchyard --version", () => {
  it("prints the version package.json declares, not a copy that can drift from it", async () => {
    const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    const run = await runCliCaptured(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(manifest.version);
  });
});
