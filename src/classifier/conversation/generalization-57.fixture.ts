/**
 * Runs shared by round 57's tests and its review's: a data run's margins, a staged diff in a coding run, `df -h` on a host.
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import { afterTool, inLongRun } from "./generalization-44.fixture.js";

export const DATA = "You are the finance team's reporting agent. Query the warehouse with the sql tool and explain what the figures mean.";
export const OPS = "You are the platform team's on-call helper. Inspect hosts with the bash tool; ask before you change anything.";
/** A data run: margins by store asked with a judgement, the query's rows, the agent's reading. */
export const margins = afterTool({
  system: DATA,
  ask: "margins by store for March, and which store is slipping?",
  tool: "sql",
  args: JSON.stringify({ q: "select store, revenue, cogs from store_month where month = '2026-03'" }),
  result: "store | revenue | cogs\nLyon | 182000 | 121000\nLille | 96000 | 71000\nNantes | 143000 | 88000\nNice | 77000 | 60000",
  answer: "March margins: Nantes 38.5%, Lyon 33.5%, Lille 26.0%, Nice 22.1%. Nice is slipping: down 6 points on February, mostly freight.",
});
export const diff = (turn: string): ChatMessage[] =>
  inLongRun("what's staged?", "bash", JSON.stringify({ cmd: "git diff --staged" }), "--- a/src/cart.ts\n+++ b/src/cart.ts\n@@ -3,3 +3,4 @@\n-export const total = (l: Line[]) => l.reduce((s, x) => s + x.price, 0);\n+export const total = (l: Line[]) => l.reduce((s, x) => s + x.price * x.qty, 0);", turn);
export const mounts = afterTool({ system: OPS, ask: "disks on media-2?", tool: "bash", args: JSON.stringify({ cmd: "ssh media-2 df -h" }), result: "Filesystem Size Used Avail Use% Mounted on\n/dev/sda1 40G 11G 29G 28% /\n/dev/sdb 2.0T 1.9T 100G 95% /srv/video\n/dev/sdc 500G 140G 360G 28% /srv/thumbs" });
