/**
 * `SWITCHYARD_ADMINKEY=...` (one underscore short) started a gateway that said "no admin key is set, so nobody can sign
 * in", and nothing said the variable beside it was a near miss. A variable named like one Switchyard reads, that it
 * does not read, is now named at start with the one meant.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { envTypoNotes } from "./env-typos.js";

describe("envTypoNotes", () => {
  it("names a SWITCHYARD_ variable Switchyard does not read, with the one meant", () => {
    expect(envTypoNotes({ SWITCHYARD_ADMINKEY: "x", SWITCHYARD_LOG_LEVL: "debug" }, "OPENROUTER_API_KEY")).toEqual([
      "SWITCHYARD_ADMINKEY is set, but Switchyard reads no such variable: did you mean SWITCHYARD_ADMIN_KEY?",
      "SWITCHYARD_LOG_LEVL is set, but Switchyard reads no such variable: did you mean SWITCHYARD_LOG_LEVEL?",
    ]);
  });

  it("names a near miss of the upstream key's variable only while that variable is unset", () => {
    expect(envTypoNotes({ OPENROUTER_APIKEY: "sk-or-x" }, "OPENROUTER_API_KEY")).toEqual(["OPENROUTER_APIKEY is set, but Switchyard reads no such variable: did you mean OPENROUTER_API_KEY?"]);
    expect(envTypoNotes({ OPENROUTER_APIKEY: "sk-or-x", OPENROUTER_API_KEY: "sk-or-y" }, "OPENROUTER_API_KEY")).toEqual([]);
    expect(envTypoNotes({ TEAM_KEY: "k" }, "TEAM_KEY")).toEqual([]);
    // Set but empty is unset to the gateway ("OPENROUTER_API_KEY is not set"), so the near miss is still named.
    expect(envTypoNotes({ OPENROUTER_APIKEY: "sk-or-x", OPENROUTER_API_KEY: "" }, "OPENROUTER_API_KEY")).toEqual(["OPENROUTER_APIKEY is set, but Switchyard reads no such variable: did you mean OPENROUTER_API_KEY?"]);
  });

  it("leaves alone what it reads and what is nobody's typo", () => {
    expect(envTypoNotes({ SWITCHYARD_ADMIN_KEY: "x", SWITCHYARD_LOG_LEVEL: "info", PATH: "/bin", HOME: "/root", OPENAI_API_KEY: "sk" }, "OPENROUTER_API_KEY")).toEqual([]);
    // A SWITCHYARD_ name nothing like one it reads: said, with the names it does read.
    expect(envTypoNotes({ SWITCHYARD_PORT: "8080" }, "OPENROUTER_API_KEY")).toEqual([
      "SWITCHYARD_PORT is set, but Switchyard reads no such variable (it reads SWITCHYARD_ADMIN_KEY, SWITCHYARD_LOG_LEVEL; the port and host are serve --port and --host, the rest is the config file).",
    ]);
  });
});

describe("envTypoNotes on several SWITCHYARD_ names like none it reads", () => {
  it("names them in one line, not one line each repeating the names it reads", () => {
    expect(envTypoNotes({ SWITCHYARD_PORT: "8080", SWITCHYARD_HOST: "0.0.0.0", SWITCHYARD_CONFIG: "/etc/s.yaml" }, "OPENROUTER_API_KEY")).toEqual([
      "SWITCHYARD_CONFIG, SWITCHYARD_HOST, SWITCHYARD_PORT are set, but Switchyard reads no such variables (it reads SWITCHYARD_ADMIN_KEY, SWITCHYARD_LOG_LEVEL; the port and host are serve --port and --host, the rest is the config file).",
    ]);
  });
});

describe("envTypoNotes on a name that is not plain", () => {
  it("quotes it: a newline or an escape sequence in a variable's name neither splits the warning's line nor reaches the terminal raw", () => {
    const notes = envTypoNotes({ "SWITCHYARD_ADMIN_KEY\n": "x", "SWITCHYARD_\u001b[2J": "x" }, "OPENROUTER_API_KEY");
    expect(notes).toHaveLength(2);
    for (const note of notes) {
      expect(note).not.toContain("\n");
      expect(note).not.toContain("\u001b");
    }
    expect(notes).toContain('"SWITCHYARD_ADMIN_KEY\\n" is set, but Switchyard reads no such variable: did you mean SWITCHYARD_ADMIN_KEY?');
  });
});

describe("envTypoNotes on the variables this repository reads", () => {
  // Every SWITCHYARD_ variable read anywhere in the repository's code (the gateway, the test suite, the benchmarks):
  // a contributor with SWITCHYARD_CHROMIUM exported (README) was told at each `serve` that Switchyard reads no such variable.
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const read = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ts|mts|cjs|mjs|js)$/.test(entry.name)) for (const match of readFileSync(join(root, file), "utf8").matchAll(/env(?:\.|\[["'])(SWITCHYARD_[A-Z0-9_]+)/g)) read.add(match[1] ?? "");
    }
  };
  for (const dir of ["src", "test", "bench", "scripts"]) if (existsSync(join(root, dir))) walk(dir);
  for (const match of readFileSync(join(root, "vitest.config.ts"), "utf8").matchAll(/env\.(SWITCHYARD_[A-Z0-9_]+)/g)) read.add(match[1] ?? "");

  it("finds the ones it knows are read (the scan works)", () => {
    expect(read).toContain("SWITCHYARD_ADMIN_KEY");
    expect(read).toContain("SWITCHYARD_CHROMIUM");
    expect(read).toContain("SWITCHYARD_TEST_REDIS_URL");
  });

  it("names none of them", () => {
    for (const name of read) expect(envTypoNotes({ [name]: "set" }, "OPENROUTER_API_KEY"), name).toEqual([]);
  });
});
