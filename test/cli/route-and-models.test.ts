import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulator, type Simulator } from "../../src/testing/index.js";
import { runCliCaptured } from "../support/run-cli-captured.js";
import { LATEST_CATALOG } from "../support/shared-data.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-cli-"));
const file = (name: string, text: string): string => {
  const target = path.join(dir, name);
  writeFileSync(target, text);
  return target;
};

describe("switchyard route", () => {
  it("prints a readable decision on the built-in catalog (the README's first command)", async () => {
    const run = await runCliCaptured(["route", "Write a Python function that merges two sorted lists"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Route → \S+/);
    expect(run.stdout).toMatch(/task\s+code_generation/);
    expect(run.stdout).toMatch(/catalog\s+builtin/);
    expect(run.stdout).toMatch(/Why:\n  - /);
  });

  it("prints the documented JSON object", async () => {
    const run = await runCliCaptured(["route", "--json", "--catalog", LATEST_CATALOG, "--quality", "0.9", "Summarize this email for me"]);
    expect(run.code).toBe(0);
    const decision = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(decision).sort()).toEqual(["difficulty", "estimated_cost_usd", "fallbacks", "max_tokens", "model", "reasons", "task", "task_confidence", "tier"]);
  });

  it("routes a request file and a JSONL batch, one decision per line", async () => {
    const request = file("request.json", JSON.stringify({ model: "switchyard/tier/mid", messages: [{ role: "user", content: "hello" }], max_tokens: 100 }));
    const single = await runCliCaptured(["route", "--json", "--request", request]);
    expect(JSON.parse(single.stdout)).toMatchObject({ tier: "mid", max_tokens: 100 });
    // --tier forces the tier over a request's own model or tier (the gateway would refuse the pair as a conflict).
    for (const model of ["openai/gpt-4o", "switchyard/tier/mid", "switchyard/cheapest"]) {
      const forced = file("pinned.json", JSON.stringify({ model, messages: [{ role: "user", content: "hello" }] }));
      expect(JSON.parse((await runCliCaptured(["route", "--json", "--tier", "premium", "--request", forced])).stdout)).toMatchObject({ tier: "premium" });
    }
    const batch = file("batch.jsonl", ['{"prompt": "Translate hello into German"}', '{"request": {"model": "switchyard/task/math", "messages": [{"role": "user", "content": "2+2"}]}}', ""].join("\n"));
    const run = await runCliCaptured(["route", "--jsonl", batch, "--catalog", LATEST_CATALOG]);
    const lines = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { task: string });
    expect(lines.map((line) => line.task)).toEqual(["translation", "math"]);
    expect(run.code).toBe(0);
    // A byte-order mark (editors on Windows write one) is not part of the first line's JSON, nor of a request file.
    const marked = file("marked.jsonl", '\uFEFF{"prompt": "Translate hello into German"}\n');
    expect((JSON.parse((await runCliCaptured(["route", "--jsonl", marked, "--catalog", LATEST_CATALOG])).stdout.trim()) as { task: string }).task).toBe("translation");
    const markedRequest = file("marked.json", `\uFEFF${JSON.stringify({ model: "switchyard/tier/mid", messages: [{ role: "user", content: "hello" }] })}`);
    expect(JSON.parse((await runCliCaptured(["route", "--json", "--request", markedRequest])).stdout)).toMatchObject({ tier: "mid" });
  });

  it("names the option an unknown one is the start of, or shares its words with (keys create --daily-usd → --daily-budget-usd)", async () => {
    const run = await runCliCaptured(["keys", "create", "--name", "t", "--daily-budget", "5"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option '--daily-budget'\n\(Did you mean --daily-budget-usd\?\)/);
    // An option whose words are all words of a real one, or of several.
    const words = await runCliCaptured(["keys", "create", "--name", "t", "--daily-usd", "5"], { cwd: dir });
    expect(words.stderr).toMatch(/unknown option '--daily-usd'\n\(Did you mean --daily-budget-usd\?\)/);
    const two = await runCliCaptured(["keys", "create", "--name", "t", "--budget", "5"], { cwd: dir });
    expect(two.stderr).toContain("(Did you mean --daily-budget-usd or --monthly-budget-usd?)");
    // No option like it: where to read them.
    const none = await runCliCaptured(["keys", "create", "--name", "t", "--colour", "red"], { cwd: dir });
    expect(none.stderr).toContain("(See `switchyard keys create --help` for its options.)");
    // A missing argument or option value points to the command's --help too.
    const missing = await runCliCaptured(["eval"], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, "error: missing required argument 'dataset'\n(See `switchyard eval --help` for its options.)\n"]);
    const noName = await runCliCaptured(["keys", "create"], { cwd: dir });
    expect(noName.stderr).toContain("(See `switchyard keys create --help` for its options.)");
    // An unknown command said only "unknown command 'bogus'": it lists the commands there are, and where to read more.
    const unknownSub = await runCliCaptured(["keys", "bogus"], { cwd: dir });
    expect([unknownSub.code, unknownSub.stderr]).toEqual([2, "error: unknown command 'bogus'\n(The commands of `switchyard keys` are create, list, revoke; see `switchyard keys --help`.)\n"]);
    const unknownTop = await runCliCaptured(["bogus"], { cwd: dir });
    expect(unknownTop.stderr).toMatch(/^error: unknown command 'bogus'\n\(The commands of `switchyard` are route, models, .*, router; see `switchyard --help`\.\)\n$/);
    // A near typo keeps commander's own suggestion, alone.
    expect((await runCliCaptured(["keys", "creat"], { cwd: dir })).stderr).toBe("error: unknown command 'creat'\n(Did you mean create?)\n");
    // Commander's own near-typo suggestion is not doubled.
    const typo = await runCliCaptured(["models", "--jsn"], { cwd: dir });
    expect(typo.stderr.match(/Did you mean/g)).toHaveLength(1);
  });

  it("shows examples in the --help of the commands people start with", async () => {
    for (const command of [["route"], ["models"], ["serve"], ["report"], ["config", "check"], ["keys", "create"]]) {
      const run = await runCliCaptured([...command, "--help"], { cwd: dir });
      expect(run.code, command.join(" ")).toBe(0);
      expect(run.stdout, command.join(" ")).toMatch(new RegExp(`\\nExamples:\\n  \\$ (\\S+=\\S+ )?switchyard ${command.join(" ")}\\b`));
    }
  });

  it("shows the admin key it tells you to sign in with: serve --help set it inline, so it was never seen and nobody could sign in", async () => {
    const run = await runCliCaptured(["serve", "--help"], { cwd: dir });
    expect(run.stdout).toContain('export SWITCHYARD_ADMIN_KEY=$(openssl rand -hex 24); echo "$SWITCHYARD_ADMIN_KEY"');
    expect(run.stdout).not.toMatch(/\$ SWITCHYARD_ADMIN_KEY=\S+ switchyard/);
  });

  it("says in keys create --help that a $0 budget leaves only free models: it said 0 refuses every request, while :free models answer", async () => {
    const run = await runCliCaptured(["keys", "create", "--help"], { cwd: dir });
    expect(run.stdout).toContain("0 allows only models that cost nothing (:free ids, the free tier).");
    expect(run.stdout).not.toContain("0 refuses every request");
  });

  it("answers bad input with a clear message, exit 1 and no stack trace", async () => {
    const malformed = file("bad-catalog.json", '{"data": [');
    const cases: [string[], RegExp][] = [
      [["route", "--catalog", malformed, "hi"], /is not valid JSON/],
      [["route", "--catalog", file("wrong.json", '{"models": []}'), "hi"], /not an OpenRouter \/models response/],
      [["route", "--task", "juggling", "hi"], /Unknown task "juggling". Valid tasks: classification, extraction/],
      [["route", "--tier", "gold", "hi"], /Unknown tier "gold". Valid tiers: free, budget, mid, standard, premium/],
      [["route", "--quality", "2", "hi"], /--quality must be a number from 0 to 1/],
      [["route", "--router", "oracle", "hi"], /Unknown router "oracle". Valid routers: heuristic, learned/],
      [["route", "--config", file("bad.yaml", "tiers:\n  budget: { models: [], max_tokens: -5 }\non_exceed: explode\n"), "hi"], /tiers\.budget\.max_tokens.*got -5[\s\S]*on_exceed: must be one of "reject", "downgrade" \(got "explode"\)/],
      [["route", "--jsonl", file("bad.jsonl", '{"prompt": "ok"}\n{oops\n')], /bad\.jsonl: 1 of 2 lines could not be routed \(line 2\)/],
      // A prompt beside --request was silently dropped: the decision was for the file, not for the words typed.
      [["route", "--request", file("plain.json", '{"messages": [{"role": "user", "content": "hi"}]}'), "translate this"], /--request routes the request in its file: give it alone, without a prompt/],
      [["route", "--request", file("typo.json", '{"model": "switchyard/premium", "messages": [{"role": "user", "content": "hi"}]}')], /Unknown Switchyard model "switchyard\/premium". Did you mean switchyard\/tier\/premium\?/],
    ];
    for (const [argv, message] of cases) {
      const run = await runCliCaptured(argv);
      expect(run.code, argv.join(" ")).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
  });
});

