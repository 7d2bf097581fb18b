/**
 * Round 47: the classes read off this round's fresh sets (team-written inputs, not rows of any evaluation set).
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, taskOf, u } from "./generalization-44.fixture.js";
import type { ConversationReading } from "./read-conversation.js";
import { writtenPieceGuard } from "./written-piece.js";

const learned = createClassifier("learned");
const reasonOf = (messages: ChatMessage[]): string => learned.classify(messages).taskReason ?? "";

/** A billing agent's run that has fetched an account's plan. */
const billingRun = (turn: string): ChatMessage[] => [
  { role: "system", content: "You are the billing assistant for Larkspur (B2B SaaS). Seats added mid-cycle are charged pro rata by day. Tools: get_account." },
  u(turn),
  { role: "assistant", content: null, tool_calls: [{ id: "a1", type: "function", function: { name: "get_account", arguments: '{"name":"Tidewater Co"}' } }] },
  { role: "tool", tool_call_id: "a1", content: '{"plan": "Team Monthly", "seat_price": 24.0, "seats": 30, "cycle_start": "2026-11-10", "cycle_end": "2026-12-09"}' },
];

describe("a business's figure asked by name", () => {
  it("is worked out: a charge, an invoice, a rate or a unit price", () => {
    expect(taskOf(billingRun("Tidewater is adding 6 seats today. what's the pro-rated charge, and what will the next full invoice be?"))).toBe("math");
    expect(taskOf([u("my ads budget is $2,400 next month, CPC about $0.55 and 2.3% of clicks convert. how many clicks and conversions should I expect?")])).toBe("math");
  });
  it("leaves a reading of a business's figures to analysis", () => {
    expect(taskOf([u("Ferris Metals offers 2/10 net 30 on a $48,000 invoice and our credit line costs 9%. should we take the discount, given cash is tight this month?")])).toBe("analysis");
    expect(taskOf([u("monthly revenue went from $84k to $71k while ad spend stayed at $12k and traffic rose 8%. why, and should we worry?")])).toBe("analysis");
  });
});

describe("prices compared per unit", () => {
  it("are worked out, whatever the comparison's shape pulls the reading to", () => {
    expect(taskOf([u("which detergent is cheaper per load: 64 loads for $19.97 or 110 loads for $31.49?")])).toBe("math");
    expect(taskOf([u("which is cheaper per tablet: 100 tablets for £4.20 or 250 for £9.80?")])).toBe("math");
    expect(taskOf([u("which box is cheaper per pod: 30 pods for £8.40, 80 for £19.99, or 150 for £36 with 10% off on subscription?")])).toBe("math");
  });
  it("leaves a per-unit question with no prices to compare alone", () => {
    expect(taskOf([u("why are the big packs not always cheaper per wash?")])).not.toBe("math");
  });
});

/** An infrastructure agent whose prompt names the plan's summary it must show, after a plan. */
const infraRun = afterTool({
  system: "You are an infrastructure agent in the kestrel-infra Terraform repo. You can read files and run terraform plan (never apply). Always show the plan summary before proposing changes and flag any destroy.",
  ask: "plan the prod workspace",
  tool: "terraform_plan",
  args: '{"workspace":"prod"}',
  result: "  # aws_db_instance.main must be replaced\n-/+ resource \"aws_db_instance\" \"main\" {\n      ~ engine_version = \"15.4\" -> \"16.2\"\n      ~ storage_type   = \"gp2\" -> \"gp3\" # forces replacement\n    }\nPlan: 1 to add, 2 to change, 1 to destroy.",
});

describe("a summary the agent's prompt names as data", () => {
  it("sets no task for the run's turns", () => {
    expect(taskOf(infraRun("ok. walk me through why the storage change forces a replacement and whether the engine bump would on its own"))).not.toBe("summarization");
    expect(taskOf(infraRun("makes sense, I'll take it from here, thanks"))).toBe("chat");
  });
  it("leaves a prompt that makes summaries its product alone", () => {
    const notes: ChatMessage[] = [
      { role: "system", content: "You write meeting summaries for the Harbor sales team: decisions, owners, dates." },
      u("Transcript, Tue pipeline sync:\nDana: Fenwick wants the pilot extended to March.\nLeo: fine if they sign the LOI by Friday.\nDana: I'll send it today. Leo owns pricing for the extension.\nMaya: Q1 forecast due next Wednesday, I'll consolidate."),
    ];
    expect(taskOf(notes)).toBe("summarization");
  });
});

