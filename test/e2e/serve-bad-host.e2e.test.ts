/**
 * `serve --host H` with a host that does not resolve, or an address this machine does not have, says which flag is
 * wrong and what to pass instead, rather than Node's bare "getaddrinfo ENOTFOUND" or "listen EADDRNOTAVAIL".
 * (With no virtual keys serve binds 127.0.0.1 whatever --host says, so the test creates a key first.)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { startServe } from "../../src/cli/commands/serve.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const cwd = mkdtempSync(path.join(tmpdir(), "switchyard-serve-host-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

it("names --host and the way out when the host cannot be listened on", { timeout: 60_000 }, async () => {
  expect((await runCliCaptured(["keys", "create", "--name", "team"], { cwd })).code).toBe(0);
  const io: CliIo = { stdout: () => {}, stderr: () => {}, env: {}, cwd };
  await expect(startServe({ simulate: true, port: "0", host: "nosuchhost.invalid" }, io)).rejects.toThrow(
    /Cannot listen on --host nosuchhost\.invalid: no such host or address on this machine\. Pass --host with an address of this machine: 127\.0\.0\.1 \(this machine only\) or 0\.0\.0\.0 \(every interface\)\./,
  );
  await expect(startServe({ simulate: true, port: "0", host: "192.0.2.1" }, io)).rejects.toThrow(/Cannot listen on --host 192\.0\.2\.1: this machine has no such address\./);
});
