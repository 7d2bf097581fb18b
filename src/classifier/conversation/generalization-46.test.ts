/**
 * Round 46: the classes read off this round's fresh sets (team-written inputs, not rows of any evaluation set).
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { inLongRun, taskOf, u } from "./generalization-44.fixture.js";

describe("a translation asked by language codes", () => {
  it("reads a pair heading the turn as translation", () => {
    expect(taskOf([u("EN->JP: 'Thanks for your patience while we look into this.'")])).toBe("translation");
    expect(taskOf([u("en > de: the stand-up moves to 3pm on Thursday")])).toBe("translation");
    expect(taskOf([u("EN to PT-BR: Welcome back! Your cart is waiting.")])).toBe("translation");
    expect(taskOf([u("[de→en] Wie spät ist es in Sydney gerade?")])).toBe("translation");
  });
  it("reads target codes asked of the text as translation", () => {
    expect(taskOf([u("Product blurb: 'Waterproof to 50 m, ten-day battery, sapphire glass.' Need it in DE, FR and IT")])).toBe("translation");
  });
  it("leaves codes that name markets, and a turn that opens with 'No to it', alone", () => {
    expect(taskOf([u("we sell in DE, FR and IT. which market should we prioritise next year?")])).not.toBe("translation");
    expect(taskOf([u("No to it: I won't sign anything before Monday, tell them that")])).not.toBe("translation");
  });
});

describe("software asked with a verb of writing, in any language", () => {
  it("reads a server, a component or a hook to write as code", () => {
    expect(taskOf([u("ok, écris-moi un petit serveur Express qui reçoit un webhook Stripe et vérifie la signature")])).toBe("code_generation");
    expect(taskOf([u("schreib mir einen kleinen Express-Server, der Stripe-Webhooks annimmt")])).toBe("code_generation");
    expect(taskOf([u("그럼 창 크기 바뀔 때마다 요소 너비 측정하는 커스텀 훅 만들어줘")])).toBe("code_generation");
  });
  it("leaves a speech for the server team, and a waiter wanted, alone", () => {
    expect(taskOf([u("write a short speech for our server team's farewell party")])).toBe("creative_writing");
    expect(taskOf([u("I need a server for the wedding reception, any tips on tipping?")])).not.toBe("code_generation");
  });
});

/** A contract agent whose prompt says how its documents arrive. */
const contractRun = (turn: string): ChatMessage[] => [
  { role: "system", content: "You are Clause, a contract review agent. Documents arrive as text extracted from PDFs (page markers like [p.3]). Tools: fetch_document, search_clauses. Always cite clause numbers." },
  u("pull up the Northwind MSA"),
  { role: "assistant", content: null, tool_calls: [{ id: "d1", type: "function", function: { name: "fetch_document", arguments: '{"name":"northwind-msa.pdf"}' } }] },
  { role: "tool", tool_call_id: "d1", content: "[p.2] 3.1 Term. This Agreement runs for 24 months and renews for successive 12-month terms unless either party gives 90 days' written notice.\n[p.4] 7.2 Fees. GBP 18,500 per month, invoiced monthly in arrears." },
  u(turn),
];

describe("a past participle in an agent's prompt", () => {
  it("sets no task: it says how the input arrives", () => {
    expect(taskOf(contractRun("what's the notice period for non-renewal?"))).not.toBe("extraction");
    expect(taskOf(contractRun("thanks, that's all for today, have a good one"))).toBe("chat");
  });
  it("while a prompt that declares extraction still sets it", () => {
    const invoice = "INVOICE #4471\nVendor: Brightline Paper Co.\nTotal due: €1,284.00\nDue: 2026-12-20";
    expect(taskOf([{ role: "system", content: "Extract vendor, total and due date from the invoice as JSON." }, u(invoice)])).toBe("extraction");
  });
});

const poem: ChatMessage[] = [u("Write a short poem about autumn rain"), { role: "assistant", content: "Grey threads on the window, / the maples let go, / the gutters hum low." }];
const doc: ChatMessage[] = [
  u("Our onboarding doc: deploys go through ArgoCD. Never push to main; open a PR, get one review, and the pipeline deploys to staging. Production deploys run at 10:00 and 15:00 UTC. Roll back with argocd app rollback."),
  { role: "assistant", content: "Got it. What would you like me to do with it?" },
];

