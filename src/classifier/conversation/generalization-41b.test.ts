/**
 * Round 41b: classes of the misses of `training/conversation-dev-189.jsonl`, with the look-alikes each must leave alone.
 * Team-written inputs in other words, languages and shapes than the set's rows, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = [learned, heuristic];

/** A user turn, the assistant's answer, then `next`. */
const afterTurn = (first: string, answer: string, next: string): ChatMessage[] => [
  { role: "user", content: first },
  { role: "assistant", content: answer },
  { role: "user", content: next },
];

describe("another language's cue that an English conversation already named its subject with", () => {
  it("is the subject's name, not a creative ask", () => {
    const asks = [
      afterTurn("we model the order lifecycle as a saga across payments and shipping", "Good, each step needs a compensating action.", "argue whether the saga is still correct if the shipping service acks twice and the payment refund is delayed by an hour"),
      afterTurn("our ledger team wants to replace the 2PC coordinator with a saga", "That removes the blocking coordinator but makes intermediate states visible.", "is it true that the saga keeps the total balance constant at every moment? give me a proof or a counterexample"),
    ];
    for (const messages of asks) for (const classifier of both) expect(classifier.classify(messages).task.label).not.toBe("creative_writing");
  });
  it("leaves the cue to a turn in its own language and to an English ask for one", () => {
    expect(learned.classify(afterTurn("vi läste en saga igår kväll", "Vad trevligt!", "skriv en ny saga om samma troll, kort")).task.label).toBe("creative_writing");
    expect(learned.classify([{ role: "user", content: "skriv en saga om en drake som är rädd för eld" }]).task.label).toBe("creative_writing");
    expect(learned.classify(afterTurn("I love Nordic tales.", "They are wonderful.", "write me a saga about a dragon who is afraid of fire")).task.label).toBe("creative_writing");
  });
});

const CODING = "You are a coding agent working in the shop repository. Use the tools to read files, edit them and run commands.";
const RED = "============ test session starts ============\ncollected 12 items\ntests/test_totals.py::test_half_up FAILED\n\n>       assert round_total(Decimal('2.345')) == Decimal('2.35')\nE       AssertionError: assert Decimal('2.34') == Decimal('2.35')\n1 failed, 11 passed in 0.42s";
/** A coding agent's run: the user's `ask`, the agent running the tests, the failing output. */
const testRun = (ask: string): ChatMessage[] => [
  { role: "system", content: CODING },
  { role: "user", content: ask },
  { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: "pytest -q tests/test_totals.py" }) } }] },
  { role: "tool", tool_call_id: "c1", content: RED },
];

describe("a task word naming a past event before an imperative to repair, in a coding agent's run", () => {
  it("reads the imperative: the change is asked", () => {
    for (const ask of ["checkout totals are off by a cent since the refactor; fix round_total() so it rounds half up", "los tests de totales fallan desde el refactor, arregla el redondeo para que use half up", "depuis le refactoring les tests échouent, corrige la fonction d'arrondi pour qu'elle arrondisse au supérieur"]) {
      for (const classifier of both) expect(classifier.classify(testRun(ask)).task.label, ask).toBe("code_generation");
    }
  });
  it("leaves a report with no imperative, and a question how to fix, to the review", () => {
    for (const ask of ["the totals tests have been red since the refactor", "totals tests are red since the refactor, how do I fix the rounding?", "the totals crash on an empty cart since the refactor, fix it", "the totals tests broke after the refactor, why?"]) {
      for (const classifier of both) expect(classifier.classify(testRun(ask)).task.label, ask).toBe("code_review");
    }
  });
});

const ONCALL = "You are an on-call assistant for the web team. You can search logs with search_logs(query, since).";
const FAILED_LOGINS = "2026-12-04T09:12:01Z path=/login status=401 user=mkoch ip=198.51.100.4 ua=curl/8.4\n2026-12-04T09:12:07Z path=/login status=401 user=mkoch ip=198.51.100.4 ua=curl/8.4\n2026-12-04T09:30:44Z path=/login status=401 user=admin ip=203.0.113.9 ua=python-requests/2.31\n2026-12-04T10:02:13Z path=/login status=401 user=jlee ip=192.0.2.77 ua=Mozilla/5.0";
/** An on-call run: the user's `ask`, one log search, the lines it found. */
const logSearch = (ask: string): ChatMessage[] => [
  { role: "system", content: ONCALL },
  { role: "user", content: ask },
  { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "search_logs", arguments: JSON.stringify({ query: "path=/login status=401", since: "24h" }) } }] },
  { role: "tool", tool_call_id: "c1", content: FAILED_LOGINS },
];

