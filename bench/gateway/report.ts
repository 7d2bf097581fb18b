/**
 * The gateway benchmark's result shape, its goals, and its markdown rendering.
 * @module
 */
import type { LatencySummary } from "./stats.js";

/** Latency of one leg in one phase, with what it adds over `direct`. */
export interface LegLatency {
  measured: LatencySummary;
  added: LatencySummary | undefined;
  /** Streaming phases: send → end of stream. */
  total?: LatencySummary;
  /**
   * CPU (user + system) of the leg's own process per request, in ms: the simulator for `direct`, the
   * gateway for the others. Robust to a noisy machine, where wall-clock tails are not.
   */
  cpuPerRequestMs?: number;
}

/** One throughput configuration, every leg. */
export interface ThroughputRow {
  connections: number;
  stream: boolean;
  /** Median req/s over the rounds (robust to one disturbed round on a shared machine), and each round's value. */
  legs: Record<string, { requestsPerSecond: number; rounds: number[]; errors: number }>;
}

/** A goal and whether this run met it; null when the machine's own noise is larger than the goal. */
export interface GoalCheck {
  goal: string;
  target: string;
  measured: string;
  met: boolean | null;
  note?: string;
}

/** Everything one run produced (also written as JSON to bench/results/). */
export interface GatewayBenchResults {
  date: string;
  machine: { nproc: number; cpu: string; node: string; platform: string };
  command: string;
  /** How the gateway ran: compiled JS or TypeScript through tsx. */
  gatewayRuntime: string;
  settings: Record<string, number | string | boolean>;
  gatewayUnavailable: string | undefined;
  /** Non-streaming, fixed rate, fast upstream: send → last byte. */
  latency: Record<string, LegLatency>;
  /** Streaming, fixed rate, fast upstream: send → first content chunk. */
  ttfbFast: Record<string, LegLatency>;
  /** Streaming, realistic upstream (latency + pacing): send → first content chunk. */
  ttfbSlow: Record<string, LegLatency>;
  throughput: ThroughputRow[];
  /** RSS in MB per process name. */
  rss: Record<string, { afterWarmupMb: number; afterLoadMb: number }>;
  /** Switchyard's RSS (MB) after each of three more identical loads (50 connections, JSON then streaming). */
  leakCheckMb: number[];
  /** Failed requests per leg over the whole run (all must be 0 for the numbers to count). */
  errors: Record<string, number>;
  firstErrors: string[];
  goals: GoalCheck[];
}

/** The goals the gateway is held to, checked against a run. */
export function checkGoals(results: GatewayBenchResults): GoalCheck[] {
  const goals: GoalCheck[] = [];
  const added = results.latency["switchyard"]?.added;
  const direct = results.latency["direct"]?.measured;
  if (added && direct) {
    goals.push({ goal: "added latency p50, non-streaming, 200 rps", target: "≤ 0.3 ms", measured: `${ms(added.p50)} ms`, met: added.p50 <= 0.3 });
    // A difference of two p99s only means something when the direct path's own p99 is under the goal.
    const noisy = direct.p99 > 1;
    goals.push({
      goal: "added latency p99, non-streaming, 200 rps",
      target: "≤ 1 ms",
      measured: `${ms(added.p99)} ms`,
      met: noisy ? null : added.p99 <= 1,
      ...(noisy ? { note: `the direct path's own p99 is ${ms(direct.p99)} ms on this machine` } : {}),
    });
  }
  const ttfb = results.ttfbFast["switchyard"]?.added;
  if (ttfb) goals.push({ goal: "added TTFB p50, streaming, 200 rps", target: "≤ 1 ms", measured: `${ms(ttfb.p50)} ms`, met: ttfb.p50 <= 1 });
  for (const row of results.throughput) {
    const ours = row.legs["switchyard"]?.requestsPerSecond;
    const theirs = row.legs["portkey"]?.requestsPerSecond;
    if (ours === undefined || theirs === undefined || theirs === 0) continue;
    const ratio = ours / theirs;
    goals.push({ goal: `throughput vs Portkey, ${row.connections} conn, ${row.stream ? "streaming" : "non-streaming"}`, target: "≥ 2×", measured: `${ratio.toFixed(2)}×`, met: ratio >= 2 });
  }
  return goals;
}

