/**
 * Round 52: the classes of the round's development set (conversation-dev-234, agent runs), as inputs written for this
 * test in several of the ten languages (not rows of any evaluation set). What a log or a tool's output says, asked of it,
 * is a diagnosis (analysis, ADR 0045's amendment); an action asked of a host an ops run only inspected is the change it
 * asks (ADR 0043); praise followed by "commit and push" asks the commit; Korean "…해줘" after a noun is that noun's verb,
 * not a consent; "sim, pode escrever" consents to an offer and names no fields.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, inLongRun } from "./generalization-44.fixture.js";
import { detectFollowUp } from "./follow-up.js";
import { fieldNames } from "./field-list.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];

const OPS = "You are the SRE assistant for the payments team. You may run read-only commands on hosts over ssh_exec.";
const syslog = Array.from({ length: 40 }, (_, i) => `Dec 06 09:${String(i).padStart(2, "0")}:02 api-4 kernel: nf_conntrack: table full, dropping packet`).join("\n");
const inspected = afterTool({ system: OPS, ask: "api-4 is dropping requests, look at the kernel log", tool: "ssh_exec", args: '{"host":"api-4","command":"journalctl -k --since -1h | tail -n 40"}', result: syslog });
const buildLog = Array.from({ length: 60 }, (_, i) => `WARNING in ./src/views/View${i}.vue\n  Line ${i + 2}: 'tmp${i}' is defined but never used`).join("\n") + "\nwebpack compiled with 60 warnings";

describe("what a log or a tool's output says, asked of it", () => {
  it("is analysis over an ops run's log (fr, ru, zh, de)", () => {
    expect(both(inspected("que dit ce log ?"))).toEqual(["analysis", "analysis"]);
    expect(both(inspected("что значит этот лог?"))).toEqual(["analysis", "analysis"]);
    expect(both(inspected("这个日志是什么意思？"))).toEqual(["analysis", "analysis"]);
    expect(both(inspected("was sagt uns dieses Log?"))).toEqual(["analysis", "analysis"]);
  });
  it("is analysis over a coding run's build output (en, es)", () => {
    expect(both(inLongRun("build it", "bash", '{"command":"npm run build"}', buildLog, "what is this output telling me?"))).toEqual(["analysis", "analysis"]);
    expect(both(inLongRun("compila", "bash", '{"command":"npm run build"}', buildLog, "¿qué dice este log?"))).toEqual(["analysis", "analysis"]);
  });
  it("leaves a named code's meaning a fact, and a review asked by name a review", () => {
    expect(learned.classify(inspected("what does ENOSPC mean?")).task.label).not.toBe("analysis");
    expect(learned.classify(inLongRun("build it", "bash", '{"command":"npm run build"}', buildLog, "what does this log say? review the unused vars and fix them")).task.label).not.toBe("analysis");
  });
});

describe("an action asked of a host the ops run only inspected", () => {
  it("is the change it asks (en, de, es, zh, ko)", () => {
    expect(both(inspected("alright, reboot the box"))).toEqual(["code_generation", "code_generation"]);
    expect(both(inspected("ok, neu starten bitte"))).toEqual(["code_generation", "code_generation"]);
    expect(both(inspected("vale, reinicia el servicio"))).toEqual(["code_generation", "code_generation"]);
    expect(both(inspected("好的，重启一下 nginx"))).toEqual(["code_generation", "code_generation"]);
    expect(both(inspected("그럼 재시작해줘"))).toEqual(["code_generation", "code_generation"]);
    expect(learned.classify(inspected("alright, reboot the box")).taskReason).toMatch(/asks an action on the host the run inspected \(ADR 0043\)/);
  });
  it("leaves a question about the action, and thanks, alone", () => {
    expect(learned.classify(inspected("should we restart it?")).task.label).not.toBe("code_generation");
    expect(learned.classify(inspected("thanks, that's all")).task.label).toBe("chat");
  });
});

describe("praise, then the commit asked, in a coding run", () => {
  const tested = (turn: string): ChatMessage[] => inLongRun("rename the env var", "bash", '{"command":"npm test"}', "Tests: 41 passed, 41 total", turn);
  it("asks the change (ru, en, ja, de)", () => {
    expect(both(tested("отлично, закоммить и запушь"))).toEqual(["code_generation", "code_generation"]);
    expect(both(tested("perfect, commit and push"))).toEqual(["code_generation", "code_generation"]);
    expect(both(tested("完美，提交吧"))).toEqual(["code_generation", "code_generation"]);
    expect(both(tested("super, committe das"))).toEqual(["code_generation", "code_generation"]);
  });
  it("keeps praise alone small talk", () => {
    expect(both(tested("отлично, спасибо"))).toEqual(["chat", "chat"]);
  });
});

describe("Korean '…해줘' after a noun", () => {
  it("is that noun's verb, not a consent", () => {
    expect(detectFollowUp("이 함수 리뷰해줘. 특히 동시성 부분")).toBeUndefined();
    expect(detectFollowUp("그렇게 해줘")?.kind).toBe("act");
    const read = inLongRun("auth/session.go 읽어봐", "read_file", '{"path":"auth/session.go"}', "func Refresh(t string) (string, error) {\n\tc, err := parse(t)\n\tif err != nil {\n\t\treturn \"\", nil\n\t}\n\treturn sign(c)\n}", "이 코드 리뷰해줘. 에러 처리 위주로");
    expect(both(read)).toEqual(["code_review", "code_review"]);
  });
});

describe("a yes with the offered verb and a tone", () => {
  it("names no fields (pt, es, it)", () => {
    expect(fieldNames("sim, pode escrever, bem simpático")).toBeUndefined();
    expect(fieldNames("sí, escríbelo, tono cercano")).toBeUndefined();
    expect(fieldNames("ja, schreib sie, kurz")).toBeUndefined();
    expect(fieldNames("nome, email, telefone")).toEqual(["nome", "email", "telefone"]);
  });
});

describe("the answer's form named after a question", () => {
  const POLICY = "You are the help-desk agent of a bike rental. Answer from search_policies.";
  const RULES = "Rental bikes may travel on regional trains where the operator allows bicycles. E-bikes must have the battery removed on ferries. Long-distance trains: reservation required.";
  const asked = (ask: string) => afterTool({ system: POLICY, ask, tool: "search_policies", args: '{"q":"e-bike"}', result: RULES });
  it("reads 'yes or no' as the question's fact, not a label, small talk or fields (en, es, de, ru)", () => {
    expect(learned.classify(asked("customer wants to know: can e-bikes go on the ferry?")("yes or no, one line why")).task.label).toBe("simple_qa");
    expect(learned.classify(asked("customer wants to know: can e-bikes go on the ferry?")("sí o no, y en una línea por qué")).task.label).toBe("simple_qa");
    expect(heuristic.classify(asked("can I bring the rental bike on a regional train?")("ja oder nein, und kurz warum")).task.label).toBe("simple_qa");
    expect(heuristic.classify(asked("can I bring the rental bike on a regional train?")("да или нет, и почему одной строкой")).task.label).toBe("simple_qa");
  });
  it("leaves a label asked per item a classification, and an analysis reading alone (the heuristic's here: a known miss)", () => {
    const tickets = afterTool({ system: POLICY, ask: "load today's tickets, are any of them about e-bikes?", tool: "search_tickets", args: "{}", result: "#1 battery died on the hill\n#2 wrong invoice\n#3 saddle too high" });
    expect(learned.classify(tickets("for each ticket say yes or no: is it about an e-bike?")).task.label).toBe("classification");
    expect(heuristic.classify(asked("can I bring the rental bike on a regional train?")("yes or no, one line why")).task.label).toBe("analysis");
  });
});
