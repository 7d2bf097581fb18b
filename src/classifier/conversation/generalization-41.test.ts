/**
 * Round 41: classes of the misses of `training/conversation-dev-187.jsonl` … `-190.jsonl` (independent writers' sets),
 * with the look-alikes each must leave alone. Team-written inputs in other words, languages and shapes than the sets'
 * rows, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { pipelineTaskOf } from "./pipeline-prompt.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");

const CODE = "```python\nimport unicodedata\n\ndef slugify(s: str) -> str:\n    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()\n    return '-'.join(s.lower().split())\n```";
/** A request for code, the code, then `next`. */
const afterCode = (next: string): ChatMessage[] => [
  { role: "user", content: "write a python slugify function" },
  { role: "assistant", content: CODE },
  { role: "user", content: next },
];
const afterPoem = (next: string): ChatMessage[] => [
  { role: "user", content: "Write a four-line poem about the first snow" },
  { role: "assistant", content: "White hush on the roofs,\nthe street forgets its noise,\na dog writes its name,\nthe morning keeps the rest." },
  { role: "user", content: next },
];

describe("a language named with a noun of text after code", () => {
  it("asks about the text the code handles, not for an answer in that language", () => {
    for (const next of ["中文字符也能处理吗？", "日本語の文字も大丈夫？", "한글 글자도 돼?", "cyrillic characters too?", "what about chinese characters?"]) {
      expect(learned.classify(afterCode(next)).task.label, next).not.toBe("translation");
      expect(heuristic.classify(afterCode(next)).task.label, next).not.toBe("translation");
    }
  });
  it("leaves a language named alone, or with 'in', to the translation", () => {
    for (const next of ["中文", "日本語で", "french?", "now in korean", "한국어로"]) {
      expect(learned.classify(afterPoem(next)).task.label, next).toBe("translation");
    }
  });
});

const OPS = "You are an on-call assistant for the storage team. You can run commands on hosts with run_command(host, cmd).";
/** An ops run: the user's ask, one shell call running `cmd`, its output, the assistant's note and `next`. */
const opsRun = (cmd: string, output: string, next: string, system = OPS): ChatMessage[] => [
  { role: "system", content: system },
  { role: "user", content: "backup-02 is throwing alerts since midnight, look into it" },
  { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: "run_command", arguments: JSON.stringify({ host: "backup-02", cmd }) } }] },
  { role: "tool", tool_call_id: "c1", content: output },
  { role: "assistant", content: "Here is what the host reports." },
  { role: "user", content: next },
];
const KERNEL = "[Fri Dec  4 00:12:03 2026] ata3.00: failed command: READ FPDMA QUEUED\n[Fri Dec  4 00:12:03 2026] ata3.00: status: { DRDY ERR }\n[Fri Dec  4 00:12:04 2026] blk_update_request: I/O error, dev sda, sector 88123904\nSMART overall-health self-assessment test result: FAILED!\n  5 Reallocated_Sector_Ct   0x0033   001   001   036    Pre-fail  Always   FAILING_NOW 4081";

describe("an ops run whose shell only inspected a host (ADR 0043)", () => {
  it("reads a diagnosis asked over what came back as analysis, for both classifiers", () => {
    for (const next of ["so what's wrong with it? is the disk dying?", "was ist da los? müssen wir die Platte heute tauschen?", "¿qué le pasa al disco? ¿hay que cambiarlo hoy?"]) {
      const messages = opsRun("dmesg -T | grep -iE 'error|fail' | tail -20; sudo smartctl -H -A /dev/sda", KERNEL, next);
      expect(learned.classify(messages).task.label, next).toBe("analysis");
      expect(heuristic.classify(messages).task.label, next).toBe("analysis");
    }
  });
  it("says in the reason that the run is an ops run, not a coding agent's", () => {
    const reason = learned.classify(opsRun("dmesg -T | tail -20; sudo smartctl -H /dev/sda", KERNEL, "so what's wrong with it?")).taskReason ?? "";
    expect(reason).toContain("ops run");
    expect(reason).not.toContain("coding-agent context");
  });
  it("leaves code under review, a change asked and a shell that changed things to the code readings", () => {
    const dockerfile = "FROM python:3.12-slim\nCOPY . /app\nRUN pip install -r requirements.txt\nUSER root\nCMD [\"python\", \"app.py\"]";
    const reviewed = opsRun("cat /srv/repos/backup-agent/Dockerfile", dockerfile, "anything wrong with this image? is it safe?");
    expect(learned.classify(reviewed).task.label).toBe("code_review");
    const restarted = opsRun("sudo systemctl restart smartd && journalctl -u smartd -n 20", KERNEL, "so what's wrong with it? is the disk dying?");
    expect(learned.classify(restarted).task.label).not.toBe("analysis");
    const coding = opsRun("dmesg -T | tail -20", KERNEL, "so what's wrong with it?", "You are a coding agent working in the backup-agent repository. Use the tools to read and edit files.");
    expect(learned.classify(coding).task.label).not.toBe("analysis");
  });
});

