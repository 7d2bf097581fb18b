/**
 * `switchyard serve` as a test runs it in process: `startServer` with real SQLite in a temporary folder, the
 * simulator as the upstream on 127.0.0.1, no key required, logs dropped. One place for the setup the door and policy
 * tests share.
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import type { ConfigInput } from "../../src/config/config-schema.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { createSimulator, type Simulator } from "../../src/testing/simulator/index.js";

export interface SqliteGateway {
  server: RunningServer;
  simulator: Simulator;
  /** The SQLite file the gateway logs to. */
  database: string;
  close(): Promise<void>;
}

/** Starts the simulator and a gateway with `config` (its `storage.sqlite` set to a fresh file). */
export async function startSqliteGateway(name: string, config: ConfigInput): Promise<SqliteGateway> {
  const dir = mkdtempSync(join(tmpdir(), `switchyard-${name}-`));
  const database = join(dir, "log.db");
  const simulator = await createSimulator();
  const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  const parsed = parseConfig({ ...config, storage: { ...config.storage, sqlite: database } });
  const server = await startServer({ config: parsed, catalog: builtinCatalog(), env: {}, cwd: dir, port: 0, upstreamUrl: simulator.url, keyOptional: true, logStream: quiet });
  return {
    server,
    simulator,
    database,
    close: async () => {
      await server.close();
      await simulator.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
