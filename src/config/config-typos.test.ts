/**
 * `config check` names the fix: a misspelt tier or task that a task, budget, experiment or judge refers to gets a
 * "did you mean", and a YAML syntax error reads as one sentence with its position given once.
 */
import { describe, expect, it } from "vitest";
import { parseConfigText } from "./parse-config.js";

function issuesOf(yaml: string): string {
  try {
    parseConfigText(yaml);
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}

describe("config typos name the fix", () => {
  it("suggests the tier or task a reference was probably meant to be", () => {
    const message = issuesOf(
      ["tiers:", "  cheap: { models: [openai/gpt-5-nano], max_tokens: 512 }", "tasks:", "  chat: cheep", "budgets:", "  - { scope: task, name: sumarization, window: day, limit_usd: 1 }"].join("\n"),
    );
    expect(message).toMatch(/tasks\.chat: unknown tier "cheep"; did you mean "cheap"\? Valid tiers: free, budget, mid, standard, premium, cheap/);
    expect(message).toMatch(/budgets\[0\]\.name: unknown task "sumarization"; did you mean "summarization"\? Valid tasks: /);
    // Nothing close: the valid names alone.
    expect(issuesOf("tasks: { chat: platinum }")).toMatch(/tasks\.chat: unknown tier "platinum"; valid tiers: free, budget/);
  });

  it("lists the tiers when a task is given no tier name (an empty value, a number, a mapping)", () => {
    // "tasks.chat: must be a string (got null)" left the user to guess which string goes there.
    const tiers = "valid tiers: free, budget, mid, standard, premium, cheap";
    const cheap = "tiers:\n  cheap: { models: [openai/gpt-5-nano], max_tokens: 512 }\n";
    expect(issuesOf(`${cheap}tasks:\n  chat:\n`)).toMatch(new RegExp(`^  - tasks\\.chat: must name a tier \\(got null\\); ${tiers}$`, "m"));
    expect(issuesOf(`${cheap}tasks: { chat: 3 }\n`)).toContain(`tasks.chat: must name a tier (got 3); ${tiers}`);
    expect(issuesOf(`${cheap}tasks: { chat: { tier: cheap } }\n`)).toContain(`tasks.chat: must name a tier (got {"tier":"cheap"}); ${tiers}`);
  });

  it("quotes a string value as every error quotes a sent text: escaped, and cut between characters", () => {
    // JSON.stringify left a direction override and C1 controls raw, which reorder or recolour the line in a terminal.
    expect(issuesOf('on_exceed: "nope\\u202e\\u009b"\n')).toContain('on_exceed: must be one of "reject", "downgrade" (got "nope\\u202e\\u009b")');
    expect(issuesOf(`on_exceed: ${"x".repeat(300)}\n`)).toContain(`(got "${"x".repeat(200)}…")`);
  });

  it("names the key an unknown one is the unit-less start of (limit → limit_usd)", () => {
    // `limit: 2` got "unknown key" and "limit_usd: missing" on two lines, with nothing tying them: too far for a typo.
    const message = issuesOf("budgets:\n  - { scope: global, window: day, limit: 2 }\n");
    expect(message).toContain('budgets[0]: unknown key "limit"; did you mean "limit_usd"?');
    expect(issuesOf("circuit_breaker: { cooldown: 100 }\n")).toContain('circuit_breaker: unknown key "cooldown"; did you mean "cooldown_ms"?');
    // The start of several keys names none of them (timeouts has connect_ms, first_token_ms, ...: "first" is one).
    expect(issuesOf("server: { max: 5 }\n")).toMatch(/server: unknown key "max"$/m);
  });

  it("gives a YAML syntax error's position once, without a dangling colon", () => {
    const message = issuesOf("tiers:\n  cheap: { models: [openai/gpt-5-nano] }\n\tbad: tab\n");
    expect(message).toMatch(/YAML syntax error at line 3, column 1: Tabs are not allowed as indentation$/m);
  });
});

describe("a value of the wrong shape names how to write it (journey 1.4)", () => {
  it("says to write a dollar amount as a bare number", () => {
    // `limit_usd: $5` (or "5 USD") got "must be a number (got "$5")": right, but it left the user to guess what a number is here.
    expect(issuesOf("budgets:\n  - { scope: global, window: day, limit_usd: $5 }\n")).toMatch(/budgets\[0\]\.limit_usd: must be a number \(got "\$5"\); write the number alone: limit_usd: 5$/m);
    expect(issuesOf("tiers:\n  cheap: { models: [openai/gpt-5-nano], max_tokens: '1,024' }\n")).toMatch(/tiers\.cheap\.max_tokens: must be a number \(got "1,024"\); write the number alone: max_tokens: 1024$/m);
    expect(issuesOf("budgets:\n  - { scope: global, window: day, limit_usd: '5 USD' }\n")).toMatch(/write the number alone: limit_usd: 5$/m);
    expect(issuesOf("budgets:\n  - { scope: global, window: day, limit_usd: '$ 2.50 $' }\n")).toMatch(/write the number alone: limit_usd: 2\.50$/m);
  });

  it("does not echo a number too long to be meant in full", () => {
    // The value is cut to a short quote in "got …", but the hint repeated all 5,000 digits of max_tokens: "999…".
    const message = issuesOf(`tiers:\n  cheap: { models: [openai/gpt-5-nano], max_tokens: "${"9".repeat(5000)}" }\n`);
    expect(message).toMatch(/tiers\.cheap\.max_tokens: must be a number/);
    expect(message.length).toBeLessThan(1000);
  });

  it("writes the budgets of a mapping out with their own windows and limits, not a made-up $5 a day", () => {
    // `budgets: { monthly: 100 }` was shown `budgets: [{ scope: global, window: day, limit_usd: 5 }]`: copied, it
    // capped spend at $5 a day instead of $100 a month.
    expect(issuesOf("budgets:\n  monthly: 100\n")).toMatch(/write each budget as an item of the list: budgets: \[\{ scope: global, window: month, limit_usd: 100 \}\]$/m);
    expect(issuesOf("budgets:\n  daily: 20\n  month: 300\n")).toMatch(
      /budgets: \[\{ scope: global, window: day, limit_usd: 20 \}, \{ scope: global, window: month, limit_usd: 300 \}\]$/m,
    );
    // Anything else keeps the generic example.
    expect(issuesOf("budgets:\n  weekly: 50\n")).toMatch(/budgets: \[\{ scope: global, window: day, limit_usd: 5 \}\]$/m);
  });

  it("never reads a decimal comma as a thousands separator", () => {
    // `limit_usd: "5,50"` (five dollars fifty, written the European way) was told "write the number alone: limit_usd:
    // 550", a hundred times the limit meant; "1.024" (a thousands point) was told "max_tokens: 1.024".
    const euro = issuesOf("budgets:\n  - { scope: global, window: day, limit_usd: '5,50' }\n");
    expect(euro).toMatch(/budgets\[0\]\.limit_usd: must be a number \(got "5,50"\)/);
    expect(euro).not.toContain("limit_usd: 550");
    expect(issuesOf("budgets:\n  - { scope: global, window: day, limit_usd: '$1,000.50' }\n")).toMatch(/write the number alone: limit_usd: 1000\.50$/m);
    expect(issuesOf("budgets:\n  - { scope: global, window: day, limit_usd: '12,34,567' }\n")).not.toContain("write the number alone");
  });

  it("says that budgets is a list of budgets, with one written out", () => {
    // `budgets: { daily: 5 }` got "must be a list (got {"daily":5})", and nothing showed what a budget looks like.
    expect(issuesOf("budgets:\n  daily: 5\n")).toMatch(
      /budgets: must be a list \(got \{"daily":5\}\); write each budget as an item of the list: budgets: \[\{ scope: global, window: day, limit_usd: 5 \}\]$/m,
    );
  });

  it("says a budget names its task, tier or key with name: (task: chat was only an unknown key)", () => {
    const message = issuesOf(["budgets:", "  - { scope: task, task: chat, window: day, limit_usd: 1 }", "  - { scope: key, key: team-a, window: day, limit_usd: 1 }"].join("\n"));
    expect(message).toMatch(/budgets\[0\]: unknown key "task"; a task budget names its task with name: \(name: chat\)/);
    expect(message).toMatch(/budgets\[1\]: unknown key "key"; a key budget names its key with name: \(name: team-a\)/);
  });

  it("never echoes an API key written as the budget's key (key: sk-sy-...): the hint names the key's name instead", () => {
    const secret = "sk-sy-0123456789abcdef0123456789abcdef";
    const message = issuesOf(["budgets:", `  - { scope: key, key: ${secret}, window: day, limit_usd: 1 }`].join("\n"));
    expect(message).toMatch(/budgets\[0\]: unknown key "key"; a key budget names its key with name:/);
    expect(message).not.toContain("0123456789abcdef");
    expect(message).toMatch(/its name, not the key itself/);
  });

  it("says the port and host are serve's options, not config keys (server: port: 80 was only an unknown key)", () => {
    const message = issuesOf(["server:", "  port: 8080", "  host: 0.0.0.0"].join("\n"));
    expect(message).toMatch(/server: unknown keys "port", "host"; the port and host are `switchyard serve --port N --host H`, not config keys/);
    expect(issuesOf("port: 8080")).toMatch(/unknown key "port"; the port and host are `switchyard serve --port N --host H`/);
  });
});