describe("a follow-up that names a language and asks new work in it", () => {
  it("reads another piece written in the language as writing", () => {
    expect(taskOf([...poem, u("nice! now write one in French, about the sea in winter")])).toBe("creative_writing");
    expect(taskOf([...poem, u("bella! ora scrivine una in italiano, sul mare d'inverno")])).toBe("creative_writing");
    expect(taskOf([...poem, u("schreib noch eins auf Deutsch, über den Schnee")])).toBe("creative_writing");
  });
  it("reads a summary asked in the language as summarization", () => {
    expect(taskOf([...doc, u("streść to po polsku w 5 punktach dla nowych osób")])).toBe("summarization");
    expect(taskOf([...doc, u("fasse es auf Deutsch in 5 Punkten zusammen")])).toBe("summarization");
    expect(taskOf([...doc, u("vat het samen in het Nederlands, kort")])).toBe("summarization");
  });
  it("still reads the text carried over as translation", () => {
    expect(taskOf([...poem, u("now write it in French")])).toBe("translation");
    expect(taskOf([...doc, u("now in German please")])).toBe("translation");
  });
});

/** A run whose tool brought a document after the user's ask (not a coding run). */
const afterLookup = (system: string, ask: string, tool: string, result: string): ChatMessage[] => [
  { role: "system", content: system },
  u(ask),
  { role: "assistant", content: null, tool_calls: [{ id: "t1", type: "function", function: { name: tool, arguments: "{}" } }] },
  { role: "tool", tool_call_id: "t1", content: result },
];
const TRIAGE = "You are an inbox triage agent for Larkspur Apps' support desk. Emails arrive as JSON with from, subject and body. Tools: get_thread(id), apply_label(id, label). Labels: billing, bug, account_access, sales, spam, other.";
const THREAD = '{"messages":[{"from":"omar.haddad@tidewell.co","subject":"Cannot log in since SSO switch","body":"Hello, since Monday my login fails. It used to be omar@tidewell.co, now IT says omar.haddad@tidewell.co. Workspace is tidewell-main."}]}';
const RESEARCH = "You are Finch, a research agent. You answer with sources. Tools: web_search(query) returns snippets with URLs and dates. Prefer primary sources and say when evidence is thin.";
const SNIPPETS = "1. who.int — Air pollution causes an estimated 4.2 million premature deaths a year (2024-03-02)\n2. eea.europa.eu — Fine particulate levels fell 45% in EU cities between 2005 and 2022\n3. thelancet.com — Low-emission zones cut NO2 near schools by 20-30% (2023-11-12)";
const QUOTES = "supplier,unit_price_eur,moq,lead_time_wks,iso9001\nHalden Metall,2.84,4000,5,yes\nCosta Forja,2.61,10000,8,yes\nNordic Press,3.02,1500,3,no";

describe("a turn asking its own work while a tool brought a document", () => {
  it("reads one fact asked of what the tool brought as a question", () => {
    expect(taskOf(afterLookup(TRIAGE, "Quick one — has the customer in thread 4471 told us their new login email?", "get_thread", THREAD))).toBe("simple_qa");
  });
  it("reads a piece or a sum asked of it as that work", () => {
    expect(taskOf(afterLookup(RESEARCH, "write a 120-word intro for my newsletter using what you found on city air", "web_search", SNIPPETS))).toBe("creative_writing");
    expect(taskOf(afterLookup("You are a sourcing assistant for a bike maker's procurement team. Annual volume for part CR-22 is about 50,000 units.", "annual spend at each supplier's price for the full 50k, and the difference vs the cheapest", "get_quotes", QUOTES))).toBe("math");
  });
  it("leaves items asked of the document to the run's reading", () => {
    expect(taskOf(afterLookup(TRIAGE, "which of these need a label? just list them", "get_thread", THREAD))).not.toBe("simple_qa");
  });
});

describe("an ask called off, or the day closed, in a coding run", () => {
  const run = (turn: string): ChatMessage[] => [
    ...inLongRun("the nightly build is red, check why", "run_shell", '{"cmd":"npm test"}', "FAIL src/cart.test.ts\n  ✕ applies coupon (12 ms)\nTests: 1 failed, 86 passed"),
    { role: "assistant", content: "One test fails: the coupon test expects 10% off but gets 0. Want me to fix `applyCoupon`?" },
    u(turn),
  ];
  it("is small talk", () => {
    expect(taskOf(run("never mind, I'll handle it myself later"))).toBe("chat");
    expect(taskOf(run("fine fine. sorry for the noise, false alarm from the monitor"))).toBe("chat");
    expect(taskOf(run("sweet. calling it a night, talk tomorrow"))).toBe("chat");
    expect(taskOf(run("vergiss es, mach ich morgen selbst"))).toBe("chat");
  });
  it("unless the turn asks something else", () => {
    expect(taskOf(run("never mind the coupon test, just fix the build script"))).toBe("code_generation");
    expect(taskOf(run("nvm, what about the other failing file?"))).not.toBe("chat");
    expect(taskOf([u("考研数学 求极限 lim(x→0) (x - sin x)/x³ 我用洛必达算了三次越算越乱 能给个完整过程吗")])).toBe("math");
  });
});

