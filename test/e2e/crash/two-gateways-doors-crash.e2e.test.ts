/**
 * Two gateway processes share Redis (ledger) and Postgres (decision log), and race for one small global budget
 * through the Messages and Responses doors, streaming and not; one is killed with SIGKILL while streams are
 * mid-answer on both doors, then restarted on its storage. Afterwards:
 * - the ledger never spent past the cap (spent + reserved, and spent once the crash's reservations expire);
 * - every request whose headers arrived has its record, and that record says what its client saw (served, refused,
 *   or cut by the crash); no other request is recorded than those whose headers never arrived (no request recorded
 *   twice under two ids);
 * - the records' costs add up to what the ledger charged: a request charged without its record, recorded without its
 *   charge, or recorded twice shows as a difference. (One record per decision id needs no check: it is the table's
 *   primary key.)
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createSpendGuard } from "../../../src/budget/create-spend-guard.js";
import { SYSTEM_CLOCK } from "../../../src/core/clock.js";
import { createRedisLedger } from "../../../src/storage/redis/redis-ledger.js";
import { createSimulator, type Simulator } from "../../../src/testing/simulator/index.js";
import { startGatewayProcess, type GatewayProcess } from "./crash-load.js";

const REDIS_URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const LIMIT_USD = 0.0015;
const BUDGETS = [{ scope: "global" as const, window: "day" as const, limit_usd: LIMIT_USD }];
const DOORS = ["/v1/messages", "/v1/responses"] as const;

interface Sent {
  decisionId: string;
  status: number;
  /** The answer arrived whole (a stream to its end event). */
  complete: boolean;
}

function bodyFor(door: (typeof DOORS)[number], stream: boolean, index: number): string {
  const content = `Say hello, number ${index}.`;
  return JSON.stringify(door === "/v1/messages" ? { model: "switchyard/tier/race", max_tokens: 200, stream, messages: [{ role: "user", content }] } : { model: "switchyard/tier/race", stream, input: content });
}

async function sendOne(url: string, door: (typeof DOORS)[number], stream: boolean, index: number, onStreaming: () => void): Promise<Sent | undefined> {
  let decisionId = "";
  let status = 0;
  try {
    const response = await fetch(`${url}${door}`, { method: "POST", headers: { "content-type": "application/json" }, body: bodyFor(door, stream, index) });
    decisionId = response.headers.get("x-switchyard-decision-id") ?? "";
    status = response.status;
    if (stream && status === 200) onStreaming();
    const text = await response.text();
    const complete = !stream || status !== 200 ? (JSON.parse(text), true) : door === "/v1/messages" ? text.includes("event: message_stop") : text.includes("response.completed");
    return { decisionId, status, complete };
  } catch {
    return decisionId ? { decisionId, status, complete: false } : undefined;
  }
}

