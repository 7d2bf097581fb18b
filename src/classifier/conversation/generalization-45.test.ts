/**
 * Round 45: a coding run's turn that asks its own work is read on its own (ADR 0049), in runs with tools and in runs
 * where the code is pasted into the chat (team-written inputs, not rows of any evaluation set).
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { inLongRun, taskOf, u } from "./generalization-44.fixture.js";

const QUEUE = `class JobQueue:
    def __init__(self):
        self.items = []
        self.lock = threading.Lock()

    def pop(self):
        if self.items:            # checked outside the lock
            with self.lock:
                return self.items.pop(0)
        return None`;

/** A run with tools: the agent read the queue and explained the race. */
const inToolRun = (turn: string): ChatMessage[] => [
  ...inLongRun("workers sometimes crash with IndexError on pop, find out why", "read_file", '{"path":"jobs/queue.py"}', QUEUE),
  { role: "assistant", content: "`pop` checks `self.items` before taking the lock, so two workers can both see one item and the second `pop(0)` raises." },
  u(turn),
];

/** A chat-pasted run (an editor's chat without tools): the code in the user's turn, an explanation, then the turn. */
const inPastedRun = (turn: string): ChatMessage[] => [
  { role: "system", content: "Act as a senior developer. Describe each change as a unified diff. The files in the chat are: jobs/queue.py" },
  u(`jobs/queue.py\n\`\`\`python\n${QUEUE}\n\`\`\`\n\nthe IndexError again, what's going on`),
  { role: "assistant", content: "The emptiness check runs outside the lock: two workers can pass it for one item." },
  u(turn),
];

describe("a coding run's turn that asks its own work", () => {
  it("reads small talk as chat", () => {
    expect(taskOf(inPastedRun("back in 5, getting lunch 🍜"))).toBe("chat");
    expect(taskOf(inToolRun("brb, grabbing a coffee ☕"))).toBe("chat");
    expect(taskOf(inToolRun("ugh mondays"))).toBe("chat");
  });
  it("reads a playful piece about the run as creative writing", () => {
    expect(taskOf(inToolRun("write a limerick about two workers fighting over one job"))).toBe("creative_writing");
    expect(taskOf(inPastedRun("a tiny bedtime story about the lonely lock nobody took, 100 words"))).toBe("creative_writing");
  });
  it("reads labels, sums, ideas and an argument as their own work", () => {
    expect(taskOf(inToolRun("file this race under one of: concurrency / validation / config / perf. one label"))).toBe("classification");
    expect(taskOf(inPastedRun("if 40 workers each poll 5 times a second, how many lock acquisitions per minute is that?"))).toBe("math");
    expect(taskOf(inToolRun("brainstorm how we could catch races like this before prod: tooling, review habits, anything. go wide"))).toBe("brainstorming");
    expect(taskOf(inPastedRun("devil's advocate: argue why we should NOT move the check under the lock, then say whether that argument wins"))).toBe("deep_reasoning");
  });
  it("reads a brief lookup as a question", () => {
    expect(taskOf(inToolRun("what does pop return when the queue is empty? one line pls"))).toBe("simple_qa");
    expect(taskOf(inPastedRun("quick q: does pop ever get called from the signal handler? yes/no"))).toBe("simple_qa");
  });
  it("answers small talk in a long run at the budget difficulty, not the run's", () => {
    const learned = createClassifier("learned");
    expect(learned.classify(inToolRun("brb, grabbing a coffee ☕")).difficulty.label).toBe("budget");
    expect(learned.classify(inPastedRun("back in 10, lunch")).difficulty.label).toBe("budget");
  });
  it("names what set the task", () => {
    const reason = createClassifier("learned").classify(inPastedRun("write a limerick about two workers fighting over one job")).taskReason ?? "";
    expect(reason).toContain("the turn asks its own work, read on its own");
  });
});