describe("a shorter version asked of a text full of figures", () => {
  const release = "Release 4.2 notes: 2,310 tests, 2,304 passed, 6 skipped; p99 latency 41 ms vs 44 ms on 4.1; memory 312 MB → 288 MB; cold start 1.9 s → 1.4 s; error rate 0.02%.";
  it("is a summary, not a question about a running system's numbers", () => {
    for (const ask of [`the 3-line version of this for the status page please: ${release}`, `I need a tweet-length version: ${release}`]) {
      expect(learned.classify([{ role: "user", content: ask }]).task.label, ask).toBe("summarization");
    }
    const followUp: ChatMessage[] = [
      { role: "user", content: `Write up these release figures for the engineering newsletter: ${release}` },
      { role: "assistant", content: "Release 4.2 is faster and leaner: p99 latency dropped from 44 to 41 ms, memory from 312 to 288 MB and cold starts from 1.9 to 1.4 s, with 2,304 of 2,310 tests passing and an error rate of 0.02%." },
      { role: "user", content: "now a one-sentence summary for the exec channel" },
    ];
    expect(learned.classify(followUp).task.label).toBe("summarization");
  });
  it("leaves a length asked of an answer, and a chart drawn one line per series, alone", () => {
    const chart = "plot p99 latency per service as a line chart, one line per service: api 41 ms, auth 12 ms, search 88 ms";
    expect(learned.classify([{ role: "user", content: chart }]).task.label).not.toBe("summarization");
  });
});

describe("a catch-up asked over the messages in the run", () => {
  const thread = JSON.stringify({ messages: [
    { from: "ines@corp.example", date: "Mon 08:55", body: "Warehouse move: the lease on Unit 4 ends Jan 31; landlord offers a 6-month extension at +12%." },
    { from: "karl@corp.example", date: "Tue 14:20", body: "Ops prefers moving to the Fenwick site in March; trucks need the bigger dock." },
    { from: "ines@corp.example", date: "Wed 17:05", body: "Decision: take the extension to April, move in March, Karl owns the move plan." },
  ] });
  const inbox = (ask: string): ChatMessage[] => [
    { role: "system", content: "You are an assistant with access to the user's inbox and calendar." },
    { role: "user", content: ask },
    { role: "assistant", content: "", tool_calls: [{ id: "m1", type: "function", function: { name: "search_mail", arguments: '{"q":"warehouse move"}' } }] },
    { role: "tool", tool_call_id: "m1", content: thread },
  ];
  it("is a summary of them, in the cue languages, for both classifiers", () => {
    for (const ask of ["back from parental leave, what have I missed on the warehouse move?", "was hab ich beim Lagerumzug verpasst?", "o que eu perdi na conversa sobre a mudança do armazém?", "仓库搬迁那件事我错过了什么？", "cosa mi sono perso sul trasloco del magazzino?"]) {
      expect(learned.classify(inbox(ask)).task.label, ask).toBe("summarization");
      expect(heuristic.classify(inbox(ask)).task.label, ask).toBe("summarization");
    }
  });
  it("leaves what a writer missed in their own work, and a bare question with nothing to catch up on, alone", () => {
    const own = "I get 1,240 for the total but the key says 1,420. what did I miss in my calculation? 3 × 310 + 2 × 155";
    expect(learned.classify([{ role: "user", content: own }]).task.label).not.toBe("summarization");
    expect(learned.classify([{ role: "user", content: "what did I miss?" }]).task.label).not.toBe("summarization");
  });
});

