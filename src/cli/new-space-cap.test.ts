import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { youngGenerationSetByOperator } from "./new-space-cap.js";

const NEW_SPACE_CAP = path.join(path.dirname(fileURLToPath(import.meta.url)), "new-space-cap.ts");

/**
 * A child that allocates as a loaded gateway does (short-lived objects, a share kept for a while, the event loop
 * turning between bursts, a worker thread started part way) and reports the largest new space V8 committed, in MB,
 * with `capped` first calling `capNewSpace` (as `bin/switchyard.js serve` does). `nodeOptions` is the child's NODE_OPTIONS.
 */
async function largestNewSpaceMb(capped: boolean, nodeOptions = ""): Promise<number> {
  const source = `
    ${capped ? `const { capNewSpace } = await import(${JSON.stringify(NEW_SPACE_CAP)}); capNewSpace();` : ""}
    const { getHeapSpaceStatistics } = await import("node:v8");
    const newSpace = () => getHeapSpaceStatistics().find((space) => space.space_name === "new_space").space_size;
    const kept = [];
    let largest = 0;
    for (let burst = 0; burst < 300; burst += 1) {
      for (let i = 0; i < 20000; i += 1) {
        const request = { id: "r" + i, labels: [i, i + 1], body: { text: "x" + i } };
        if (i % 5 === 0) kept.push(request);
      }
      if (kept.length > 200000) kept.splice(0, 100000);
      largest = Math.max(largest, newSpace());
      if (burst === 100) {
        // A worker thread's isolate is made midway, as the gateway's checkpoint worker is under the first load.
        const { Worker } = await import("node:worker_threads");
        const worker = new Worker("setTimeout(() => {}, 100)", { eval: true });
        await new Promise((resolve) => worker.once("online", resolve));
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    console.log(JSON.stringify({ largest: largest / 1024 / 1024 }));
  `;
  const env = { ...process.env, NODE_OPTIONS: [process.env["NODE_OPTIONS"] ?? "", nodeOptions].join(" ").trim() };
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", source], { stdio: ["ignore", "pipe", "inherit"], env });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  expect(code).toBe(0);
  return (JSON.parse(out.trim()) as { largest: number }).largest;
}

describe("capNewSpace", () => {
  it("keeps V8's new space at 16 MB under a load that grows it to 32 MB untuned", async () => {
    // Without the tuning, the same allocations grow the new space to V8's default top: the probe can see growth.
    expect(await largestNewSpaceMb(false)).toBe(32);
    expect(await largestNewSpaceMb(true)).toBe(16);
  }, 60_000);

  it("leaves an operator's own young-generation setting alone", async () => {
    // An operator who asked for a larger young generation gets it (the cap would hold it at 16).
    expect(await largestNewSpaceMb(true, "--max-semi-space-size=32")).toBe(64);
    expect(youngGenerationSetByOperator(["--max-semi-space-size=32"], undefined)).toBe(true);
    expect(youngGenerationSetByOperator([], "--max-old-space-size=512 --semi-space-growth-factor=4")).toBe(true);
    expect(youngGenerationSetByOperator(["--enable-source-maps"], "--max-old-space-size=512")).toBe(false);
  }, 60_000);
});