/** The results as markdown tables. */
export function renderMarkdown(results: GatewayBenchResults): string {
  const lines: string[] = [];
  const { machine } = results;
  lines.push(`Run ${results.date} on ${machine.nproc} cores (${machine.cpu}), Node ${machine.node}. Command: \`${results.command}\`. Gateway: ${results.gatewayRuntime}.`, "");
  if (results.gatewayUnavailable) lines.push(`**Switchyard gateway unavailable:** ${results.gatewayUnavailable.split("\n")[0] ?? ""}`, "");
  lines.push(...latencyTable("Non-streaming latency at a fixed rate (send → last byte), fast upstream", results.latency, false));
  const ours = results.latency["switchyard"];
  const bare = results.latency["bare-proxy"];
  if (ours && bare) {
    const cpu = (ours.cpuPerRequestMs ?? Number.NaN) - (bare.cpuPerRequestMs ?? Number.NaN);
    lines.push(`Switchyard's features over the bare proxy hop: +${ms(ours.measured.p50 - bare.measured.p50)} ms at p50, +${ms(cpu)} ms CPU/req.`, "");
  }
  lines.push(...latencyTable("Streaming time to first content chunk at a fixed rate, fast upstream", results.ttfbFast, true));
  lines.push(...latencyTable(`Streaming time to first content chunk, realistic upstream (${results.settings["slowLatencyMs"]} ms latency, ${results.settings["slowChunkDelayMs"]} ms between chunks)`, results.ttfbSlow, true));
  lines.push("**Throughput (autocannon, successful req/s, median of rounds)**", "");
  const legs = Object.keys(results.throughput[0]?.legs ?? {});
  lines.push(`| connections | mode | ${legs.join(" | ")} |`, `|---|---|${legs.map(() => "---:").join("|")}|`);
  for (const row of results.throughput) {
    const cells = legs.map((leg) => Math.round(row.legs[leg]?.requestsPerSecond ?? Number.NaN).toLocaleString("en-US"));
    lines.push(`| ${row.connections} | ${row.stream ? "stream" : "json"} | ${cells.join(" | ")} |`);
  }
  lines.push("", "**Memory (RSS, MB)**", "", "| process | after warm-up | after load |", "|---|---:|---:|");
  for (const [name, rss] of Object.entries(results.rss)) lines.push(`| ${name} | ${rss.afterWarmupMb.toFixed(0)} | ${rss.afterLoadMb.toFixed(0)} |`);
  if (results.leakCheckMb.length > 0) {
    lines.push("", `Leak check, Switchyard RSS after each of 3 more identical loads (50 connections, JSON + stream): ${results.leakCheckMb.map((mb) => mb.toFixed(0)).join(" → ")} MB`);
  }
  lines.push("", `**Errors** (non-200, invalid bodies, transport): ${Object.entries(results.errors).map(([leg, count]) => `${leg} ${count}`).join(", ")}`);
  if (results.firstErrors.length > 0) lines.push("", ...results.firstErrors.map((error) => `- ${error}`));
  if (results.goals.length > 0) {
    lines.push("", "**Goals**", "", "| goal | target | measured | met |", "|---|---|---|---|");
    for (const goal of results.goals) {
      const verdict = goal.met === null ? `inconclusive (${goal.note ?? "noise"})` : goal.met ? "yes" : "**no**";
      lines.push(`| ${goal.goal} | ${goal.target} | ${goal.measured} | ${verdict} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function latencyTable(title: string, phase: Record<string, LegLatency>, withTotal: boolean): string[] {
  const lines = [`**${title}** (ms; "added" = leg − direct; CPU/req = CPU of the leg's own process: simulator for direct, else the gateway)`, ""];
  lines.push(`| leg | n | p50 | p90 | p99 | max | added p50 | added p90 | added p99 | CPU/req |${withTotal ? " stream end p50 |" : ""}`);
  lines.push(`|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|${withTotal ? "---:|" : ""}`);
  for (const [leg, latency] of Object.entries(phase)) {
    const { measured, added } = latency;
    const addedCells = added ? [added.p50, added.p90, added.p99].map(ms) : ["–", "–", "–"];
    const total = withTotal ? ` ${latency.total ? ms(latency.total.p50) : "–"} |` : "";
    const cpu = latency.cpuPerRequestMs === undefined ? "–" : ms(latency.cpuPerRequestMs);
    lines.push(`| ${leg} | ${measured.count} | ${ms(measured.p50)} | ${ms(measured.p90)} | ${ms(measured.p99)} | ${ms(measured.max)} | ${addedCells.join(" | ")} | ${cpu} |${total}`);
  }
  lines.push("");
  return lines;
}

function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : "–";
}
