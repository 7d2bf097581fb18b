/**
 * `switchyard route` previews the decision of a request the gateway refuses only for its names (round 43): an agent
 * built in another language names its tools in its own script ("商品搜索"), which no provider takes, and the task and
 * tier read the same with any name. The decision comes with the gateway's error beside it; any other refusal stands.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli-captured.js";

const lookup = (name: string): Record<string, unknown> => ({
  messages: [
    { role: "system", content: "你是网店的客服助手，可以查询订单和商品。" },
    { role: "user", content: "帮我查一下订单 88213 到哪了" },
    { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name, arguments: '{"order":"88213"}' } }] },
    { role: "tool", tool_call_id: "c1", content: '{"status":"已发货","carrier":"顺丰","eta":"12月6日"}' },
    { role: "assistant", content: "您的订单已由顺丰发出，预计12月6日送达。" },
    { role: "user", content: "谢谢！" },
  ],
});

describe("route past names no provider takes", () => {
  it("decides a batch line as with any name, and shows the gateway's 400 beside the decision", async () => {
    const lines = [JSON.stringify({ request: lookup("订单查询") }), JSON.stringify({ request: lookup("order_lookup") })];
    const run = await runCliCaptured(["route", "--jsonl", "-"], { stdin: lines.join("\n") });
    expect(run.code, run.stderr).toBe(0);
    const [renamed, plain] = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { task: string; tier: string; gateway_error?: { message: string; param: string } });
    expect(renamed?.task).toBe(plain?.task);
    expect(renamed?.tier).toBe(plain?.tier);
    expect(renamed?.gateway_error?.param).toBe("messages[2].tool_calls[0].function.name");
    expect(renamed?.gateway_error?.message).toMatch(/\^\[a-zA-Z0-9_-\]\{1,64\}\$/);
    expect(plain?.gateway_error).toBeUndefined();
  });

  it("notes the refusal for a request file, and keeps every other refusal", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "switchyard-names-"));
    const file = path.join(dir, "request.json");
    writeFileSync(file, JSON.stringify(lookup("订单查询")));
    const run = await runCliCaptured(["route", "--request", file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/the gateway would refuse this request as sent \(400\)/);
    const broken = lookup("订单查询");
    (broken.messages as Record<string, unknown>[]).splice(3, 1);
    const refused = await runCliCaptured(["route", "--jsonl", "-"], { stdin: JSON.stringify({ request: broken }) });
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout.trim()) as { error?: unknown }).toHaveProperty("error");
  });
});
