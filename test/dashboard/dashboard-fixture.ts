/**
 * A real gateway (startServer, SQLite) in front of the OpenRouter simulator, with the dashboard bundle built
 * fresh into a temp dir and real traffic seeded through /v1: auto and task requests, an A/B experiment with
 * feedback, failovers, an escalation, a failure, budget refusals, keys, and XSS probes in a stored prompt, a
 * model name and a key name. The browser test and `npm run screenshots` both use it.
 * @module
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import type { Clock } from "../../src/core/clock.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { generateSecret, hashSecret } from "../../src/storage/virtual-key-secret.js";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";

export const ADMIN_KEY = "dashboard-admin-key-for-tests-0123456789";
export const XSS_PROMPT = `<img src=x onerror="window.__xss='prompt'"><script>window.__xss='prompt-script'</script> Summarise this page.`;
export const XSS_MODEL = `acme/<img src=x onerror="window.__xss='model'">`;
export const XSS_KEY_NAME = `<img src=x onerror="window.__xss='key'">"team`;
export const EXPERIMENT = "cheaper-code";
/** The longest model id a request may name (256 printable ASCII): tables and legends must wrap it. */
export const LONG_MODEL = `acme/${"x".repeat(245)}`;
/** A 10 KB key name, as a store shared with other tools could hold: tables and chart legends must not grow with it. */
export const LONG_KEY_NAME = `team-${"k".repeat(10_240)}-end`;
/** A prompt that hides a file name behind a right-to-left override. */
export const BIDI_PROMPT = "Is this attachment safe: invoice\u202Efdp.exe";
const REPO = path.resolve(import.meta.dirname, "../..");

const PROMPTS = [
  "Write a Python function that merges two sorted lists and explain its complexity.",
  "What is the capital of Australia?",
  "Solve for x: 3x + 7 = 22. Show each step.",
  "Translate 'good morning, how are you?' into French and Spanish.",
  "Summarise the plot of Hamlet in three sentences.",
  "Prove that the square root of 2 is irrational.",
  "Write a haiku about autumn rain.",
  "Refactor this JavaScript loop into map/filter: for (let i=0;i<a.length;i++){ if(a[i]>2) b.push(a[i]*2) }",
  "Classify the sentiment of: 'The delivery was late and the box was crushed.'",
  "Design a database schema for a library lending system with fines and reservations, and justify each index.",
];

/** A clock the seeding moves back and forth so traffic spreads over two days. */
class ShiftedClock implements Clock {
  offsetMs = 0;
  now(): number {
    return Date.now() + this.offsetMs;
  }
}

/** The running fixture. */
export interface DashboardFixture {
  url: string;
  /** The gateway's working directory (its `.switchyard/`, the router state file). */
  dir: string;
  server: RunningServer;
  simulator: Simulator;
  /** Every gateway log line. */
  logs: string[];
  /** How many /v1/chat/completions requests were sent. */
  sent: number;
  close(): Promise<void>;
}

/** Builds the dashboard bundle into a temp dir (the same script `npm run build` runs). */
export function buildDashboardBundle(outDir: string): void {
  execFileSync(process.execPath, [path.join(REPO, "scripts/build-dashboard.mjs"), outDir], { stdio: "inherit" });
}

/** Starts simulator + gateway and seeds traffic. `spread` moves the seeded traffic over the last 40 hours. */
export async function startDashboardFixture(options: { spread?: boolean } = {}): Promise<DashboardFixture> {
  const dir = mkdtempSync(path.join(tmpdir(), "switchyard-dashboard-"));
  const assetsDir = path.join(dir, "assets");
  buildDashboardBundle(assetsDir);
  const simulator = await createSimulator({ acceptUnknownModels: true });
  const config = parseConfig({
    storage: { sqlite: path.join(dir, "gateway.db") },
    log: { store_prompts: true },
    circuit_breaker: { failures: 4, window_ms: 600_000, cooldown_ms: 600_000 },
    budgets: [
      { scope: "global", window: "day", limit_usd: 5 },
      { scope: "tier", name: "premium", window: "month", limit_usd: 40 },
    ],
    experiments: [{ name: EXPERIMENT, match: { task: "code_generation" }, share: 0.5, variant: { tier: "budget" } }],
  });
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(chunk.toString());
      callback();
    },
  });
  const clock = new ShiftedClock();
  const server = await startServer({
    config,
    catalog: builtinCatalog(),
    env: { SWITCHYARD_ADMIN_KEY: ADMIN_KEY },
    cwd: dir,
    port: 0,
    upstreamUrl: simulator.url,
    keyOptional: true,
    logStream,
    dashboardAssetsDir: assetsDir,
    app: { clock },
  });
  const fixture: DashboardFixture = {
    url: server.url,
    dir,
    server,
    simulator,
    logs,
    sent: 0,
    async close() {
      await server.close();
      await simulator.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await seed(fixture, clock, options.spread ?? false, path.join(dir, "gateway.db"));
  } catch (error) {
    await fixture.close();
    throw error;
  }
  return fixture;
}

/**
 * The API refuses key names outside [A-Za-z0-9._-], so the hostile name goes straight into the store, as a
 * database shared with other tools or an older version could hold it: the dashboard must not trust the store.
 */