describe("reasoning asked for by name, and a Japanese 'とは' that asks nothing", () => {
  it("reads 'rigorous reasoning' and 'reason through' asks as deep reasoning, in agents' runs too", () => {
    const sql: ChatMessage[] = [
      { role: "system", content: "You are a data agent with read access to the analytics warehouse." },
      { role: "user", content: "marketing says the new pricing page drove the 6% jump in trials. is that supported? I want rigorous reasoning, confounders included" },
      { role: "assistant", content: "", tool_calls: [{ id: "q1", type: "function", function: { name: "run_sql", arguments: '{"sql":"select week, saw_new_page, channel, trials, visits from growth.pricing_obs"}' } }] },
      { role: "tool", tool_call_id: "q1", content: "week,saw_new_page,channel,trials,visits\n41,no,organic,410,9800\n41,no,paid,220,7100\n42,yes,organic,505,10100\n42,yes,paid,140,4200" },
    ];
    expect(learned.classify(sql).task.label).toBe("deep_reasoning");
    const ask = "we can put the 3 kafka brokers in two racks (2+1) or three racks (1+1+1). reason through which rack failures each layout survives with min.insync.replicas=2, then tell me which to pick";
    expect(learned.classify([{ role: "user", content: ask }]).task.label).toBe("deep_reasoning");
  });
  it("reads a Japanese question whose 'DCとは' means 'with the DC' as asked, not as an acronym lookup", () => {
    const ask = "3つのDCに3台ずつ置いたetcdクラスタで、東京のDCとは通信できるが大阪とは切れた場合、書き込みは続けられますか？論理的に詰めて説明してください。";
    expect(learned.classify([{ role: "user", content: ask }]).task.label).not.toBe("simple_qa");
    expect(heuristic.classify([{ role: "user", content: ask }]).task.label).not.toBe("simple_qa");
  });
});

describe("laughter or praise after an answer, with nothing asked", () => {
  const toast: ChatMessage[] = [
    { role: "user", content: "write a two-line toast for my grandad's 90th" },
    { role: "assistant", content: "Ninety years of bad jokes and good advice,\nhere's to the man who made both feel nice." },
  ];
  it("is small talk, for both classifiers", () => {
    for (const last of ["hahaha perfect, reading it out tonight", "lmao love it", "哈哈太棒了，今晚就念"]) {
      expect(learned.classify([...toast, { role: "user", content: last }]).task.label, last).toBe("chat");
      expect(heuristic.classify([...toast, { role: "user", content: last }]).task.label, last).toBe("chat");
    }
  });
  it("leaves praise that asks for more, or another version, to the work", () => {
    for (const last of ["haha love it, another one?", "perfect. a spanish one too pls", "lol one more for grandma"]) {
      expect(learned.classify([...toast, { role: "user", content: last }]).task.label, last).not.toBe("chat");
    }
  });
});

describe("a claim about code to prove or disprove, in a coding agent's run", () => {
  const agent = (ask: string): ChatMessage[] => [
    { role: "system", content: "You are a coding agent working in the user's repository. Use the tools to read and edit files." },
    { role: "user", content: ask },
    { role: "assistant", content: "", tool_calls: [{ id: "r1", type: "function", function: { name: "read_file", arguments: '{"path":"src/idempotency.ts"}' } }] },
    { role: "tool", tool_call_id: "r1", content: "export async function once(db: Db, key: string, run: () => Promise<void>) {\n  const seen = await db.get(key);\n  if (seen) return;\n  await run();\n  await db.put(key, true);\n}" },
  ];
  it("is reasoning, not a change", () => {
    expect(learned.classify(agent("prove or disprove: once() never runs the job twice for one key, even with two workers racing")).task.label).toBe("deep_reasoning");
    expect(heuristic.classify(agent("disprove it if you can: once() runs each key's job at most once across workers")).task.label).toBe("deep_reasoning");
  });
  it("leaves a change asked after the claim to the code work", () => {
    expect(learned.classify(agent("once() runs jobs twice when two workers race. fix it with a unique constraint")).task.label).toBe("code_generation");
  });
});

describe("a prompt that routes each item to one of a set written with bars", () => {
  it("sets a labelling job, in an agent's run too", () => {
    const ocr = (id: string): { id: string; type: "function"; function: { name: string; arguments: string } } => ({ id, type: "function", function: { name: "ocr_scan", arguments: JSON.stringify({ scan: id }) } });
    const messages: ChatMessage[] = [
      { role: "system", content: "You are PaperBot, a records agent for the household finance team. You can OCR scans, read their text and store records. Route each scan to a folder: payslip | utility_bill | tax_form | other." },
      { role: "user", content: "4 scans arrived in the inbox folder, route them" },
      { role: "assistant", content: "", tool_calls: [ocr("s1"), ocr("s2"), ocr("s3"), ocr("s4")] },
      { role: "tool", tool_call_id: "s1", content: "ACME GmbH ... Gehaltsabrechnung November 2024 ... Brutto 4.250,00 ... Netto 2.731,18" },
      { role: "tool", tool_call_id: "s2", content: "Stadtwerke ... Jahresabrechnung Strom ... Verbrauch 2.840 kWh ... Nachzahlung 112,40 EUR" },
      { role: "tool", tool_call_id: "s3", content: '{"error":"ocr_failed","detail":"page is blank"}' },
      { role: "tool", tool_call_id: "s4", content: "Finanzamt ... Einkommensteuerbescheid 2023 ... festgesetzt 6.112,00 EUR" },
    ];
    expect(learned.classify(messages).task.label).toBe("classification");
    expect(heuristic.classify(messages).task.label).toBe("classification");
  });
  it("reads 'route' and 'triage' over a barred set as a pick among labels", () => {
    expect(pipelineTaskOf("you are the intake agent. route each incoming ticket to a queue: billing | auth | shipping | other.")).toBe("classification");
    expect(pipelineTaskOf("triage every alert into: page | ticket | ignore")).toBe("classification");
    expect(pipelineTaskOf("you are a travel agent. our routes: lisbon | porto | faro.")).toBeUndefined();
  });
});

