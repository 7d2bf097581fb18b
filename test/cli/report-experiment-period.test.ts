/**
 * One default period for experiment views: `switchyard report --by experiment`, `GET /api/report?by=experiment`,
 * `GET /api/experiments`, the dashboard and `router promote` all read the last 30 days unless told. The CLI read 7,
 * so an experiment's verdict on the command line left out the weeks the dashboard counted.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { defaultConfig } from "../../src/config/parse-config.js";
import type { SpendReport } from "../../src/log/build-report.js";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import { makeDecisionRecord } from "../../src/log/make-decision-record.js";
import { createApp } from "../../src/server/create-app.js";
import { registerAdminRoutes } from "../../src/server/routes/admin-routes.js";
import { createMemoryKeyStore } from "../../src/storage/memory/memory-key-store.js";
import { openStorage } from "../../src/storage/open-storage.js";
import type { UpstreamClient } from "../../src/upstream/upstream-client.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const DAY_MS = 86_400_000;
const cwd = mkdtempSync(join(tmpdir(), "switchyard-experiment-period-"));
writeFileSync(join(cwd, "switchyard.yaml"), "storage:\n  sqlite: ./state/gateway.db\nexperiments:\n  - { name: cheap-codegen, share: 0.5, variant: { tier: mid } }\n");
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Six decisions 10 days ago, three 2 days ago (inside 30 days, the first six outside 7), and one 40 days ago. */
function experimentRecords(now: number) {
  const at = (daysAgo: number, i: number) =>
    makeDecisionRecord({ experiment: "cheap-codegen", arm: i % 2 ? "variant" : "control", experimentUnit: `user-${i}`, costUsd: 0.001, createdAt: now - daysAgo * DAY_MS });
  return [...[0, 1, 2, 3, 4, 5].map((i) => at(10, i)), ...[6, 7, 8].map((i) => at(2, i)), at(40, 9)];
}

async function seed(now: number): Promise<void> {
  const storage = await openStorage({ storage: { sqlite: "./state/gateway.db" }, cwd });
  const log = createDecisionLog({ backend: storage.decisionBackend });
  for (const record of experimentRecords(now)) log.write(record);
  await log.close();
  await storage.close();
}

const requestsOf = (report: { arms: { control: { requests: number }; variant: { requests: number } } }) => report.arms.control.requests + report.arms.variant.requests;

describe("the default period of experiment views", () => {
  it("report --by experiment reads 30 days, as the dashboard and /api/experiments do; other groupings keep 7", async () => {
    await seed(Date.now());
    const run = async (...argv: string[]) => {
      const result = await runCliCaptured(["report", ...argv], { cwd });
      if (result.code !== 0) throw new Error(result.stderr);
      return result.stdout;
    };
    const byExperiment = JSON.parse(await run("--by", "experiment", "--json")) as SpendReport & { experiments: { experiment: string; arms: { control: { requests: number }; variant: { requests: number } } }[] };
    expect(byExperiment.total.requests).toBe(9);
    expect(byExperiment.experiments.map((report) => [report.experiment, requestsOf(report)])).toEqual([["cheap-codegen", 9]]);
    expect(Date.parse(byExperiment.until) - Date.parse(byExperiment.since)).toBeGreaterThanOrEqual(30 * DAY_MS);
    // A period given is a period taken.
    const lastWeek = JSON.parse(await run("--by", "experiment", "--since", "7d", "--json")) as { experiments: { arms: { control: { requests: number }; variant: { requests: number } } }[] };
    expect(lastWeek.experiments.map(requestsOf)).toEqual([3]);
    const byDay = JSON.parse(await run("--json")) as SpendReport;
    expect(byDay.total.requests).toBe(3);
    const help = await run("--help");
    expect(help.replace(/\s+/g, " ")).toContain("30d with --by experiment");
  });

  it("GET /api/report?by=experiment reads the same 30 days as GET /api/experiments", async () => {
    const now = Date.UTC(2026, 10, 15, 12);
    const decisions = createDecisionLog({ backend: (await openStorage({ storage: { sqlite: ":memory:" }, cwd })).decisionBackend });
    for (const record of experimentRecords(now)) decisions.write(record);
    const config = defaultConfig();
    const upstream: UpstreamClient = { chatCompletions: () => Promise.reject(new Error("not called")), listModels: () => Promise.reject(new Error("not called")), close: async () => {} };
    const clock = { now: () => now };
    const app = await createApp({ config, catalog: builtinCatalog(), upstream, clock, plugins: [(a) => registerAdminRoutes(a, { adminKey: "admin-period-key-0123456789", decisions, keys: createMemoryKeyStore(), clock })] });
    const get = async <T>(url: string) => (await app.inject({ url, headers: { authorization: "Bearer admin-period-key-0123456789" } })).json<T>();
    try {
      const report = await get<SpendReport>("/api/report?by=experiment");
      const list = await get<{ data: { name: string; requests: { control: number; variant: number } }[] }>("/api/experiments");
      const listed = list.data.find((row) => row.name === "cheap-codegen");
      expect(report.total.requests).toBe(9);
      expect(listed ? listed.requests.control + listed.requests.variant : 0).toBe(9);
      expect((await get<SpendReport>("/api/report?by=tier")).total.requests).toBe(3);
    } finally {
      await app.close();
      await decisions.close();
    }
  });
});
