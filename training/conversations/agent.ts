/**
 * Agent-shaped training conversations: a system prompt that declares an agent, tool calls, tool
 * results (some of them huge), code in context, and the user turn that sets the work.
 * @module
 */
import type { Row } from "./generate.js";
import { CI_LOGS, SNIPPETS } from "./pools.js";

type Message = Row["request"]["messages"][number];

const SYSTEMS = [
  "You are a coding agent working in the user's repository. Use the tools to read, search and edit files, and run the tests before you finish.",
  "You are an autonomous software engineer. You have tools to run shell commands and edit files in the working directory.",
  "You are Claude Code-style assistant: a CLI coding assistant. Be concise. Prefer editing existing files.",
  "You are a senior backend engineer pairing with the user. You can call read_file, write_file and run_tests.",
  "Du bist ein Coding-Agent im Repository des Nutzers. Nutze die Tools, um Dateien zu lesen und zu ändern.",
  "Eres un agente de programación que trabaja en el repositorio del usuario. Usa las herramientas para leer y editar archivos.",
];

const GENERATE_ASKS = [
  "Add a --verbose flag to the CLI that prints each request URL.",
  "Implement pagination for the /orders endpoint, 50 per page.",
  "Write unit tests for the retry helper.",
  "Create a migration that adds an index on users.email.",
  "Add a dark mode toggle to the settings page.",
  "Port the date utils from moment to date-fns.",
  "Füge einen Endpunkt hinzu, der den Health-Status zurückgibt.",
  "Añade validación de email al formulario de registro.",
  "给导出功能加一个 CSV 格式选项。",
];
const REVIEW_ASKS = [
  "Why does the cart test fail on CI but pass locally?",
  "The retry logic ignores the max attempts setting. Can you find out why?",
  "Something in this diff breaks the login flow, can you review it?",
  "Users report a crash when the list is empty. What's wrong?",
  "Warum schlägt der Build seit gestern fehl?",
  "¿Por qué falla este test?",
];
const PLANS = ["I see the problem: the loop never checks the attempt count. I can add the check and a test.", "Here's my plan: 1) add the flag in cli.ts, 2) thread it through the client, 3) update the README.", "The fix is a two-line change in cart.ts. Want me to apply it?"];
const ACTS = ["Go ahead and make the change", "go ahead", "Yes, apply it", "ok do it", "Sounds good, implement it", "Please proceed", "lgtm, ship it", "Mach weiter", "Adelante", "好的，继续", "はい、進めてください", "네, 진행해 주세요"];

function toolCall(id: string, name: string, args: Record<string, string>): Message {
  return { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name, arguments: JSON.stringify(args) } }] };
}

function toolResult(id: string, content: string): Message {
  return { role: "tool", tool_call_id: id, content };
}

function bigFile(snippet: string, times: number): string {
  return Array.from({ length: times }, (_, i) => `// section ${i}\n${snippet}`).join("\n");
}

/** Coding-agent conversations, and a few from agents of other kinds. */
export function agentConversations(pick: <T>(items: readonly T[]) => T, random: () => number): Row[] {
  const rows: Row[] = [];
  const sys = (): Message => ({ role: "system", content: pick(SYSTEMS) });
  const u = (content: string): Message => ({ role: "user", content });
  for (let i = 0; i < 50; i++) {
    const review = random() < 0.45;
    const ask = pick(review ? REVIEW_ASKS : GENERATE_ASKS);
    const file = random() < 0.25 ? bigFile(pick(SNIPPETS), 60) : pick(SNIPPETS);
    const messages: Message[] = [sys(), u(ask), toolCall(`c${i}`, "read_file", { path: "src/app.ts" }), toolResult(`c${i}`, file)];
    const ending = random();
    if (ending < 0.4) {
      // The loop continues after a tool result: the last user turn sets the task.
      rows.push({ request: { messages }, task: review ? "code_review" : "code_generation", kind: "agent" });
    } else if (ending < 0.8) {
      messages.push({ role: "assistant", content: pick(PLANS) }, u(pick(ACTS)));
      rows.push({ request: { messages }, task: "code_generation", kind: "agent" });
    } else {
      messages.push({ role: "assistant", content: "Done. The tests pass." }, u(pick(["thanks!", "great, thank you", "perfect"])));
      rows.push({ request: { messages }, task: "chat", kind: "agent" });
    }
  }
  for (let i = 0; i < 14; i++) {
    const log = pick(CI_LOGS);
    const messages: Message[] = [sys(), u(pick(["The pipeline is red, take a look.", "Run the tests and tell me what's failing.", "Check why the nightly job broke."])), toolCall(`t${i}`, "run_tests", {}), toolResult(`t${i}`, random() < 0.3 ? log.repeat(40) : log)];
    rows.push({ request: { messages }, task: "code_review", kind: "agent" });
  }
  for (let i = 0; i < 10; i++) {
    const messages: Message[] = [sys(), u(pick(["Give me a short overview of what this repo does.", "Summarize the README for a new teammate."])), toolCall(`r${i}`, "read_file", { path: "README.md" }), toolResult(`r${i}`, "# Billing service\nHandles invoices, proration and dunning. Talks to Stripe and Postgres.\n".repeat(random() < 0.3 ? 80 : 3))];
    rows.push({ request: { messages }, task: "summarization", kind: "agent" });
  }
  for (let i = 0; i < 10; i++) {
    const messages: Message[] = [
      { role: "system", content: "You are the support assistant of Skyway Airlines. Use lookup_booking to find bookings." },
      u(pick(["What's the baggage allowance on my flight SK482?", "When does my flight to Lisbon leave?", "Which terminal does booking QX7P2 depart from?"])),
      toolCall(`b${i}`, "lookup_booking", { ref: "QX7P2" }),
      toolResult(`b${i}`, '{"flight":"SK482","departure":"2025-07-02T09:40","terminal":"2","baggage":"23kg"}'),
    ];
    rows.push({ request: { messages }, task: "simple_qa", kind: "agent" });
  }
  return rows;
}
