/**
 * Eighth round: general mechanisms for the classes fresh dev sets 12–20 missed, each set read at first sight before
 * it joined training. One test per class, each failing without its fix.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification, ConversationClassifier } from "../classifier.js";
import { readingConversations } from "./conversation-classifier.js";
import { detectFollowUp } from "./follow-up.js";
import { readNumericDomain } from "./numeric-domain.js";
import { readAgentContext } from "./agent-context.js";
import { a, call, read, sys, tool, u } from "../../../test/support/conversation-kit.js";


describe("a 'repository' that holds no code", () => {
  const agent = (system: string): boolean => readAgentContext([sys(system), u("pull the renewal terms"), call("search_documents"), tool("[]")], 1).agent.coding;
  it("does not declare a coding agent when it holds contracts, documents, policies or research", () => {
    for (const system of [
      "You search signed agreements in the contract repository and quote the sections.",
      "Answer from the policy repository only. Cite the policy number.",
      "Du durchsuchst das Dokument-Repository der Rechtsabteilung.",
      "You read papers from the research repository and summarise their findings.",
    ]) expect(agent(system), system).toBe(false);
  });
  it("still declares one for a code repository", () => {
    for (const system of ["You work inside the user's repository and can run shell commands.", "You are a coding agent. The repository is checked out in /src."]) expect(agent(system), system).toBe(true);
  });
  it("leaves a non-coding agent's extraction ask alone", () => {
    const messages = [sys("You are the legal team's assistant. You read agreements from the contract repository."), u("pull the term end date, the notice period and the governing law from their MSA"), call("read_document"), tool("MASTER SUBSCRIPTION AGREEMENT. 1. Term. ...")];
    expect(read("extraction", messages, 0.8)).toBe("extraction");
  });
});

describe("a logarithm is maths, not a log file", () => {
  it("reads 'log math', 'log scale', 'natural log' and statistics words as maths words", () => {
    for (const text of ["mrr is 42k, growing 7% a month: how many months until 100k? show the log math", "plot it on a log scale and solve for t", "take the natural log of both sides", "what sample size do we need per arm?", "compute the 95% confidence interval for the difference"]) {
      expect(readNumericDomain(text).math, text).toBe(true);
    }
  });
  it("keeps a growth question that asks for the log math as maths", () => {
    expect(read("math", [u("arr is 1.2m now. at 4% month over month, how many months until we double? show the log math please")])).toBe("math");
  });
});

describe("a polite Korean change request in a coding agent", () => {
  const coding = (turn: string): ChatMessage[] => [sys("You are a coding agent working in the user's repository."), u(turn), call("read_file"), tool("def find(xs):\n    return [x for x in xs]\n")];
  it("is the change, not a diagnosis, when it asks to fix or change the slow or broken code", () => {
    for (const turn of ["이 함수가 너무 느려요. 결과는 그대로 두고 더 빠르게 고쳐 주세요", "로그인할 때 에러가 나요. 수정해 주세요", "타임아웃이 너무 짧아서 실패해요. 30초로 바꿔 주세요"]) {
      expect(read("code_generation", coding(turn), 0.8), turn).toBe("code_generation");
    }
  });
  it("is still a diagnosis when it only asks why (analysis, ADR 0045)", () => {
    expect(read("code_generation", coding("이 함수가 왜 이렇게 느린가요?"), 0.8)).toBe("analysis");
  });
});

describe("a yes that brings material and a question of its own", () => {
  const material = "Verbrauch bisher 18.000 kWh Gas pro Jahr zu 11 ct/kWh. Neue Gastherme 9.500 € Einbau, Wärmepumpe 28.000 € mit 50 % Förderung, erwartete JAZ 3,2, Strom 27 ct/kWh.";
  it("is a new request, not a consent that inherits the turn before", () => {
    expect(detectFollowUp(`ja: ${material.toLowerCase()} lohnt sich die wärmepumpe über 15 jahre?`)).toBeUndefined();
    expect(read("analysis", [u("Wir überlegen, die Heizung zu ersetzen."), a("Haben Sie Verbrauchsdaten?"), u(`Ja: ${material} Lohnt sich die Wärmepumpe über 15 Jahre?`)])).toBe("analysis");
  });
  it("keeps a short yes, and a yes with details but no question, a consent", () => {
    expect(detectFollowUp("ja, bitte")?.kind).toBe("act");
    expect(detectFollowUp(`yes: ${"use the staging bucket, keep the old names, and skip the archived folders. ".repeat(3)}`)?.kind).toBe("act");
  });
});

describe("restyle comparatives a copywriter hears", () => {
  it("inherits the task of the text just written", () => {
    for (const turn of ["punchier. and drop the buzzwords", "snappier, and lose the emoji", "catchier pls", "less corporate", "more human, less fluffy"]) {
      expect(detectFollowUp(turn)?.kind, turn).toBe("inherit");
    }
    expect(read("creative_writing", [u("write a tagline for our scheduling app"), a("Schedules, sorted."), u("punchier. and drop the buzzwords")])).toBe("creative_writing");
  });
});

describe("a tool's JSON data is not code", () => {
  const coding = (result: string): boolean => readAgentContext([sys("You are the support assistant of a furniture shop."), u("where is my order 4471?"), call("lookup_order"), tool(result), u("and when will it arrive?")], 4).agent.coding;
  it("does not make an agent a coding agent when its tools return pretty-printed JSON, even with a key named class or return", () => {
    expect(coding(JSON.stringify({ order_id: "4471", status: "in_transit", items: [{ sku: "SOFA-2", qty: 1 }] }, null, 2))).toBe(false);
    expect(coding(JSON.stringify([{ class: "economy", return: "2024-06-01", public: true }], null, 2))).toBe(false);
    expect(coding('[\n  1.5,\n  2.25\n]')).toBe(false);
  });
  it("still sees the code a JSON tool returns in its strings, and code that is not JSON", () => {
    expect(coding(JSON.stringify({ path: "app.py", content: "import os\ndef main():\n    return os.getcwd()\n" }, null, 2))).toBe(true);
    expect(coding("function total(items) {\n  return items.reduce((a, b) => a + b, 0);\n}\n")).toBe(true);
  });
  it("keeps a support agent's question a question", () => {
    const messages = [sys("You are the support assistant of a furniture shop."), u("where is my order 4471? it was due monday"), call("lookup_order"), tool(JSON.stringify({ order_id: "4471", status: "in_transit", eta: "2024-06-12" }, null, 2))];
    expect(read("simple_qa", messages, 0.8)).toBe("simple_qa");
  });
});

describe("code in context needs code's punctuation, not a keyword or a semicolon", () => {
  const coding = (result: string): boolean => readAgentContext([sys("You help the legal team."), u("check this"), call("get_document"), tool(result), u("what are the deadlines?")], 4).agent.coding;
  it("reads prose with code words, clause lists ending in ';' and puzzle clues as prose", () => {
    for (const text of [
      "Please let us know if (by any chance) you need help: call us.\nOur return policy: 30 days.",
      "3. Term. This Agreement commences on 1 February 2025;\n(b) the Customer shall pay within 30 days;\n(c) either party may terminate;\n",
      "Dials: {Mercury, Venus, Earth, Mars};\nClue 2: Mars is not first;\nClue 3: Venus is right of Earth;\n",
      "First class: 2 seats (window).\nItems (qty):\n- chair",
    ]) expect(coding(text), text).toBe(false);
  });
  it("still reads code as code", () => {
    for (const text of ["def main():\n    pass\n", "if (a > b) {\n  go();\n}\n", "const total = items.length;\n", "public static void main(String[] args) {\n", "#include <stdio.h>\n", "fn main() {\n    println!(\"hi\");\n}\n"]) {
      expect(coding(text), text).toBe(true);
    }
  });
});

describe("a choice between priced options is analysis, not maths", () => {
  it("reads a maths reading of a priced choice as analysis, in several languages", () => {
    for (const turn of [
      "I drive 2x a month, tickets ~130€ each way, sometimes 45€. is it worth it to get the 244€ railcard or should I stick with paying per trip?",
      "Ich fahr 2x im Monat, Flexpreis ~130€ pro Strecke. Lohnt sich die BahnCard 50 (244€) oder reicht die BahnCard 25?",
      "Ho due offerte: Milano 42k €, Bologna 36k € full remote. Non so quale scegliere, cosa mi consigli?",
      "vale mais a pena a proposta de R$ 14 mil ou ficar com os R$ 10 mil e benefícios?",
      "подписка 990 руб в месяц или 8 900 руб в год — что выгоднее, если я не уверен, что буду пользоваться весь год?",
    ]) expect(read("math", [u(turn)]), turn).toBe("analysis");
  });
  it("keeps money word problems and priced puzzles as they are", () => {
    expect(read("math", [u("A car depreciates 15% per year. What is it worth after 4 years if it cost $30,000?")])).toBe("math");
    expect(read("math", [u("A shirt costs €24 after a 20% discount. What was the original price?")])).toBe("math");
    expect(read("deep_reasoning", [u("A bat and a ball cost $1.10 together and the bat costs $1 more than the ball. Why is the intuitive answer wrong?")])).toBe("deep_reasoning");
    expect(read("math", [u("if i put $300 a month into a savings account at 4.5% APY for 10 years, what do i end up with? show the formula")])).toBe("math");
    expect(read("math", [u("which is cheapest per 100g? A) 750g £4.29 B) 1.2kg £6.49 C) 2 x 500g £5.80")])).toBe("math");
  });
  it("reads a priced decision with pros and cons, 'vs' or 'what speaks for which' as analysis", () => {
    for (const turn of ["rent vs buy, 7 year horizon: flat £265,000, £40k deposit, rent £1,350/mo. help me think it through", "Leasing über 36 Monate oder kaufen, 45.000 €? Was spricht wofür?"]) {
      expect(read("math", [u(turn)]), turn).toBe("analysis");
    }
  });
});

describe("a coding agent asked for other work by name", () => {
  const coding = (turn: string): ChatMessage[] => [sys("You are a coding agent with access to the user's repository."), u(turn), call("read_file"), tool("# deploy-tools-v2\nScripts that ship our services.\n")];
  it("keeps ideas and names the turn asks for", () => {
    expect(read("code_review", coding("skim the readme and throw me like 10 name ideas, short and easy to type"), 0.6)).toBe("brainstorming");
    expect(read("brainstorming", coding("don't change anything. just brainstorm every idea to cut the cold start"), 0.6)).toBe("brainstorming");
    expect(read("creative_writing", coding("legend. write a haiku about this bug for the postmortem channel"), 0.6)).toBe("creative_writing");
  });
  it("still reads a change or a bug as code work", () => {
    expect(read("brainstorming", coding("add a --name flag to the deploy script"), 0.6)).toBe("code_generation");
    expect(read("code_review", coding("the name ideas generator crashes on empty input, fix it"), 0.6)).toBe("code_review");
  });
});

describe("thanks after a fix, in a coding conversation", () => {
  const session = (turn: string): ChatMessage[] => [sys("You are a friendly programming assistant."), u("flask says 'working outside of application context'"), a("Wrap it:\n```python\nwith app.app_context():\n    db.create_all()\n```"), u(turn)];
  it("is small talk, even when it names the bug it thanks for", () => {
    expect(read("code_review", session("omg that was it. been stuck on this bug for 2 hours, thank you so much 🙏"), 0.9)).toBe("chat");
  });
  it("is still a report when the problem is still there, or asks something", () => {
    expect(read("code_review", session("thanks, but it still fails with the same error"), 0.9)).toBe("code_review");
    expect(read("code_review", session("thank you! why did the script need the context though?"), 0.9)).toBe("code_review");
  });
});

describe("'my mom' is not month-over-month", () => {
  it("is no business word", () => {
    expect(readNumericDomain("is it 165°f for chicken or 145? my mom swears by 165").business).toBe(false);
    expect(readNumericDomain("revenue mom growth was 4% in march").business).toBe(true);
  });
});

describe("asks for names in Chinese, Japanese and Korean", () => {
  it("are brainstorming cues", () => {
    for (const turn of ["帮我给奶茶店多想几个店名，要年轻一点的", "新しいアプリの名前を考えて", "우리 카페 이름 지어 줘"]) {
      expect(read("translation", [u(turn)], 0.3), turn).toBe("brainstorming");
    }
  });
});

describe("a turn that changes the subject", () => {
  /** A base reader that says code work for anything but a conversation of one turn, which it reads as `alone`. */
  const reader = (alone: string): ConversationClassifier => ({
    name: "stub",
    classify: (messages) => ({ task: { label: messages.length === 1 ? alone : "code_generation", confidence: 0.7 }, difficulty: { label: "mid", confidence: 0.5 }, strongProbability: 0.3 }) as ConversationClassification,
  });
  const session = (turn: string): ChatMessage[] => [sys("You are a coding agent in the user's repository."), u("rename fetchUsr to fetchUser everywhere"), call("edit_file"), tool("ok"), a("Done."), u(turn)];
  it("is read on its own, in several languages", () => {
    for (const turn of ["ty. ok totally unrelated but how many time zones does russia have?", "works! different thing: what's the tallest mountain in africa?", "换个话题，俄罗斯有几个时区？", "話変わるけど、ロシアには時間帯がいくつある？", "otra cosa: ¿cuántas zonas horarias tiene Rusia?"]) {
      expect(readingConversations(reader("simple_qa")).classify(session(turn)).task.label, turn).toBe("simple_qa");
    }
  });
  it("keeps the strong cue of the turn read on its own", () => {
    expect(readingConversations(reader("simple_qa")).classify(session("works! different thing: we adopted a cat, throw some names at me")).task.label).toBe("brainstorming");
  });
  it("names the turn by its place in the conversation", () => {
    const reason = readingConversations(reader("simple_qa")).classify(session("ok totally unrelated but how many time zones does russia have?")).taskReason ?? "";
    expect(reason).toContain("from turn 6");
    expect(reason).toContain("changes the subject");
  });
  it("leaves a turn that stays on the subject to the whole conversation", () => {
    expect(readingConversations(reader("simple_qa")).classify(session("now also rename fetchOrg the same way")).task.label).toBe("code_generation");
  });
});
