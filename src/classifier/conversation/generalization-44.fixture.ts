/**
 * Round 44's shared test inputs: the learned reading of a conversation, and a coding agent's run under a long,
 * team-written product prompt (not rows of any evaluation set).
 */
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";

const learned = createClassifier("learned");
export const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
export const u = (content: string): ChatMessage => ({ role: "user", content });

/** A product's long coding-agent prompt, team-written in the style such CLIs send: tone, tools and safety rules. */
export const LONG_CODING_PROMPT = `You are Quill, an interactive command-line assistant for software engineering work.
Follow the instructions below and use the tools available to help the user.

# Safety
Refuse to write or explain code that could be used to attack systems. Never print secrets from .env files.
# Style
Keep answers short and direct. Do not add a preamble. Prefer editing existing files to creating new ones.
# Workflow
- Search the codebase with the grep and glob tools before you edit.
- After every change, run the project's tests and linter, and fix what fails.
- Never commit or push unless the user asks you to.
<environment>
cwd: /home/dev/shop
git repository: yes
os: linux
</environment>`;
export const inLongRun = (ask: string, tool: string, args: string, result: string, turn?: string): ChatMessage[] => [
  { role: "system", content: LONG_CODING_PROMPT },
  u(ask),
  { role: "assistant", content: null, tool_calls: [{ id: "r1", type: "function", function: { name: tool, arguments: args } }] },
  { role: "tool", tool_call_id: "r1", content: result },
  ...(turn === undefined ? [] : [u(turn)]),
];
export const CHANGELOG = "## 3.2.0\n- Fixed: cart badge showed stale counts after checkout\n- Fixed: search ignored accents\n- New: wishlists can be shared by link\n- Perf: product pages load 30% faster";

/** An agent's run that was asked `ask`, called `tool` and read `result` (then answered, when `answer` is given), and the turn. */
export const afterTool =
  (run: { system: string; ask: string; tool: string; args: string; result: string; answer?: string }) =>
  (turn: string): ChatMessage[] => [
    { role: "system", content: run.system },
    u(run.ask),
    { role: "assistant", content: null, tool_calls: [{ id: "t1", type: "function", function: { name: run.tool, arguments: run.args } }] },
    { role: "tool", tool_call_id: "t1", content: run.result },
    ...(run.answer === undefined ? [] : [{ role: "assistant" as const, content: run.answer }]),
    u(turn),
  ];
