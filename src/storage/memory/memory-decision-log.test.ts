import { describe } from "vitest";
import { runDecisionLogContract } from "../../log/decision-log.case.test.js";
import { createMemoryDecisionLogBackend } from "./memory-decision-log.js";

describe("memory decision log", () => {
  runDecisionLogContract({ create: async () => createMemoryDecisionLogBackend() });
});
