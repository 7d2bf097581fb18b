/**
 * `SWITCHYARD_ADMINKEY=...` (one underscore short) started a gateway that said "no admin key is set, so nobody can sign
 * in", and nothing said the variable beside it was a near miss. A variable named like one Switchyard reads, that it
 * does not read, is now named at start with the one meant.
 */
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
  });

  it("leaves alone what it reads and what is nobody's typo", () => {
    expect(envTypoNotes({ SWITCHYARD_ADMIN_KEY: "x", SWITCHYARD_LOG_LEVEL: "info", PATH: "/bin", HOME: "/root", OPENAI_API_KEY: "sk" }, "OPENROUTER_API_KEY")).toEqual([]);
    // A SWITCHYARD_ name nothing like one it reads: said, with the names it does read.
    expect(envTypoNotes({ SWITCHYARD_PORT: "8080" }, "OPENROUTER_API_KEY")).toEqual([
      "SWITCHYARD_PORT is set, but Switchyard reads no such variable (it reads SWITCHYARD_ADMIN_KEY, SWITCHYARD_LOG_LEVEL; the port and host are serve --port and --host, the rest is the config file).",
    ]);
  });
});
