/**
 * `previous_response_id` after a restart, on a gateway without Redis: stored responses are in the SQLite file and
 * survive, conversation affinity lived in memory and did not. The stored response records what affinity remembered
 * after its turn, so the continuation stays on the model that answered (its prompt cache warm) instead of being
 * routed afresh (docs/decisions/0067-affinity-seeded-by-stored-responses.md).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationStore } from "../../src/routing/affinity/conversation-store.js";
import { openSqliteDatabase, type SqliteDatabase } from "../../src/storage/sqlite/open-sqlite-database.js";
import { createSqliteConversationStore } from "../../src/storage/sqlite/sqlite-conversation-store.js";
import { CHAIN, startGateway, type Gateway } from "./gateway-harness.js";

const [PRIMARY, SECONDARY] = CHAIN;
const MODEL = "switchyard/tier/e2e";

async function create(gateway: Gateway, body: OpenAI.Responses.ResponseCreateParamsNonStreaming): Promise<{ id: string; model: string | null; affinity: string | null }> {
  const { data, response } = await gateway.client.responses.create(body).withResponse();
  return { id: data.id, model: response.headers.get("x-switchyard-model"), affinity: response.headers.get("x-switchyard-affinity") };
}

describe("previous_response_id keeps its model across a gateway restart (SQLite stored responses, affinity in memory)", () => {
  let directory: string;
  let db: SqliteDatabase;
  let storedResponses: ConversationStore;
  const running: Gateway[] = [];
  /** A gateway process: its own memory (affinity), the same SQLite file (stored responses). */
  const start = async (): Promise<Gateway> => {
    const gateway = await startGateway({ app: { storedResponses } });
    running.push(gateway);
    return gateway;
  };
  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), "switchyard-affinity-restart-"));
    db = openSqliteDatabase(path.join(directory, "storage.sqlite"));
    storedResponses = createSqliteConversationStore(db);
  });
  afterAll(async () => {
    for (const gateway of running) await gateway.close();
    db.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it("a turn answered by the fallback model continues on it after the restart, with affinity hit", async () => {
    const before = await start();
    before.simulator.setFault(PRIMARY, "server_error");
    const first = await create(before, { model: MODEL, input: "Explain recursion with one example." });
    expect(first).toMatchObject({ model: SECONDARY, affinity: "new" });
    await before.close();
    running.splice(running.indexOf(before), 1);

    const after = await start();
    // Routed afresh, the tier would answer on PRIMARY (healthy in the new process): the conversation stays put.
    const second = await create(after, { model: MODEL, input: "Now shorter, please.", previous_response_id: first.id });
    expect(second).toMatchObject({ model: SECONDARY, affinity: "hit" });
    expect(after.records.at(-1)).toMatchObject({ door: "responses", affinity: "hit", model: SECONDARY });
    // And the seeded memory is written back: the next turn is a plain hit from the live store.
    const third = await create(after, { model: MODEL, input: "Thanks.", previous_response_id: second.id });
    expect(third).toMatchObject({ model: SECONDARY, affinity: "hit" });
  });

  it("a streamed turn seeds it too", async () => {
    const before = await start();
    before.simulator.setFault(PRIMARY, "server_error");
    const stream = before.client.responses.stream({ model: MODEL, input: "List three sorting algorithms." });
    const first = await stream.finalResponse();
    expect(first.model).toBe(SECONDARY);
    await before.close();
    running.splice(running.indexOf(before), 1);

    const after = await start();
    const second = await create(after, { model: MODEL, input: "Now shorter, please.", previous_response_id: first.id });
    expect(second).toMatchObject({ model: SECONDARY, affinity: "hit" });
  });

  it("an explicit model's turn in a routed conversation carries the conversation's model on, as the store does", async () => {
    const before = await start();
    before.simulator.setFault(PRIMARY, "server_error");
    const first = await create(before, { model: MODEL, input: "Explain recursion with one example." });
    expect(first.model).toBe(SECONDARY);
    before.simulator.setFault(PRIMARY, null);
    // A side turn on a model named by id: the conversation's model stays what it was (the live store still holds it).
    const aside = await create(before, { model: CHAIN[2], input: "Give it a title.", previous_response_id: first.id });
    expect(aside.model).toBe(CHAIN[2]);
    // Without a restart, a continuation of the side turn is back on the conversation's model.
    expect(await create(before, { model: MODEL, input: "Now shorter, please.", previous_response_id: aside.id })).toMatchObject({ model: SECONDARY, affinity: "hit" });
    await before.close();
    running.splice(running.indexOf(before), 1);

    const after = await start();
    const next = await create(after, { model: MODEL, input: "Now shorter, please.", previous_response_id: aside.id });
    expect(next).toMatchObject({ model: SECONDARY, affinity: "hit" });
  });

  it("an explicit model's turn leaves no affinity to seed: the continuation is routed as it would be without a restart", async () => {
    const before = await start();
    const first = await create(before, { model: SECONDARY ?? "", input: "Explain recursion with one example." });
    expect(first.model).toBe(SECONDARY);
    await before.close();
    running.splice(running.indexOf(before), 1);

    const after = await start();
    const second = await create(after, { model: MODEL, input: "Now shorter, please.", previous_response_id: first.id });
    expect(second).toMatchObject({ model: PRIMARY, affinity: "new" });
  });
});
