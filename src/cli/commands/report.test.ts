import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCliCaptured } from "../../../test/support/run-cli-captured.js";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { createDecisionLog } from "../../log/create-decision-log.js";
import { makeDecisionRecord } from "../../log/make-decision-record.js";
import type { SpendReport } from "../../log/build-report.js";
import { openStorage } from "../../storage/open-storage.js";

const cwd = mkdtempSync(join(tmpdir(), "switchyard-report-cli-"));
writeFileSync(join(cwd, "switchyard.yaml"), "storage:\n  sqlite: ./state/gateway.db\n");
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<string> {
  const result = await runCliCaptured(argv, { cwd });
  if (result.code !== 0) throw new Error(result.stderr);
  return result.stdout;
}

describe("switchyard report", () => {
  it("totals equal the served costs in the store, with savings against the premium tier's first model", async () => {
    const now = Date.now();
    const costs = [0.00123, 0.0004567, 0.02, 0.000001];
    const records = [
      ...costs.map((costUsd, i) => makeDecisionRecord({ createdAt: now - i * 3_600_000, costUsd, door: i < 2 ? "messages" : "chat", tier: i % 2 ? "mid" : "budget", inputTokens: 1000 * (i + 1), outputTokens: 200 })),
      makeDecisionRecord({ createdAt: now - 1000, outcome: "refused", status: 402, model: null, costUsd: 0, inputTokens: 0, outputTokens: 0, errorType: "budget_exceeded" }),
      makeDecisionRecord({ createdAt: now - 30 * 86_400_000, costUsd: 9 }),
    ];
    const storage = await openStorage({ storage: { sqlite: "./state/gateway.db" }, cwd });
    const log = createDecisionLog({ backend: storage.decisionBackend });
    for (const record of records) log.write(record);
    await log.close();
    await storage.close();

    const report = JSON.parse(await run("report", "--since", "7d", "--by", "tier", "--json")) as SpendReport;
    expect(report.total).toMatchObject({ requests: 5, served: 4, refused: 1, input_tokens: 10_000, output_tokens: 800 });
    expect(report.total.cost_usd).toBeCloseTo(costs.reduce((a, b) => a + b, 0), 12);
    expect(report.rows.map((r) => r.group)).toEqual(["budget", "mid"]);
    const sonnet = builtinCatalog().get("anthropic/claude-sonnet-4.5");
    expect(report.premium_model).toBe("anthropic/claude-sonnet-4.5");
    const expectedPremium = sonnet ? (10_000 * sonnet.pricing.usdPerMillionInputTokens + 800 * sonnet.pricing.usdPerMillionOutputTokens) / 1e6 : NaN;
    expect(report.total.premium_equivalent_usd).toBeCloseTo(expectedPremium, 12);

    const table = await run("report", "--since", "7d");
    expect(table).toMatch(/^day\s+requests\s+served/m);
    // The heading's bounds are to the minute and say UTC, as its days are UTC days.
    expect(table).toMatch(/^Spend from \d{4}-\d\d-\d\d \d\d:\d\d UTC to \d{4}-\d\d-\d\d \d\d:\d\d UTC, by day \(UTC days\)$/m);
    expect(table).toContain("TOTAL");
    expect(table).toContain("Cost by day");
    const byDoor = JSON.parse(await run("report", "--since", "7d", "--by", "door", "--json")) as SpendReport;
    expect(byDoor.rows.map((r) => [r.group, r.requests])).toEqual([["chat", 3], ["messages", 2]]);
    await expect(run("report", "--by", "colour")).rejects.toThrow(/Valid values: day, task, tier, model, key, experiment, door/);
    await expect(run("report", "--since", "yesterday")).rejects.toThrow(/--since must be a duration such as 30m/);
  });

  it("--by experiment takes --min-units, then the experiment's min_units_per_arm, then 10", async () => {
    const experimentCwd = mkdtempSync(join(tmpdir(), "switchyard-report-units-"));
    try {
      const config = "storage:\n  sqlite: ./state/gateway.db\nexperiments:\n  - { name: few-keys, share: 0.5, variant: { tier: mid }, min_units_per_arm: 3 }\n";
      writeFileSync(join(experimentCwd, "switchyard.yaml"), config);
      const storage = await openStorage({ storage: { sqlite: "./state/gateway.db" }, cwd: experimentCwd });
      const log = createDecisionLog({ backend: storage.decisionBackend });
      for (let i = 0; i < 80; i++) log.write(makeDecisionRecord({ experiment: "few-keys", arm: i % 2 ? "variant" : "control", experimentUnit: `key-${i % 6}`, costUsd: 0.001, createdAt: Date.now() - 1000 }));
      await log.close();
      await storage.close();
      const reportWith = async (...extra: string[]) => {
        const result = await runCliCaptured(["report", "--by", "experiment", "--json", ...extra], { cwd: experimentCwd });
        if (result.code !== 0) throw new Error(result.stderr);
        return (JSON.parse(result.stdout) as { experiments: { min_units_per_arm: number; verdict: string }[] }).experiments[0];
      };
      expect((await reportWith())?.min_units_per_arm).toBe(3);
      const stricter = await reportWith("--min-units", "4");
      expect(stricter?.verdict).toMatch(/^not enough data: need ≥ 4 assigned units .*\(control 3, variant 3\)/);
      await expect(reportWith("--min-units", "1")).rejects.toThrow("--min-units must be a whole number from 2");
    } finally {
      rmSync(experimentCwd, { recursive: true, force: true });
    }
  });

  it("--by key names each key beside its id, in the table and as key_name in JSON (a team lead knows keys by name)", async () => {
    const keyCwd = mkdtempSync(join(tmpdir(), "switchyard-report-keys-"));
    try {
      writeFileSync(join(keyCwd, "switchyard.yaml"), "storage:\n  sqlite: ./state/gateway.db\n");
      const created = await runCliCaptured(["keys", "create", "--name", "team-search", "--json"], { cwd: keyCwd });
      const { key } = JSON.parse(created.stdout) as { key: { id: string } };
      const storage = await openStorage({ storage: { sqlite: "./state/gateway.db" }, cwd: keyCwd });
      const log = createDecisionLog({ backend: storage.decisionBackend });
      log.write(makeDecisionRecord({ keyId: key.id, costUsd: 0.002, createdAt: Date.now() - 1000 }));
      log.write(makeDecisionRecord({ keyId: null, costUsd: 0.001, createdAt: Date.now() - 1000 }));
      await log.close();
      await storage.close();
      const table = await runCliCaptured(["report", "--by", "key"], { cwd: keyCwd });
      expect(table.stdout).toMatch(new RegExp(`^team-search \\(${key.id}\\)\\s+1\\s`, "m"));
      const json = JSON.parse((await runCliCaptured(["report", "--by", "key", "--json"], { cwd: keyCwd })).stdout) as { rows: { group: string; key_name: string | null }[] };
      expect(json.rows.map((row) => [row.group, row.key_name])).toEqual(expect.arrayContaining([[key.id, "team-search"]]));
    } finally {
      rmSync(keyCwd, { recursive: true, force: true });
    }
  });

  it("an empty report names the store it read and how to reach the gateway's (report run outside serve's folder)", async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "switchyard-report-empty-"));
    try {
      // A log that exists and holds nothing yet (with no log at all, report says so and exits 1:
      // test/cli/read-only-commands-create-nothing.test.ts).
      await (await openStorage({ storage: { sqlite: "./.switchyard/switchyard.db" }, cwd: elsewhere })).close();
      const result = await runCliCaptured(["report"], { cwd: elsewhere });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("No decisions in this period.");
      expect(result.stdout).toContain(`Decision log read: sqlite ${join(elsewhere, ".switchyard", "switchyard.db")}`);
      expect(result.stdout).toContain("run report in the folder where `switchyard serve` runs, or pass --config");
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
