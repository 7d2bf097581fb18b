/**
 * The sampled judge (learning.judge) over real HTTP: a stronger model (the simulator in outcome mode) grades
 * answers of cheaper tiers after they are sent; the grade and the judge's cost land on the decision; the judge's
 * own budget caps its spend; the top tier is not graded; `switchyard report` totals include the judge's spend.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { generateReport, type SpendReport } from "../../src/log/build-report.js";
import { parseConfigText } from "../../src/config/parse-config.js";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import type { DecisionRecord } from "../../src/log/decision-record.js";
import { startServer } from "../../src/server/start-server.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { createSimulator, parseOutcomeTable } from "../../src/testing/index.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const cwd = mkdtempSync(join(tmpdir(), "switchyard-judge-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const silent = new Writable({ write: (_chunk, _encoding, done) => done() });

const OUTCOMES = ["Name a prime number", "Spell cat backwards", "Add 2 and 5"]
  .map((prompt, i) => JSON.stringify({ prompt, scores: { "openai/gpt-5-nano": [0, 0.5, 1][i], "anthropic/claude-sonnet-4.5": 1 } }))
  .join("\n");

async function run(budgetUsd: number, db: string): Promise<DecisionRecord[]> {
  const simulator = await createSimulator({ outcomes: parseOutcomeTable(OUTCOMES, "o.jsonl") });
  const yaml = `storage: { sqlite: ./${db} }\nlearning:\n  judge: { model: anthropic/claude-sonnet-4.5, share: 1, budget_usd: ${budgetUsd} }\n`;
  const server = await startServer({ config: parseConfigText(yaml), catalog: builtinCatalog(), env: {}, cwd, port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream: silent });
  try {
    for (const [tier, prompt] of [["budget", "Name a prime number"], ["budget", "Spell cat backwards"], ["budget", "Add 2 and 5"], ["premium", "Add 2 and 5"]]) {
      const response = await fetch(`${server.url}/v1/chat/completions`, { method: "POST", body: JSON.stringify({ model: `switchyard/tier/${tier}`, messages: [{ role: "user", content: prompt }] }) });
      expect(response.status).toBe(200);
    }
  } finally {
    await server.close(); // drains the judge first
    await simulator.close();
  }
  const storage = await openStorage({ storage: { sqlite: `./${db}` }, cwd });
  const log = createDecisionLog({ backend: storage.decisionBackend });
  const records = await log.list({ limit: 10 });
  await log.close();
  await storage.close();
  return records.sort((a, b) => a.createdAt - b.createdAt);
}

describe("the sampled judge", () => {
  it("grades cheaper tiers' answers off the request path, records grade and cost, skips the top tier", async () => {
    const records = await run(1, "judged.db");
    expect(records.map((r) => [r.tier, r.judgeScore])).toEqual([["budget", 0], ["budget", 0.5], ["budget", 1], ["premium", null]]);
    for (const record of records.slice(0, 3)) expect(record.judgeCostUsd).toBeGreaterThan(0);
  });

  it("puts the judge's spend in the report: judge_cost_usd, and total_cost_usd beside the requests' cost_usd", async () => {
    const records = await run(1, "reported.db");
    const requestsUsd = records.reduce((sum, record) => sum + record.costUsd, 0);
    const judgeUsd = records.reduce((sum, record) => sum + (record.judgeCostUsd ?? 0), 0);
    expect(judgeUsd).toBeGreaterThan(0);
    // `switchyard report` over the last day reads the decisions table.
    writeFileSync(join(cwd, "reported.yaml"), "storage: { sqlite: ./reported.db }\n");
    const cli = await runCliCaptured(["report", "--config", "reported.yaml", "--since", "1d", "--by", "tier", "--json"], { cwd });
    expect(cli.code, cli.stderr).toBe(0);
    const report = JSON.parse(cli.stdout) as SpendReport;
    expect(report.total.cost_usd).toBeCloseTo(requestsUsd, 12);
    expect(report.total.judge_cost_usd).toBeCloseTo(judgeUsd, 12);
    expect(report.total.total_cost_usd).toBeCloseTo(requestsUsd + judgeUsd, 12);
    expect(report.rows.map((row) => [row.group, row.judge_cost_usd > 0])).toEqual([["budget", true], ["premium", false]]);
    const table = await runCliCaptured(["report", "--config", "reported.yaml", "--since", "1d"], { cwd });
    expect(table.stdout).toContain(`Total spend $${(requestsUsd + judgeUsd).toFixed(6)}`);
    // Whole UTC days (the dashboard's today and month) come from the daily rollups: the same judge spend.
    const storage = await openStorage({ storage: { sqlite: "./reported.db" }, cwd });
    const log = createDecisionLog({ backend: storage.decisionBackend });
    const dayStart = Math.floor((records[0]?.createdAt ?? 0) / 86_400_000) * 86_400_000;
    const today = await generateReport(log, { since: dayStart, until: dayStart + 86_400_000, by: "tier" });
    await log.close();
    await storage.close();
    const judgedThatDay = records.filter((record) => record.createdAt < dayStart + 86_400_000).reduce((sum, record) => sum + (record.judgeCostUsd ?? 0), 0);
    expect(today.total.judge_cost_usd).toBeCloseTo(judgedThatDay, 12);
  });

  it("grades nothing once its own budget is spent", async () => {
    const records = await run(0, "unbudgeted.db");
    expect(records.map((r) => r.judgeScore)).toEqual([null, null, null, null]);
  });
});