describe("statistics asked of a coding run's output", () => {
  const pods = inLongRun("memory use of the api pods?", "run_shell", '{"cmd":"kubectl top pods -n shop"}', "NAME            CPU(cores)   MEMORY(bytes)\napi-6f9c-1      212m         812Mi\napi-6f9c-2      198m         790Mi\napi-6f9c-3      240m         1034Mi\nworker-55d-1    90m          402Mi");
  it("are maths", () => {
    expect(taskOf([...pods, { role: "assistant", content: "Here are the pods." }, u("total mem across the api pods only, in GiB, and the stddev")])).toBe("math");
    expect(taskOf([...pods, { role: "assistant", content: "Here are the pods." }, u("mean and median of the api ones?")])).toBe("math");
  });
  it("unless a change is asked, in any language", () => {
    expect(taskOf([...pods, { role: "assistant", content: "Here are the pods." }, u("сделай так, чтобы mean и median на пустом входе возвращали None, тесты обнови")])).toBe("code_generation");
    expect(taskOf([...pods, { role: "assistant", content: "Here are the pods." }, u("add the p95 and the median to the memory dashboard")])).toBe("code_generation");
  });
});

describe("values picked from a coding run's output", () => {
  const manifest = inLongRun("show me the deployment manifest", "read_file", '{"path":"k8s/api.yaml"}', "spec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/shop/api:2.14.1\n          resources:\n            limits:\n              memory: 768Mi\n              cpu: 500m");
  it("are an extraction", () => {
    expect(taskOf([...manifest, { role: "assistant", content: "That's the manifest." }, u("just the image ref and the memory limit, nothing else")])).toBe("extraction");
    expect(taskOf([...manifest, { role: "assistant", content: "That's the manifest." }, u("give me replicas and limits as a flat key=value list")])).toBe("extraction");
  });
});

describe("labels asked for a coding run's items, the labels given", () => {
  const commits = inLongRun("what landed this week?", "run_shell", '{"cmd":"git log --oneline -6"}', "a1f3c2d fix flaky cart test\nb7e9d01 bump axios to 1.7.9\nc4d2e88 add README section on env vars\nd9a7b13 ci: cache pnpm store\ne2c5f40 refactor checkout totals\nf8b1a27 add retry to payment client");
  it("is a classification", () => {
    expect(taskOf([...commits, { role: "assistant", content: "Six commits landed." }, u("bucket these: code, test, docs, ci, deps")])).toBe("classification");
    expect(taskOf([...commits, { role: "assistant", content: "Six commits landed." }, u("for each, feature or maintenance?")])).toBe("classification");
  });
  it("but a change asked beside the labels is code", () => {
    expect(taskOf([...commits, { role: "assistant", content: "Six commits landed." }, u("add a commit-msg hook that rejects types other than feat / fix / chore")])).toBe("code_generation");
  });
});

describe("a strings file asked in another locale, with the same keys", () => {
  const strings = inLongRun("pls read the strings.xml", "read_file", '{"path":"app/src/main/res/values/strings.xml"}', '<string name="cart_empty">Your cart is empty</string>\n<string name="checkout">Check out</string>');
  it("is a translation, though a file is written", () => {
    expect(taskOf([...strings, { role: "assistant", content: "That's en.json." }, u("need es-MX values-es-rMX/strings.xml with same keys")])).toBe("translation");
    expect(taskOf([...strings, { role: "assistant", content: "That's en.json." }, u("ok now write de/strings.xml with the same keys, formal Sie")])).toBe("translation");
  });
  it("but the same keys in a code change are code", () => {
    expect(taskOf([...strings, { role: "assistant", content: "That's en.json." }, u("write a test that checks every locale file has the same keys as en.json")])).toBe("code_generation");
  });
});

describe("languages named as the subject of an opening turn", () => {
  it("are no translation", () => {
    expect(taskOf([u("is Spanish hard for English speakers? feels like I'm stuck lol")])).not.toBe("translation");
    expect(taskOf([u("西班牙语和葡萄牙语哪个更难学？我母语是中文，简单说一下就行。")])).not.toBe("translation");
    expect(taskOf([u("A translator charges $0.12 per word. The document is 18,500 words, to be translated into English and Chinese, and Chinese costs 30% more. How much in total?")])).toBe("math");
  });
  it("while a text carried, quoted or pointed at, is", () => {
    expect(taskOf([u("translate good morning into Korean")])).toBe("translation");
    expect(taskOf([u("how do you say thank you in Japanese")])).toBe("translation");
    expect(taskOf([u("I need this contract clause in Portuguese, legal register.")])).toBe("translation");
    expect(taskOf([u("Pode traduzir isso para o espanhol? A reunião foi remarcada para quinta-feira.")])).toBe("translation");
  });
});

