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

/** Writes into the decision log of the SQLite store that `dir`'s switchyard.yaml names. */
async function withLog(dir: string, write: (log: ReturnType<typeof createDecisionLog>) => void): Promise<void> {
  const storage = await openStorage({ storage: { sqlite: "./state/gateway.db" }, cwd: dir });
  const log = createDecisionLog({ backend: storage.decisionBackend });
  write(log);
  await log.close();
  await storage.close();
}

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
    await withLog(cwd, (log) => {
      for (const record of records) log.write(record);
    });

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
      await withLog(experimentCwd, (log) => {
        for (let i = 0; i < 80; i++) log.write(makeDecisionRecord({ experiment: "few-keys", arm: i % 2 ? "variant" : "control", experimentUnit: `key-${i % 6}`, costUsd: 0.001, createdAt: Date.now() - 1000 }));
      });
      const reportWith = async (...extra: string[]) => {
        const result = await runCliCaptured(["report", "--by", "experiment", "--json", ...extra], { cwd: experimentCwd });
        if (result.code !== 0) throw new Error(result.stderr);
        return (JSON.parse(result.stdout) as { experiments: { min_units_per_arm: number; verdict: string }[] }).experiments[0];
      };
      expect((await reportWith())?.min_units_per_arm).toBe(3);
      const stricter = await reportWith("--min-units", "4");
      expect(stricter?.verdict).toMatch(/^not enough data: need ≥ 4 assigned units .*\(control 3, variant 3\)/);
      await expect(reportWith("--min-units", "1")).rejects.toThrow("--min-units must be a whole number from 2");
      // A filter narrows the rows, not the verdicts: the table's "Only decisions with ..." must not pass for theirs.
      const filtered = await runCliCaptured(["report", "--by", "experiment", "--task", "code_generation"], { cwd: experimentCwd });
      expect(filtered.stdout).toContain("Only decisions with task code_generation.");
      expect(filtered.stdout).toMatch(/^The experiment verdicts below read all of each experiment's decisions: the filters narrow the rows above only\.$/m);
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
      await withLog(keyCwd, (log) => {
        log.write(makeDecisionRecord({ keyId: key.id, costUsd: 0.002, createdAt: Date.now() - 1000 }));
        log.write(makeDecisionRecord({ keyId: null, costUsd: 0.001, createdAt: Date.now() - 1000 }));
      });
      const table = await runCliCaptured(["report", "--by", "key"], { cwd: keyCwd });
      expect(table.stdout).toMatch(new RegExp(`^team-search \\(${key.id}\\)\\s+1\\s`, "m"));
      const json = JSON.parse((await runCliCaptured(["report", "--by", "key", "--json"], { cwd: keyCwd })).stdout) as { rows: { group: string; key_name: string | null }[] };
      expect(json.rows.map((row) => [row.group, row.key_name])).toEqual(expect.arrayContaining([[key.id, "team-search"]]));
    } finally {
      rmSync(keyCwd, { recursive: true, force: true });
    }
  });

  it("--task, --tier, --model, --key (name or id) and --status filter the rows as /api/report's filters do, and say so", async () => {
    const filterCwd = mkdtempSync(join(tmpdir(), "switchyard-report-filter-"));
    try {
      writeFileSync(join(filterCwd, "switchyard.yaml"), "storage:\n  sqlite: ./state/gateway.db\n");
      const created = await runCliCaptured(["keys", "create", "--name", "team-code", "--json"], { cwd: filterCwd });
      const { key } = JSON.parse(created.stdout) as { key: { id: string } };
      await withLog(filterCwd, (log) => {
        const at = Date.now() - 1000;
        log.write(makeDecisionRecord({ task: "code_generation", tier: "premium", keyId: key.id, costUsd: 0.03, createdAt: at }));
        log.write(makeDecisionRecord({ task: "code_generation", tier: "mid", keyId: key.id, costUsd: 0.002, createdAt: at }));
        log.write(makeDecisionRecord({ task: "code_generation", tier: "premium", keyId: null, outcome: "refused", status: 402, model: null, costUsd: 0, createdAt: at }));
        log.write(makeDecisionRecord({ task: "chat", tier: "budget", keyId: null, costUsd: 0.0001, createdAt: at }));
      });
      const report = async (...flags: string[]) => {
        const result = await runCliCaptured(["report", "--json", ...flags], { cwd: filterCwd });
        if (result.code !== 0) throw new Error(result.stderr);
        return JSON.parse(result.stdout) as SpendReport & { filter?: Record<string, string> };
      };
      const coding = await report("--task", "code_generation");
      expect(coding.total).toMatchObject({ requests: 3, served: 2, refused: 1 });
      expect(coding.total.cost_usd).toBeCloseTo(0.032, 12);
      expect(coding.filter).toEqual({ task: "code_generation" });
      const premium = await report("--task", "code_generation", "--tier", "premium", "--status", "served");
      expect(premium.total.requests).toBe(1);
      expect(premium.total.cost_usd).toBeCloseTo(0.03, 12);
      for (const given of ["team-code", key.id]) {
        const byKey = await report("--key", given);
        expect(byKey.total.requests, given).toBe(2);
        expect(byKey.filter, given).toEqual({ key: key.id });
      }
      expect((await report()).total.requests).toBe(4);
      const table = await runCliCaptured(["report", "--task", "code_generation", "--key", "team-code"], { cwd: filterCwd });
      expect(table.stdout).toMatch(/^Only decisions with task code_generation, key team-code\.$/m);
      const none = await runCliCaptured(["report", "--task", "code_generaton"], { cwd: filterCwd });
      expect(none.stdout).toContain("No decision in this period has task code_generaton");
      expect(none.stdout).toContain('Did you mean "code_generation"?');
      const unknownKey = await runCliCaptured(["report", "--key", "team-nope"], { cwd: filterCwd });
      expect(unknownKey.code).not.toBe(0);
      expect(unknownKey.stderr).toContain('No key "team-nope" in this store');
      const badStatus = await runCliCaptured(["report", "--status", "ok"], { cwd: filterCwd });
      expect(badStatus.stderr).toContain("Valid values: served, refused, failed, client_error");
      const shadow = await runCliCaptured(["report", "--by", "shadow", "--task", "chat"], { cwd: filterCwd });
      expect(shadow.stderr).toContain("--by shadow reads every auto decision");
    } finally {
      rmSync(filterCwd, { recursive: true, force: true });
    }
  });

  it("--key with a name a revoked key and its successor share does not pick one of them silently", async () => {
    const rotatedCwd = mkdtempSync(join(tmpdir(), "switchyard-report-rotated-"));
    try {
      writeFileSync(join(rotatedCwd, "switchyard.yaml"), "storage:\n  sqlite: ./state/gateway.db\n");
      const create = async () => (JSON.parse((await runCliCaptured(["keys", "create", "--name", "team-a", "--json"], { cwd: rotatedCwd })).stdout) as { key: { id: string } }).key.id;
      const old = await create();
      expect((await runCliCaptured(["keys", "revoke", old], { cwd: rotatedCwd })).code).toBe(0);
      const current = await create();
      await withLog(rotatedCwd, (log) => {
        log.write(makeDecisionRecord({ keyId: old, costUsd: 0.01, createdAt: Date.now() - 1000 }));
        log.write(makeDecisionRecord({ keyId: current, costUsd: 0.02, createdAt: Date.now() - 1000 }));
      });
      // Two keys answer to "team-a": the report names both ids rather than report one key's spend as the name's.
      const shared = await runCliCaptured(["report", "--json", "--key", "team-a"], { cwd: rotatedCwd });
      expect(shared.code).not.toBe(0);
      expect(shared.stderr).toContain(old);
      expect(shared.stderr).toContain(current);
      for (const id of [old, current]) {
        const byId = await runCliCaptured(["report", "--json", "--key", id], { cwd: rotatedCwd });
        expect((JSON.parse(byId.stdout) as SpendReport).total.requests, id).toBe(1);
      }
    } finally {
      rmSync(rotatedCwd, { recursive: true, force: true });
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
