/**
 * kill -9 of the gateway at each phase of one streamed request (ADR 0008): before the upstream answered, after the
 * first content chunk reached the client, and after the last content chunk but before the usage chunk and `[DONE]`.
 * Each time the restart must record the request (`interrupted`), charge it the reservation it left (never less than
 * what was relayed could cost), hold no open reservation without a record, and be ready. Real processes, real HTTP,
 * SQLite, with the decision log in SQLite (the default) or in Postgres (round 20, ADR 0073).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createSpendGuard } from "../../../src/budget/create-spend-guard.js";
import { SYSTEM_CLOCK } from "../../../src/core/clock.js";
import { openSqliteDatabase } from "../../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteLedger } from "../../../src/storage/sqlite/sqlite-ledger.js";
import { startGatewayProcess, type GatewayProcess } from "./crash-load.js";

const BUDGETS = [{ scope: "global" as const, window: "day" as const, limit_usd: 1 }];
type Phase = "before-answer" | "after-first-chunk" | "before-usage";
const POSTGRES_URL = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
const dirs: string[] = [];
const schemas: string[] = [];
const servers: Server[] = [];

afterAll(async () => {
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
});

/** The decision rows, from the local SQLite file or from the namespace's Postgres schema. */
async function decisionRows(sqlite: string, schema: string | undefined): Promise<{ error_type: string | null; cost_usd: number }[]> {
  if (schema) return (await pool.query<{ error_type: string | null; cost_usd: string }>(`SELECT error_type, cost_usd FROM "${schema}".decisions`)).rows.map((row) => ({ ...row, cost_usd: Number(row.cost_usd) }));
  const db = openSqliteDatabase(sqlite);
  try {
    return db.prepare<[], { error_type: string | null; cost_usd: number }>("SELECT error_type, cost_usd FROM decisions").all();
  } finally {
    db.close();
  }
}

const chunk = (delta: Record<string, unknown>, finish: string | null = null): string =>
  `data: ${JSON.stringify({ id: "gen-phase", object: "chat.completion.chunk", model: "openai/gpt-5-nano", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;

/** An upstream that streams a few chunks and then hangs, after telling the test which phase it reached. */
function phasedUpstream(phase: Phase, reached: (phase: Phase) => void): Promise<{ url: string }> {
  const server = createServer((request, response: ServerResponse) => {
    if (request.method !== "POST" || !request.url?.endsWith("/chat/completions")) return void response.writeHead(404).end();
    request.resume();
    if (phase === "before-answer") return reached(phase); // never answers
    response.writeHead(200, { "content-type": "text/event-stream" });
    response.write(chunk({ role: "assistant", content: "Hello" }));
    if (phase === "after-first-chunk") return; // the test kills once the client holds the chunk
    for (let i = 0; i < 20; i += 1) response.write(chunk({ content: " there, friend" }));
    response.write(chunk({}, "stop")); // the last content chunk; no usage, no [DONE]
  });
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/api/v1` });
    }),
  );
}

const PHASES: Phase[] = ["before-answer", "after-first-chunk", "before-usage"];

describe.each([
  { log: "SQLite", postgres: false },
  { log: "Postgres", postgres: true },
])("kill -9 at each phase of a streamed request, then restart (decision log in $log)", ({ postgres }) => {
  it.each(PHASES)("%s: the request is recorded, charged its reservation, and the restart is ready", async (phase) => {
    const dir = mkdtempSync(join(tmpdir(), `switchyard-crash-${phase}-`));
    dirs.push(dir);
    const box: { gateway?: GatewayProcess } = {};
    const { url: upstreamUrl } = await phasedUpstream(phase, () => box.gateway?.child.kill("SIGKILL"));
    const sqlite = join(dir, "switchyard.db");
    const namespace = `rt20_${phase.replaceAll("-", "_")}_${String(Date.now())}`;
    const schema = postgres ? namespace : undefined;
    if (schema) schemas.push(schema);
    const config = { tiers: { crash: { models: ["openai/gpt-5-nano"], max_tokens: 200 } }, budgets: BUDGETS, storage: { sqlite, ...(postgres ? { postgres_url: POSTGRES_URL } : {}) } };
    const start = (): Promise<GatewayProcess> => startGatewayProcess({ config, namespace, upstreamUrl, cwd: process.cwd() });
    const gateway = await start();
    box.gateway = gateway;
    const exited = new Promise((resolve) => gateway.child.once("exit", resolve));

    let received = "";
    const outcome = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "switchyard/tier/crash", stream: true, messages: [{ role: "user", content: "Say hello." }] }),
    })
      .then(async (response) => {
        const reader = response.body?.getReader();
        const decoder = new TextDecoder();
        for (;;) {
          const part = await reader?.read();
          if (!part || part.done) return received.includes("[DONE]") ? "ended-with-done" : "cut";
          received += decoder.decode(part.value, { stream: true });
          if (phase === "after-first-chunk" && received.includes("Hello")) gateway.child.kill("SIGKILL");
          if (phase === "before-usage" && received.includes('"finish_reason":"stop"')) gateway.child.kill("SIGKILL");
        }
      })
      .catch((error: unknown) => error);
    await exited;
    if (phase !== "before-answer") expect(received).toContain("Hello");
    if (phase === "before-usage") expect(received).toContain("there, friend");
    expect(received).not.toContain("[DONE]");
    expect(outcome).not.toBe("ended-with-done"); // the client never saw its stream complete

    const restarted = await start();
    const ready = await fetch(`${restarted.url}/readyz`);
    expect(ready.status).toBe(200);
    await restarted.stop();
    const rows = await decisionRows(sqlite, schema);
    const db = openSqliteDatabase(sqlite);
    const markers = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM decision_in_flight").get();
    db.close();
    expect(rows.map((row) => row.error_type)).toEqual(["interrupted"]);
    expect(markers?.n).toBe(0);
    const ledger = createSqliteLedger(openSqliteDatabase(sqlite), { closeDatabase: true });
    const [status] = await createSpendGuard({ ledger, budgets: BUDGETS, clock: SYSTEM_CLOCK }).status();
    await ledger.close();
    // What the crash left counts once, in full, and the record says the same amount.
    expect((status?.spentUsd ?? 0) + (status?.reservedUsd ?? 0)).toBeGreaterThan(0);
    expect(rows[0]?.cost_usd).toBeCloseTo((status?.spentUsd ?? 0) + (status?.reservedUsd ?? 0), 9);
  }, 120_000);
});