describe("a brief why-question asked through 'explain why'", () => {
  it("is a quick answer, in several languages", () => {
    for (const ask of ["Could you explain why leaves turn red in autumn? Keep it short.", "Kannst du mir erklären, warum Eis auf Wasser schwimmt? Kurz bitte.", "explícame por qué el mar es salado, en pocas palabras", "объясни, почему луна не падает на землю? коротко"]) {
      expect(learned.classify([{ role: "user", content: ask }]).task.label, ask).toBe("simple_qa");
    }
  });
  it("leaves a why about code, or a why asked at length, alone", () => {
    expect(learned.classify([{ role: "user", content: "explain why this regex fails on emoji, briefly: /^\\w+$/" }]).task.label).not.toBe("simple_qa");
  });
});

describe("a question of the turn's own, shaped by a length", () => {
  it("is read as asked, not as a shorter version of the answer before it", () => {
    const before: ChatMessage[] = [
      { role: "user", content: "write a python function that retries an http call with exponential backoff" },
      { role: "assistant", content: "```python\nimport time, requests\n\ndef get_with_retry(url, tries=5):\n    for n in range(tries):\n        try:\n            return requests.get(url, timeout=5)\n        except requests.RequestException:\n            time.sleep(2 ** n)\n    raise RuntimeError('gave up')\n```" },
    ];
    const asked = "what does the third retry wait for, in one line?";
    expect(learned.classify([...before, { role: "user", content: asked }]).taskReason ?? "").not.toContain("follow-up 'in one line'");
    expect(learned.classify([...before, { role: "user", content: "ok, in one line" }]).taskReason ?? "").toContain("follow-up");
  });
});

describe("label words and slashes that belong to code", () => {
  it("does not read a review of pasted code with '/' operators and 'each' as a labelling job", () => {
    const ask = "is this split right? 3 friends, $120 dinner + 20% tip should be $48 each but it prints 124.00 ```js const total = 120, tip = 20, friends = 3; const each = total + total * tip / 100 / friends; console.log(each.toFixed(2)); ```";
    expect(learned.classify([{ role: "user", content: ask }]).task.label).not.toBe("classification");
    expect(heuristic.classify([{ role: "user", content: ask }]).task.label).not.toBe("classification");
  });
  it("does not take 'spam' over a coding agent's read of a form handler for a labelling job", () => {
    const messages: ChatMessage[] = [
      { role: "system", content: "Website helper for a small bakery's site (shared hosting, PHP 8). You can read and edit files." },
      { role: "user", content: "my cousin built our order form years ago and now we get tons of spam, can u check it" },
      { role: "assistant", content: "", tool_calls: [{ id: "f1", type: "function", function: { name: "read_file", arguments: '{"path":"public_html/order.php"}' } }] },
      { role: "tool", tool_call_id: "f1", content: "<?php if ($_POST) { $name = $_POST['name']; $mail = $_POST['email']; mail('orders@bakery.example', \"Order from $name\", $_POST['order'], \"From: $mail\"); echo 'Thanks!'; } ?>" },
    ];
    expect(learned.classify(messages).task.label).not.toBe("classification");
  });
});

