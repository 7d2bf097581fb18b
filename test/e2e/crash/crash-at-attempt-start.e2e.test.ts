/**
 * A crash the moment an attempt goes out (ADR 0008, requests in flight): the upstream here kills the gateway process
 * with SIGKILL as soon as the request's headers reach it, a millisecond or so after the attempt started, long before
 * any answer. The reservation is held in the ledger by then, so the restart must record the request (`interrupted`,
 * costing the reservation it left, which it settles at that worst case), whatever the timing: markers used to be committed up to 10 ms after the attempt
 * started, and a crash in that window left a charge with no record.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSpendGuard } from "../../../src/budget/create-spend-guard.js";
import { SYSTEM_CLOCK } from "../../../src/core/clock.js";
import { openSqliteDatabase } from "../../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteLedger } from "../../../src/storage/sqlite/sqlite-ledger.js";
import { startGatewayProcess, type GatewayProcess } from "./crash-load.js";

const BUDGETS = [{ scope: "global" as const, window: "day" as const, limit_usd: 1 }];
const ANSWER = {
  id: "gen-warm",
  object: "chat.completion",
  model: "openai/gpt-5-nano",
  choices: [{ index: 0, message: { role: "assistant", content: "Hello." }, finish_reason: "stop" }],
  usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5, cost: 0 },
};
const dir = mkdtempSync(join(tmpdir(), "switchyard-crash-at-start-"));

describe("kill -9 as the attempt goes out", () => {
  let upstream: Server | undefined;
  afterAll(async () => {
    await new Promise((resolve) => (upstream ? upstream.close(resolve) : resolve(undefined)));
    rmSync(dir, { recursive: true, force: true });
  });

  it("the restart records the request the crash cut, costing the reservation it left", async () => {
    const box: { gateway?: GatewayProcess } = {};
    let killedAt = 0;
    let answered = 0;
    upstream = createServer((request, response) => {
      if (request.method !== "POST" || !request.url?.endsWith("/chat/completions") || !box.gateway) return void response.writeHead(404).end();
      if (answered === 0) {
        // The first request is answered: the gateway's connection is warm, so the next one goes out at once.
        answered += 1;
        request.resume();
        return void response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(ANSWER));
      }
      killedAt = Date.now();
      box.gateway.child.kill("SIGKILL"); // never answered: the process that asked is gone
    });
    await new Promise<void>((resolve) => upstream?.listen(0, "127.0.0.1", resolve));
    const address = upstream.address();
    const upstreamUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/api/v1`;
    const sqlite = join(dir, "switchyard.db");
    const config = { tiers: { crash: { models: ["openai/gpt-5-nano"], max_tokens: 200 } }, budgets: BUDGETS, storage: { sqlite } };
    const start = (): Promise<GatewayProcess> => startGatewayProcess({ config, namespace: "crash-at-start", upstreamUrl, cwd: process.cwd() });

    const gateway = await start();
    box.gateway = gateway;
    const ask = (): Promise<unknown> =>
      fetch(`${gateway.url}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: "switchyard/tier/crash", messages: [{ role: "user", content: "Say hello." }] }),
      }).catch((error: unknown) => error);
    expect(await ask()).toMatchObject({ status: 200 });
    const exited = new Promise((resolve) => gateway.child.once("exit", resolve));
    const answer = await ask();
    await exited;
    expect(answer).toBeInstanceOf(Error); // the gateway died under the request
    expect(killedAt).toBeGreaterThan(0);

    const restarted = await start();
    await restarted.stop();
    const db = openSqliteDatabase(sqlite);
    const rows = db.prepare<[], { error_type: string | null; cost_usd: number; attempts: string }>("SELECT error_type, cost_usd, attempts FROM decisions ORDER BY created_at").all();
    db.close();
    expect(rows.map((row) => row.error_type)).toEqual([null, "interrupted"]);
    const ledger = createSqliteLedger(openSqliteDatabase(sqlite), { closeDatabase: true });
    const [status] = await createSpendGuard({ ledger, budgets: BUDGETS, clock: SYSTEM_CLOCK }).status();
    await ledger.close();
    // The restart settles the reservation the dead process held at its worst case, what the record says it cost: held
    // until its expiry (10 minutes), it was refused to callers as "held by requests still in flight: retry in a few
    // seconds" (round 27), and the ledger said reserved where the record said spent.
    expect(status?.reservedUsd).toBe(0);
    expect(rows[1]?.cost_usd).toBeGreaterThan(0);
    expect((status?.spentUsd ?? 0) - (rows[0]?.cost_usd ?? 0)).toBeCloseTo(rows[1]?.cost_usd ?? -1, 9);
  }, 60_000);
});
