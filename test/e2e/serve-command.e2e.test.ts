import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import OpenAI from "openai";
import { afterAll, describe, expect, it } from "vitest";
import { loopbackUrl, startServe, weakAdminKeyWarning } from "../../src/cli/commands/serve.js";
import { runCliCaptured } from "../support/run-cli-captured.js";
import type { CliIo } from "../../src/cli/cli-io.js";

describe("switchyard serve --simulate", () => {
  const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-serve-"));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it("runs the gateway in front of the simulator with no key, and says where it listens", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), env: {}, cwd };
    const handle = await startServe({ simulate: true, port: "0" }, io);
    try {
      expect(out.join("")).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ .*simulator/);
      expect(err.join("")).toContain("127.0.0.1 only");
      // The first journey: where the dashboard is and how to get an admin key to sign in with.
      expect(out.join("")).toContain(`Dashboard: ${handle.server.url}/dashboard (no admin key is set`);
      expect(out.join("")).toContain("export SWITCHYARD_ADMIN_KEY=");
      const client = new OpenAI({ baseURL: `${handle.server.url}/v1`, apiKey: "unused", maxRetries: 0 });
      const { data, response } = await client.chat.completions.create({ model: "switchyard/auto", messages: [{ role: "user", content: "hello" }] }).withResponse();
      expect(data.choices[0]?.message.content).toContain("simulated answer");
      expect(response.headers.get("x-switchyard-model")).toBe(data.model);
      const decisionId = response.headers.get("x-switchyard-decision-id");
      const feedback = async (body: unknown): Promise<Response> =>
        fetch(`${handle.server.url}/v1/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const accepted = await feedback({ decision_id: decisionId, score: 0.9, label: "good" });
      expect(accepted.status).toBe(200);
      expect(await accepted.json()).toMatchObject({ decision_id: decisionId, score: 0.9 });
      expect((await feedback({ decision_id: "dec_nope", score: 1 })).status).toBe(404);
      const invalid = await feedback({ decision_id: decisionId, score: 7 });
      expect(invalid.status).toBe(400);
      expect(await invalid.json()).toMatchObject({ error: { param: "score" } });
      const models = await client.models.list();
      expect(models.data.some((model) => model.id === "switchyard/auto")).toBe(true);
    } finally {
      await handle.close();
    }
  });

  it("on --host 0.0.0.0 prints URLs a browser and an SDK can open (127.0.0.1), and says every interface is served", async () => {
    // Journey 5: an operator binds all interfaces once a key exists; http://0.0.0.0/dashboard is refused by browsers.
    const hostCwd = mkdtempSync(path.join(tmpdir(), "switchyard-serve-host-"));
    try {
      expect((await runCliCaptured(["keys", "create", "--name", "ops"], { cwd: hostCwd })).code).toBe(0);
      const out: string[] = [];
      const io: CliIo = { stdout: (text) => void out.push(text), stderr: () => {}, env: { SWITCHYARD_ADMIN_KEY: "a".repeat(32) }, cwd: hostCwd };
      const handle = await startServe({ simulate: true, port: "0", host: "0.0.0.0" }, io);
      try {
        const port = new URL(handle.server.url).port;
        expect(out.join("")).toContain(`listening on all interfaces (http://0.0.0.0:${port}); on this machine http://127.0.0.1:${port} (OpenAI base URL: http://127.0.0.1:${port}/v1)`);
        expect(out.join("")).toContain(`Dashboard: http://127.0.0.1:${port}/dashboard (sign in`);
        // Every interface's address in plain words (what Fastify's JSON listen line named), loopback among them.
        expect(out.join("")).toMatch(new RegExp(`\\nInterfaces served: (http://[\\d.]+:${port}(, )?)+\\n`));
        expect(out.join("")).toContain(`http://127.0.0.1:${port}`);
        expect(handle.server.addresses).toContain(`http://127.0.0.1:${port}`);
        expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      } finally {
        await handle.close();
      }
    } finally {
      rmSync(hostCwd, { recursive: true, force: true });
    }
    expect(loopbackUrl("http://[::]:8787")).toBe("http://[::1]:8787");
    // A guessable admin key is named at start (it opens keys, budgets and the log, and signs dashboard sessions).
    expect(weakAdminKeyWarning("abc")).toMatch(/SWITCHYARD_ADMIN_KEY is only 3 characters; .*openssl rand -hex 24/);
    expect(weakAdminKeyWarning("a".repeat(48))).toBeUndefined();
    expect(weakAdminKeyWarning(undefined)).toBeUndefined();
    expect(loopbackUrl("http://10.0.0.5:8787")).toBe("http://10.0.0.5:8787");
  });

  it("rejects a bad --port with a clear message", async () => {
    const io: CliIo = { stdout: () => {}, stderr: () => {}, env: {}, cwd };
    await expect(startServe({ port: "99999" }, io)).rejects.toThrow(/--port must be a whole number from 0 to 65535 \(got "99999"\)/);
    // A second `serve --simulate` on the default port: the message says what to do, not only "listen EADDRINUSE".
    const first = await startServe({ simulate: true, port: "0" }, io);
    try {
      const port = new URL(first.server.url).port;
      await expect(startServe({ simulate: true, port }, io)).rejects.toThrow(new RegExp(`Port 127\\.0\\.0\\.1:${port} is already in use .*--port 0 takes any free port`));
      // The port error is said alone: no notes (no virtual keys, ...) about a gateway that never listened before it.
      const err: string[] = [];
      await expect(startServe({ simulate: true, port }, { ...io, stderr: (text) => void err.push(text) })).rejects.toThrow(/already in use/);
      expect(err).toEqual([]);
    } finally {
      await first.close();
    }
  });

  it("rejects an --upstream-url that is not an http(s) URL, naming the flag", async () => {
    const io: CliIo = { stdout: () => {}, stderr: () => {}, env: {}, cwd };
    // It said only "Invalid URL", naming neither the flag nor the value.
    await expect(startServe({ port: "0", upstreamUrl: "notaurl" }, io)).rejects.toThrow(/--upstream-url must be an http:\/\/ or https:\/\/ URL .*\(got "notaurl"\)/);
    await expect(startServe({ port: "0", upstreamUrl: "ftp://example.com" }, io)).rejects.toThrow(/--upstream-url must be/);
  });

  it("says which config it runs on: the file and what it holds, or the built-in defaults", async () => {
    // It said nothing of it: after writing switchyard.yaml and restarting, nothing told the first journey's engineer
    // whether their tiers and budget were read (a file in another folder, or named .yml, runs on the defaults).
    const configCwd = mkdtempSync(path.join(tmpdir(), "switchyard-serve-config-"));
    const started = async () => {
      const out: string[] = [];
      const handle = await startServe({ simulate: true, port: "0" }, { stdout: (text) => void out.push(text), stderr: () => {}, env: {}, cwd: configCwd });
      await handle.close();
      return out.join("");
    };
    try {
      expect(await started()).toContain(`Config: none (no ./switchyard.yaml in ${configCwd}), so the built-in defaults; pass --config FILE to name one.`);
      // Which stores this instance uses: an operator starting N instances could not tell from the start whether one
      // ran on the shared Redis and Postgres or on a local SQLite file (a config left behind, a typo in its path).
      const db = path.join(configCwd, ".switchyard", "switchyard.db");
      expect(await started()).toContain(`Storage: budgets in sqlite ${db}, rate limits in memory (this instance only), decisions in sqlite ${db} (with its outbox), keys in sqlite ${db}.\n`);
      writeFileSync(path.join(configCwd, "switchyard.yaml"), "tiers:\n  cheap:\n    models: [openai/gpt-5-nano]\n    max_tokens: 1024\ntasks:\n  chat: cheap\nbudgets:\n  - { scope: global, window: day, limit_usd: 5 }\non_exceed: downgrade\n");
      expect(await started()).toContain(`Config: ${path.join(configCwd, "switchyard.yaml")} (tiers: free, budget, mid, standard, premium, cheap; budgets: 1 (over a limit: downgrade); experiments: none)`);
    } finally {
      rmSync(configCwd, { recursive: true, force: true });
    }
  });

  it("warns at start, as `config check` does, about a tier no task reaches and a task name that looks misspelled", async () => {
    // `serve` said nothing of them: a config with a tier of its own that no task names started quietly while every
    // auto request went to the built-in tiers, and only `config check` (which a user may never run) said why.
    const configCwd = mkdtempSync(path.join(tmpdir(), "switchyard-serve-warn-"));
    try {
      writeFileSync(path.join(configCwd, "switchyard.yaml"), "tiers:\n  smart:\n    models: [openai/gpt-5-nano]\n    max_tokens: 1024\ntasks:\n  code_generaton: mid\n");
      const err: string[] = [];
      const io: CliIo = { stdout: () => {}, stderr: (text) => void err.push(text), env: {}, cwd: configCwd };
      const handle = await startServe({ simulate: true, port: "0" }, io);
      try {
        const said = err.join("");
        expect(said).toContain("warning: tiers.smart: no task names it, so auto routing never picks it");
        expect(said).toMatch(/warning: tasks\.code_generaton: .*code_generation/);
        // smart starts with openai/gpt-5-nano, as budget (the tier above it) does: its quality retry asks the same model.
        // Said as `warning:`, as `config check` says it: it was a `note:` here, so the same finding read milder at start.
        expect(said).toContain("warning: tiers.smart: an answer from smart that fails a quality check is retried once on budget, the next tier up, but budget starts with openai/gpt-5-nano too");
      } finally {
        await handle.close();
      }
    } finally {
      rmSync(configCwd, { recursive: true, force: true });
    }
  });
});
