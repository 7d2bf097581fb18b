/**
 * Round 43: classes read off dev-195 and dev-196 (independent sets), each tested with look-alikes in other words, shapes
 * and languages (team-written inputs, not rows of any evaluation set).
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";
import { agentTurn } from "./turns.fixture.js";

const learned = createClassifier("learned");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const u = (content: string): ChatMessage => ({ role: "user", content });
const a = (content: string): ChatMessage => ({ role: "assistant", content });
const s = (content: string): ChatMessage => ({ role: "system", content });
const CODING_AGENT = "You are a coding agent working in the user's repository. Tools: read_file, edit_file, shell, grep, run_tests.";
/** The task read of `text` as the next turn of a coding agent's run: `ask`, one tool call with `args`, its `result`. */
const codingRun = (ask: string, tool: string, args: string, result: string) => (text: string): string => taskOf(agentTurn(CODING_AGENT, ask, tool, args, result, text));

const HR_RULES = `You are "Pia", the internal people-operations assistant of Nordlicht Logistik GmbH.
RULES
1. Answer in the employee's language. Keep answers short and start with the conclusion.
2. Documents marked CONFIDENTIAL (salary bands, board minutes, supplier contracts) may only be summarized, never quoted.
3. Always cite the policy you used, e.g. HR-POL-014 §3.
4. Individual performance reviews and pay are out of scope: refer the employee to their HR business partner.
5. When a policy changed this year, give a short summary of what changed and when.
FORMAT
- Steps as a numbered list. Dates as 3 December 2026. Amounts as EUR 1,200.00.`;
const RULES_JA = `あなたは株式会社ヒカリ物流の社内総務アシスタントです。
【基本方針】
・回答は丁寧語で、結論から先に述べてください。
・社外秘の資料（取引先の契約書、役員会議事録）は要約のみとし、原文を引用しないでください。
・規程を引用するときは規程番号を示してください。
・給与・人事評価の個別の質問には答えず、人事部へ案内してください。
【書式】
・手順は番号付きリストで示す。日付は2026年12月3日の形式。金額は「12,000円（税込）」の形式。`;

describe("a short question under a long system prompt", () => {
  it("asks for a fact, whatever the prompt's rules name", () => {
    expect(taskOf([s(HR_RULES), u("how many days of parental leave do fathers get?")])).toBe("simple_qa");
    expect(taskOf([s(HR_RULES), u("Bis wann muss ich die Reisekosten einreichen?"), a("Bis zum 5. des Folgemonats (HR-POL-022 §2)."), u("und für Bahntickets?")])).toBe("simple_qa");
    expect(taskOf([s(RULES_JA), u("健康診断の予約はいつまで？"), a("12月20日までです（総務規程第8条）。"), u("再検査は？")])).toBe("simple_qa");
  });
  it("keeps the work a question asks for, and a pipeline's task", () => {
    expect(taskOf([s(HR_RULES), u("can you summarize what changed in the travel policy this year?")])).toBe("summarization");
    expect(taskOf([s(HR_RULES), u("translate the leave policy's first paragraph into Polish?")])).toBe("translation");
    const pipeline = `You are a translation engine for Nordlicht Logistik. Translate every message the user sends from German into English. Keep the formatting, numbers and product names unchanged. ${"Do not add explanations. ".repeat(12)}`;
    expect(taskOf([s(pipeline), u("Wo ist meine Lieferung?")])).toBe("translation");
  });
});

describe("the answer's language named beside an ask", () => {
  const run: ChatMessage[] = [
    u("the nightly export job failed again, can you look?"),
    { role: "assistant", content: null, tool_calls: [{ id: "l1", type: "function", function: { name: "fetch_logs", arguments: '{"job":"nightly-export"}' } }] },
    { role: "tool", tool_call_id: "l1", content: "02:14:07 export started\n02:31:55 ERROR upload to s3://acme-exports failed: RequestTimeTooSkewed (clock skew 912s)\n02:31:55 export aborted after 1 retry" },
    a("The upload to S3 was rejected because the host's clock is about 15 minutes off."),
  ];
  it("asks the work the rest of the turn names", () => {
    expect(taskOf([...run, u("Erkläre mir, warum die Uhr so weit abweicht und was die eigentliche Ursache sein könnte. Antworte bitte auf Deutsch.")])).not.toBe("translation");
    expect(taskOf([...run, u("请分析一下时钟偏差的根本原因，以及以后怎么避免，用中文回答")])).not.toBe("translation");
    expect(taskOf([...run, u("Analiza por qué el reloj se desvía tanto y cuál es la causa de fondo. Responde en español.")])).not.toBe("translation");
  });
  it("is still a translation when the language clause stands alone or carries the text over", () => {
    expect(taskOf([...run, u("now in German please, my manager reads no English")])).toBe("translation");
    expect(taskOf([...run, u("rewrite your answer in Spanish, and reply in Spanish from now on")])).toBe("translation");
  });
});

