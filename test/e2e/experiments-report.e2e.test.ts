import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCliCaptured } from "../support/run-cli-captured.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CLOCK } from "../../src/core/clock.js";
import { createDecisionLog } from "../../src/log/create-decision-log.js";
import type { DecisionLogStore } from "../../src/log/decision-log-store.js";
import type { ExperimentReport } from "../../src/log/experiment-report.js";
import { experimentVerdict } from "../../src/log/experiment-report-verdict.js";
import { assignArm } from "../../src/routing/experiments/index.js";
import { registerAdminRoutes } from "../../src/server/routes/admin-routes.js";
import { openStorage, type Storage } from "../../src/storage/open-storage.js";
import { CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

const ADMIN = "admin-secret-for-experiments";
const EXPERIMENTS = [
  { name: "probe-premium", match: { task: "probe" }, share: 0.5, variant: { tier: "premium" } },
  { name: "never-run", match: { task: "math" }, share: 0.1, variant: { tier: "mid" } },
];
const cwd = mkdtempSync(join(tmpdir(), "switchyard-experiments-"));
// JSON is YAML: the same config the gateway below runs with.
const CONFIG = { storage: { sqlite: "./state/gateway.db" }, tiers: { e2e: { models: [...CHAIN], max_tokens: 300 } }, tasks: { probe: "e2e" }, experiments: EXPERIMENTS };
writeFileSync(join(cwd, "switchyard.yaml"), JSON.stringify(CONFIG));

/** 30 users per arm, picked with the real hash. */
function users(): { control: string[]; variant: string[] } {
  const split = { control: [] as string[], variant: [] as string[] };
  for (let index = 0; split.control.length < 30 || split.variant.length < 30; index++) {
    const arm = assignArm("probe-premium", `user:u${index}`, 0.5);
    if (split[arm].length < 30) split[arm].push(`u${index}`);
  }
  return split;
}

async function cli(...argv: string[]): Promise<string> {
  const result = await runCliCaptured(argv, { cwd });
  if (result.code !== 0) throw new Error(result.stderr);
  return result.stdout;
}

describe("experiment reports over real traffic", () => {
  let gateway: Gateway;
  let storage: Storage;
  let decisions: DecisionLogStore;
  const admin = (path: string, key = ADMIN) => fetch(`${gateway.url}${path}`, { headers: { authorization: `Bearer ${key}` } });

  beforeAll(async () => {
    storage = await openStorage({ storage: { sqlite: "./state/gateway.db" }, cwd });
    decisions = createDecisionLog({ backend: storage.decisionBackend });
    gateway = await startGateway({
      config: { experiments: EXPERIMENTS },
      app: {
        decisionLog: decisions,
        feedback: decisions,
        plugins: [(app) => registerAdminRoutes(app, { adminKey: ADMIN, decisions, keys: storage.keys, experiments: () => EXPERIMENTS.map((e) => ({ ...e, enabled: true })), clock: SYSTEM_CLOCK })],
      },
    });
    const split = users();
    for (const [arm, names] of Object.entries(split)) {
      for (const [index, user] of names.entries()) {
        const { response } = await gateway.client.chat.completions
          .create({ model: "switchyard/task/probe", messages: [{ role: "user", content: "Say hello." }], user })
          .withResponse();
        if (index < 12) {
          const score = arm === "variant" ? 0.9 : 0.6 + (index % 2) * 0.1;
          const body = JSON.stringify({ decision_id: response.headers.get("x-switchyard-decision-id"), score });
          expect((await fetch(`${gateway.url}/v1/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body })).status).toBe(200);
        }
      }
    }
    await decisions.flush();
  });
  afterAll(async () => {
    await gateway.close();
    await decisions.close();
    await storage.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  it("GET /api/experiments lists configured experiments with their arms' counts (admin key only)", async () => {
    expect((await admin("/api/experiments", "wrong")).status).toBe(401);
    const body = (await (await admin("/api/experiments?since=1d")).json()) as { data: { name: string; requests: unknown; configured: boolean }[] };
    expect(body.data.map((e) => [e.name, e.requests, e.configured])).toEqual([
      ["probe-premium", { control: 30, variant: 30 }, true],
      ["never-run", { control: 0, variant: 0 }, true],
    ]);
    // Each row carries what its verdict was written from (the dashboard writes it again in its reader's numbers).
    const rows = body.data as unknown as { verdict: string; verdict_input: { min_requests_per_arm: number; min_units_per_arm: number; min_feedback_per_arm: number; arms: ExperimentReport["arms"]; comparison: ExperimentReport["comparison"] } }[];
    for (const row of rows) {
      const input = row.verdict_input;
      expect(experimentVerdict({ arms: input.arms, comparison: input.comparison, minRequests: input.min_requests_per_arm, minUnits: input.min_units_per_arm, minFeedback: input.min_feedback_per_arm })).toBe(row.verdict);
    }
    expect(rows[0]?.verdict_input.min_feedback_per_arm).toBe(10);
  });

  it("GET /api/experiments/:name/report matches the log, computed by hand", async () => {
    const report = (await (await admin("/api/experiments/probe-premium/report?since=1d")).json()) as ExperimentReport;
    const records = (await decisions.list({ limit: 1_000 })).filter((r) => r.experiment === "probe-premium");
    for (const arm of ["control", "variant"] as const) {
      const mine = records.filter((r) => r.arm === arm);
      expect(mine.every((r) => r.tier === (arm === "variant" ? "premium" : "e2e"))).toBe(true);
      const meanCost = mine.reduce((sum, r) => sum + r.costUsd, 0) / mine.length;
      expect(report.arms[arm].requests).toBe(30);
      expect(report.arms[arm].cost_per_request_usd.value).toBeCloseTo(meanCost, 12);
      expect(report.arms[arm].feedback.count).toBe(12);
      expect(report.arms[arm].error_rate.value).toBe(0);
    }
    expect(report.arms.variant.feedback.value).toBeCloseTo(0.9, 10);
    expect(report.arms.control.feedback.value).toBeCloseTo(0.65, 10);
    // Premium costs many times the e2e tier for the same tokens; feedback is clearly higher. Every request of an arm
    // costs the same, so the cost interval has no width and is written as one figure at both ends (not "CI 4389–4389%", nor "CI 4389%", read as a confidence level).
    expect(report.verdict).toMatch(/^variant costs \d+% more per request \(CI \d+% at both ends\) with significantly higher feedback \(variant 0\.90 vs control 0\.65, /);
    expect(report.verdict).toContain("error rate unchanged (0.0% vs 0.0%)");
    expect((await admin("/api/experiments/nope/report")).status).toBe(404);
    const idle = (await (await admin("/api/experiments/never-run/report")).json()) as ExperimentReport;
    expect(idle.verdict).toBe("not enough data: need ≥ 30 requests per arm (control 0, variant 0).");
  });

  it("switchyard report --by experiment keeps the rows and adds the experiment reports", async () => {
    const json = JSON.parse(await cli("report", "--since", "1d", "--by", "experiment", "--json")) as { rows: { group: string; requests: number }[]; experiments: ExperimentReport[] };
    expect(json.rows.map((row) => [row.group, row.requests])).toEqual([
      ["probe-premium:control", 30],
      ["probe-premium:variant", 30],
    ]);
    expect(json.experiments.map((e) => e.experiment)).toEqual(["probe-premium", "never-run"]);
    const api = (await (await admin("/api/experiments/probe-premium/report?since=1d")).json()) as ExperimentReport;
    expect(json.experiments[0]?.verdict).toBe(api.verdict);
    const text = await cli("report", "--since", "1d", "--by", "experiment");
    expect(text).toContain("Experiment probe-premium (share 0.5 to {\"tier\":\"premium\"} for {\"task\":\"probe\"})");
    expect(text).toMatch(/Verdict: variant costs \d+% more per request/);
    expect(JSON.parse(await cli("report", "--since", "1d", "--by", "tier", "--json"))).not.toHaveProperty("experiments");
  });
});
