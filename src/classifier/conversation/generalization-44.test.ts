/**
 * Round 44: classes read off dev-200–dev-202 (independent sets), each tested with look-alikes in other words, shapes
 * and languages (team-written inputs, not rows of any evaluation set).
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { CHANGELOG, inLongRun, taskOf, u } from "./generalization-44.fixture.js";

const SERVICE_LOG = [
  "[2026-11-02 03:10:11] INFO  sync job 881 started",
  "[2026-11-02 03:12:40] WARN  queue depth 4120 above 4000",
  "[2026-11-02 03:15:02] ERROR sync job 881 failed: timeout after 120s talking to inventory-api",
  "[2026-11-02 03:15:03] INFO  retry scheduled 03:30",
  "[2026-11-02 03:30:00] INFO  sync job 882 started",
  "[2026-11-02 03:41:19] ERROR db-primary connections 498/500",
  "[2026-11-02 03:44:51] INFO  sync job 882 completed 12,409 rows in 14m51s",
].join("\n");

describe("an ask below a pasted log, in the turn's own last paragraph", () => {
  it("asks for the work it names: a list of fields is extraction, a summary is summarization", () => {
    expect(taskOf([u(`${SERVICE_LOG}\n\njust list the errors and warnings with their time, component and the number in them`)])).toBe("extraction");
    expect(taskOf([u(`${SERVICE_LOG}\n\npull out every ERROR line as a table: time, component, message`)])).toBe("extraction");
    expect(taskOf([u(`${SERVICE_LOG}\n\ngive me a two-line summary of this night for the ops channel`)])).toBe("summarization");
  });
  it("asks for a diagnosis when the paragraph asks why, or asks what went wrong", () => {
    expect(taskOf([u(`${SERVICE_LOG}\n\nwhy did job 881 fail but 882 went through?`)])).not.toBe("extraction");
    expect(taskOf([u(`${SERVICE_LOG}\n\nlist what went wrong and what caused it`)])).not.toBe("extraction");
  });
});

const REPORT_EN = `Heat-pump subsidy review, interim report (January–September 2026). Applications rose by a third against the same
period last year, driven by single-family homes in the south and east. The average grant fell slightly because more
households used the base rate without the speed bonus. Processing times grew from six to eleven weeks over the summer,
and the agency has hired forty temporary case workers to clear the backlog by the end of the year. Installers report
that supply of air-to-water units has normalised, but qualified fitters remain the bottleneck in rural districts. The
report recommends keeping the income-related bonus, simplifying the proof of installation, and publishing monthly
figures on approval times so that households can plan.`;
const REPORT_ES = `Informe trimestral de la red de bibliotecas municipales. Durante el tercer trimestre los préstamos crecieron de forma
notable, sobre todo en la sección infantil y en los libros electrónicos. Las actividades de verano llenaron casi todas las
plazas, aunque dos sedes tuvieron que reducir horarios por obras de climatización. La encuesta de satisfacción mejora
respecto al año pasado y las quejas se concentran en la falta de puestos de estudio en época de exámenes. El informe
propone ampliar el horario de sala en enero, renovar el fondo de novela juvenil y estudiar un servicio de préstamo a domicilio
para personas mayores que no pueden desplazarse.`;
const fetched = (ask: string, document: string, turn: string): ChatMessage[] => [
  { role: "system", content: "You are a research assistant. Tools: fetch_document, web_search." },
  u(ask),
  { role: "assistant", content: null, tool_calls: [{ id: "d1", type: "function", function: { name: "fetch_document", arguments: '{"id":"latest"}' } }] },
  { role: "tool", tool_call_id: "d1", content: document },
  u(turn),
];

describe("what a long document says, asked bare, in the user's own language", () => {
  it("asks for its gist", () => {
    expect(taskOf(fetched("get me the new subsidy report", REPORT_EN, "so what does the report say? briefly"))).toBe("summarization");
    expect(taskOf(fetched("busca el informe de bibliotecas", REPORT_ES, "¿Qué dice el informe? En resumen, por favor."))).toBe("summarization");
  });
  it("asks for a part or the exact words when it names one, and a note's line is no document", () => {
    expect(taskOf(fetched("get me the new subsidy report", REPORT_EN, "what does it say about processing times?"))).not.toBe("summarization");
    expect(taskOf(fetched("get me the new subsidy report", REPORT_EN, "what does the report say? does it back keeping the bonus or not?"))).not.toBe("summarization");
    expect(taskOf(fetched("find the note from the plumber", "Plumber: back Tuesday at 9, bring the spare key.", "what does it say?"))).not.toBe("summarization");
  });
});

const SALES_ROWS = JSON.stringify({ branch: "north", rows: [
  { month: "2026-08", revenue: 1840000, orders: 9120, basket: 201.8, stockouts: 14, staff_hours: 4310 },
  { month: "2026-09", revenue: 1795000, orders: 8990, basket: 199.7, stockouts: 22, staff_hours: 4280 },
  { month: "2026-10", revenue: 1512000, orders: 7805, basket: 193.7, stockouts: 61, staff_hours: 3950 },
] });
const queried = (turn: string): ChatMessage[] => [
  { role: "system", content: "You are the retail analytics assistant. Tools: run_sql over the sales warehouse." },
  u(turn),
  { role: "assistant", content: null, tool_calls: [{ id: "q1", type: "function", function: { name: "run_sql", arguments: '{"sql":"select * from monthly_branch where branch=\'north\'"}' } }] },
  { role: "tool", tool_call_id: "q1", content: SALES_ROWS },
];

describe("why a business figure moved, asked in another language", () => {
  it("is a reading of the figures, whichever side of the figure the why stands", () => {
    expect(taskOf(queried("¿Por qué bajaron las ventas de la sucursal norte en octubre?"))).toBe("analysis");
    expect(taskOf(queried("北店十月的销售额为什么下降了？"))).toBe("analysis");
    expect(taskOf(queried("北支店の10月の売上が下がったのはなぜ？"))).toBe("analysis");
    expect(taskOf(queried("لماذا انخفضت مبيعات فرع الشمال في أكتوبر؟"))).toBe("analysis");
    expect(taskOf(queried("ليش المبيعات في فرع الشمال نزلت الشهر الماضي؟"))).toBe("analysis");
    expect(taskOf(queried("Kuzey şubesinin satışları ekimde neden düştü?"))).toBe("analysis");
    expect(taskOf(queried("उत्तर शाखा की बिक्री अक्टूबर में क्यों गिरी?"))).toBe("analysis");
    expect(taskOf(queried("Warum sind die Umsätze der Filiale Nord im Oktober so eingebrochen?"))).toBe("analysis");
  });
  it("leaves a why with no movement, and a lookup of the figure, as they were read", () => {
    expect(taskOf(queried("¿Cuánto vendió la sucursal norte en octubre?"))).not.toBe("analysis");
    expect(taskOf(queried("北店十月卖了多少？"))).not.toBe("analysis");
  });
});

describe("a coding agent's long system prompt is read as the declaration it is", () => {
  it("lets the turn's own work through: copy, a story, small talk, labels for reports", () => {
    expect(taskOf(inLongRun("Write the empty-cart message for the shop, two playful lines, a lost-shopping-cart theme. Current component for context.", "read_file", '{"path":"src/cart/Empty.tsx"}', "export function Empty() { return <p>Your cart is empty.</p>; }"))).toBe("creative_writing");
    expect(taskOf(inLongRun("write the release notes as a short bedtime story where the bugs are characters", "read_file", '{"path":"CHANGELOG.md"}', CHANGELOG))).toBe("creative_writing");
    expect(taskOf(inLongRun("fix the flaky cart test", "run_tests", '{"path":"test/cart"}', "PASS test/cart/badge.test.ts (4 tests)", "lol third flaky test this week. do you ever get tired of this stuff?"))).toBe("chat");
  });
  it("keeps code work code work", () => {
    expect(taskOf(inLongRun("the cart badge shows stale counts after checkout, fix it", "read_file", '{"path":"src/cart/Badge.tsx"}', "export function Badge({ count }) { const [n] = useState(count); return <span>{n}</span>; }"))).toBe("code_generation");
    expect(taskOf(inLongRun("review the diff on this branch before I open the PR", "bash", '{"command":"git diff main"}', "--- a/src/cart/Badge.tsx\n+++ b/src/cart/Badge.tsx\n-  const [n] = useState(count);\n+  const n = count;"))).toBe("code_review");
  });
  it("reasons over a failing log when the turn asks to walk through the interleavings", () => {
    const log = "--- FAIL: TestReserveConcurrent (0.01s)\n    stock_test.go:58: expected 0 units left, got 1\nFAIL\nFAIL\tgithub.com/shop/internal/stock\t0.104s";
    expect(taskOf(inLongRun("the stock test fails now and then, I think two goroutines race. Walk through the possible interleavings and tell me which one leaves a unit behind.", "bash", '{"command":"go test ./internal/stock -count=20"}', log))).toBe("deep_reasoning");
  });
  it("asks for a list of the project's items in another language", () => {
    expect(taskOf(inLongRun("Sácame de este package.json una lista con las dependencias que siguen en 0.x, nombre y versión.", "read_file", '{"path":"package.json"}', '{ "dependencies": { "zod": "^3.23.8", "lucide-react": "^0.452.0", "clsx": "^2.1.1", "cmdk": "^0.2.1" } }'))).toBe("extraction");
    expect(taskOf(inLongRun("Gib mir aus der package.json eine Liste der Abhängigkeiten, die noch auf 0.x sind.", "read_file", '{"path":"package.json"}', '{ "dependencies": { "zod": "^3.23.8", "cmdk": "^0.2.1" } }'))).toBe("extraction");
  });
});

describe("small talk in a coding agent's run", () => {
  const done = (turn: string): ChatMessage[] => inLongRun("the discount badge overlaps the price on mobile, fix it", "read_file", '{"path":"src/ui/Price.tsx"}', "export function Price({ cents }) { return <span className='price'>{cents / 100}</span>; }", turn);
  it("is chat: a question about working together, a worry told, thanks for the fix in other languages", () => {
    expect(taskOf(done("before we go on: I'm new here and a bit lost. is it ok if I ask basic questions as we go?"))).toBe("chat");
    expect(taskOf(done("nice. honestly I was so nervous about this one, my first change to checkout"))).toBe("chat");
    expect(taskOf(done("さっきの修正、ありがとうございました！助かりました"))).toBe("chat");
    expect(taskOf(done("谢谢你的修复，辛苦了"))).toBe("chat");
  });
  it("stays code work when the turn asks for a change or names a bug still there", () => {
    expect(taskOf(done("thanks for the fix, but it still overlaps on tablets. can you fix that too?"))).not.toBe("chat");
    expect(taskOf(done("is it ok if I ask you to also move the badge above the price?"))).not.toBe("chat");
  });
});

describe("one value of the project or the system, looked up in an agent's run", () => {
  it("is a lookup: a replica count, who last changed a file, a port asked in an aside", () => {
    expect(taskOf(inLongRun("check the deploys", "bash", '{"command":"kubectl get statefulset -n pay"}', "NAME READY AGE\nledger-worker 3/3 98d", "what's the current replica count of the ledger-worker statefulset?"))).toBe("simple_qa");
    expect(taskOf(inLongRun("show me the history of the flags file", "bash", '{"command":"git log -1 -- config/flags.yml"}', "commit 9f1c2e0\nAuthor: Dana Ruiz <dana@shop.io>\nDate: Mon Nov 30 10:02 2026\n\n    flags: enable wishlists for 10%", "Who last touched config/flags.yml?"))).toBe("simple_qa");
    expect(taskOf(inLongRun("run the tests", "run_tests", '{"path":"test"}', "Test Files 31 passed (31)", "quick q while that runs: what's the default port for the storybook server again?"))).toBe("simple_qa");
  });
  it("leaves a port asked to be changed, and a why, as code work", () => {
    expect(taskOf(inLongRun("run the tests", "run_tests", '{"path":"test"}', "Test Files 31 passed (31)", "change the storybook port to 6007 and update the README"))).toBe("code_generation");
    expect(taskOf(inLongRun("show me the history of the flags file", "bash", '{"command":"git log -1 -- config/flags.yml"}', "commit 9f1c2e0\nAuthor: Dana Ruiz", "who last touched config/flags.yml and why does the wishlist flag break checkout?"))).not.toBe("simple_qa");
  });
});

describe("a consent in a coding run after a piece of text was asked", () => {
  const planned = (ask: string, result: string, said: string, turn: string): ChatMessage[] => [...inLongRun(ask, "read_file", '{"path":"locales/en.json"}', result), { role: "assistant", content: said }, u(turn)];
  const STRINGS = '{ "cart.empty": "Your cart is empty", "cart.items": "{count, plural, one {# item} other {# items}}" }';
  it("lets the piece go on: a translation, a commit message, names", () => {
    expect(taskOf(planned("translate the new cart strings into Italian and add them to it.json", STRINGS, "Two new keys, one with an ICU plural. it.json has neither.", "go ahead. informal tu, keep the plural syntax valid"))).toBe("translation");
    expect(taskOf(planned("write the commit message for what's staged, conventional commits", "diff --git a/src/cart/Badge.tsx b/src/cart/Badge.tsx\n-  const [n] = useState(count);\n+  const n = count;", "Staged: one file; the badge now reads the count from props.", "go. keep the subject under 50 chars"))).toBe("summarization");
    expect(taskOf(planned("need names for the new internal release tool, give me 10 options, short", "# release tooling\nScripts: release.sh, tag.py. Mascot: an otter.", "It wraps release.sh and tag.py; the team mascot is an otter.", "go! a couple can play on the otter"))).toBe("brainstorming");
  });
  it("is a change when the consent names one, or the work before was code", () => {
    expect(taskOf(planned("translate the new cart strings into Italian and add them to it.json", STRINGS, "Two new keys. Shall I also wire it.json into the locale loader?", "yes, implement it"))).toBe("code_generation");
    expect(taskOf(planned("the cart badge shows stale counts, find why", "export function Badge({ count }) { const [n] = useState(count); return <span>{n}</span>; }", "The badge copies the count into state once and never updates it.", "go"))).toBe("code_generation");
  });
});

describe("a comparison asked for, not a word that starts like one", () => {
  it("reads 'comparator' as a field to fill, and 'comparaison' as a comparison", () => {
    const methods = "This was a randomised, double-blind, placebo-controlled phase 3 trial at 41 sites. 612 adults were randomised 1:1.";
    expect(taskOf([u(`Pull the design parameters of this methods section into JSON: design, n_randomised, intervention, comparator, primary_endpoint.\n\n${methods}`)])).toBe("extraction");
    expect(taskOf([u("LOA ou achat si je roule 25 000 km par an et que je garde mes voitures 8 ans ? qu'est-ce qui compte vraiment dans la comparaison ?")])).toBe("analysis");
  });
});

describe("a decision asked to be reasoned through in depth", () => {
  it("is deep reasoning, in English and other languages", () => {
    expect(taskOf([u("We're 4 people, 30k MAU, one Postgres of 200 GB, no on-call rota. Think hard: should we move to a managed database now or wait a year? I need a recommendation I can defend to the board.")])).toBe("deep_reasoning");
    expect(taskOf([u("Offer A pays 58k with a 10 min walk, offer B 66k with 80 min of driving a day and a path to lead in a year. Weigh it all up and tell me what you'd do.")])).toBe("deep_reasoning");
    expect(taskOf([u("On hésite à passer toute l'équipe en semaine de quatre jours. Est-ce vraiment une bonne idée pour nous ? Pèse le pour et le contre en profondeur : charge, clients, recrutement.")])).toBe("deep_reasoning");
  });
  it("stays analysis for a cause diagnosed, the writer's own thinking helped, or a bare weighing", () => {
    expect(taskOf([u("Signups fell 18% the week we moved the pricing page. Think it through: what's the most likely root cause?")])).toBe("analysis");
    expect(taskOf([u("Deciding between two job offers. A: 72k base, 10% bonus, hybrid 2 days, 25 min commute. B: 80k base, no bonus, fully in office, 55 min commute. Help me think it through, which one is better for us?")])).toBe("analysis");
    expect(taskOf([u("Should we push the customer for a refund exception or offer credit instead? Weigh it up for me, I need to bring a recommendation to my lead.")])).toBe("analysis");
  });
});

describe("a list of the project's items asked in a coding run", () => {
  const LINT = "src/cart/Badge.tsx:12:3 warning 'n' is assigned a value but never used\nsrc/cart/Empty.tsx:4:1 error Missing return type\nsrc/api/orders.ts:88:5 error Unexpected console statement";
  const ACCESS = '203.0.113.7 - - [04/Dec/2026:23:00:00 +0000] "POST /api/search HTTP/1.1" 429 180\n198.51.100.23 - - [04/Dec/2026:23:00:13 +0000] "GET /api/cart HTTP/1.1" 200 183';
  it("is extraction: findings picked by kind, a filtered pull, names and line numbers", () => {
    expect(taskOf(inLongRun("run the linter", "bash", '{"command":"npm run lint"}', LINT, "only the errors (skip warnings), as file:line, one per line"))).toBe("extraction");
    expect(taskOf(inLongRun("get the access log", "bash", '{"command":"tail -n 5000 /var/log/nginx/access.log"}', ACCESS, "pull the IPs that got 429s and how many times each, top 5"))).toBe("extraction");
    expect(taskOf(inLongRun("open the geometry module", "read_file", '{"path":"geo.py"}', 'def area(poly):\n    """Shoelace area."""\n    ...\ndef centroid(poly):\n    ...', "which functions here have no docstring? just names + line numbers"))).toBe("extraction");
  });
  it("stays code work when the errors are the problem to fix", () => {
    expect(taskOf(inLongRun("run the linter", "bash", '{"command":"npm run lint"}', LINT, "fix the errors, one per line if you have to split the imports"))).toBe("code_generation");
  });
  it("narrows a list just made to some of its rows", () => {
    const listed: ChatMessage[] = [...inLongRun("list every TODO with its owner as a table: owner | file:line | note", "bash", '{"command":"git grep -n TODO"}', "src/a.ts:3: // TODO(marta): retry\nsrc/b.ts:9: // TODO(raj): paginate\nsrc/c.ts:1: // TODO(lee): remove"), { role: "assistant", content: "| owner | file:line | note |\n|---|---|---|\n| marta | src/a.ts:3 | retry |\n| raj | src/b.ts:9 | paginate |\n| lee | src/c.ts:1 | remove |" }];
    expect(taskOf([...listed, u("only lee's and raj's, same table format")])).toBe("extraction");
  });
});