describe("plain English asked of an answer", () => {
  const clause = "Section 7.2: The Lessee shall indemnify and hold harmless the Lessor from any and all claims, liabilities and expenses, including reasonable attorneys' fees, arising out of the Lessee's use of the Premises, save for those caused by the Lessor's gross negligence.";
  it("is a register, not a language to translate into", () => {
    expect(taskOf([u(`what does this mean for me, in plain english?\n\n${clause}`)])).not.toBe("translation");
    expect(taskOf([u(clause), a("This is an indemnity clause in your lease."), u("ok but what does it actually make me responsible for, in plain english")])).not.toBe("translation");
  });
  it("is still a translation when a text is put into it", () => {
    expect(taskOf([u(`put this into plain English for my tenant who speaks German: ${clause}`)])).toBe("translation");
  });
});

describe("'and X?' after a fact, in the languages that join 'and' to the word or ask it their own way", () => {
  const asked = (question: string, answer: string, next: string): string => taskOf([u(question), a(answer), u(next)]);
  it("asks the next fact", () => {
    expect(asked("كم يوم إجازة سنوية أستحق؟", "تستحق 21 يوم عمل سنويًا.", "والمرضية؟")).toBe("simple_qa");
    expect(asked("כמה ימי חופש מגיעים לי בשנה?", "מגיעים לך 14 ימי חופש בשנה.", "ומחלה?")).toBe("simple_qa");
    expect(asked("چند روز مرخصی سالانه دارم؟", "سالی ۲۶ روز کاری.", "مرخصی استعلاجی چی؟")).toBe("simple_qa");
    expect(asked("Kitne din ki chhutti milti hai saal mein?", "Saal mein 21 din ki chhutti milti hai.", "aur sick leave?")).toBe("simple_qa");
    expect(asked("Tôi được nghỉ phép bao nhiêu ngày một năm?", "Bạn được 12 ngày phép mỗi năm.", "còn nghỉ ốm thì sao?")).toBe("simple_qa");
  });
});

describe("cases named for tests to cover, in a coding run", () => {
  const source = "export function parseRetryAfter(header: string | null): number {\n  if (!header) return 0;\n  const seconds = Number(header);\n  return Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();\n}";
  const run = codingRun("write tests for parseRetryAfter in src/http/retry.ts", "read_file", '{"path":"src/http/retry.ts"}', source);
  it("are the spec of the code to write, not a bug reported", () => {
    expect(run("table-driven please, and cover the failure paths too")).toBe("code_generation");
    expect(run("use vitest, include the error cases")).toBe("code_generation");
    expect(run("go on, handle the exception cases as well")).toBe("code_generation");
  });
  it("leave a fault asked about a diagnosis", () => {
    expect(run("the error case for an empty header returns NaN, why?")).not.toBe("code_generation");
  });
});

describe("a review named by its own words in a coding run", () => {
  const run = (ask: string, text: string): ChatMessage[] => [
    s("You are a coding agent working in the user's repository. Use the tools to inspect and change code."),
    u(ask),
    { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "read_file", arguments: '{"path": "app/search.py"}' } }] },
    { role: "tool", tool_call_id: "c1", content: "def search(query, term, limit=50):\n    rows = query.all()\n    hits = [r for r in rows if term in r.name]\n    return hits[:limit]" },
    { role: "assistant", content: null, tool_calls: [{ id: "c2", type: "function", function: { name: "grep", arguments: '{"pattern": "search(", "path": "app/"}' } }] },
    { role: "tool", tool_call_id: "c2", content: "app/views/customers.py:18: hits = search(Customer.query, request.args['q'])" },
    u(text),
  ];
  it("is the review, when no change is asked", () => {
    expect(taskOf(run("Relis la fonction de recherche que j'ai ajoutée", "Fais une revue de code : performance, validation des entrées, cas limites. En français."))).toBe("code_review");
    expect(taskOf(run("Revisa la función de búsqueda que añadí", "Haz una revisión de código: rendimiento, validación de entradas, casos límite. En español."))).toBe("code_review");
  });
  it("is the change, when one is asked beside it", () => {
    expect(taskOf(run("look over the search function I added", "do a quick code review and then fix whatever you find"))).toBe("code_generation");
  });
});

