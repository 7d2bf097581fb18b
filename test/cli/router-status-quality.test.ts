/**
 * A router promoted from an experiment whose variant set `quality` goes live at that knob, in place of
 * `routing.quality`: it routes differently from the same file at the config's quality. `router status` printed the
 * default router and the history without it, so the operator could not tell from the CLI what would route.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { adapterId } from "../../src/routing/adapter/router-state.js";
import { minimalAdapterText } from "../support/minimal-adapter.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const dir = mkdtempSync(path.join(tmpdir(), "switchyard-router-status-quality-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("router status", () => {
  it("names the quality knob a promoted router runs at, in the default line and in the history", async () => {
    const weights = path.join(dir, ".switchyard", "routers", "adapter-0123456789ab.json");
    mkdirSync(path.dirname(weights), { recursive: true });
    const to = { id: "adapter-0123456789ab", weights, quality: 0.5 };
    const state = {
      format: "switchyard-router-state-v1",
      active: to,
      previous: [{ id: "shipped", weights: null }],
      shadow: null,
      history: [{ action: "promote", at: "2026-12-05T15:00:00.000Z", by: "lead", from: { id: "shipped", weights: null }, to, experiment: "cand-ab", verdict: "variant is 80% cheaper per request.", forced: false }],
    };
    writeFileSync(path.join(dir, ".switchyard", "router-state.json"), JSON.stringify(state));
    const run = await runCliCaptured(["router", "status"], { cwd: dir, env: {} });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`default: adapter-0123456789ab at quality 0.5 (${weights})`);
    expect(run.stdout).toContain("promote shipped → adapter-0123456789ab at quality 0.5 by lead [cand-ab]");
  });
});

describe("router status with routing.weights", () => {
  it("names the adapter by its id, as the gateway's GET /api/router and the promotion history name it, not as file:./…", async () => {
    const own = mkdtempSync(path.join(dir, "weights-"));
    const text = await minimalAdapterText();
    writeFileSync(path.join(own, "cand.json"), text);
    writeFileSync(path.join(own, "switchyard.yaml"), "routing:\n  weights: ./cand.json\n");
    const run = await runCliCaptured(["router", "status"], { cwd: own, env: {} });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`default: ${adapterId(text)} (${path.join(own, "cand.json")})`);
    // routing.shadow too: the gateway's report --by shadow and GET /api/router name the shadow by its id.
    writeFileSync(path.join(own, "switchyard.yaml"), "routing:\n  shadow: { weights: ./cand.json }\n");
    const shadow = await runCliCaptured(["router", "status"], { cwd: own, env: {} });
    expect(shadow.stdout).toContain(`shadow: ${adapterId(text)} (${path.join(own, "cand.json")})`);
    // --json names the same shadow (it printed the state file's `shadow: null` beside a config shadow that runs).
    const json = await runCliCaptured(["router", "status", "--json"], { cwd: own, env: {} });
    expect(JSON.parse(json.stdout)).toMatchObject({ shadow: { id: adapterId(text), weights: path.join(own, "cand.json") } });
  });
});