describe("every distinct value of a field asked over a tool's results", () => {
  it("is those values pulled out, an extraction", () => {
    for (const ask of ["audit needs all unique usernames and source IPs that failed login today", "necesito todas las IPs distintas que fallaron el login hoy, con su usuario", "gib mir alle eindeutigen Benutzer mit fehlgeschlagenem Login von heute", "нужны все уникальные IP с ошибкой 401 за сегодня"]) {
      for (const classifier of both) expect(classifier.classify(logSearch(ask)).task.label, ask).toBe("extraction");
    }
  });
  it("leaves a count of them, and the words without a tool's results, to the other readings", () => {
    for (const classifier of both) expect(classifier.classify(logSearch("how many distinct IPs failed login today?")).task.label).not.toBe("extraction");
    expect(learned.classify([{ role: "user", content: "what are all the unique features of Rust compared to C++?" }]).task.label).not.toBe("extraction");
  });
});

const KNOWLEDGE = "You are the support knowledge assistant. Answer from the retrieved tickets and cite their ids.";
const TICKETS = "[T-4411] Customer could not reset password: reset email landed in spam because SPF record was missing after DNS migration.\n[T-4502] Invoice PDF blank for EU customers: font subset missing after renderer upgrade.\n[T-4519] Password reset link expired instantly: clock skew on mail worker after host migration.\n[T-4533] Export job timed out: index dropped during schema migration.";
/** A knowledge assistant's run: the user's `ask`, one search, the tickets it retrieved. */
const retrieved = (ask: string): ChatMessage[] => [
  { role: "system", content: KNOWLEDGE },
  { role: "user", content: ask },
  { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "kb_search", arguments: JSON.stringify({ query: "Q3 escalated tickets root cause", top_k: 4 }) } }] },
  { role: "tool", tool_call_id: "c1", content: TICKETS },
];

describe("what recurs across the documents a tool retrieved", () => {
  it("is found by comparing them, an analysis", () => {
    for (const ask of ["going through last quarter's escalations, what keeps coming up? need it for the support retro", "¿qué causas se repiten en estas escalaciones del trimestre?", "welche Gemeinsamkeiten haben diese Eskalationen?", "quels points communs entre ces escalades ?", "这些升级工单有什么共同点？"]) {
      for (const classifier of both) expect(classifier.classify(retrieved(ask)).task.label, ask).toBe("analysis");
    }
  });
  it("leaves a fact looked up in them, and a question without them, to the lookup", () => {
    expect(learned.classify(retrieved("which ticket was about the blank invoice PDF?")).task.label).toBe("simple_qa");
    expect(learned.classify([{ role: "user", content: "what patterns does Go use for concurrency?" }]).task.label).toBe("simple_qa");
  });
});

const FINANCE = "You are a data analyst agent with read access to the finance warehouse. Answer with numbers from queries.";
const SPEND = "service,sep,oct\nCompute,41200.10,44890.55\nStorage,8810.00,9120.40\nNetworking,2210.35,16480.90\nSupport,3000.00,3000.00";
/** A data agent's run: the user's `ask`, one query, the rows it returned. */
const queried = (ask: string): ChatMessage[] => [
  { role: "system", content: FINANCE },
  { role: "user", content: ask },
  { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "run_sql", arguments: JSON.stringify({ sql: "SELECT service, SUM(cost) FROM billing.monthly GROUP BY 1" }) } }] },
  { role: "tool", tool_call_id: "c1", content: SPEND },
];

describe("what drove a change in a business figure", () => {
  it("is an analysis of the figures, not a sum", () => {
    for (const ask of ["cloud spend in october came in 29% over september. figure out what drove it", "la factura de la nube de octubre subió un 29% respecto a septiembre, ¿qué la impulsó?", "счёт за облако в октябре вырос на 29% по сравнению с сентябрём — из-за чего?"]) {
      for (const classifier of both) expect(classifier.classify(queried(ask)).task.label, ask).toBe("analysis");
    }
  });
  it("leaves a total asked of the same figures to the maths", () => {
    for (const ask of ["cloud spend in october came in 29% over september. what's the total for both months?", "cloud spend in october came in 29% over september. find the october total"]) {
      for (const classifier of both) expect(classifier.classify(queried(ask)).task.label, ask).toBe("math");
    }
  });
});

