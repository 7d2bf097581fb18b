/**
 * Test fixture run as a child process: one real gateway (`startServer`) in front of the simulator, so the crash
 * test can kill -9 it. Prints `READY <url>` once it listens. Args: config JSON, storage namespace, upstream URL, and
 * optionally the host to bind (`--host`). `SWITCHYARD_ADMIN_KEY` in its environment opens the admin API.
 * @module
 */
import { Writable } from "node:stream";
import { builtinCatalog } from "../../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../../src/config/parse-config.js";
import { startServer } from "../../../src/server/start-server.js";

const [configJson = "{}", namespace = "switchyard", upstreamUrl = "", host] = process.argv.slice(2);
const adminKey = process.env.SWITCHYARD_ADMIN_KEY;
const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
const server = await startServer({
  config: parseConfig(JSON.parse(configJson)),
  catalog: builtinCatalog(),
  env: adminKey ? { SWITCHYARD_ADMIN_KEY: adminKey } : {},
  cwd: process.cwd(),
  port: 0,
  ...(host ? { host } : {}),
  upstreamUrl,
  keyOptional: true,
  logStream: quiet,
  storageNamespace: namespace,
  onNotice: (text) => process.stderr.write(`${text}\n`),
});
process.stdout.write(`READY ${server.url}\n`);
process.once("SIGTERM", () => void server.close().then(() => process.exit(0)));
