import { describe, expect, it } from "vitest";
import { GatewayError, UpstreamError } from "../../core/errors/index.js";
import type { ConversationStore } from "../../routing/affinity/conversation-store.js";
import { createMemoryConversationStore } from "../../storage/memory/memory-conversation-store.js";
import { RefusedModelIds, SHARED_WRITE_WAIT_MS } from "./refused-model-ids.js";

const refusal = (model: string, status = 404, code = "model_not_found") =>
  new GatewayError({ message: "no such model", status, type: "invalid_request_error", code, cause: new UpstreamError({ message: `${model} is not a valid model ID`, kind: "http", model, upstreamStatus: 400, isRetryable: false }) });

describe("the ids the doors were refused, as the counters read them", () => {
  it("remembers a door's 404 model_not_found for ten minutes, and nothing else", async () => {
    let now = 0;
    const ids = new RefusedModelIds({ now: () => now });
    await ids.noteRefusal(refusal("acme/typo"));
    await ids.noteRefusal(refusal("acme/other", 400, "upstream_bad_request"));
    await ids.noteRefusal(new Error("acme/plain"));
    expect([await ids.has("acme/typo"), await ids.has("acme/other")]).toEqual([true, false]);
    now = 10 * 60_000 - 1;
    expect(await ids.has("acme/typo")).toBe(true);
    now += 1;
    expect(await ids.has("acme/typo")).toBe(false);
  });

  it("holds at most 1,000 ids, forgetting the oldest", async () => {
    const ids = new RefusedModelIds({ now: () => 0 });
    for (let n = 0; n <= 1_000; n++) await ids.noteRefusal(refusal(`acme/typo-${n}`));
    expect([await ids.has("acme/typo-0"), await ids.has("acme/typo-1"), await ids.has("acme/typo-1000")]).toEqual([false, true, true]);
  });
});

// Round 29: each process kept its own memory, so a count sent to another instance than the door's counted the id.
describe("the ids shared between processes through the deployment's store", () => {
  it("an id one process's door was refused is refused by another's counter, for the time left of its ten minutes", async () => {
    let now = 0;
    const clock = { now: () => now };
    const store = createMemoryConversationStore({ clock });
    const answering = new RefusedModelIds(clock, { store });
    const counting = new RefusedModelIds(clock, { store });
    await answering.noteRefusal(refusal("acme/typo"));
    now = 4 * 60_000;
    expect([await counting.has("acme/typo"), await counting.has("acme/other")]).toEqual([true, false]);
    // Read from the store once, then remembered here until the refusal's own end, not ten minutes from the read.
    now = 10 * 60_000;
    expect(await counting.has("acme/typo")).toBe(false);
  });

  it("a store that fails counts the id (never a refusal on doubt) and reports the failure; the refusal is still remembered here", async () => {
    const failures: unknown[] = [];
    const broken: ConversationStore = {
      get: () => Promise.reject(new Error("ECONNREFUSED")),
      set: () => Promise.reject(new Error("ECONNREFUSED")),
      delete: () => Promise.reject(new Error("ECONNREFUSED")),
    };
    const ids = new RefusedModelIds({ now: () => 0 }, { store: broken, onError: (error) => failures.push(error) });
    await ids.noteRefusal(refusal("acme/typo"));
    expect([await ids.has("acme/typo"), await ids.has("acme/other")]).toEqual([true, false]);
    expect(failures).toHaveLength(2);
  });

  // Review of round 29: the door's 404 awaited the shared write, so a store that stalls (Redis unanswered until its
  // 2 s command timeout, the SQLite file locked by another process for its 5 s busy budget) held every unknown
  // model's 404 that long. The write is waited for a moment only; it still lands, and is still remembered here.
  it("a store that stalls holds the door's 404 no longer than a moment; the write still lands", async () => {
    let landed: () => void = () => undefined;
    const writes: string[] = [];
    const stalled: ConversationStore = {
      get: () => Promise.resolve(undefined),
      set: (key) => new Promise<void>((resolve) => void (landed = () => (writes.push(key), resolve()))),
      delete: () => Promise.resolve(false),
    };
    const ids = new RefusedModelIds({ now: () => 0 }, { store: stalled });
    const startedAt = performance.now();
    const noted = await Promise.race([ids.noteRefusal(refusal("acme/typo")).then(() => "noted"), new Promise((resolve) => setTimeout(() => resolve("still waiting"), 3_000))]);
    expect(noted).toBe("noted");
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(SHARED_WRITE_WAIT_MS - 5);
    expect(await ids.has("acme/typo")).toBe(true);
    landed();
    expect(writes).toEqual(["refused-model:acme/typo"]);
  });
});