const BROWSING = "You operate a web browser for the user. Tools: screenshot(), click(x, y), scroll(dy), type(text). One action per turn.";
const NEWSLETTER = JSON.stringify({
  type: "image",
  ocr_text: "Riverside Tenants Newsletter - December\nThe water will be shut off on Dec 9 from 9:00 to 13:00 for boiler repairs.\nRent for January is due Jan 3 because of the holiday.\nThe bike room gets a new lock; pick up keys at the office Mon-Wed 17:00-19:00.\nHoliday potluck: Dec 18, 18:30, courtyard tent.\nContacts: office +44 20 7946 0301, caretaker +44 20 7946 0877",
});
const PORTAL = "[window] Riverside Tenants Portal\n  [link] Newsletter\n  [button] Download PDF\n  [textbox] Search\n  [link] Contact office\n  [button] Log out";
/** A browser run given `ask`: a scroll, then a screenshot that returned `screen`, where the run ends. */
const screenRead = (ask: string, screen: string): ChatMessage[] => [
  { role: "system", content: BROWSING },
  { role: "user", content: ask },
  { role: "assistant", content: "", tool_calls: [{ id: "s1", type: "function", function: { name: "scroll", arguments: JSON.stringify({ dy: 600 }) } }] },
  { role: "tool", tool_call_id: "s1", content: "{\"ok\":true}" },
  { role: "assistant", content: "", tool_calls: [{ id: "s2", type: "function", function: { name: "screenshot", arguments: "{}" } }] },
  { role: "tool", tool_call_id: "s2", content: screen },
];
const CONTENT_ASKS = ["the tenants newsletter is open in the browser, give me the gist in three bullets", "copy down every phone number on the page I have open", "resume lo que dice el boletín que tengo abierto, en pocas líneas", "fasse den Newsletter zusammen, der gerade offen ist"];

describe("a computer-use run ending on text read off the screen for a summary or an extraction", () => {
  it("keeps the reading of the ask: the text is its content", () => {
    for (const ask of CONTENT_ASKS) expect(learned.classify(screenRead(ask, NEWSLETTER)).task.label, ask).toMatch(/^(?:summarization|extraction)$/);
  });
  it("leaves a screen of controls to the next action (round 40)", () => {
    for (const ask of CONTENT_ASKS) expect(learned.classify(screenRead(ask, PORTAL)).task.label, ask).toBe("analysis");
  });
});

describe("an ask to the assistant to chat a while", () => {
  it("is chat, in the languages whose tables had only the bare word", () => {
    const asks = [
      "Selam, bu akşam çok yalnızım, benimle biraz muhabbet eder misin?",
      "Nudno mi dzisiaj, pogadasz ze mną?",
      "Ik zit alleen thuis vanavond, zin om even te kletsen?",
      "Sono a casa da sola stasera, facciamo due chiacchiere?",
      "Nudím se, pokecáme chvíli?",
      "Sunt singur acasă în seara asta, vrei să povestim puțin?",
      "tô sozinho em casa hoje, bora bater um papo?",
    ];
    for (const ask of asks) expect(learned.classify([{ role: "user", content: ask }]).task.label, ask).toBe("chat");
  });
  it("leaves the chat word inside another ask to that ask", () => {
    expect(learned.classify([{ role: "user", content: "wat betekent kletsen in het Engels?" }]).task.label).toBe("translation");
    expect(learned.classify([{ role: "user", content: "Schrijf een gedicht over even kletsen met je oma" }]).task.label).toBe("creative_writing");
    expect(learned.classify([{ role: "user", content: "Write a short story about two friends who love to bater um papo at the beach" }]).task.label).toBe("creative_writing");
  });
});

const LOCK = "export async function claim(db: Db, jobId: string, worker: string): Promise<boolean> {\n  const row = await db.one('SELECT owner FROM jobs WHERE id = $1', [jobId]);\n  if (row.owner !== null) return false;\n  await db.none('UPDATE jobs SET owner = $1 WHERE id = $2', [worker, jobId]);\n  return true;\n}\n";
/** A coding agent's run: the user's `ask`, the agent reading a file, its text. */
const fileRead = (ask: string): ChatMessage[] => [
  { role: "system", content: CODING },
  { role: "user", content: ask },
  { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "read_file", arguments: JSON.stringify({ path: "src/jobs/claim.ts" }) } }] },
  { role: "tool", tool_call_id: "c1", content: LOCK },
];

describe("a property of a system to prove or refute", () => {
  it("is reasoning, in a coding agent's run and outside it", () => {
    expect(learned.classify(fileRead("prove or disprove: two workers can never both claim the same job with this function")).task.label).toBe("deep_reasoning");
    for (const ask of ["is it true that our retry loop can't send an email twice? prove it or give a counterexample", "demuestra o refuta: con este esquema de bloqueo dos workers nunca procesan el mismo trabajo", "докажи или опровергни: очередь никогда не теряет сообщения при падении консьюмера"]) {
      expect(learned.classify([{ role: "user", content: ask }]).task.label, ask).toBe("deep_reasoning");
    }
  });
  it("leaves a proof about numbers to the maths", () => {
    for (const ask of ["prove or disprove: n^2 + n + 41 is prime for every natural number n", "prove that the sum of two odd numbers is even"]) {
      for (const classifier of both) expect(classifier.classify([{ role: "user", content: ask }]).task.label, ask).toBe("math");
    }
  });
});
