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
  /**
   * The same measure for the correctness floor (floor-proxy-process.ts: the Fastify forwarder plus only the work
   * the other issues' guarantees require). When the floor alone misses the target, no correct gateway meets it.
   */
  floor?: { measured: string; met: boolean };
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

/**
 * The goals the gateway is held to (issue 11: "make the features nearly free"), checked against one run. Each is a
 * comparison inside the run: the bare proxy hop (a 40-line node:http + undici forwarder with no features) is the
 * floor one extra Node hop costs on this machine, so "added by the features" = Switchyard − bare proxy.
 */
export function checkGoals(results: GatewayBenchResults): GoalCheck[] {
  const goals: GoalCheck[] = [];
  const bare = results.latency["bare-proxy"];
  const floor = results.latency["floor-proxy"];
  const floorP50 = floor && bare ? floor.measured.p50 - bare.measured.p50 : undefined;
  for (const leg of ["switchyard", "switchyard-auto"]) {
    const ours = results.latency[leg];
    if (!ours || !bare) continue;
    const featuresP50 = ours.measured.p50 - bare.measured.p50;
    goals.push({
      goal: `features over the bare hop, p50, non-streaming, 200 rps (${leg === "switchyard" ? "explicit model" : "switchyard/auto"})`,
      target: "≤ 0.15 ms",
      measured: `${ms(featuresP50)} ms`,
      met: featuresP50 <= 0.15,
      ...(floorP50 !== undefined ? { floor: { measured: `${ms(floorP50)} ms`, met: floorP50 <= 0.15 } } : {}),
    });
  }
  const ours = results.latency["switchyard"];
  const cpuRatio = (leg: LegLatency | undefined): number | undefined =>
    leg?.cpuPerRequestMs !== undefined && bare?.cpuPerRequestMs !== undefined && bare.cpuPerRequestMs > 0 ? leg.cpuPerRequestMs / bare.cpuPerRequestMs : undefined;
  const ratio = cpuRatio(ours);
  if (ratio !== undefined && ours?.cpuPerRequestMs !== undefined && bare?.cpuPerRequestMs !== undefined) {
    const floorRatio = cpuRatio(floor);
    goals.push({
      goal: "gateway CPU per request ÷ bare hop's, non-streaming",
      target: "≤ 1.5×",
      measured: `${ratio.toFixed(2)}× (${ms(ours.cpuPerRequestMs)} vs ${ms(bare.cpuPerRequestMs)} ms)`,
      met: ratio <= 1.5,
      ...(floorRatio !== undefined ? { floor: { measured: `${floorRatio.toFixed(2)}×`, met: floorRatio <= 1.5 } } : {}),
    });
  }
  const direct = results.latency["direct"]?.measured;
  if (ours?.added && direct) {
    // A difference of two p99s only means something when the direct path's own p99 is under the goal.
    const noisy = direct.p99 > 1.5;
    goals.push({
      goal: "added latency p99 (over direct), non-streaming, 200 rps",
      target: "≤ 1.5 ms",
      measured: `${ms(ours.added.p99)} ms`,
      met: noisy ? null : ours.added.p99 <= 1.5,
      ...(noisy ? { note: `the direct path's own p99 is ${ms(direct.p99)} ms in this run` } : {}),
    });
  }
  for (const row of results.throughput) {
    if (row.connections !== 50) continue;
    const mine = row.legs["switchyard"]?.requestsPerSecond;
    const floor = row.legs["bare-proxy"]?.requestsPerSecond;
    if (mine === undefined || floor === undefined || floor === 0) continue;
    const share = mine / floor;
    const correctFloor = row.legs["floor-proxy"]?.requestsPerSecond;
    const floorShare = correctFloor === undefined ? undefined : correctFloor / floor;
    goals.push({
      goal: `throughput ÷ bare hop's, 50 conn, ${row.stream ? "streaming" : "non-streaming"}`,
      target: "≥ 60%",
      measured: `${(share * 100).toFixed(0)}% (${Math.round(mine)} vs ${Math.round(floor)} req/s)`,
      met: share >= 0.6,
      ...(floorShare !== undefined && !row.stream ? { floor: { measured: `${(floorShare * 100).toFixed(0)}%`, met: floorShare >= 0.6 } } : {}),
    });
  }
  goals.push(...memoryGoals(results));
  return goals;
}

function memoryGoals(results: GatewayBenchResults): GoalCheck[] {
  const goals: GoalCheck[] = [];
  const rss = results.rss["switchyard"];
  const peak = Math.max(rss?.afterLoadMb ?? Number.NaN, ...results.leakCheckMb);
  if (Number.isFinite(peak)) goals.push({ goal: "gateway RSS under load", target: "≤ 120 MB", measured: `${peak.toFixed(0)} MB`, met: peak <= 120 });
  const first = results.leakCheckMb[0];
  const last = results.leakCheckMb.at(-1);
  if (first !== undefined && last !== undefined) {
    // Three identical loads: a leak grows every round; a heap that found its size moves by a few MB either way.
    const growth = last - first;
    goals.push({ goal: "no RSS growth over 3 repeated loads", target: "≤ +5 MB", measured: `${growth >= 0 ? "+" : ""}${growth.toFixed(0)} MB (${results.leakCheckMb.map((mb) => mb.toFixed(0)).join(" → ")})`, met: growth <= 5 });
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
    const framework = results.latency["fastify-proxy"];
    if (framework) {
      const frameworkCpu = (framework.cpuPerRequestMs ?? Number.NaN) - (bare.cpuPerRequestMs ?? Number.NaN);
      lines.push(
        `Of that, the framework alone (the same bare forwarder on Fastify): +${ms(framework.measured.p50 - bare.measured.p50)} ms at p50, +${ms(frameworkCpu)} ms CPU/req; ` +
          `Switchyard over the Fastify forwarder: +${ms(ours.measured.p50 - framework.measured.p50)} ms at p50, +${ms(cpu - frameworkCpu)} ms CPU/req.`,
        "",
      );
    }
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
    lines.push("", "**Goals** (correctness floor: the Fastify forwarder plus JSON in and out and one durable record per request, nothing else)", "");
    lines.push("| goal | target | measured | met | correctness floor |", "|---|---|---|---|---|");
    for (const goal of results.goals) {
      const verdict = goal.met === null ? `inconclusive (${goal.note ?? "noise"})` : goal.met ? "yes" : "**no**";
      const floor = goal.floor ? `${goal.floor.measured}${goal.floor.met ? "" : " (the floor alone misses it)"}` : "–";
      lines.push(`| ${goal.goal} | ${goal.target} | ${goal.measured} | ${verdict} | ${floor} |`);
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