/** An on-call agent's run that has read a queue's metrics. */
const queueRun = afterTool({
  system: "You are the on-call assistant for the payments team. Tools: query_metrics, kubectl_get (read-only).",
  ask: "the settlement queue is backing up again",
  tool: "query_metrics",
  args: '{"metric":"settlement_queue_depth","range":"6h"}',
  result: "09:00 1,204\n10:00 3,880\n11:00 9,412\n12:00 15,007\nconsumers: 4/4 running, restarts 0, cpu 22%",
});

describe("a list of causes to check", () => {
  it("is brainstorming, however the run's figures or a grouping pull the reading", () => {
    expect(taskOf(queueRun("don't restart anything. just list hypotheses for why it's piling up, most likely first"))).toBe("brainstorming");
    expect(taskOf(queueRun("give me a list of possible explanations we should check before touching it, grouped by consumer / broker / upstream"))).toBe("brainstorming");
  });
  it("leaves the cause itself, asked for, to analysis", () => {
    expect(taskOf(queueRun("why is it piling up? what's the most likely cause"))).not.toBe("brainstorming");
  });
});

describe("a change declined in a coding run", () => {
  const run = afterTool({
    system: "You are a coding agent in the user's repository. Tools: read_file, edit_file, run_tests.",
    ask: "my debounce helper fires twice, look at src/debounce.js",
    tool: "read_file",
    args: '{"path":"src/debounce.js"}',
    result: "export function debounce(fn, ms) {\n  let t;\n  return function () {\n    if (!t) fn.apply(this, arguments);\n    clearTimeout(t);\n    t = setTimeout(() => { t = null; fn.apply(this, arguments); }, ms);\n  };\n}",
  });
  it("is no change asked", () => {
    expect(taskOf(run("explain what's wrong with it, don't just rewrite the whole thing for me"))).not.toBe("code_generation");
  });
  it("leaves a change asked for alone", () => {
    expect(taskOf(run("ok just rewrite it so it only fires on the trailing edge"))).toBe("code_generation");
  });
});

describe("a result acknowledged in an agent's run, nothing asked", () => {
  it("is small talk: the news it led to, or the choice made", () => {
    expect(taskOf(queueRun("yep, that lines up. the broker team just confirmed a partition was rebalancing all morning. nice one"))).toBe("chat");
    expect(taskOf(queueRun("ah never mind, Tomás just scaled the consumers from the console and the depth is already falling. we'll look at it tomorrow"))).toBe("chat");
    expect(taskOf(queueRun("good catch on the retry setting. makes sense, I'll go with the exponential backoff"))).toBe("chat");
  });
  it("leaves a question, a piece to write or a new problem beside it to that work", () => {
    expect(taskOf(queueRun("makes sense. draft the status update for #payments then, two short paragraphs"))).not.toBe("chat");
    expect(taskOf(queueRun("ok that worked but now: consumer-3 crashloops with OOMKilled after the restart, why"))).not.toBe("chat");
  });
});

describe("coding in the medical sense", () => {
  const codingDesk = (turn: string): ChatMessage[] => [
    { role: "system", content: "You are a coding assistant agent for the Maplewood Clinic billing team. Use lookup_code to check every code you give." },
    u(turn),
    { role: "assistant", content: null, tool_calls: [{ id: "l1", type: "function", function: { name: "lookup_code", arguments: '{"query":"essential hypertension"}' } }] },
    { role: "tool", tool_call_id: "l1", content: "E11.40  Type 2 diabetes mellitus with diabetic neuropathy, unspecified  (billable, FY2026)\nE11.42  Type 2 diabetes mellitus with diabetic polyneuropathy" },
  ];
  it("is no software agent: a code asked for is looked up", () => {
    expect(taskOf(codingDesk("quick one, ICD-10 for type 2 diabetes with neuropathy?"))).toBe("simple_qa");
    expect(taskOf(codingDesk("CPT code for a 30 minute established patient office visit?"))).toBe("simple_qa");
  });
  it("leaves a health company's software agent a coding agent", () => {
    const repo: ChatMessage[] = [
      { role: "system", content: "You are a coding assistant agent in the Maplewood Health claims-service repository. Tools: read_file, edit_file, run_tests." },
      u("the eligibility check rejects dependants over 26, change it so the age limit comes from the plan config"),
    ];
    expect(taskOf(repo)).toBe("code_generation");
  });
});

