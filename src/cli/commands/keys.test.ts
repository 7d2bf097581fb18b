import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { createKeyAuth } from "../../server/auth/create-key-auth.js";
import { createMemoryRateLimiter } from "../../storage/memory/memory-rate-limiter.js";
import { openStorage } from "../../storage/open-storage.js";
import type { CliIo } from "../cli-io.js";
import { registerKeysCommand } from "./keys.js";

const cwd = mkdtempSync(join(tmpdir(), "switchyard-keys-cli-"));
writeFileSync(join(cwd, "switchyard.yaml"), "storage:\n  sqlite: ./state/gateway.db\n");
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ stdout: string; stderr: string }> {
  const out = { stdout: "", stderr: "" };
  const io: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), env: {}, cwd };
  const program = new Command("switchyard").exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerKeysCommand(program, io);
  for (const command of program.commands) command.exitOverride();
  await program.parseAsync(argv, { from: "user" });
  return out;
}

describe("switchyard keys", () => {
  it("creates a key shown once, lists it without the secret, and the gateway accepts it until revoked", async () => {
    const created = await run("keys", "create", "--name", "team-a", "--daily-budget-usd", "2.5", "--rpm", "30", "--tiers", "budget,mid");
    const secret = /sk-sy-[A-Za-z0-9_-]{43}/.exec(created.stdout)?.[0];
    expect(secret).toBeDefined();
    expect(created.stdout).toContain("shown only once");
    expect(created.stdout).toContain("Limits: $2.5 per UTC day, 30 rpm, tiers budget,mid; a budget starts again at 00:00 UTC.");
    // A gateway started in another folder reads another store and would refuse the key: say which store holds it.
    expect(created.stdout).toContain(`Key store: sqlite ${join(cwd, "state", "gateway.db")}. A gateway accepts these keys only if it uses this store`);

    const listed = await run("keys", "list");
    expect(listed.stdout).toContain("team-a");
    expect(listed.stdout).not.toContain(secret);
    const json = JSON.parse((await run("keys", "list", "--json")).stdout) as { id: string; rpm: number }[];
    expect(json).toHaveLength(1);
    // The admin API's key fields (snake_case, as /api/keys and the rest of the CLI's JSON), not the store's camelCase.
    expect(json[0]).toStrictEqual({ id: expect.stringMatching(/^key_/), name: "team-a", prefix: secret?.slice(0, 10), created_at: expect.any(Number), revoked_at: null, daily_budget_usd: 2.5, monthly_budget_usd: null, rpm: 30, tiers: ["budget", "mid"] });

    const storage = await openStorage({ storage: { sqlite: "./state/gateway.db" }, cwd });
    const authenticate = createKeyAuth({ keys: storage.keys, clock: { now: () => Date.now() }, rateLimiter: createMemoryRateLimiter(), cacheTtlInMs: 0 });
    expect((await authenticate(`Bearer ${secret}`)).keyName).toBe("team-a");
    expect((await run("keys", "revoke", "team-a")).stdout).toContain(`Revoked key team-a (${json[0]?.id})`);
    await expect(authenticate(`Bearer ${secret}`)).resolves.toMatchObject({ keyId: null }); // no active key left: open again
    await storage.close();
    expect((await run("keys", "list", "--all")).stdout).toMatch(/revoked \d{4}-/);
  });

  it("says what a budget means: US dollars per UTC day or month, from 00:00 UTC, and that $0 leaves only free models (it said $0 refuses every request, while :free models still answer)", async () => {
    const zero = await run("keys", "create", "--name", "frozen", "--daily-budget-usd", "0", "--monthly-budget-usd", "40");
    expect(zero.stdout).toContain("Limits: $0 per UTC day, $40 per UTC month; a budget starts again at 00:00 UTC. With a $0 budget this key may use only models that cost nothing (:free ids, the free tier); every other request gets 402 budget_exceeded.");
    const program = new Command("switchyard");
    registerKeysCommand(program, { stdout: () => {}, stderr: () => {}, env: {}, cwd });
    expect(program.commands[0]?.commands[0]?.helpInformation()).toMatch(/--daily-budget-usd <usd>\s+US dollars the key may spend per UTC day/);
    // --rpm is a rate, not a count per clock minute: 36 requests passed in under a minute on --rpm 30 in the walk.
    expect(program.commands[0]?.commands[0]?.helpInformation().replace(/\s+/g, " ")).toContain("--rpm <n> requests per minute, a whole number N: a burst of N, then one every 60/N s");
  });

  it("speaks of a budget's reset only for a key that has a budget (a key with only --rpm was told its budget starts again at 00:00 UTC)", async () => {
    const limited = await run("keys", "create", "--name", "rpm-only", "--rpm", "10");
    expect(limited.stdout).toContain("Limits: 10 rpm.\n");
    expect(limited.stdout).not.toContain("budget");
  });

  it("explains bad input: unknown tier, duplicate name, unknown key, missing name", async () => {
    await expect(run("keys", "create", "--name", "x", "--tiers", "gold")).rejects.toThrow(/Unknown tier "gold".*Valid tiers: free, budget/);
    // A tier a few letters off is named, as the gateway and config check name it.
    await expect(run("keys", "create", "--name", "x", "--tiers", "budget,premum")).rejects.toThrow(/Unknown tier "premum" in --tiers\. Valid tiers: free, budget, mid, standard, premium\. Did you mean "premium"\?$/);
    await expect(run("keys", "create", "--name", "x", "--tiers", ",")).rejects.toThrow(/--tiers "," names no tier/);
    // Escaped as every echo of sent text is (round 25): an escape sequence was printed to the terminal as it came.
    await expect(run("keys", "create", "--name", "x", "--tiers", "x\u001b[31mred\u202e")).rejects.toThrow(/Unknown tier "x\\u001b\[31mred\\u202e" in --tiers/);
    await expect(run("keys", "create", "--name", "key_0123abcd")).rejects.toThrow(/looks like a key id/);
    await run("keys", "create", "--name", "dup");
    await expect(run("keys", "create", "--name", "dup")).rejects.toThrow(/already named "dup"/);
    await expect(run("keys", "revoke", "nobody")).rejects.toThrow(/No active key with id or name "nobody"/);
    await expect(run("keys", "create")).rejects.toBeInstanceOf(CommanderError);
  });
});