describe("what a coding run's output means, asked", () => {
  const bench = "BenchmarkParse/small-8     1200000    980 ns/op   (was 610 ns/op)\nBenchmarkParse/medium-8     300000   4100 ns/op   (was 4300 ns/op)\nBenchmarkParse/large-8       20000  61000 ns/op   (was 75000 ns/op)";
  const run = codingRun("run the parser benchmarks against main", "shell", '{"cmd":"go test -bench Parse ./parser"}', bench);
  it("is analysis of the output, not a review of code", () => {
    expect(run("what do I make of these numbers? the small case got slower")).toBe("analysis");
    expect(run("how should I read this, anything to worry about before we merge?")).toBe("analysis");
    expect(run("¿cómo interpreto estos resultados?")).toBe("analysis");
  });
  it("stays a review when one is asked by name", () => {
    expect(run("what do I make of this? review the parser change that caused it")).toBe("code_review");
  });
});

describe("a yes/no question of what one may do, in a coding run", () => {
  const license = "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n\nTERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n1. Definitions. ...";
  const run = codingRun("what license is the vendored yaml parser under?", "read_file", '{"path":"vendor/yamlparse/LICENSE"}', license);
  it("asks a fact, not a change", () => {
    expect(run("can I use it in a closed-source commercial product?")).toBe("simple_qa");
    expect(run("can we modify it without publishing our changes?")).toBe("simple_qa");
  });
});

describe("a fact named in a question typed without its question mark, in a coding run", () => {
  it("is the fact asked, and the follow-up after it too", () => {
    const conversation: ChatMessage[] = [
      s("You are a coding agent working in the user's repository. Use the tools to inspect and change code."),
      u("which python version does the ci image use"),
      { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "read_file", arguments: '{"path": ".github/workflows/ci.yml"}' } }] },
      { role: "tool", tool_call_id: "c1", content: "jobs:\n  test:\n    runs-on: ubuntu-24.04\n    container: python:3.12-slim\n    services:\n      db:\n        image: postgres:16" },
    ];
    expect(taskOf(conversation)).toBe("simple_qa");
    expect(taskOf([...conversation, a("Python 3.12 (the python:3.12-slim image)."), u("and which database?")])).toBe("simple_qa");
  });
});

describe("a follow-up naming another form for what came before", () => {
  const explained: ChatMessage[] = [u("Explain what a CDN is"), a("A content delivery network is a set of servers spread around the world that keep copies of a site's files close to its visitors, so pages load faster and the origin server carries less load.")];
  const listed: ChatMessage[] = [u("pros and cons of renting vs buying a flat in Lisbon?"), a("Renting: flexible, no big deposit, but rent rises and you build no equity. Buying: equity and stable payments, but a 20% deposit, fees and less mobility.")];
  it("asks for verse as writing, whatever the turn before was", () => {
    const balancer: ChatMessage[] = [u("Explain what a load balancer is"), a("A load balancer spreads incoming requests across several servers so that no single one is overwhelmed, and takes servers that fail their health checks out of rotation.")];
    expect(taskOf([...balancer, u("now make it a poem")])).toBe("creative_writing");
    expect(taskOf([...balancer, u("make it a song")])).toBe("creative_writing");
    expect(taskOf([...explained, u("now turn it into a haiku")])).toBe("creative_writing");
    expect(taskOf([...explained, u("ahora hazlo un poema")])).toBe("creative_writing");
    expect(taskOf([...explained, u("写成一首诗")])).toBe("creative_writing");
  });
  it("asks for the content in a data format as extraction", () => {
    expect(taskOf([...listed, u("give me that as JSON with keys pros and cons")])).toBe("extraction");
    expect(taskOf([...listed, u("ok put it in a table pls")])).toBe("extraction");
  });
  it("leaves a table that compares, and code turned into JSON output, to their own work", () => {
    expect(taskOf([...listed, u("make a table comparing them on cost over 10 years, and tell me which wins")])).not.toBe("extraction");
  });
});