describe("switchyard models", () => {
  it("lists capable models cheapest first, as JSON or a table", async () => {
    const run = await runCliCaptured(["models", "--catalog", LATEST_CATALOG, "--needs", "tools,vision", "--min-context", "200000", "--json"]);
    const models = JSON.parse(run.stdout) as { id: string; contextLength: number; capabilities: string[]; pricing: { usdPerMillionInputTokens: number; usdPerMillionOutputTokens: number } }[];
    expect(models.length).toBeGreaterThan(5);
    const blended = models.map((m) => m.pricing.usdPerMillionInputTokens + m.pricing.usdPerMillionOutputTokens);
    expect(blended).toEqual([...blended].sort((a, b) => a - b));
    for (const model of models) {
      expect(model.capabilities).toEqual(expect.arrayContaining(["tools", "vision"]));
      expect(model.contextLength).toBeGreaterThanOrEqual(200_000);
    }
    const table = await runCliCaptured(["models", "--catalog", LATEST_CATALOG, "--max-price", "0.5", "--limit", "3"]);
    expect(table.stdout).toMatch(/^model\s+\$\/M in/);
    // The summary counts the matches against the catalog's size (config check's number), and says free ones were left out.
    const builtin = await runCliCaptured(["models"], { cwd: dir });
    expect(builtin.stdout).toMatch(/\n\d+ of the \d+ models in the builtin catalog match \(\d+ free ones? left out: --include-free\); cheapest blended: /);
    const withFree = await runCliCaptured(["models", "--include-free"], { cwd: dir });
    expect(withFree.stdout).toMatch(/\n(\d+) of the \1 models in the builtin catalog match; /);
    const unknown = await runCliCaptured(["models", "--needs", "telepathy"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Unknown capability "telepathy"/);
    // A plural dropped (round 29): the list was there, but the name meant was not said, as it is for tasks and tiers.
    const near = await runCliCaptured(["models", "--needs", "tool,vision"]);
    expect(near.code).toBe(1);
    expect(near.stderr).toContain('Unknown capability "tool" in --needs. Valid: tools, vision, json, structured_outputs, reasoning, audio, file. Did you mean "tools"?');
    expect(unknown.stderr).not.toMatch(/Did you mean/);
    for (const limit of ["-3", "abc", "1.5"]) {
      const bad = await runCliCaptured(["models", "--catalog", LATEST_CATALOG, "--limit", limit]);
      expect(bad.code, limit).toBe(1);
      expect(bad.stderr).toMatch(/--limit must be a whole number >= 1/);
    }
  });
});

describe("switchyard catalog refresh and config check", () => {
  let simulator: Simulator;
  beforeAll(async () => {
    simulator = await createSimulator();
  });
  afterAll(() => simulator.close());

  it("fetches the live catalog, caches it, and offline commands then use the cache", async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-refresh-"));
    const refresh = await runCliCaptured(["catalog", "refresh", "--upstream-url", simulator.url], { cwd });
    expect(refresh.code).toBe(0);
    expect(refresh.stdout).toMatch(/cached \d+ models/);
    const route = await runCliCaptured(["route", "hello"], { cwd });
    expect(route.stdout).toMatch(/catalog\s+cache/);
  });

  it("says, when the upstream cannot be reached, what it kept and what to do (a fresh machine has no network)", async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-refresh-offline-"));
    const run = await runCliCaptured(["catalog", "refresh", "--upstream-url", "http://127.0.0.1:1/api/v1"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Cannot fetch the catalog from http:\/\/127\.0\.0\.1:1\/api\/v1\/models: .*ECONNREFUSED.*Any cached copy in .* is unchanged; offline commands use it, else the built-in catalog\..*--upstream-url/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("validates a config file", async () => {
    const good = await runCliCaptured(["config", "check", file("good.yaml", "tasks: { chat: mid }\n")]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/is valid/);
    const bad = await runCliCaptured(["config", "check", file("typo.yaml", "tierz: {}\n")]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/unknown key "tierz"/);
    // What `serve` would refuse, check refuses too: files the config names, and storage URLs.
    const weights = await runCliCaptured(["config", "check", file("weights.yaml", "routing: { weights: /nonexistent/adapter.json }\n")]);
    expect(weights.code).toBe(1);
    expect(weights.stderr).toMatch(/routing\.weights: cannot read the adapter file \/nonexistent\/adapter\.json/);
    expect(weights.stderr).toMatch(/^error: Invalid config in \S*weights\.yaml:/); // the file is named, as for schema errors
    const redis = await runCliCaptured(["config", "check", file("redis.yaml", "storage: { redis_url: not a url }\n")]);
    expect(redis.code).toBe(1);
    expect(redis.stderr).toMatch(/storage\.redis_url: must be a URL starting with redis:\/\/ or rediss:\/\//);
    const none = await runCliCaptured(["config", "check"], { cwd: mkdtempSync(path.join(tmpdir(), "switchyard-noconfig-")) });
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/^No \.\/switchyard\.yaml here: the built-in defaults apply, and they are valid\./);
    const huge = await runCliCaptured(["config", "check", file("huge.yaml", `# ${"x".repeat(1_100_000)}\n`)]);
    expect(huge.code).toBe(1);
    expect(huge.stderr).toMatch(/the config file is 1\.1 MB; a config is at most 1 MB/);
    const redact = await runCliCaptured(["config", "check", file("redact.yaml", "log: { store_prompts: true, redact: ['(a+)+$'] }\n")]);
    expect(redact.code).toBe(1);
    expect(redact.stderr).toMatch(/log\.redact\[0\]: .* can take exponential time/);
  });

  it("warns, as serve would, about a tier model id the catalog lacks and a task name that looks misspelled", async () => {
    // Journey 1: the engineer's own tiers with a typo in a model id, and a task remapped under a misspelled name.
    const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-check-"));
    const yaml = "tiers:\n  cheap: { models: [openai/gpt-5-nanoo, google/gemini-2.5-flash-lite], max_tokens: 1024 }\n  strong: { models: [anthropic/claude-sonnet-4.5], max_tokens: 4096 }\ntasks: { chaat: cheap, code_generation: strong }\n";
    const builtin = await runCliCaptured(["config", "check", file("model-typo.yaml", yaml)], { cwd });
    expect(builtin.code).toBe(0);
    expect(builtin.stderr).toMatch(/warning: tiers\.cheap: openai\/gpt-5-nanoo \(did you mean "openai\/gpt-5-nano"\?\) is not in the catalog \(\d+ models\) and will be skipped; 1 other entry remains/);
    expect(builtin.stderr).toMatch(/warning: tasks\.chaat: not a built-in task, so it adds a new task "chaat" and "chat" keeps its tier \(budget\); did you mean "chat"\?/);
    expect(builtin.stderr).toMatch(/checked against the built-in catalog .*`switchyard catalog refresh`/);
    expect(builtin.stdout).toMatch(/strong \(yours, 1 entry, max_tokens 4096\)/);
    expect(builtin.stdout).toMatch(/catalog: builtin/);
    const live = await runCliCaptured(["config", "check", "--catalog", LATEST_CATALOG, file("model-typo.yaml", yaml)], { cwd });
    expect(live.code).toBe(0);
    expect(live.stderr).toMatch(/openai\/gpt-5-nanoo .* is not in the catalog/);
    expect(live.stderr).not.toMatch(/built-in catalog/);
    const clean = await runCliCaptured(["config", "check", file("clean.yaml", "tasks: { chat: mid }\n")], { cwd });
    expect(clean.stderr).toBe("");
  });
});
