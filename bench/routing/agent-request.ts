/**
 * Agent-shaped routing requests for the decision benchmarks (issue 11, twelfth pass): what a coding agent such as
 * Claude Code or Codex sends on every step of a session. A ~12k-token system prompt (the hand-written agent
 * instructions in `agent-fixture/system-prompt.md`, then the repository's own README and docs as the "project
 * instructions" an agent loads, cut to exactly {@link SYSTEM_TOKENS} o200k tokens), 20 tool definitions, and a history
 * of N agent turns: the user's task, then per turn an assistant message with a short text and one tool call, and the
 * tool's result (1–20 KB: source files with line numbers, search hits, test runs, diffs, all made from this
 * repository's files). A follow-up from the user every 12 turns. The request ends with a tool result, as an agent's
 * loop does. Deterministic within one tree: the same shape gives the same request (the docs' and sources' text drift
 * with the repository, the sizes do not), so compare trees in one process (`compare-trees.ts`, `count-instructions.ts`).
 *
 * Two wire styles: `chat` (Chat Completions: a system string, `tool` messages) and `messages` (what the
 * `/v1/messages` door gives the router for Claude Code: the system prompt as text parts, the long one marked for
 * the prompt cache, and tool results as text parts where the agent put its cache breakpoint).
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decode, encode } from "gpt-tokenizer";
import type { ChatMessage, ChatRequest } from "../../src/core/types.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");

/** o200k tokens of the system prompt. */
export const SYSTEM_TOKENS = 12_000;
/** Sizes of the tool results, cycled (KB): 1–20 KB, a median near 6 KB. */
const RESULT_KB = [3, 1, 12, 6, 2, 20, 4, 8, 1, 15, 5, 2, 9, 3, 7, 18, 1, 6, 11, 4];
export type AgentStyle = "chat" | "messages";

let systemPrompt: string | undefined;

/** The ~12k-token coding-agent system prompt (built once). */
export function agentSystemPrompt(): string {
  if (systemPrompt !== undefined) return systemPrompt;
  const docs = ["README.md", "docs/architecture.md", "docs/configuration.md", "docs/claude-code.md", "docs/spend-control.md", "docs/gateway.md"];
  const text = [
    readFileSync(path.join(here, "agent-fixture/system-prompt.md"), "utf8"),
    ...docs.map((file) => `<file path="${file}">\n${readFileSync(path.join(repoRoot, file), "utf8")}</file>`),
  ].join("\n");
  systemPrompt = decode(encode(text).slice(0, SYSTEM_TOKENS));
  return systemPrompt;
}

const TOOL_NAMES: [string, string, Record<string, string>][] = [
  ["read_file", "Read a file from the repository, with line numbers. Use offset and limit for large files.", { path: "string", offset: "integer", limit: "integer" }],
  ["write_file", "Create a file or replace a whole file with the given content.", { path: "string", content: "string" }],
  ["edit_file", "Replace one exact occurrence of old_string with new_string in a file you have read.", { path: "string", old_string: "string", new_string: "string" }],
  ["list_dir", "List the entries of one directory.", { path: "string" }],
  ["glob", "List files matching a glob pattern, newest first.", { pattern: "string", path: "string" }],
  ["grep", "Search file contents with a regular expression; returns path:line:text hits.", { pattern: "string", path: "string", glob: "string", ignore_case: "boolean" }],
  ["search_symbols", "Find definitions and references of an identifier through the language server.", { name: "string", kind: "string" }],
  ["bash", "Run a shell command in the repository root; output is cut past 30,000 characters.", { command: "string", timeout_ms: "integer" }],
  ["run_tests", "Run the project's test runner on the given files or patterns; failures come back in full.", { files: "array", pattern: "string" }],
  ["lint", "Run the project's linters on the given files.", { files: "array" }],
  ["typecheck", "Run the type checker and return its findings.", { project: "string" }],
  ["git_status", "Show the working tree's status.", {}],
  ["git_diff", "Show the diff of the working tree or of a range of commits.", { range: "string", path: "string" }],
  ["git_commit", "Commit the staged changes with a message.", { message: "string", paths: "array" }],
  ["todo_write", "Replace the task list shown to the user.", { todos: "array" }],
  ["task", "Start a sub-agent with its own context for a self-contained investigation; returns its report.", { description: "string", prompt: "string" }],
  ["ask_user", "Ask the user a question and wait for the answer.", { question: "string" }],
  ["web_search", "Search the web; returns titles, addresses and snippets.", { query: "string" }],
  ["web_fetch", "Fetch one web page as text.", { url: "string", prompt: "string" }],
  ["notebook_edit", "Replace the source of one cell of a Jupyter notebook.", { path: "string", cell: "integer", source: "string" }],
];

/** 20 tool definitions in the Chat Completions shape. */
export function agentTools(): unknown[] {
  return TOOL_NAMES.map(([name, description, parameters]) => ({
    type: "function",
    function: {
      name,
      description,
      parameters: {
        type: "object",
        properties: Object.fromEntries(Object.entries(parameters).map(([key, type]) => [key, type === "array" ? { type, items: { type: "string" } } : { type, description: `The ${key.replace("_", " ")}.` }])),
        required: Object.keys(parameters).slice(0, 1),
      },
    },
  }));
}

let sources: { file: string; text: string }[] | undefined;

/** The repository's TypeScript sources (not tests), in a fixed order: what the agent's tools read. */
function repoSources(): { file: string; text: string }[] {
  if (sources) return sources;
  const out: { file: string; text: string }[] = [];
  for (const dir of ["src/routing", "src/budget", "src/classifier/learned", "src/server/doors/messages", "src/catalog"]) {
    for (const name of readdirSync(path.join(repoRoot, dir)).sort()) {
      if (name.endsWith(".ts") && !name.endsWith(".test.ts")) out.push({ file: `${dir}/${name}`, text: readFileSync(path.join(repoRoot, dir, name), "utf8") });
    }
  }
  sources = out;
  return out;
}