describe("two gateways racing for one budget through the Messages and Responses doors, one killed mid-stream", () => {
  let simulator: Simulator | undefined;
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 2 });
  const namespace = `sy-race-${randomUUID().slice(0, 8)}`;
  const dirs = [mkdtempSync(join(tmpdir(), "sy-race-a-")), mkdtempSync(join(tmpdir(), "sy-race-b-"))];
  const running: GatewayProcess[] = [];
  afterAll(async () => {
    for (const gateway of running) await gateway.crash().catch(() => {});
    await simulator?.close();
    await pool.query(`DROP SCHEMA IF EXISTS "${namespace.replaceAll("-", "_")}" CASCADE`);
    const keys = await redis.keys(`{${namespace}}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await pool.end();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("never overspends, and the records match the clients' answers and the ledger's charges", async () => {
    simulator = await createSimulator({ latencyMs: 20, chunkDelayMs: 15, chunkCount: 8, recordCalls: false });
    const start = (dir: string) =>
      startGatewayProcess({
        config: { tiers: { race: { models: ["openai/gpt-5-nano", "mistralai/mistral-small-3.2-24b-instruct"], max_tokens: 200 } }, budgets: BUDGETS, storage: { sqlite: join(dir, "switchyard.db"), redis_url: REDIS_URL, postgres_url: POSTGRES_URL } },
        namespace,
        upstreamUrl: simulator!.url,
        cwd: process.cwd(),
      });
    // One after the other: the first sets the schema up, and two tsx starts at once on a loaded machine are slow.
    const a = await start(dirs[0]!);
    const b = await start(dirs[1]!);
    running.push(a!, b!);
    const sent: Sent[] = [];
    /** Requests that failed before their headers (the crash): each may or may not have a record. */
    let headerless = 0;
    const streamingOn = new Map<string, number>();
    let index = 0;
    let crash: Promise<void> | undefined;
    let restarted: GatewayProcess | undefined;
    const urls = (): string[] => [restarted?.url ?? (crash ? "" : a!.url), b!.url].filter((url) => url !== "");
    const client = async (worker: number): Promise<void> => {
      for (let round = 0; round < 400; round += 1) {
        const targets = urls();
        const url = targets[(worker + round) % targets.length]!;
        const door = DOORS[(worker + round) % 2]!;
        const stream = round % 3 !== 0;
        index += 1;
        const answer = await sendOne(url, door, stream, index, () => {
          streamingOn.set(door, (streamingOn.get(door) ?? 0) + 1);
          // Kill A once both doors have streams under way and money has been spent.
          if (url === a!.url && !crash && sent.length >= 20 && (streamingOn.get("/v1/messages") ?? 0) > 2 && (streamingOn.get("/v1/responses") ?? 0) > 2) {
            crash = a!.crash().then(async () => {
              restarted = await start(dirs[0]!);
              running.push(restarted);
            });
          }
        });
        if (answer) sent.push(answer);
        else headerless += 1;
        if (sent.filter((one) => one.status === 402).length >= 8) return;
      }
    };
    await Promise.all(Array.from({ length: 10 }, (_, worker) => client(worker)));
    await crash;
    expect(crash).toBeDefined();
    expect(sent.some((one) => one.status === 402)).toBe(true);
    expect(sent.some((one) => !one.complete && one.status === 200)).toBe(true);
    for (const gateway of [restarted!, b!]) await gateway.stop();

    // Money: spent + reserved under the cap, and still once the crash's open reservations are charged at expiry.
    const ledger = createRedisLedger(redis, { prefix: `{${namespace}}:` });
    const guard = createSpendGuard({ ledger, budgets: BUDGETS, clock: SYSTEM_CLOCK });
    const [atEnd] = await guard.status();
    expect((atEnd?.spentUsd ?? 0) + (atEnd?.reservedUsd ?? 0)).toBeLessThanOrEqual(LIMIT_USD + 1e-12);
    await ledger.expireReservations({ now: Date.now() + 3_600_000, policy: "charge" });
    const [expired] = await guard.status();
    expect(expired?.spentUsd ?? 0).toBeLessThanOrEqual(LIMIT_USD + 1e-12);

    // Records: each request whose headers arrived has the record of what its client saw, and no request is recorded
    // that the clients cannot account for (a request recorded twice, under two ids, would be one).
    const { rows } = await pool.query<{ id: string; cost_usd: number; status: number; outcome: string; error_type: string | null }>(
      `SELECT id, cost_usd, status, outcome, error_type FROM "${namespace.replaceAll("-", "_")}".decisions`,
    );
    const records = new Map(rows.map((row) => [row.id, row]));
    const withHeaders = sent.filter((one) => one.decisionId !== "");
    expect(withHeaders.filter((one) => !records.has(one.decisionId)).map((one) => one.decisionId)).toEqual([]);
    const disagreeing = withHeaders.filter((one) => {
      const record = records.get(one.decisionId)!;
      if (one.status === 402) return record.status !== 402 || record.outcome !== "refused";
      if (one.status === 200 && one.complete) return record.status !== 200 || record.outcome !== "served";
      // A stream the crash cut: interrupted, or served when the kill fell between its record and its last event (the
      // record is committed first, so a client holding the whole answer is always accounted for).
      if (one.status === 200) return !(record.outcome === "failed" && record.error_type === "interrupted") && !(record.outcome === "served" && record.status === 200);
      return false;
    });
    expect(disagreeing.map((one) => ({ ...one, record: records.get(one.decisionId) }))).toEqual([]);
    const sentIds = new Set(withHeaders.map((one) => one.decisionId));
    expect(rows.filter((row) => !sentIds.has(row.id)).length).toBeLessThanOrEqual(headerless);

    // Money: the records cost what the ledger charged, once the crash's open reservations were charged at expiry (as
    // their interrupted records are); each record's cost is rounded to a nano-dollar in the ledger.
    const recordedUsd = rows.reduce((sum, row) => sum + Number(row.cost_usd), 0);
    expect(recordedUsd).toBeGreaterThan(0);
    expect(Math.abs(recordedUsd - (expired?.spentUsd ?? 0))).toBeLessThanOrEqual(rows.length * 1e-9);
    expect(recordedUsd).toBeLessThanOrEqual(LIMIT_USD + 1e-9);
  }, 90_000);
});