describe("a coding run's turn that keeps the run's code work", () => {
  it("keeps a change, a consent and a review asked in passing", () => {
    expect(taskOf(inToolRun("fix it, move the check inside the lock"))).toBe("code_generation");
    expect(taskOf(inPastedRun("ok sort it"))).toBe("code_generation");
    expect(["code_review", "code_generation"]).toContain(taskOf(inPastedRun("I moved the check under the lock myself. thoughts?")));
  });
  it("keeps code named as the piece and a translation into a programming language", () => {
    expect(taskOf(inToolRun("write a regex that pulls the worker id out of these log lines"))).toBe("code_generation");
    expect(taskOf(inPastedRun("now translate the whole class to Rust"))).toBe("code_generation");
  });
});

const SUPPORT_PROMPT = `You are Nell, the delivery support agent for Parcelway, a parcel carrier in the UK and Ireland.
You help customers track parcels, rebook deliveries, report damage and file claims. Be warm, brief and concrete.
TOOLS: track_parcel(id), rebook(id, date), open_claim(id, reason), get_customer(email).
RULES
- Never promise a refund; a claim is reviewed by a person within 3 working days.
- When you hand the case over, keep a summary of the conversation in the ticket for the next agent.
- If the customer writes in Welsh or Irish, answer in English unless they ask otherwise.
- Never share a driver's name or phone number. Never guess a delivery time the tracking does not show.
- Photos of damage are attached to the claim; ask for one when the customer reports damage.`;

describe("a verb deep in a long agent prompt sets no task for every turn", () => {
  const support = (turn: string): ChatMessage[] => [
    { role: "system", content: SUPPORT_PROMPT },
    u("my parcel PW-88213 says delivered but it isn't here"),
    { role: "assistant", content: null, tool_calls: [{ id: "t1", type: "function", function: { name: "track_parcel", arguments: '{"id":"PW-88213"}' } }] },
    { role: "tool", tool_call_id: "t1", content: '{"status":"delivered","at":"2026-12-03T18:42Z","proof":"left in safe place: porch"}' },
    { role: "assistant", content: "The driver marked it left on your porch at 18:42 on 3 December. I can open a claim for you." },
    u(turn),
  ];
  it("reads the turn's own words", () => {
    expect(taskOf(support("no porch, I live in a flat. third time this month. you lot are hopeless honestly"))).toBe("chat");
    expect(taskOf(support("cheers Nell, not your fault, you've been kind x"))).toBe("chat");
  });
  it("keeps a pipeline's verb when its opening sentence declares it", () => {
    const engine = `You are a translation engine: translate every user message from English into German.\n${SUPPORT_PROMPT.slice(SUPPORT_PROMPT.indexOf("RULES"))}`;
    expect(taskOf([{ role: "system", content: engine }, u("Your parcel is on its way and will arrive tomorrow between 9 and 12.")])).toBe("translation");
  });
});

describe("a sum asked below figures", () => {
  const SALES = "| channel | orders | revenue |\n|---|---|---|\n| web | 1,240 | $61,880 |\n| app | 860 | $47,300 |\n| retail | 410 | $18,450 |";
  it("is maths when the turn alone is plainly one", () => {
    const messages: ChatMessage[] = [u(`november by channel:\n${SALES}\nwhich channel is carrying us?`), { role: "assistant", content: "Web leads on both orders and revenue; the app has the highest order value." }, u("ok so what's the average order value per channel, and the blended AOV across all three?")];
    expect(taskOf(messages)).toBe("math");
  });
  it("keeps a why over the figures as analysis", () => {
    const messages: ChatMessage[] = [u(`november by channel:\n${SALES}\nwhich channel is carrying us?`), { role: "assistant", content: "Web leads on both orders and revenue; the app has the highest order value." }, u("why would the app's orders be worth more than the web's? what's going on there")];
    expect(taskOf(messages)).toBe("analysis");
  });
});