/** Text cut or repeated to exactly `chars` characters. */
function sized(text: string, chars: number): string {
  let out = text;
  while (out.length < chars) out += `\n${text}`;
  return out.slice(0, chars);
}

/** One tool call and its result of about `kb` KB, for turn `turn`. */
function toolStep(turn: number, kb: number): { name: string; args: Record<string, unknown>; result: string } {
  const all = repoSources();
  const source = all[(turn * 7) % all.length] as { file: string; text: string };
  const chars = kb * 1024;
  switch (turn % 4) {
    case 0: {
      const numbered = source.text.split("\n").map((line, i) => `${String(i + 1).padStart(6)}\t${line}`).join("\n");
      return { name: "read_file", args: { path: source.file }, result: sized(numbered, chars) };
    }
    case 1: {
      const hits: string[] = [];
      for (const { file, text } of all) text.split("\n").forEach((line, i) => line.includes("budget") && hits.push(`${file}:${i + 1}:${line.trim()}`));
      return { name: "grep", args: { pattern: "budget", path: "src" }, result: sized(hits.join("\n"), chars) };
    }
    case 2: {
      const failure = ` FAIL  ${source.file.replace(".ts", ".test.ts")} > reserves the worst case before the call\nAssertionError: expected 0.0042 to be 0.0021 // Object.is equality\n\n- Expected\n+ Received\n\n- 0.0021\n+ 0.0042\n\n ❯ ${source.file}:88:14\n`;
      const passes = source.text.split("\n").filter((line) => line.includes("function")).map((line, i) => ` ✓ ${source.file.replace(".ts", ".test.ts")} > ${line.trim().slice(0, 60)} ${i + 2}ms`);
      return { name: "run_tests", args: { files: [source.file.replace(".ts", ".test.ts")] }, result: sized(`${failure}\n${passes.join("\n")}\n\n Test Files  1 failed | 3 passed (4)\n      Tests  1 failed | 41 passed (42)`, chars) };
    }
    default: {
      const diff = source.text.split("\n").slice(0, 60).map((line, i) => (i % 9 === 3 ? `-${line}\n+${line.replace("const", "let")}` : ` ${line}`));
      return { name: "git_diff", args: { path: source.file }, result: sized(`diff --git a/${source.file} b/${source.file}\n--- a/${source.file}\n+++ b/${source.file}\n@@ -1,60 +1,60 @@\n${diff.join("\n")}`, chars) };
    }
  }
}

const TASK = "Streaming requests that the client aborts halfway seem to be charged twice against the key's daily budget: the dashboard shows about double the spend OpenRouter bills for those sessions. Find where the reservation is settled on an aborted stream, fix it, and add a test that fails without the fix.";
const FOLLOW_UPS = [
  "Also check the non-streaming path while you are there; I think a timeout may do the same thing.",
  "Don't change the ledger's schema, the migration would hold up the release. Work with what's there.",
  "The fix looks right. Can you run the budget tests and the type checker before we commit?",
];
const NARRATION = ["Let me look at how the reservation is settled.", "I'll search for where the budget is charged.", "Running the tests for the ledger now.", "Checking the diff of what changed.", "The settle path runs twice on abort; reading the stream relay next.", "I'll read the spend guard to see who calls settle."];

/**
 * An agent request with `turns` tool turns of history, in `style`. A `session` other than 0 marks the task and every
 * tool result with it: another session of the same agent (same system prompt and tools, its own history).
 * @example agentRequest(10, "chat").messages.length; // 1 system + 1 task + 10 × (assistant + tool)
 */
export function agentRequest(turns: number, style: AgentStyle = "chat", session = 0): ChatRequest {
  const system = agentSystemPrompt();
  const identity = "You are Forge, a software engineering agent.";
  const messages: ChatMessage[] = [
    style === "chat" ? { role: "system", content: system } : { role: "system", content: [{ type: "text", text: identity }, { type: "text", text: system, cache_control: { type: "ephemeral" } }] },
    { role: "user", content: session === 0 ? TASK : `${TASK} (ticket ${session})` },
  ];
  for (let turn = 0; turn < turns; turn++) {
    if (turn > 0 && turn % 12 === 0) messages.push({ role: "user", content: FOLLOW_UPS[(turn / 12 - 1) % FOLLOW_UPS.length] as string });
    const step = toolStep(turn, RESULT_KB[turn % RESULT_KB.length] as number);
    if (session !== 0) step.result = `[session ${session}] ${step.result.slice(0, -12 - String(session).length)}`;
    const id = `call_${String(turn).padStart(4, "0")}`;
    messages.push({ role: "assistant", content: NARRATION[turn % NARRATION.length] as string, tool_calls: [{ id, type: "function", function: { name: step.name, arguments: JSON.stringify(step.args) } }] });
    const last = turn === turns - 1;
    messages.push(style === "messages" && last ? { role: "tool", tool_call_id: id, content: [{ type: "text", text: step.result, cache_control: { type: "ephemeral" } }] } : { role: "tool", tool_call_id: id, content: step.result });
  }
  return { model: "switchyard/auto", messages, tools: agentTools() };
}

/** A deep copy of a request, as the gateway has after `JSON.parse` of a body: no string or object shared with `request`. */
export function freshCopy(body: string): ChatRequest {
  return JSON.parse(body) as ChatRequest;
}
