import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { watchConfigDrift } from "./config-drift.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-drift-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("watchConfigDrift", async () => {
  it("says nothing while the file is as it was", async () => {
    const file = path.join(dir, "same.yaml");
    writeFileSync(file, "tasks: { chat: budget }\n");
    expect((await watchConfigDrift(file).note())).toBe("");
  });

  it("names an edited file and the restart it needs", async () => {
    const file = path.join(dir, "edited.yaml");
    writeFileSync(file, "tasks: { chat: budget }\n");
    const drift = watchConfigDrift(file);
    writeFileSync(file, "tasks: { chat: premium }\n");
    expect((await drift.note())).toContain(`${file} has changed since the gateway started`);
    expect((await drift.note())).toContain("Restart the gateway");
  });

  it("a file absent at start (the defaults ran) that appears later: says it is not applied", async () => {
    const file = path.join(dir, "later.yaml");
    const drift = watchConfigDrift(file);
    expect((await drift.note())).toBe("");
    writeFileSync(file, "tasks: { chat: premium }\n");
    expect((await drift.note())).toContain(`${file} did not exist when the gateway started (it runs on the built-in defaults)`);
    expect((await drift.note())).toContain("Restart the gateway");
  });

  it("a file removed since start: says the gateway still runs on what it read", async () => {
    const file = path.join(dir, "removed.yaml");
    writeFileSync(file, "tasks: { chat: budget }\n");
    const drift = watchConfigDrift(file);
    unlinkSync(file);
    expect((await drift.note())).toContain(`${file} has been removed since the gateway started`);
  });

  it("an edit that does not load: names its error and warns that a restart would not start", async () => {
    const file = path.join(dir, "broken.yaml");
    writeFileSync(file, "tasks: { chat: budget }\n");
    const drift = watchConfigDrift(file, async () => {
      if (readFileSync(file, "utf8").includes("nonexistent")) throw new Error('Invalid config:\n  - tasks.chat: unknown tier "nonexistent"');
    });
    writeFileSync(file, "tasks: { chat: premium }\n");
    expect(await drift.note()).toContain("Restart the gateway to apply it");
    writeFileSync(file, "tasks: { chat: nonexistent }\n");
    const note = await drift.note();
    expect(note).toContain("it is invalid, so a restart would not start");
    expect(note).toContain('tasks.chat: unknown tier "nonexistent"');
    expect(note).not.toContain("Restart the gateway to apply it");
  });
});

describe("watchConfigDrift, a file removed or unreadable since start", () => {
  it("when a restart could not load it (a named --config now missing): says a restart would not start, with why", async () => {
    const file = path.join(dir, "named-then-removed.yaml");
    writeFileSync(file, "tasks: { chat: budget }\n");
    const drift = watchConfigDrift(file, async () => {
      throw new Error(`Config file not found: ${file}`);
    });
    unlinkSync(file);
    const note = await drift.note();
    expect(note).toContain(`${file} has been removed since the gateway started`);
    expect(note).toContain("a restart would not start");
    expect(note).toContain(`Config file not found: ${file}`);
  });

  it("when a restart would still load (./switchyard.yaml gone: the defaults): says only that it was removed", async () => {
    const file = path.join(dir, "default-then-removed.yaml");
    writeFileSync(file, "tasks: { chat: budget }\n");
    const drift = watchConfigDrift(file, async () => ({}));
    unlinkSync(file);
    const note = await drift.note();
    expect(note).toContain(`${file} has been removed since the gateway started; the gateway still runs on the config it read then.`);
    expect(note).not.toContain("would not start");
  });
});