describe("Claude's model names are names", () => {
  it("reads a turn naming them by what it asks", () => {
    expect(taskOf([u("p95 by model yesterday: anthropic/claude-sonnet 2,840 ms, openai/gpt-4o 1,910 ms, mistral-small 620 ms. which one is quickest?")])).not.toBe("creative_writing");
    expect(taskOf([u("send the nightly summaries to claude-3-haiku instead, it's cheaper")])).not.toBe("creative_writing");
    expect(taskOf([u("compare sonnet-4 and opus-4 on price per million tokens")])).toBe("analysis");
  });
  it("keeps a poem asked by its form's name", () => {
    expect(taskOf([u("write a haiku about the first snow")])).toBe("creative_writing");
    expect(taskOf([u("ask claude to write a sonnet about the sea, or write one yourself")])).toBe("creative_writing");
  });
});

describe("a named code's or a quoted field's meaning over a log", () => {
  const POD = "kubectl describe pod worker-5d8f:\n  State: Waiting (CrashLoopBackOff)\n  Last State: Terminated\n    Reason: Error\n    Exit Code: 143\n  Restart Count: 9";
  it("is a fact looked up", () => {
    expect(taskOf([u(`${POD}\n\nwhat does exit code 143 mean?`)])).toBe("simple_qa");
    expect(taskOf([u('what does the "upstream_ms=" near the end mean in these lines?\n10.2.0.7 GET /api/items 200 upstream_ms=41 total_ms=55\n10.2.0.9 GET /api/items 504 upstream_ms=30000 total_ms=30012')])).toBe("simple_qa");
  });
  it("stays a diagnosis when the turn asks why or how to fix it", () => {
    expect(taskOf([u(`${POD}\n\nwhat does exit code 143 mean and why does it keep restarting?`)])).not.toBe("simple_qa");
  });
});

describe("reasoning asked for by name", () => {
  it("is deep reasoning over a run's code and over figures", () => {
    expect(taskOf(inToolRun("play devil's advocate: argue why we should keep the unlocked check, then say if that argument survives"))).toBe("deep_reasoning");
    expect(taskOf(inToolRun("should pop fail loudly or return None when empty? consider the callers and the retries, argue both sides then decide"))).toBe("deep_reasoning");
    expect(taskOf([u("Support tickets: Oct 1,240, Nov 1,910, Dec 2,300. CSAT 91% → 84%. Do we hire two more agents or fix the login bug first? think hard about it")])).toBe("deep_reasoning");
  });
  it("keeps the writer's own thinking helped as analysis, and a change as code", () => {
    expect(taskOf([u("rent vs buy in Leeds over 7 years: £40k deposit, 4.6% fixed mortgage, or keep renting at £1,200 a month. help me think it through")])).toBe("analysis");
    expect(taskOf(inToolRun("think it through and then fix it: move the check under the lock and add a test"))).toBe("code_generation");
  });
});

describe("a fact of the project asked in a coding run", () => {
  it("is a lookup: a tool, a line, a type, a property asked one word", () => {
    expect(taskOf(inToolRun("wait what test runner does this repo use?"))).toBe("simple_qa");
    expect(taskOf(inToolRun("which line is JobQueue.pop defined on"))).toBe("simple_qa");
    expect(taskOf(inToolRun("is this module sync or async? one word"))).toBe("simple_qa");
  });
  it("keeps a question about a bug or a change to make", () => {
    expect(taskOf(inToolRun("which line has the bug?"))).not.toBe("simple_qa");
    expect(taskOf(inToolRun("which test runner should we move to? set it up"))).not.toBe("simple_qa");
  });
});

describe("a business's figure asked by name", () => {
  it("is maths", () => {
    expect(taskOf([u("ad spend last month $9,200, 410 orders, AOV $61, COGS 31% of revenue, shipping $5.80 an order. what's ROAS, CAC and the contribution per order?")])).toBe("math");
    expect(taskOf([u("hotel, 62 rooms, november (30 days): 1,488 room nights sold at an ADR of $142. whats our revpar and occupancy?")])).toBe("math");
  });
  it("keeps a reading of the figures as analysis", () => {
    expect(taskOf([u("ad spend last month $9,200, 410 orders, AOV $61, COGS 31% of revenue. is this channel worth keeping, or are we burning money?")])).toBe("analysis");
  });
});

