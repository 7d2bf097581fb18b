/**
 * The whole learning loop over real HTTP (docs/learning.md): the simulator in outcome mode knows how well
 * each model answers each prompt; traffic goes through the gateway; feedback is posted from the answers;
 * `train --from-log` fits an adapter; the adapter runs in shadow, then as an experiment arm; `router promote`
 * refuses without a winning verdict and promotes after one; the gateway reloads it; `router rollback` undoes it.
 *
 * The outcome file is written here (no shared data): "zorbic" requests look simple, so the shipped router often
 * sends them to budget, but they fail on the budget tier's models; "plain" ones look hard (the shipped router
 * sends them up) but pass everywhere. The adapter learns to swap them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfigText } from "../../src/config/parse-config.js";
import { defaultConfig } from "../../src/config/parse-config.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { createSimulator, parseOutcomeTable, readOutcomeScore, type Simulator } from "../../src/testing/index.js";
import { killedMidWrite } from "../support/kill-mid-write.js";
import { runCliCaptured } from "../support/run-cli-captured.js";
import { startServe } from "../../src/cli/commands/serve.js";

const cwd = mkdtempSync(join(tmpdir(), "switchyard-learning-loop-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const TOPICS = ["ledger", "river", "engine", "garden", "market", "harbor", "signal", "canvas", "bridge", "orchard", "tunnel", "beacon"];
const VERBS = ["Explain step by step how", "Describe in detail how", "Walk me through how", "Analyse carefully how"];
const BASE = "storage:\n  sqlite: ./state/log.db\ncatalog:\n  cache_dir: ./state\nrouting:\n  state_file: ./state/router-state.json\n";

type Family = "zorbic" | "plain";

/** The i-th prompt of a family. */
function prompt(family: Family, i: number): string {
  const topic = TOPICS[Math.floor(i / VERBS.length) % TOPICS.length] ?? "ledger";
  if (family === "zorbic") return `Say hi to the ${topic} zorbic team ${i}`;
  return `${VERBS[i % VERBS.length]} the ${topic} plain process works (case ${i}).`;
}

/** Budget models fail zorbic questions; every other model answers both families well. */
function writeOutcomeFile(): string {
  const config = defaultConfig();
  const models = new Set(Object.values(config.tiers).flatMap((tier) => tier.models.filter((m): m is string => typeof m === "string")));
  const budget = new Set((config.tiers.budget?.models ?? []).filter((m): m is string => typeof m === "string"));
  const lines: string[] = [];
  for (const family of ["zorbic", "plain"] as const) {
    for (let i = 0; i < 48; i++) {
      const scores: Record<string, number> = {};
      for (const model of models) scores[model] = family === "zorbic" && budget.has(model) ? 0 : 1;
      lines.push(JSON.stringify({ prompt: prompt(family, i), scores }));
    }
  }
  const file = join(cwd, "outcomes.jsonl");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

const silent = new Writable({ write: (_chunk, _encoding, done) => done() });

async function startGateway(yaml: string, simulator: Simulator): Promise<RunningServer> {
  writeFileSync(join(cwd, "switchyard.yaml"), yaml);
  return startServer({
    config: parseConfigText(yaml),
    catalog: builtinCatalog(),
    env: { SWITCHYARD_ADMIN_KEY: "admin-secret" },
    cwd,
    port: 0,
    upstreamUrl: simulator.url,
    keyOptional: true,
    logStream: silent,
  });
}

interface Served {
  id: string;
  tier: string;
  experiment: string | null;
  score: number;
}

/** One chat request, and feedback with the score the answer carries. */
async function askAndRate(server: RunningServer, model: string, content: string, user: string): Promise<Served> {
  const response = await fetch(`${server.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-switchyard-user": user },
    body: JSON.stringify({ model, messages: [{ role: "user", content }] }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { choices: { message: { content: string } }[] };
  const score = readOutcomeScore(body.choices[0]?.message.content ?? "");
  expect(score).toBeDefined();
  const id = response.headers.get("x-switchyard-decision-id") ?? "";
  const feedback = await fetch(`${server.url}/v1/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ decision_id: id, score }) });
  expect(feedback.status).toBe(200);
  return { id, tier: response.headers.get("x-switchyard-tier") ?? "", experiment: response.headers.get("x-switchyard-experiment"), score: score ?? 0 };
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCliCaptured(argv, { cwd, env: { USER: "tester" } });
}