describe("quantities asked to be scaled", () => {
  const recipe: ChatMessage[] = [u("how do I make pancakes?"), a("For 8 pancakes: 200 g flour, 2 eggs, 300 ml milk, 1 tbsp sugar, 2 tsp baking powder, a pinch of salt, 30 g melted butter.")];
  it("is maths after a recipe, in several languages", () => {
    expect(taskOf([...recipe, u("I only have 1 egg. scale everything down proportionally")])).toBe("math");
    expect(taskOf([...recipe, u("we're 12 people, halve the recipe? no wait, scale it up for 12")])).toBe("math");
    expect(taskOf([...recipe, u("somos 16, ajusta las cantidades por favor")])).toBe("math");
  });
  it("is not maths with no amounts to scale, or in a long text that only names a scale", () => {
    expect(taskOf([u("how do I make an app's layout scale nicely on tablets?"), a("Use flexible grids and relative units."), u("can you scale it down for phones too?")])).not.toBe("math");
  });
});

describe("a bare acknowledgement of an answer", () => {
  const answered: ChatMessage[] = [
    s("You are the front desk assistant of Hotel Aurora."),
    u("what time is breakfast on sundays?"),
    { role: "assistant", content: null, tool_calls: [{ id: "k1", type: "function", function: { name: "kb_search", arguments: '{"q":"breakfast sunday"}' } }] },
    { role: "tool", tool_call_id: "k1", content: "Breakfast: Mon-Sat 06:30-10:00, Sun 07:00-11:00, restaurant on the ground floor." },
    a("On Sundays breakfast is served from 07:00 to 11:00 in the ground-floor restaurant."),
  ];
  it("is chat when the answer offered nothing", () => {
    expect(taskOf([...answered, u("ok cool")])).toBe("chat");
    expect(taskOf([...answered, u("got it")])).toBe("chat");
    expect(taskOf([...answered, u("alles klar")])).toBe("chat");
  });
  it("consents when the answer offered something", () => {
    const offered = [...answered.slice(0, -1), a("On Sundays breakfast is 07:00-11:00. Want me to book you a table for 9:00?")];
    expect(taskOf([...offered, u("ok")])).not.toBe("chat");
  });
});

describe("an aside said not to be about the code", () => {
  it("is read on its own", () => {
    const source = "def retry(fn, attempts=3):\n    for i in range(attempts):\n        try:\n            return fn()\n        except IOError:\n            time.sleep(2 ** i)";
    const aside = "quick one not about the code: a train leaves at 14:10 going 80 km/h, another at 14:40 going 120 km/h on the same track. when does the second catch up?";
    expect(codingRun("look at retry.py", "read_file", '{"path":"retry.py"}', source)(aside)).toBe("math");
  });
});

describe("several directions asked for in Chinese, among figures", () => {
  it("is brainstorming, not maths", () => {
    expect(taskOf([u("公司年会预算5万元，120人，下个月办。先别订场地，给我几个不同风格的活动方向？")])).toBe("brainstorming");
    expect(taskOf([u("我们三个人暑假去云南玩7天，每人预算6000。先出几种思路吧，比如自然、美食、古镇")])).toBe("brainstorming");
  });
});

describe("round 43, late: a table asked in other languages, and a reaction in emoji", () => {
  const listed: ChatMessage[] = [u("¿qué necesito para renovar el pasaporte?"), a("Necesitas el pasaporte anterior, el DNI, una foto reciente de 32x26 mm y pagar la tasa de 30 euros; la cita se pide en la web de la policía.")];
  it("asks the content in a table as extraction", () => {
    expect(taskOf([...listed, u("ponlo en una tabla")])).toBe("extraction");
    expect(taskOf([u("Was brauche ich für die Anmeldung?"), a("Personalausweis, Wohnungsgeberbestätigung und das ausgefüllte Meldeformular; Termin online buchen."), u("als Tabelle bitte")])).toBe("extraction");
    expect(taskOf([u("办护照需要什么材料？"), a("需要身份证、户口本、近期白底照片一张，费用120元，可以网上预约。"), u("做成表格")])).toBe("extraction");
  });
  it("reads a thumbs-up after an answer as chat", () => {
    expect(taskOf([u("convert this to python: const add = (a, b) => a + b"), a("```python\ndef add(a, b):\n    return a + b\n```"), u("👍")])).toBe("chat");
  });
});