describe("an algorithm's complexity asked in a coding run", () => {
  it("is maths", () => {
    expect(taskOf(inToolRun("what's the time complexity of pop as written, and the space? big-O"))).toBe("math");
  });
  it("keeps a stated complexity doubted, and a change", () => {
    expect(taskOf(inToolRun("are you sure pop is O(1)? list.pop(0) shifts everything"))).not.toBe("math");
    expect(taskOf(inToolRun("make pop O(1): switch to collections.deque"))).toBe("code_generation");
  });
});

describe("an agent whose prompt lists its domain's categories", () => {
  const CRM = "You are Dealdesk, the sales assistant inside our CRM. Stages: Discovery, Qualified, Demo, Proposal, Closed. Forecast categories: Pipeline, Best Case, Commit. Be blunt with reps.";
  const crm = (turn: string): ChatMessage[] => [
    { role: "system", content: CRM },
    u(turn),
    { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "crm_get_account", arguments: '{"name":"Halvorsen"}' } }] },
    { role: "tool", tool_call_id: "c1", content: '{"account":"Halvorsen Logistics","owner":"Mia Berg","last_activity":"2026-11-21 call","stage":"Demo","forecast":"Best Case"}' },
  ];
  it("is asked other things than labels", () => {
    expect(taskOf(crm("who owns halvorsen logistics and when did we last talk to them"))).not.toBe("classification");
  });
  it("still labels an item named alone or a labelling asked", () => {
    expect(taskOf(crm("categorize halvorsen"))).toBe("classification");
  });
});

describe("round 45's review: turns the new readings must leave alone", () => {
  it("keeps small talk, a summary and a question about the past", () => {
    expect(taskOf([u("no rush, take your time 🙂")])).toBe("chat");
    expect(taskOf([u("ok thanks, let me think it through and get back to you tomorrow")])).toBe("chat");
    expect(taskOf([u("back in 2019 we used mysql, why did we switch to postgres?")])).not.toBe("chat");
    expect(taskOf([u("how do I detect afk players in my Roblox game?")])).not.toBe("chat");
  });
  it("keeps a named code's meaning asked with the failure as a diagnosis", () => {
    expect(taskOf([u("why does my pod keep dying? what does exit code 137 mean")])).not.toBe("simple_qa");
    expect(taskOf([u("Exit Code: 137, Restart Count: 12. what does exit code 137 mean? it keeps restarting every few minutes")])).not.toBe("simple_qa");
  });
  it("keeps a judgement asked one word, a module's complexity and an 'if' as they were", () => {
    expect(taskOf(inToolRun("is this code correct? one word"))).toBe("code_review");
    expect(taskOf(inToolRun("the complexity of this module worries me, can we simplify it?"))).not.toBe("math");
    expect(taskOf(inToolRun("what's the cyclomatic complexity of pop?"))).not.toBe("math");
  });
  it("reads a pipeline declared in a long prompt's second sentence", () => {
    const rules = "RULES\n- Keep the register of the source: formal stays formal, casual stays casual.\n- Keep names, product codes, URLs and numbers exactly as written.\n- Use German quotation marks and German number formats (1.234,56).\n- Never add content the source does not have; never drop a sentence.\n- If a message is already German, return it unchanged.";
    const prompt = `### Role\nYou are Übersetzer-Bot. Translate every message into German.\n${rules}`;
    expect(prompt.length).toBeGreaterThan(400);
    expect(taskOf([{ role: "system", content: prompt }, u("Your parcel is on its way and will arrive tomorrow between 9 and 12.")])).toBe("translation");
  });
});