describe("a fact put to confirm in an agent's run", () => {
  const podRun = afterTool({
    system: "You are an SRE agent with read-only kubectl and log access for the checkout cluster.",
    ask: "render-worker keeps restarting, look",
    tool: "kubectl",
    args: '{"args":"describe pod render-worker-7d9f"}',
    result: "State: Waiting (CrashLoopBackOff)\nLast State: Terminated\n  Reason: Error\n  Exit Code: 137\nRestart Count: 14\nLimits: memory 512Mi\nEvents: Back-off restarting failed container",
  });
  it("is a quick answer, whatever the log around it pulls the reading to", () => {
    expect(taskOf(podRun("wait, it says Error not OOMKilled. is 137 always a SIGKILL or can it be something else?"))).toBe("simple_qa");
    expect(taskOf(podRun("exit code 137 is 128 + 9, so the kernel or kubelet killed it, right?"))).toBe("simple_qa");
  });
  it("leaves a check of work, and a fault to place, alone", () => {
    expect(reasonOf(podRun("is the limit wrong or is the app leaking?"))).not.toContain("one of two values asked");
    expect(taskOf(podRun("here's my new limits block: memory 1Gi, cpu 500m. does this look right?"))).not.toBe("simple_qa");
  });
});

describe("a message asked to be written", () => {
  it("is creative writing, whatever figures or notes the brief carries", () => {
    expect(taskOf([u("our packaging supplier wants +9% from March citing resin costs; the resin index is up 3% and their competitor quoted +4%. write the email to their account manager, Lena Ortiz, firm but friendly, counter at 4%")])).toBe("creative_writing");
    expect(taskOf([u("follow-up after today's call with Norbridge. present: Kofi (ops lead), Ines (finance). they liked the routing demo, worried about SSO. agreed: I send the security pack, they pick 3 pilot sites by Friday. sign as Maya")])).toBe("creative_writing");
  });
  it("leaves code named after the noun alone", () => {
    const text = `${"the inbound queue gets about 4,000 support mails a day and agents spend the first minute of each one finding the ticket. ".repeat(2)}write the email parser: pull the ticket id from the subject line and strip quoted replies`;
    const reading = { latestIndex: 0, latest: text, latestLower: text, cues: [], agent: { coding: false } } as unknown as ConversationReading;
    expect(writtenPieceGuard("code_generation", reading)).toBeUndefined();
  });
});

describe("many short pieces asked with a plus in the brief", () => {
  it("are options to choose from", () => {
    expect(taskOf([u("need 12 subject line options for the reactivation email. offer is 20% off + free returns for 60 days")])).toBe("brainstorming");
  });
});

describe("a figure named in a short turn of an agent's run", () => {
  const costRun = afterTool({
    system: "You are the FinOps assistant at Corvane. Tools: cost_explorer (read-only).",
    ask: "what have we spent on the vector database this month so far?",
    tool: "cost_explorer",
    args: '{"service":"vector-db","period":"month-to-date"}',
    result: "cluster-a  $8,412.30\ncluster-b  $3,977.05\nperiod covers 12 full days (Nov 1–12)",
    answer: "Month to date (Nov 1–12): **$12,389.35**, two thirds of it on cluster-a.",
  });
  it("is a figure to work out", () => {
    expect(taskOf(costRun("annualized?"))).toBe("math");
    expect(taskOf(costRun("daily average and the run rate for the full month?"))).toBe("math");
  });
  it("leaves a term asked, or a cause, alone", () => {
    expect(taskOf(costRun("what does month-to-date mean here?"))).not.toBe("math");
    expect(reasonOf(costRun("why is the average so much higher than October's?"))).not.toContain("names a figure");
  });
});