describe("the names of items already there", () => {
  const pods: ChatMessage[] = [
    s("You are an ops assistant. Tools: kubectl."),
    u("how are the pods in payments doing?"),
    { role: "assistant", content: null, tool_calls: [{ id: "k1", type: "function", function: { name: "kubectl", arguments: '{"cmd":"get pods -n payments"}' } }] },
    { role: "tool", tool_call_id: "k1", content: "NAME READY STATUS RESTARTS AGE\napi-7f9c 1/1 Running 0 2d\nworker-5d2a 0/1 CrashLoopBackOff 14 3h\nworker-8e1b 0/1 CrashLoopBackOff 12 3h\nledger-1a2b 1/1 Running 1 5d" },
  ];
  it("are picked out, not invented", () => {
    expect(taskOf([...pods, u("give me just the names of the pods that aren't ready")])).toBe("extraction");
    expect(taskOf([...pods, u("names only, the failing ones")])).toBe("extraction");
  });
  it("leave names to invent to brainstorming", () => {
    expect(taskOf([u("we're launching a budgeting app for students"), a("Sounds fun! What's the angle?"), u("give me some catchy names for it, just the names")])).toBe("brainstorming");
  });
});

describe("thanks, then an aside question typed without its mark, in a coding run", () => {
  it("is the question", () => {
    const run = (text: string): ChatMessage[] => [
      ...agentTurn("You are a coding agent in the user's repository. Use tools when needed.", "upgrade axios and run the tests", "run_shell", '{"cmd":"npm i axios@latest && npm test"}', "added 1 package\n✓ 87 tests passed", "").slice(0, 4),
      a("axios updated to 1.7.9, all 87 tests pass."),
      u(text),
    ];
    expect(taskOf(run("ty. btw what's the tallest mountain in africa, my kid is asking"))).toBe("simple_qa");
    expect(taskOf(run("thanks. btw who wrote one hundred years of solitude, settling a bet"))).toBe("simple_qa");
  });
});

describe("round 43, late: a coding run asked for a list of places, or for ideas before any code", () => {
  const source = "export async function getProduct(id: string) {\n  const row = await db.query('select * from products where id = $1', [id]);\n  return row;\n}";
  const run = codingRun("look at the product service", "read_file", '{"path":"src/products/service.ts"}', source);
  it("reads the places asked as a list as extraction", () => {
    expect(run("Find every place we read the user's phone number. I need a list of file:line for the GDPR audit.")).toBe("extraction");
  });
  it("reads ideas asked before any code as brainstorming", () => {
    expect(run("I want to add rate limiting to the product API. what are my options? don't code yet, just ideas")).toBe("brainstorming");
    expect(run("we need to speed up getProduct. no code yet, give me a few approaches to compare")).toBe("brainstorming");
  });
  it("leaves the change when code is asked", () => {
    expect(run("add a cache in front of getProduct, 60 s TTL")).toBe("code_generation");
  });
});

describe("a commit message asked in a coding run", () => {
  const diff = " src/cart/total.ts | 4 ++--\n 1 file changed, 2 insertions(+), 2 deletions(-)\n-  for (let i = 0; i <= items.length; i++)\n+  for (let i = 0; i < items.length; i++)";
  const run = codingRun("fix the off-by-one in the cart total", "shell", '{"cmd":"git diff --stat && git diff"}', diff);
  it("is the change summed up", () => {
    expect(run("great, tests are green. commit message?")).toBe("summarization");
    expect(run("stage it and commit, the msg should say why, not just what")).toBe("summarization");
  });
  it("is writing when asked as verse", () => {
    expect(run("write the commit message as a two-line sea shanty")).not.toBe("summarization");
  });
});
