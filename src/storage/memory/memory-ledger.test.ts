import { describe } from "vitest";
import { runLedgerContract } from "../../budget/ledger.case.test.js";
import { createMemoryLedger } from "./memory-ledger.js";

describe("memory ledger", () => {
  runLedgerContract({ create: async () => createMemoryLedger() });
});