describe("a short turn asking a list of what the tools brought", () => {
  const paperRun = afterTool({
    system: "You are a literature-review agent for a speech lab. Be faithful to the papers.",
    ask: "summarize the evaluation section of 2406.01234",
    tool: "fetch_pdf_text",
    args: '{"arxiv_id":"2406.01234"}',
    result: "5 Evaluation. We evaluate on LibriSpeech test-clean and test-other, Common Voice 15 (en, de, fr), FLEURS (102 languages) and TED-LIUM 3. Baselines: Whisper large-v3, MMS-1B and SeamlessM4T. We report WER and, for FLEURS, CER.",
    answer: "They test on five benchmarks in clean and noisy conditions against three large multilingual baselines, reporting word error rates (character error rates on FLEURS).",
  });
  it("is an extraction", () => {
    expect(taskOf(paperRun("list the datasets they used"))).toBe("extraction");
  });
  it("leaves code asked beside it alone", () => {
    expect(reasonOf(paperRun("list the datasets and write a script that downloads each one"))).not.toContain("asks a list of what the run's tools brought back");
  });
});

describe("an answer acknowledged with an emoji, and a greeting before a question", () => {
  const windRun = afterTool({
    system: "You are SiteMate for a construction firm. You can read the weather forecast and post to the project log.",
    ask: "what's the wind tomorrow at the harbour site? crane lift planned",
    tool: "weather_forecast",
    args: '{"site":"harbour"}',
    result: "7am 9 mph gusts 15, 10am 13 mph gusts 22, 1pm 21 mph gusts 33. Crane limit on file: 20 mph sustained / 30 gust.",
    answer: "Morning is your window: 9 mph at 7 AM, 13 mph at 10 AM. By 1 PM it's 21 mph with gusts to 33, over the limit, so finish the lift before noon.",
  });
  it("reads 'sounds good 👍' after an answer that offered nothing as small talk", () => {
    expect(taskOf(windRun("sounds good 👍"))).toBe("chat");
  });
  it("does not read a greeting with a question after it as small talk", () => {
    const concierge = { role: "system" as const, content: "You are Ollie, the SMS concierge for The Birch Hotel. Facts: check-in 3 PM, checkout 11 AM, pool 7 AM-9 PM, parking in the garage on Elm St." };
    expect(taskOf([concierge, u("hi what time is checkout")])).toBe("simple_qa");
  });
});

describe("a general assistant inside a product named '-pad'", () => {
  it("declares no writing job: a question to it is answered", () => {
    const sidebar: ChatMessage[] = [
      { role: "system", content: "You are a friendly general assistant in the Notepad sidebar." },
      u("what's the film where a weatherman relives the same day over and over"),
      { role: "assistant", content: "That's **Groundhog Day** (1993), with Bill Murray as a TV weatherman stuck in Punxsutawney." },
      u("who directed it"),
    ];
    expect(taskOf(sidebar)).toBe("simple_qa");
  });
  it("leaves a prompt that writes ads a writing job", () => {
    expect(taskOf([{ role: "system", content: "You write Google ads for a bakery chain: three headlines and two descriptions per product." }, u("sourdough loaf, 800 g, baked daily, $6.50")])).toBe("creative_writing");
  });
});

describe("angles asked for", () => {
  it("are ideas, whatever the agent's prompt says it does", () => {
    const desk: ChatMessage[] = [
      { role: "system", content: "You are the data desk assistant at the Tribune. You load public datasets and summarize what is in them." },
      u("the county just published five years of 911 response times. load it and give me story angles, lots of them"),
      { role: "assistant", content: null, tool_calls: [{ id: "d1", type: "function", function: { name: "load_csv", arguments: '{"url":"county-911.csv"}' } }] },
      { role: "tool", tool_call_id: "d1", content: "rows: 281,044  columns: 11  call_id, received_at, dispatched_at, arrived_at, district, priority, unit_type, ..." },
    ];
    expect(taskOf(desk)).toBe("brainstorming");
  });
});
