import { describe } from "vitest";
import { runKeyStoreContract } from "../key-store.case.test.js";
import { openSqliteDatabase } from "./open-sqlite-database.js";
import { createSqliteKeyStore } from "./sqlite-key-store.js";

describe("sqlite key store", () => {
  runKeyStoreContract({ create: async () => createSqliteKeyStore(openSqliteDatabase(":memory:"), { closeDatabase: true }) });
});