// The review's counter-examples: each was read wrong by a first version of this round's rules.
describe("what this round's rules leave alone", () => {
  const kubectl = inLongRun("how are the workers doing?", "run_shell", '{"cmd":"kubectl top pods"}', "NAME       CPU   MEMORY\nworker-1   120m  1900Mi\nworker-2   80m   640Mi");
  it("departments and markets named by code", () => {
    expect(taskOf([u("Can you escalate this to IT and HR? My laptop won't boot after the update")])).not.toBe("translation");
    expect(taskOf([u("We shipped it to DE, FR and IT last quarter. Revenue went 1.2M to 1.5M — what was the growth?")])).not.toBe("translation");
  });
  it("prose about servers and components", () => {
    expect(taskOf([u("write an essay on the key components of a healthy diet")])).not.toBe("code_generation");
    expect(taskOf([u("write a short story about a tired server at a busy diner")])).not.toBe("code_generation");
  });
  it("a sum, a smoke alarm and a request that open like a calling off", () => {
    expect(taskOf([u("算了一下，总共是42元，帮我检查一下对不对")])).not.toBe("chat");
    expect(taskOf([u("Our smoke detector keeps giving a false alarm every night around 3am")])).not.toBe("chat");
  });
  it("'I mean' and a value in GB in a coding run", () => {
    expect(taskOf([...kubectl, { role: "assistant", content: "worker-1 is near its limit." }, u("I mean, should we just restart worker-1")])).not.toBe("math");
  });
  it("a short phrase asked in a language", () => {
    expect(taskOf([u("good morning in Japanese")])).toBe("translation");
    expect(taskOf([u("thank you in German")])).toBe("translation");
  });
});

describe("a chart asked in a plotting library, below figures", () => {
  const revenue: ChatMessage[] = [u("monthly revenue: Jan 12.4k, Feb 13.1k, Mar 15.8k, Apr 14.9k, May 17.2k, Jun 18.0k. summarize the trend"), { role: "assistant", content: "Revenue grew about 45% over six months, with a dip in April." }];
  it("is code", () => {
    expect(taskOf([...revenue, u("can you give me a Chart.js line chart config for it, with a dashed 20k target line")])).toBe("code_generation");
    expect(taskOf([...revenue, u("make me a donut chart of it in R ggplot2")])).toBe("code_generation");
  });
  it("but a library named without a chart asked is not", () => {
    expect(taskOf([u("I read a matplotlib tutorial about plotting, what's a good book on data viz?")])).not.toBe("code_generation");
  });
});

describe("labels listed after 'one of'", () => {
  it("name no work of their own", () => {
    expect(taskOf([u("Tag this meeting as one of: decision, status-update, brainstorm, 1:1, incident-review")])).toBe("classification");
    expect(taskOf([u("file this under one of: poem, story, essay, letter")])).toBe("classification");
  });
  it("while a piece asked keeps its work", () => {
    expect(taskOf([u("write a poem as one of: the intro, the outro, the bridge")])).toBe("creative_writing");
    expect(taskOf([u("brainstorm names for our app, one of them should be short")])).toBe("brainstorming");
  });
});

describe("thanks for the help so far, in an agent's run", () => {
  const contract: ChatMessage[] = [
    { role: "system", content: "You are Redline, a contract review agent for the legal team at Osprey & Vale. Contracts arrive as OCR text from scanned PDFs (expect broken hyphenation and stray page numbers). Tools: get_document(doc_id), search_clauses(doc_id, query), compare_to_playbook(clause_type, text). Flag deviations from our playbook, never give final legal advice, and cite section numbers." },
  ];
  it("is small talk", () => {
    expect(taskOf([...contract, u("Finally signed the Northwind renewal 🎉 thanks for all the redline help these past weeks")])).toBe("chat");
  });
  it("unless it asks more", () => {
    expect(taskOf([...contract, u("thanks for the help! now translate clause 4 into French: The supplier shall deliver within 30 days.")])).toBe("translation");
  });
});

describe("an ask called off mid-run", () => {
  it("is answered at the budget difficulty", () => {
    const run = [
      ...inLongRun("the nightly build is red, check why", "run_shell", '{"cmd":"npm test"}', "FAIL src/cart.test.ts\n  ✕ applies coupon (12 ms)\nTests: 1 failed, 86 passed"),
      { role: "assistant", content: "One test fails: the coupon test expects 10% off but gets 0." } as ChatMessage,
      u("never mind, I'll handle it myself later"),
    ];
    expect(createClassifier("learned").classify(run).difficulty.label).toBe("budget");
  });
});