async function admin(server: Pick<RunningServer, "url">, method: string, route: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}${route}`, { method, headers: { authorization: "Bearer admin-secret" } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Runs `count` auto requests alternating the families, each with its own experiment unit. */
async function autoTraffic(server: RunningServer, count: number, tag: string): Promise<Served[]> {
  const served: Served[] = [];
  for (let i = 0; i < count; i++) served.push(await askAndRate(server, "switchyard/auto", prompt(i % 2 ? "plain" : "zorbic", i % 48), `${tag}${i}`));
  return served;
}

/** The A/B phases run where the deployment had raised the quality knob to keep zorbic requests off budget. */
function experimentConfig(name: string, variant: string): string {
  return `${BASE.replace("routing:\n", "routing:\n  quality: 0.75\n")}experiments:\n  - name: ${name}\n    share: 0.5\n    variant: ${variant}\n`;
}

describe("the learning loop, end to end over HTTP", () => {
  it("traffic + feedback → train --from-log → shadow → A/B → gated promote → reload → rollback on SIGHUP", { timeout: 180_000 }, async () => {
    const simulator = await createSimulator({ outcomes: parseOutcomeTable(readFileSync(writeOutcomeFile(), "utf8"), "outcomes.jsonl") });
    try {
      // 1. No log yet (no gateway ran here): train refuses, writes nothing (not even an empty log), and the shipped
      // router stays. An empty log's "No outcomes" is test/cli/train-from-log-out.test.ts's.
      const empty = await cli("train", "--from-log", "--out", "adapter.json");
      expect(empty.code).toBe(1);
      expect(empty.stderr).toMatch(/No decision log found at .*switchyard\.db/);

      // 2. Traffic on every tier (an exploration phase), each answer rated with the score it carries.
      let gateway = await startGateway(BASE, simulator);
      const tiers = ["budget", "budget", "mid", "standard", "premium", "budget"];
      for (let i = 0; i < 192; i++) {
        const family: Family = i % 2 === 0 ? "zorbic" : "plain";
        await askAndRate(gateway, `switchyard/tier/${tiers[i % tiers.length] ?? "budget"}`, prompt(family, (i >> 1) % 48), `u${i}`);
      }
      await gateway.close();
      const tooFew = await cli("train", "--from-log", "--out", "adapter.json", "--min-outcomes", "500");
      expect(tooFew.code).toBe(1);
      expect(tooFew.stderr).toMatch(/Only 192 outcomes .* at least 500/);
      const trained = await cli("train", "--from-log", "--out", "adapter.json", "--min-outcomes", "100", "--seed", "7");
      expect(trained.code, trained.stderr).toBe(0);
      const fit = JSON.parse(trained.stdout) as { id: string; signals: { feedback: number }; validation: { z: number } };
      expect(fit.signals.feedback).toBe(192);
      expect(fit.validation.z).toBeGreaterThanOrEqual(2);
      // What to do with it: the candidate goes to shadow, then to an experiment arm, never straight to traffic.
      expect(trained.stderr).toContain("next: `switchyard router shadow adapter.json` (then reload) to see what it would change, then run it as an experiment arm (variant: { weights: adapter.json }) and promote it after a winning verdict (docs/learning.md).");
      const again = await cli("train", "--from-log", "--out", "adapter-again.json", "--min-outcomes", "100", "--seed", "7");
      expect((JSON.parse(again.stdout) as { id: string }).id).toBe(fit.id);
      // A refit killed while it replaces the adapter (SIGKILL mid-write) leaves the earlier adapter whole.
      const before = readFileSync(join(cwd, "adapter.json"), "utf8");
      await killedMidWrite(["train", "--from-log", "--out", "adapter.json", "--min-outcomes", "100", "--seed", "8"], "^\\.?adapter\\.json(\\.\\d+\\.[0-9a-f]{8}\\.tmp)?$", cwd);
      expect(readFileSync(join(cwd, "adapter.json"), "utf8") === before, "the adapter was cut").toBe(true);

      // 3. Shadow: every auto decision is also computed with the candidate and logged; traffic is unchanged.
      expect((await cli("router", "shadow", "adapter.json")).code).toBe(0);
      gateway = await startGateway(BASE, simulator);
      const routed = await autoTraffic(gateway, 24, "s");
      const shadow = (await admin(gateway, "GET", "/api/router/shadow?since=1h")).body as { routers: { router: string; decisions: number; tier_changes: number; predicted_cost_change: number }[] };
      await gateway.close();
      // The shipped router still sends some zorbic requests to budget, where they fail: the shadow changed nothing.
      expect(routed.some((r) => r.score === 0)).toBe(true);
      expect(shadow.routers).toHaveLength(1);
      expect(shadow.routers[0]).toMatchObject({ router: fit.id, decisions: 24 });
      expect(shadow.routers[0]?.tier_changes).toBeGreaterThan(0);
      expect(typeof shadow.routers[0]?.predicted_cost_change).toBe("number");
      const shadowReport = await cli("report", "--by", "shadow", "--since", "1h");
      expect(shadowReport.stdout).toContain(`Shadow router ${fit.id}: 24 decisions`);
      expect((await cli("router", "shadow", "--off")).code).toBe(0);

      // 4a. The candidate pushed to quality 0.25: much cheaper, but it sends zorbic requests to budget, so the
      // feedback is worse than the control's (quality 0.75): refused.
      const cheap = experimentConfig("adapter-cheap", "{ weights: ./adapter.json, quality: 0.25 }");
      writeFileSync(join(cwd, "switchyard.yaml"), cheap);
      const noData = await cli("router", "promote", "--experiment", "adapter-cheap");
      expect(noData.code).toBe(1);
      expect(noData.stderr).toMatch(/Not promoted: .*not enough requests/);
      gateway = await startGateway(cheap, simulator);
      await autoTraffic(gateway, 64, "c");
      await gateway.close();
      const worse = await cli("router", "promote", "--experiment", "adapter-cheap");
      expect(worse.code).toBe(1);
      expect(worse.stderr).toMatch(/Not promoted: .*feedback is significantly lower on the variant/);

      // 4b. The candidate at quality 0.5: its ordering keeps zorbic requests off budget without the raised knob,
      // so it is cheaper than the control without lower quality, and promotion goes through.
      const fair = experimentConfig("adapter-ab", "{ weights: ./adapter.json, quality: 0.5 }");
      gateway = await startGateway(fair, simulator);
      const arms = await autoTraffic(gateway, 100, "ab");
      expect(arms.filter((a) => a.experiment === "adapter-ab/variant").length).toBeGreaterThanOrEqual(30);
      // A winning verdict speaks only for the file its arm ran: any other adapter file is refused.
      writeFileSync(join(cwd, "other-adapter.json"), JSON.stringify(JSON.parse(readFileSync(join(cwd, "adapter.json"), "utf8")), null, 1));
      const other = await cli("router", "promote", "other-adapter.json", "--experiment", "adapter-ab");
      expect(other.code).toBe(1);
      expect(other.stderr).toMatch(/Not promoted: other-adapter\.json is not the router experiment adapter-ab ran/);
      // The verdict counts only the decisions the candidate chose: another adapter copied over the file the variant
      // names after the traffic (or a variant edited to name it) served none of them, so it is refused.
      const swapped = await cli("train", "--from-log", "--out", "adapter-other-seed.json", "--min-outcomes", "100", "--seed", "8");
      expect(swapped.code, swapped.stderr).toBe(0);
      expect((JSON.parse(swapped.stdout) as { id: string }).id).not.toBe(fit.id);
      const original = readFileSync(join(cwd, "adapter.json"));
      writeFileSync(join(cwd, "adapter.json"), readFileSync(join(cwd, "adapter-other-seed.json")));
      const switched = await cli("router", "promote", "--experiment", "adapter-ab");
      expect(switched.code).toBe(1);
      expect(switched.stderr).toMatch(/Not promoted: .*not enough requests: need ≥ \d+ per arm \(control \d+, variant 0\)/);
      writeFileSync(join(cwd, "adapter.json"), original);
      const promoted = await cli("router", "promote", "--experiment", "adapter-ab", "--json");
      expect(promoted.code, promoted.stderr).toBe(0);
      const record = JSON.parse(promoted.stdout) as { action: string; by: string; from: { id: string }; to: { id: string }; verdict: string; forced: boolean };
      expect(record).toMatchObject({ action: "promote", by: "tester", from: { id: "shipped" }, to: { id: fit.id, quality: 0.5 }, forced: false });
      expect(record.verdict).toMatch(/cheaper per request/);
      // Promoting it again would record a change that is none (and turn the next rollback into a no-op): refused.
      const twice = await cli("router", "promote", "--experiment", "adapter-ab");
      expect(twice.code).toBe(1);
      expect(twice.stderr).toMatch(/is already the default router/);
      // The promoted knob (0.5) replaces routing.quality, never a request's own switchyard.quality.
      const tierAt = async (quality: string): Promise<string> => (JSON.parse((await cli("route", "--json", "--quality", quality, prompt("plain", 3))).stdout) as { tier: string }).tier;
      const [lowest, highest] = [await tierAt("0"), await tierAt("1")];
      expect(lowest).not.toBe(highest);

      // 5. The running gateway switches without a restart, and its decisions name the new router.
      const reloaded = await admin(gateway, "POST", "/api/router/reload");
      expect(reloaded.body).toMatchObject({ active: { id: fit.id, quality: 0.5 } });
      const after = await askAndRate(gateway, "switchyard/auto", prompt("plain", 3), "after");
      const decision = (await admin(gateway, "GET", `/api/decisions/${after.id}`)).body as { router?: string; features?: { v: number } };
      expect(decision.router).toBe(fit.id);
      expect(decision.features?.v).toBe(1);

      await gateway.close();

      // 6. Rollback restores the shipped router; `switchyard serve` picks it up on SIGHUP; the history keeps both changes.
      const io = { stdout: () => {}, stderr: () => {}, env: { SWITCHYARD_ADMIN_KEY: "admin-secret" }, cwd };
      const served = await startServe({ port: "0", upstreamUrl: simulator.url }, io);
      try {
        expect((await admin(served.server, "GET", "/api/router")).body).toMatchObject({ active: { id: fit.id } });
        expect((await cli("router", "rollback")).code).toBe(0);
        process.emit("SIGHUP");
        await expect.poll(async () => (await admin(served.server, "GET", "/api/router")).body.active).toMatchObject({ id: "shipped" });
        // A broken state file fails the reload with a clear message and leaves the routers in use.
        const stateText = readFileSync(join(cwd, "state", "router-state.json"), "utf8");
        writeFileSync(join(cwd, "state", "router-state.json"), "{ not json");
        const broken = await admin(served.server, "POST", "/api/router/reload");
        expect(broken.status).toBe(400);
        expect(broken.body).toMatchObject({ error: { code: "router_reload_failed" } });
        expect(JSON.stringify(broken.body)).toMatch(/Reload failed, the current routers stay in use.*not valid JSON/);
        expect((await admin(served.server, "GET", "/api/router")).body).toMatchObject({ active: { id: "shipped" } });
        writeFileSync(join(cwd, "state", "router-state.json"), stateText);
      } finally {
        await served.close();
      }
      const status = JSON.parse((await cli("router", "status", "--json")).stdout) as { history: { action: string }[] };
      expect(status.history.map((change) => change.action)).toEqual(["promote", "rollback"]);
    } finally {
      await simulator.close();
    }
  });
});
