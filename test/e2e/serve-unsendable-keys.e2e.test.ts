/**
 * The upstream key and the admin key are sent in HTTP headers. A value with a line break (a key file saved with a
 * final newline, as `kubectl create secret --from-file` keeps it), a leading space (and, for the admin key, a trailing one), or a character outside
 * printable ASCII started the gateway, then every upstream call failed ("invalid authorization header": 502 for every
 * request, every model's circuit charged) or every admin sign-in was refused. The start now stops naming the variable,
 * never the value.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/builtin-catalog.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { startServer } from "../../src/server/start-server.js";

async function start(env: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "switchyard-unsendable-"));
  try {
    const server = await startServer({ config: parseConfig({}), catalog: builtinCatalog(), env, cwd: dir, port: 0, upstreamUrl: "http://127.0.0.1:9/unused", keyOptional: true, listenLogLine: false });
    await server.close();
    return "started";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("keys no header can carry", () => {
  it("stop the start naming the variable, not the key", async () => {
    for (const [name, value] of [["OPENROUTER_API_KEY", "sk-or-v1-s3cret\n"], ["OPENROUTER_API_KEY", " sk-or-v1-s3cret"], ["SWITCHYARD_ADMIN_KEY", "s3cret-admin-key-0123456789abcdef\n"], ["SWITCHYARD_ADMIN_KEY", "s3cret-ädmin-key-0123456789abcdef"]] as const) {
      const message = await start({ [name]: value });
      expect(message, JSON.stringify(value)).toMatch(new RegExp(`${name}: .*no client can send it in an HTTP header`));
      expect(message).not.toContain("s3cret");
    }
  });

  it("still start with keys a header can carry", async () => {
    expect(await start({ OPENROUTER_API_KEY: "sk-or-v1-0123456789", SWITCHYARD_ADMIN_KEY: "0123456789abcdef0123456789abcdef" })).toBe("started");
  });

  it("still start with an upstream key followed by spaces or a tab, which every upstream call carried as before", async () => {
    // `Bearer sk-or-... ` is a valid header: the receiver drops the whitespace at its end (RFC 9110 OWS), so such a
    // key (an env file's `KEY=sk-or-... `) answered 200; stopping the start there broke a gateway that worked.
    for (const value of ["sk-or-v1-0123456789 ", "sk-or-v1-0123456789\t", "sk-or-v1-0123456789  \t"]) {
      expect(await start({ OPENROUTER_API_KEY: value }), JSON.stringify(value)).toBe("started");
    }
    // Alone, the blanks are no key at all: still refused.
    expect(await start({ OPENROUTER_API_KEY: "  " })).toMatch(/OPENROUTER_API_KEY: /);
  });
});
