import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const TUNE_HEAP = path.join(path.dirname(fileURLToPath(import.meta.url)), "tune-heap.ts");

/**
 * A child that calls a small WebAssembly function hot and reports whether V8 recompiled it with TurboFan
 * (`%IsTurboFanFunction`, with --allow-natives-syntax). It calls in batches until the function tiered up or
 * `seconds` passed (and at least 5 million calls were made), with `tune` first calling `tuneHeapForServing`.
 */
function hotWasmChild(tune: boolean, seconds: number): string {
  return `
    ${tune ? `const { tuneHeapForServing } = await import(${JSON.stringify(TUNE_HEAP)}); tuneHeapForServing();` : ""}
    // (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
    const bytes = new Uint8Array([0,97,115,109,1,0,0,0,1,7,1,96,2,127,127,1,127,3,2,1,0,7,7,1,3,97,100,100,0,0,10,9,1,7,0,32,0,32,1,106,11]);
    const { instance } = await WebAssembly.instantiate(bytes);
    const add = instance.exports.add;
    const started = Date.now();
    let calls = 0;
    let sum = 0;
    while (!%IsTurboFanFunction(add) && (Date.now() - started < ${seconds * 1000} || calls < 5e6)) {
      for (let i = 0; i < 1e5; i += 1) sum = add(sum, i) | 0;
      calls += 1e5;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    console.log(JSON.stringify({ turbofan: %IsTurboFanFunction(add), liftoff: %IsLiftoffFunction(add), calls }));
  `;
}

async function runChild(source: string): Promise<{ turbofan: boolean; liftoff: boolean; calls: number }> {
  const child = spawn(process.execPath, ["--allow-natives-syntax", "--import", "tsx", "--input-type=module", "-e", source], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  expect(code).toBe(0);
  return JSON.parse(out.trim()) as { turbofan: boolean; liftoff: boolean; calls: number };
}

describe("tuneHeapForServing", () => {
  it("keeps WebAssembly on its baseline code: undici's parser is never recompiled by TurboFan (a ~30 MB transient)", async () => {
    // Without the tuning, the same hot function tiers up: the probe can see a tier-up.
    const untuned = await runChild(hotWasmChild(false, 20));
    expect(untuned.turbofan).toBe(true);
    const tuned = await runChild(hotWasmChild(true, 2));
    expect(tuned).toMatchObject({ turbofan: false, liftoff: true });
    expect(tuned.calls).toBeGreaterThanOrEqual(5e6);
  }, 60_000);
});
