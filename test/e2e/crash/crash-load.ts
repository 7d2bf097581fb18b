/**
 * The crash test's tools: a gateway child process that can be killed with SIGKILL, and a load driver that keeps
 * N clients busy (streaming and not) and remembers every response a client received complete, with what it was
 * charged.
 * @module
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const FIXTURE = fileURLToPath(new URL("./crash-gateway.fixture.ts", import.meta.url));

/** A gateway running in a child process. */
export interface GatewayProcess {
  url: string;
  child: ChildProcess;
  /** kill -9, then waits for the process to be gone. */
  crash(): Promise<void>;
  /** SIGTERM (graceful close), then waits. */
  stop(): Promise<void>;
}

/** Starts `crash-gateway.fixture.ts` and waits for `READY <url>` (up to 60 s: tsx compiles it, and a loaded 2-core machine took 13-15 s). */
export async function startGatewayProcess(args: { config: unknown; namespace: string; upstreamUrl: string; cwd: string; host?: string; adminKey?: string }): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", FIXTURE, JSON.stringify(args.config), args.namespace, args.upstreamUrl, ...(args.host ? [args.host] : [])], {
    cwd: args.cwd,
    env: { ...process.env, SWITCHYARD_ADMIN_KEY: args.adminKey ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => reject(new Error(`gateway did not start within 60 s: ${stderr}`)), 60_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /READY (\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited (${String(code)}) before it was ready: ${stderr}`));
    });
  });
  return {
    url,
    child,
    async crash() {
      child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A response a client received complete. */
export interface CompletedResponse {
  decisionId: string;
  status: number;
  stream: boolean;
  /** What the client was charged: `x-switchyard-cost-usd`, or the stream's `usage.cost`; 0 for errors. */
  chargedUsd: number;
}

/** What a load run saw. */
export interface LoadResult {
  completed: CompletedResponse[];
  /** Requests cut off (the gateway died under them). */
  cut: number;
  /** The decision ids of cut requests whose headers had arrived (streams mid-answer). */
  cutDecisionIds: string[];
  /** Streams whose headers have arrived and whose answer has not ended, by decision id. */
  streaming: Set<string>;
}

/** What a load run's requests report as they go. */
export interface RequestHooks {
  /** A stream's headers arrived (its first content chunk is on the way). */
  onStreaming?(decisionId: string): void;
  /** The gateway died under a request whose headers had arrived. */
  onCut?(decisionId: string): void;
}

/** One request; resolves undefined when the response did not arrive complete. */
export async function sendOne(url: string, stream: boolean, index: number, hooks: RequestHooks = {}): Promise<CompletedResponse | undefined> {
  let decisionId = "";
  try {
    const response = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "switchyard/tier/crash", stream, messages: [{ role: "user", content: `Say hello, number ${index}.` }] }),
    });
    decisionId = response.headers.get("x-switchyard-decision-id") ?? "";
    if (stream && response.status === 200) hooks.onStreaming?.(decisionId);
    const text = await response.text();
    if (!stream || response.status !== 200) {
      JSON.parse(text); // a cut body is not JSON
      return { decisionId, status: response.status, stream, chargedUsd: Number(response.headers.get("x-switchyard-cost-usd") ?? 0) };
    }
    if (!text.includes("data: [DONE]")) {
      if (decisionId) hooks.onCut?.(decisionId);
      return undefined;
    }
    return { decisionId, status: 200, stream, chargedUsd: streamCost(text) };
  } catch {
    if (decisionId) hooks.onCut?.(decisionId);
    return undefined;
  }
}

/**
 * `clients` loops of requests, alternating streaming and not, until `stopWhen` says so (checked per request, and
 * whenever a stream's headers arrive, so a caller can act while a stream is mid-answer).
 */
export async function driveLoad(url: string, clients: number, stopWhen: (result: LoadResult) => boolean): Promise<LoadResult> {
  const result: LoadResult = { completed: [], cut: 0, cutDecisionIds: [], streaming: new Set() };
  const hooks: RequestHooks = {
    onStreaming(id) {
      result.streaming.add(id);
      stopWhen(result);
    },
    onCut: (id) => result.cutDecisionIds.push(id),
  };
  let sent = 0;
  const client = async (): Promise<void> => {
    while (!stopWhen(result)) {
      sent += 1;
      const done = await sendOne(url, sent % 2 === 0, sent, hooks);
      if (done) {
        result.streaming.delete(done.decisionId);
        result.completed.push(done);
      }
      else {
        result.cut += 1;
        return; // the gateway is gone
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return result;
}

function streamCost(text: string): number {
  let cost = 0;
  for (const line of text.split("\n")) {
    if (!line.startsWith("data: {")) continue;
    const chunk = JSON.parse(line.slice(6)) as { usage?: { cost?: number } };
    if (typeof chunk.usage?.cost === "number") cost = chunk.usage.cost;
  }
  return cost;
}
