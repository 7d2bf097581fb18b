/**
 * Round 42, second part: classes read off dev-192 and dev-194 (independent sets), each tested with look-alikes in
 * other words, shapes and languages (team-written inputs, not rows of any evaluation set).
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { agentTurn } from "./turns.fixture.js";

const learned = createClassifier("learned");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const u = (content: string): ChatMessage => ({ role: "user", content });
const readThen = (system: string, ask: string, tool: string, result: string): ChatMessage[] => [
  { role: "system", content: system },
  u(ask),
  { role: "assistant", content: null, tool_calls: [{ id: "r1", type: "function", function: { name: tool, arguments: "{}" } }] },
  { role: "tool", tool_call_id: "r1", content: result },
];

const ITALIAN = JSON.stringify([{ from: "Zia Carla", text: "Ciao tesoro, domenica facciamo il pranzo da me alle una, porta anche il tuo ragazzo se vuole. Ho fatto le lasagne come piacciono a te e la torta di mele. Fammi sapere se venite, così preparo i posti a tavola. Un bacio grande" }]);
const ENGLISH_NOTE = JSON.stringify([{ from: "Aunt Carla", text: "Hi sweetie, on Sunday we're having lunch at my place at one, bring your boyfriend too if he wants. I made the lasagna the way you like it and an apple cake. Let me know if you're coming so I can set the table. Big kiss" }]);

describe("what a message in another language says", () => {
  it("is a translation, whatever the two languages", () => {
    expect(taskOf(readThen("Family chat helper. The user's aunt writes in Italian.", "my aunt just wrote, what does she say?", "chat_read", ITALIAN))).toBe("translation");
    const letter = "Sehr geehrte Frau López,\nhiermit teilen wir Ihnen mit, dass Ihre Wohnung am Dienstag zwischen acht und zwölf Uhr wegen der Wartung der Heizung betreten werden muss. Bitte sorgen Sie dafür, dass die Heizkörper frei zugänglich sind. Mit freundlichen Grüßen, Ihre Hausverwaltung";
    expect(taskOf([u(`¿qué dice esta carta?\n${letter}`)])).toBe("translation");
    expect(taskOf(readThen("邮件助手。", "这封邮件说了什么？", "mail_read", ENGLISH_NOTE))).toBe("translation");
  });
  it("is not a translation when the message is in the asker's language, or is output, not a message", () => {
    expect(taskOf(readThen("Family chat helper.", "my aunt just wrote, what does she say?", "chat_read", ENGLISH_NOTE))).not.toBe("translation");
    const build = "# github.com/acme/shop/internal/cart\ninternal/cart/total.go:31:9: undefined: money.Round\ninternal/cart/total.go:58:2: declared and not used: discount";
    expect(taskOf(agentTurn("You are a Go coding agent. Tools: shell.", "why won't it build", "shell", '{"cmd":"go build ./..."}', build, "what does that mean, in short? I'm new to Go"))).not.toBe("translation");
  });
});

describe("what matters in a long text the run holds", () => {
  const newsletter = `Dear families, what a month it has been! ${"Our classes visited the science museum and the choir rehearsed for the winter concert. ".repeat(12)}The winter concert is on December 12 at 6 pm. Gift exchange items are due December 15. School closes at noon on December 20.`;
  it("is its summary, asked in several languages", () => {
    expect(taskOf(readThen("Inbox helper for a busy parent.", "the school newsletter is sooo long, what do i actually need to know", "mail_read", newsletter))).toBe("summarization");
    expect(taskOf(readThen("Asistente de correo.", "el boletín del cole es larguísimo, ¿qué necesito saber?", "mail_read", newsletter))).toBe("summarization");
  });
  it("is a question about the world when no text is in the conversation", () => {
    expect(taskOf([u("what do I need to know before visiting Japan in winter?")])).not.toBe("summarization");
  });
});

describe("a reading the model is sure of in a coding agent's run", () => {
  const todos = "services/auth/tokens.py:88:    # TODO(maria): rotate signing key monthly\nservices/billing/invoice.py:12:    # TODO: handle partial refunds\nservices/billing/invoice.py:140:    # TODO(lee): drop legacy tax table";
  const run = (next: string): ChatMessage[] => agentTurn("You are a repo maintenance agent in the user's repository. Tools: shell.", "grep all the TODOs in services/", "shell", '{"cmd":"grep -rn TODO services/"}', todos, next);
  it("stands when no bug, change or fix is asked", () => {
    expect(taskOf(run("now give me those as a JSON array with file, line, owner (null if none) and text"))).toBe("extraction");
  });
  it("is still code work when a change is asked", () => {
    expect(taskOf(run("now fix the partial refunds one"))).toBe("code_generation");
  });
});

describe("a commit message asked to explain the why", () => {
  it("is no diagnosis of the run", () => {
    const diff = " src/cache/redis.go | 18 ++++++------\n 1 file changed, 12 insertions(+), 6 deletions(-)\n-\tttl := 0\n+\tttl := cfg.DefaultTTL";
    expect(taskOf(agentTurn("You are a git assistant in the user's repository.", "commit what's staged, msg should explain the why not just the what", "shell", '{"cmd":"git diff --staged"}', diff, "commit what's staged, msg should explain the why not just the what"))).not.toBe("analysis");
  });
});

describe("a short turn that opens like small talk and then asks", () => {
  const failing = "FAIL src/cart.test.ts\n  ● cart › applies the discount once\n    expected 90 received 81\nTests: 1 failed, 41 passed";
  const run = (next: string): ChatMessage[] => agentTurn("You are a coding agent in the user's repository. Tools: shell.", "run the cart tests", "shell", '{"cmd":"npm test"}', failing, next);
  it("is the ask, not small talk", () => {
    for (const turn of ["ok, tell me where it breaks", "thanks, now fix the discount", "ok, why does it still fail?"]) {
      expect(taskOf(run(turn)), turn).not.toBe("chat");
    }
  });
  it("stays small talk when nothing is asked", () => {
    for (const turn of ["ok thanks, that's all for now", "great, works now 🙏"]) expect(taskOf(run(turn)), turn).toBe("chat");
  });
});