describe("round 41, consumer agents: catching up on a group, and albums to sort into", () => {
  it("reads 'been off the group all week, what did everyone decide' over the chat a tool read as a summary", () => {
    const messages: ChatMessage[] = [
      { role: "system", content: "Group chat helper. Can read the user's group chats." },
      { role: "user", content: "been off the climbing group chat since monday lol what did everyone decide about the trip" },
      { role: "assistant", content: "", tool_calls: [{ id: "g1", type: "function", function: { name: "read_group", arguments: '{"group":"Climbers","limit":30}' } }] },
      { role: "tool", tool_call_id: "g1", content: "[mon] Ana: Fontainebleau or Siurana?\n[mon] Ben: Siurana, better weather\n[tue] Caro: flights from BCN are cheap the 14th\n[wed] Ana: ok Siurana 14-18, Ben books the van" },
    ];
    expect(learned.classify(messages).task.label).toBe("summarization");
  });
  it("reads a prompt that lists albums to move each photo into as a labelling job", () => {
    expect(pipelineTaskOf("photo sorter. albums: travel, family, receipts, memes. put each photo in exactly one album.")).toBe("classification");
  });
});

describe("a why asked of the user's own data a tool brought", () => {
  const series = "date,steps,resting_hr,sleep_h,stress\n" + Array.from({ length: 10 }, (_, i) => `11/${10 + i},${9000 - i * 450},${58 + i},${7.4 - i * 0.2},${20 + i * 4}`).join("\n");
  const coach = (ask: string): ChatMessage[] => [
    { role: "system", content: "Wellness coach connected to the user's watch." },
    { role: "user", content: ask },
    { role: "assistant", content: "", tool_calls: [{ id: "w1", type: "function", function: { name: "watch_history", arguments: '{"days":10}' } }] },
    { role: "tool", tool_call_id: "w1", content: series },
  ];
  it("is a reading of the data, whatever the tone", () => {
    for (const ask of ["why am i so wiped out every afternoon lately 😩 check my watch data", "warum bin ich in letzter Zeit so müde? schau dir meine Werte an"]) {
      expect(learned.classify(coach(ask)).task.label, ask).toBe("analysis");
    }
  });
  it("leaves a why about the world to a quick answer", () => {
    const lookup: ChatMessage[] = [
      { role: "user", content: "why is the sky blue?" },
      { role: "assistant", content: "", tool_calls: [{ id: "s1", type: "function", function: { name: "web_search", arguments: '{"q":"why is the sky blue"}' } }] },
      { role: "tool", tool_call_id: "s1", content: "Rayleigh scattering: shorter wavelengths scatter more strongly in the atmosphere." },
    ];
    expect(learned.classify(lookup).task.label).not.toBe("analysis");
  });
});

describe("'make that N sentences' after an explanation", () => {
  it("asks for a shorter version of it", () => {
    const messages: ChatMessage[] = [
      { role: "user", content: "the vet wrote 'grade 2 patellar luxation, medial, left hind; conservative management advised'. what does that mean in normal words?" },
      { role: "assistant", content: "Your dog's left back kneecap sometimes slips out of place towards the inside of the leg. Grade 2 means it pops out now and then and usually goes back by itself. The vet suggests no surgery for now: keep her weight down, build muscle with gentle walks, and watch for limping." },
      { role: "user", content: "can you make that two lines" },
    ];
    expect(learned.classify(messages).task.label).toBe("summarization");
  });
});

describe("laughter that shares how an answer landed", () => {
  it("is small talk, not a question about the figures before it", () => {
    const messages: ChatMessage[] = [
      { role: "user", content: "explain p50 vs p99 latency to our head of sales" },
      { role: "assistant", content: "p50 is the typical request: half are faster. p99 is the slow tail: 1 in 100 requests is slower than this. If p50 is 80 ms and p99 is 1.2 s, most customers are fine but a few wait much longer." },
      { role: "user", content: "hahaha he said it was the first time latency made sense to him. you're making me look good" },
    ];
    expect(learned.classify(messages).task.label).toBe("chat");
  });
});

describe("a test or a financial figure named over the figures, with no verb", () => {
  it("is a computation", () => {
    for (const ask of [
      "pricing test: old page 21,340 visitors 1,102 signups; new page 20,987 visitors 1,236 signups. one-sided z-test, p-value and 90% CI on the relative lift",
      "solar lease vs buy: buy €14,200 now, saves €1,650/yr for 20 yrs; lease €95/month, saves €1,650/yr, no upfront. discount rate 6%. NPV of each, which wins",
    ]) {
      expect(learned.classify([{ role: "user", content: ask }]).task.label, ask).toBe("math");
    }
  });
  it("leaves a p-value already given, asked to be read, alone", () => {
    const read = "we ran a two-sided t-test on 1,200 vs 1,180 users last week and the p-value came out at 0.04. the team wants to ship it. should we?";
    expect(learned.classify([{ role: "user", content: read }]).task.label).not.toBe("math");
  });
});
