import { describe } from "vitest";
import { runKeyStoreContract } from "../key-store.case.test.js";
import { createMemoryKeyStore } from "./memory-key-store.js";

describe("memory key store", () => {
  runKeyStoreContract({ create: async () => createMemoryKeyStore() });
});