async function insertHostileKeys(sqliteFile: string): Promise<[hostile: string, long: string]> {
  const storage = await openStorage({ storage: { sqlite: sqliteFile }, cwd: path.dirname(sqliteFile) });
  const insert = async (id: string, name: string, allowedTiers: string[] | null) => {
    const secret = generateSecret();
    await storage.keys.insert({ id, name, prefix: secret.slice(0, 10), createdAt: Date.now(), revokedAt: null, dailyBudgetUsd: 1, monthlyBudgetUsd: null, rpm: null, allowedTiers }, hashSecret(secret));
    return secret;
  };
  const hostile = await insert("key_0ddba11c0ffee000", XSS_KEY_NAME, null);
  const long = await insert("key_10b0a11c0ffee000", LONG_KEY_NAME, null);
  await storage.close();
  return [hostile, long];
}

async function seed(fixture: DashboardFixture, clock: ShiftedClock, spread: boolean, sqliteFile: string): Promise<void> {
  const { url, simulator } = fixture;
  const hoursAgo = (hours: number) => (clock.offsetMs = spread ? -hours * 3_600_000 : 0);
  const chat = async (body: Record<string, unknown>, key?: string) => {
    fixture.sent += 1;
    const response = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    return response;
  };
  const ask = (content: string, model = "switchyard/auto", extra: Record<string, unknown> = {}) => ({ model, messages: [{ role: "user", content }], ...extra });

  // An A/B experiment: 70 code requests, one user each (the unit), feedback on most.
  for (let index = 0; index < 70; index++) {
    hoursAgo(40 - (index % 40));
    const response = await chat(ask(PROMPTS[0] ?? "", "switchyard/task/code_generation", { user: `user-${index}` }));
    const id = response.headers.get("x-switchyard-decision-id");
    if (id && index % 4 !== 0) {
      const score = response.headers.get("x-switchyard-tier") === "budget" ? 0.7 + (index % 3) * 0.05 : 0.8 + (index % 3) * 0.05;
      await fetch(`${url}/v1/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ decision_id: id, score }) });
    }
  }
  // Auto-routed traffic over the last two days.
  for (let index = 0; index < 40; index++) {
    hoursAgo((index * 7) % 46);
    await chat(ask(PROMPTS[index % PROMPTS.length] ?? ""));
  }
  // The 48 hours before those (spread only): what the overview holds the last 48 hours against.
  for (let index = 0; spread && index < 12; index++) {
    hoursAgo(50 + index * 2);
    const response = await chat(ask(PROMPTS[(index + 4) % PROMPTS.length] ?? ""));
    const id = response.headers.get("x-switchyard-decision-id");
    if (id && index % 2 === 0) await fetch(`${url}/v1/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ decision_id: id, score: 0.9 }) });
  }
  hoursAgo(2);
  // Failover: the budget tier's first model answers 500, the next one serves.
  simulator.setFault("openai/gpt-5-nano", "server_error");
  for (let index = 0; index < 3; index++) await chat(ask("Say hello to the gateway.", "switchyard/tier/budget"));
  // Escalation: an empty answer fails the quality check and goes one tier up.
  simulator.setFault("openai/gpt-5-nano", "empty");
  await chat(ask("Name three prime numbers.", "switchyard/tier/budget"));
  simulator.setFault("openai/gpt-5-nano", null);
  // Failures: an explicit model that is down, with nothing to fall back to, until its circuit opens.
  simulator.setFault("acme/always-down", "unavailable");
  for (let index = 0; index < 4; index++) await chat(ask("Anyone there?", "acme/always-down"));
  // XSS probes: stored prompt, model name.
  hoursAgo(1);
  await chat(ask(XSS_PROMPT));
  await chat(ask("Hello from a strange model id.", XSS_MODEL));
  await chat(ask("Hello from a very long model id.", LONG_MODEL));
  await chat(ask(BIDI_PROMPT));
  // More answering models than the charts' ten colours.
  for (let index = 1; index <= 6; index++) await chat(ask("Hello from one of many models.", `acme/extra-model-${index}`));
  // A client error: a body without messages is refused before routing (the overview's fourth outcome).
  await chat({ model: "switchyard/auto" });

  // Keys (from here on every call needs one), including one with a hostile name and one with a tiny budget.
  const admin = (body: unknown) =>
    fetch(`${url}/api/keys`, { method: "POST", headers: { authorization: `Bearer ${ADMIN_KEY}`, "content-type": "application/json" }, body: JSON.stringify(body) }).then(
      async (response) => ((await response.json()) as { secret: string }).secret,
    );
  const search = await admin({ name: "team-search", daily_budget_usd: 2, rpm: 600 });
  const support = await admin({ name: "team-support", monthly_budget_usd: 25, tiers: ["budget", "mid", "standard"] });
  const [hostile, long] = await insertHostileKeys(sqliteFile);
  const tiny = await admin({ name: "intern-sandbox", daily_budget_usd: 0.0000001 });
  await new Promise((resolve) => setTimeout(resolve, 1_100)); // the key-count cache (1 s)
  clock.offsetMs = 0;
  for (let index = 0; index < 12; index++) await chat(ask(PROMPTS[(index + 3) % PROMPTS.length] ?? ""), index % 2 === 0 ? search : support);
  for (let index = 0; index < 2; index++) await chat(ask("What does this key do?"), hostile);
  await chat(ask("A key with a very long name."), long);
  for (let index = 0; index < 3; index++) await chat(ask("Write a long essay about budgets."), tiny);
  await waitForLog(url, fixture.sent);
}

/** Waits until the decision log holds every request sent (records are written in batches). */
async function waitForLog(url: string, expected: number): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const response = await fetch(`${url}/api/report?since=60d`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
    const report = (await response.json()) as { total: { requests: number } };
    if (report.total.requests >= expected) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the decision log did not reach ${expected} records`);
}
