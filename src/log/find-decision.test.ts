import { describe, expect, it } from "vitest";
import { findDecision, LATE_RECORD_MAX_WAITING, lateRecordWait, LONG_ANSWER_LOOK_MS, type LateRecordWait } from "./find-decision.js";
import { makeDecisionRecord } from "./make-decision-record.js";

const idAt = (ms: number, n: number) => `dec_${ms.toString(16).padStart(12, "0")}${n.toString(16).padStart(20, "0")}`;

/** The routes' wait on `now`, whose sleeps end only when `drain` wakes them; `drain` returns once none is waiting. */
function heldWait(now: () => number): { wait: LateRecordWait; wakes: (() => void)[]; drain: () => Promise<void> } {
  const wakes: (() => void)[] = [];
  const wait = lateRecordWait(now);
  wait.sleep = () => new Promise<void>((resolve) => wakes.push(resolve));
  const drain = async () => {
    while (wakes.length > 0 || wait.waiting > 0) {
      wakes.splice(0).forEach((wake) => wake());
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  };
  return { wait, wakes, drain };
}

describe("findDecision", () => {
  it("holds at most maxWaiting lookups looking again; past it a fresh miss is answered from its one read (round 22)", async () => {
    const now = 1_800_000_000_000;
    const wakes: (() => void)[] = [];
    const wait: LateRecordWait = { withinMs: 3_000, now: () => now, sleep: () => new Promise<void>((resolve) => wakes.push(resolve)), maxWaiting: 4, waiting: 0 };
    const reads: string[] = [];
    const decisions = { get: async (id: string) => void reads.push(id) };
    // Forty fresh forged ids at once: four wait, thirty-six are answered at once.
    const settled: string[] = [];
    const lookups = Array.from({ length: 40 }, (_, n) => findDecision(decisions, idAt(now - 10, n), wait).then(() => void settled.push(idAt(now - 10, n))));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(wakes).toHaveLength(4);
    expect(settled).toHaveLength(36);
    expect(wait.waiting).toBe(4);
    // Once they end, the slots are free again: a real record shipped meanwhile is found by a new lookup's wait.
    let shipped = false;
    const found = { get: async (id: string) => (shipped ? makeDecisionRecord({ id }) : undefined) };
    while (wakes.length > 0 || wait.waiting > 0) {
      wakes.splice(0).forEach((wake) => wake());
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all(lookups);
    expect(wait.waiting).toBe(0);
    const late = findDecision(found, idAt(now - 10, 99), wait);
    await new Promise((resolve) => setTimeout(resolve, 5));
    shipped = true;
    wakes.splice(0).forEach((wake) => wake());
    expect((await late)?.id).toBe(idAt(now - 10, 99));
    expect(wait.waiting).toBe(0);
  });

  it("one caller's flood of forged fresh ids holds at most its share of the waits: another key's real feedback is still looked for (round 22 review)", async () => {
    const now = 1_800_000_000_000;
    const { wait, drain } = heldWait(() => now);
    let shipped = false;
    const real = idAt(now - 10, 999);
    const decisions = { get: async (id: string) => (shipped && id === real ? makeDecisionRecord({ id }) : undefined) };
    // One tenant's key sends forged fresh ids, as many at once as the route holds waits for.
    const flood = Array.from({ length: LATE_RECORD_MAX_WAITING * 2 }, (_, n) => findDecision(decisions, idAt(now - 10, n), wait, "key_flood"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const flooding = wait.waiting;
    // Another tenant's feedback on a decision the other instance ships a moment later is still found.
    const honest = findDecision(decisions, real, wait, "key_honest");
    await new Promise((resolve) => setTimeout(resolve, 20));
    shipped = true;
    await drain();
    expect((await honest)?.id).toBe(real);
    expect(flooding).toBeLessThan(LATE_RECORD_MAX_WAITING);
    await Promise.all(flood);
    expect(wait.waiting).toBe(0);
  });

  it("the routes' wait is bounded", () => {
    expect(lateRecordWait(() => 0)).toMatchObject({ maxWaiting: LATE_RECORD_MAX_WAITING, waiting: 0 });
    expect(LATE_RECORD_MAX_WAITING).toBeLessThanOrEqual(64);
  });

  it("a key whose wait found nothing waits no more for a while: several keys of one tenant cannot hold every wait again and again (round 23)", async () => {
    let now = 1_800_000_000_000;
    const { wait, drain } = heldWait(() => now);
    let shipped = false;
    // The honest key's decision, made after the first flood and shipped late by another instance.
    const real = idAt(now + 3_000 - 10, 999);
    const decisions = { get: async (id: string) => (shipped && id === real ? makeDecisionRecord({ id }) : undefined) };
    const keys = ["key_a", "key_b", "key_c", "key_d"];
    // One tenant's four keys send forged fresh ids, each as many as its share: together they hold every wait.
    const flood = (round: number) => keys.flatMap((key, k) => Array.from({ length: LATE_RECORD_MAX_WAITING }, (_, n) => findDecision(decisions, idAt(now - 10, round * 1000 + k * 100 + n), wait, key)));
    const first = flood(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(wait.waiting).toBe(LATE_RECORD_MAX_WAITING);
    await drain();
    await Promise.all(first);
    // Their waits found nothing. A moment later they flood again; another key's real feedback is still looked for.
    now += 3_000;
    const second = flood(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(wait.waiting).toBe(0);
    const honest = findDecision(decisions, real, wait, "key_honest");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(wait.waiting).toBe(1);
    shipped = true;
    await drain();
    await Promise.all(second);
    expect((await honest)?.id).toBe(real);
  });

  it("a miss on an old id, answered from its one read, pauses no one: the key's next fresh feedback is still looked for (round 23 review)", async () => {
    const now = 1_800_000_000_000;
    const { wait, wakes, drain } = heldWait(() => now);
    let shipped = false;
    const fresh = idAt(now - 10, 7);
    const decisions = { get: async (id: string) => (shipped && id === fresh ? makeDecisionRecord({ id }) : undefined) };
    // Feedback on an id the retention purged (older than any answer runs): no wait, one read.
    expect(await findDecision(decisions, idAt(now - 20 * 60_000, 1), wait, "key_a")).toBeUndefined();
    expect(wakes).toHaveLength(0);
    // The same key's feedback on a short answer a moment later is still waited for, and found when it ships.
    const late = findDecision(decisions, fresh, wait, "key_a");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(wait.waiting).toBe(1);
    shipped = true;
    await drain();
    expect((await late)?.id).toBe(fresh);
  });

  it("a key whose wait ran out on a real decision that landed later is not kept paused: its next fresh feedback is looked for (round 24)", async () => {
    let now = 1_800_000_000_000;
    const { wait, drain } = heldWait(() => now);
    const shipped = new Set<string>();
    const decisions = { get: async (id: string) => (shipped.has(id) ? makeDecisionRecord({ id }) : undefined) };
    // The answering instance could not ship for longer than the look again (its store down a few seconds): the
    // honest key's wait runs out, and the key is paused.
    const slow = idAt(now - 10, 1);
    const first = findDecision(decisions, slow, wait, "key_honest");
    await new Promise((resolve) => setTimeout(resolve, 5));
    await drain();
    expect(await first).toBeUndefined();
    // The record lands a few seconds later; the key's next feedback, on a fresh answer not shipped yet, is still
    // looked for and found, rather than answered 404 for a minute.
    now += 5_000;
    shipped.add(slow);
    const next = idAt(now - 10, 2);
    const second = findDecision(decisions, next, wait, "key_honest");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(wait.waiting).toBe(1);
    shipped.add(next);
    await drain();
    expect((await second)?.id).toBe(next);
  });

  it("a pause set again while the paused-on id is read is not lifted by that read: the new one is on another id (round 24 review)", async () => {
    const now = 1_800_000_000_000;
    const { wait, drain } = heldWait(() => now);
    const honest = idAt(now - 5_000, 1);
    const forged = idAt(now - 10, 2);
    let land: (found: boolean) => void = () => {};
    const decisions = {
      get: (id: string) => (id === honest ? new Promise<boolean>((resolve) => (land = resolve)).then((found) => (found ? makeDecisionRecord({ id }) : undefined)) : Promise.resolve(undefined)),
    };
    // Paused on an honest id whose record is slow; a miss starts reading it again.
    wait.pausedUntil?.set("key_k", now + 60_000);
    wait.pausedOn?.set("key_k", honest);
    const miss = findDecision(decisions, idAt(now - 10, 3), wait, "key_k");
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Meanwhile a wait of that key begun before the pause runs out on a forged id: paused again, on it.
    wait.pausedUntil?.set("key_k", now + 60_000);
    wait.pausedOn?.set("key_k", forged);
    land(true);
    await new Promise((resolve) => setTimeout(resolve, 5));
    // The honest id landing says nothing of the forged one: the key stays paused, and this miss does not wait.
    expect(wait.pausedOn?.get("key_k")).toBe(forged);
    expect(wait.waiting).toBe(0);
    await drain();
    expect(await miss).toBeUndefined();
  });

  it("a key whose wait ran out on an id that never lands stays paused (the pause still holds forged ids)", async () => {
    let now = 1_800_000_000_000;
    const { wait, drain } = heldWait(() => now);
    const decisions = { get: async () => undefined };
    const first = findDecision(decisions, idAt(now - 10, 1), wait, "key_forger");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(wait.waiting).toBe(1);
    await drain();
    expect(await first).toBeUndefined();
    now += 5_000;
    expect(await findDecision(decisions, idAt(now - 10, 2), wait, "key_forger")).toBeUndefined();
    expect(wait.waiting).toBe(0);
  });

  it("a long answer's feedback sent to another instance as it ends is looked for again: its id carries the request's start, past the 3 s", async () => {
    const now = 1_800_000_000_000;
    const { wait, drain } = heldWait(() => now);
    let shipped = false;
    // A 40-second stream, its record in the answering instance's outbox until the next ship.
    const long = idAt(now - 40_000, 5);
    const decisions = { get: async (id: string) => (shipped && id === long ? makeDecisionRecord({ id }) : undefined) };
    const late = findDecision(decisions, long, wait, "key_a");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(wait.waiting).toBe(1);
    shipped = true;
    await drain();
    expect((await late)?.id).toBe(long);
    // Its look is short: from the lookup, not from the id's time; a miss reads a handful of times.
    let reads = 0;
    let clock = now;
    const timed: LateRecordWait = { ...lateRecordWait(() => clock), sleep: async (ms: number) => void (clock += ms) };
    expect(await findDecision({ get: async () => void (reads += 1) }, idAt(now - 40_000, 6), timed)).toBeUndefined();
    expect(clock - now).toBeLessThanOrEqual(LONG_ANSWER_LOOK_MS);
    expect(reads).toBeGreaterThan(1);
    expect(reads).toBeLessThanOrEqual(5);
  });
});
