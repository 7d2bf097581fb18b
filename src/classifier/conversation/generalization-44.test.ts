/**
 * Round 44: classes read off dev-200–dev-202 (independent sets), each tested with look-alikes in other words, shapes
 * and languages (team-written inputs, not rows of any evaluation set).
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import type { ChatMessage } from "../../core/types.js";

const learned = createClassifier("learned");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const u = (content: string): ChatMessage => ({ role: "user", content });

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
