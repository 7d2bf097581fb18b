/**
 * Test fixture run as a child process: races `count` reserves against one shared file, then prints how many
 * succeeded. Several copies at once stand in for several gateway instances.
 * @module
 */
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { createSqliteLedger } from "./sqlite-ledger.js";

const [path = "", prefix = "p", count = "50", limit = "0", amount = "0"] = process.argv.slice(2);
const ledger = createSqliteLedger(openSqliteDatabase(path, { busyTimeoutInMs: 30_000 }), { closeDatabase: true });
const bucket = { id: "global/day@2026-01-01", budget: "global/day", limitInNanoUsd: Number(limit), windowEndsAt: 0 };
let ok = 0;
for (let index = 0; index < Number(count); index += 1) {
  const result = await ledger.reserve({
    reservationId: `${prefix}-${index}`,
    buckets: [bucket],
    amountInNanoUsd: Number(amount),
    now: 0,
    expiresAt: 600_000,
  });
  if (result.ok) {
    ok += 1;
    await ledger.settle({ reservationId: `${prefix}-${index}`, actualInNanoUsd: Number(amount), now: 1 });
  }
}
await ledger.close();
process.stdout.write(String(ok));
