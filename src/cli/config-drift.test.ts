import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { watchConfigDrift } from "./config-drift.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-drift-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("watchConfigDrift", () => {
  it("says nothing while the file is as it was", () => {
    const file = path.join(dir, "same.yaml");
    writeFileSync(file, "tasks: { chat: budget }\n");
    expect(watchConfigDrift(file).note()).toBe("");
  });

  it("names an edited file and the restart it needs", () => {
    const file = path.join(dir, "edited.yaml");
    writeFileSync(file, "tasks: { chat: budget }\n");
    const drift = watchConfigDrift(file);
    writeFileSync(file, "tasks: { chat: premium }\n");
    expect(drift.note()).toContain(`${file} has changed since the gateway started`);
    expect(drift.note()).toContain("Restart the gateway");
  });

  it("a file absent at start (the defaults ran) that appears later: says it is not applied", () => {
    const file = path.join(dir, "later.yaml");
    const drift = watchConfigDrift(file);
    expect(drift.note()).toBe("");
    writeFileSync(file, "tasks: { chat: premium }\n");
    expect(drift.note()).toContain(`${file} did not exist when the gateway started (it runs on the built-in defaults)`);
    expect(drift.note()).toContain("Restart the gateway");
  });

  it("a file removed since start: says the gateway still runs on what it read", () => {
    const file = path.join(dir, "removed.yaml");
    writeFileSync(file, "tasks: { chat: budget }\n");
    const drift = watchConfigDrift(file);
    unlinkSync(file);
    expect(drift.note()).toContain(`${file} has been removed since the gateway started`);
  });
});
