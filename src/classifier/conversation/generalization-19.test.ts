/**
 * Nineteenth round: asides in an agent's run, figures handed over after a how-to, logic-grid puzzles, and asks in
 * Swedish, Swahili, Hindi and Japanese, in the team's own wording (never a set's row). Most of these asks were misread by
 * the round's first build (the Hinglish fee and the recipe already read right, by the model alone); the controls (a fact
 * with its own question, a new ask, a turn after the agent answered, a list of deadlines) read the same before and after.
 */
import { describe, expect, it } from "vitest";
import { createClassifierByName } from "../../eval/create-classifier-by-name.js";
import { a, call, sys, tool, u } from "../../../test/support/conversation-kit.js";
import { readConversation } from "./read-conversation.js";
import { isConstraintPuzzle } from "./constraint-puzzle.js";
import { agentRunAsk } from "./agent-aside.js";

const learned = await createClassifierByName("learned");
const classify = (...messages: Parameters<typeof learned.classify>[0]) => learned.classify(messages);
const taskOf = (...messages: Parameters<typeof learned.classify>[0]): string => classify(...messages).task.label;

describe("an aside in the middle of an agent's run keeps the ask the tools serve", () => {
  const system = sys("You are an operations agent for a chain of bike shops. You can query the sales database and the weather archive.");
  const asked = u("Sales at the harbour shop fell off a cliff in the second half of October. Check the daily numbers and tell me why.");
  const ran = [call("query_sales"), tool("date,revenue\n2025-10-01,4210\n2025-10-08,4380\n2025-10-15,1920\n2025-10-22,1750\n2025-10-29,1690")];
  const askRead = (): string => taskOf(system, asked);
  it("reads a prompt to go on as the ask", () => {
    for (const turn of ["so what happened?", "ok what's going on", "well?", "what did you find"]) {
      const result = classify(system, asked, ...ran, u(turn));
      expect(result.task.label, turn).toBe(askRead());
      expect(result.taskReason, turn).toContain("turn 2 (turn 5 adds to the agent's run for it)");
    }
  });
  it("reads an added fact as the ask", () => {
    for (const turn of ["the road in front was dug up from the 14th btw", "fwiw we also lost our best mechanic around then"]) {
      const result = classify(system, asked, ...ran, u(turn));
      expect(result.task.label, turn).toBe(askRead());
      expect(result.taskReason, turn).toContain("adds to the agent's run");
    }
  });
  it("reads a fact with a question of its own, or a new ask, as that turn", () => {
    const own = classify(system, asked, ...ran, u("any idea if the weather did it? it rained a lot btw"));
    expect(own.taskReason ?? "").not.toContain("adds to the agent's run");
    expect(agentRunAsk([system, asked, ...ran, u("it rained a lot btw")], readConversation([system, asked, ...ran, u("it rained a lot btw")]))).toBe(1);
    expect(agentRunAsk([system, asked, ...ran, u("any idea if the weather did it? it rained a lot btw")], readConversation([system, asked, ...ran, u("any idea if the weather did it? it rained a lot btw")]))).toBeUndefined();
    expect(taskOf(system, asked, ...ran, u("ok now translate the numbers' headings into German"))).toBe("translation");
  });
  it("leaves a turn after the agent answered to its own reading", () => {
    const answered = [...ran, a("Revenue halved from the 15th; the weather archive shows nothing unusual.")];
    expect(classify(system, asked, ...answered, u("so what happened")).taskReason ?? "").not.toContain("adds to the agent's run");
  });
  it("lets a code review go on when the user says go ahead before any answer", () => {
    const review = [
      sys("You are a code review agent with access to the team's Git server. Tools: get_pr_diff, read_file."),
      u("Review PR #212 in the invoicing service, it touches how we round tax."),
      call("get_pr_diff"),
      tool("diff --git a/tax.py b/tax.py\n-    return round(amount * rate, 2)\n+    return math.floor(amount * rate * 100) / 100"),
      u("go ahead"),
    ];
    expect(taskOf(...review)).toBe("code_review");
    expect(taskOf(...review.slice(0, -1), u("go ahead and fix the rounding"))).toBe("code_generation");
  });
});

describe("a consent that hands over figures after a how-to asks for the computation", () => {
  it("reads 'do it for me' with the data as maths", () => {
    expect(
      taskOf(
        u("how would I calculate the weighted average lead time from our supplier table?"),
        a("Multiply each supplier's lead time by its order share, then add the products up."),
        u("ok do it for me: supplier A 12 days 40%, supplier B 20 days 35%, supplier C 9 days 25%"),
      ),
    ).toBe("math");
  });
});

describe("a logic-grid puzzle is solved, not listed", () => {
  const puzzle =
    "Four neighbours, Dara, Eli, Fen and Gus, each drive a different car (van, hatchback, pickup, convertible). Dara doesn't drive the van. Eli is not the pickup owner. The convertible owner lives next to Gus. Fen drives the hatchback. Who owns what?";
  it("finds the frame and the clues", () => {
    expect(isConstraintPuzzle(puzzle.toLowerCase())).toBe(true);
    expect(isConstraintPuzzle("each team has a different deadline this quarter. who owns what?")).toBe(false);
  });
  it("reads it as reasoning", () => expect(taskOf(u(puzzle))).toBe("deep_reasoning"));
});

describe("single prompts of the nineteenth round's classes", () => {
  it("reads meeting minutes as a summary", () => {
    expect(taskOf(u("Here is the recording transcript from our quarterly planning call. Please turn it into meeting minutes."))).toBe("summarization");
  });
  it("reads ingredients got out of a recipe as extraction", () => {
    expect(taskOf(u("Pull the ingredients out of this recipe as a shopping list: 2 onions, 400 g chickpeas, 1 tsp cumin, 250 ml stock, simmer 20 min."))).toBe("extraction");
  });
  it("reads slogan options to pick from as ideas", () => {
    expect(taskOf(u("Tagline options for our repair café? Give me a dozen and I'll pick one."))).toBe("brainstorming");
  });
  it("reads what each tiered bill should be as a sum", () => {
    expect(taskOf(u("Water is billed in tiers: first 10 m³ at $2.10, the next 15 m³ at $3.40, anything above at $4.90, plus a $9 meter fee. We used 31 m³ in May and 18 m³ in June. What should each bill be?"))).toBe("math");
  });
});

describe("asks in languages the round's sets brought", () => {
  it("reads a Swedish ask for a customer e-mail as writing", () => {
    expect(taskOf(u("Kan du skriva ett vänligt mejl till våra medlemmar om att gymmet har stängt under midsommarhelgen? Kort och glatt."))).toBe("creative_writing");
  });
  it("reads a Swahili ask for advice over figures as analysis, and names the language", () => {
    const text = "Nina mgahawa mdogo. Mwezi huu mauzo ya chakula cha mchana yalikuwa 310 na ya jioni 120, lakini gharama za jioni ni kubwa kwa 25%. Unaonaje, nifunge jioni au niendelee?";
    expect(taskOf(u(text))).toBe("analysis");
    expect(readConversation([u(text.toLowerCase())]).language).toBe("sw");
  });
  it("reads Hindi news shared with someone as chat, and names Hindi", () => {
    const text = "आज मेरी बेटी ने अपनी पहली नौकरी का ऑफ़र लेटर दिखाया। पूरे परिवार को बहुत खुशी है। बस किसी से बाँटना था।";
    expect(taskOf(u(text))).toBe("chat");
    expect(readConversation([u(text)]).language).toBe("hi");
  });
  it("reads a Japanese question what a Latin-script term is as a lookup", () => {
    expect(taskOf(u("Terraform の remote state って何ですか？簡単に教えてください。"))).toBe("simple_qa");
  });
});

describe("the turn's own ask over a pipeline's verb, and lookups among figures", () => {
  it("reads a letter asked of an agent that writes case summaries as writing", () => {
    const system = sys("You are an intake agent for a tenants' rights clinic. You read case files and write short case summaries for the volunteer lawyers.");
    expect(taskOf(system, u("write the reply to Ms. Okafor: we got her lease, the hearing is on the 14th, and she should bring the rent receipts. Friendly, sign it from me."))).toBe("creative_writing");
  });
  it("reads a published limit named with digits, or a fee asked in Hinglish, as a lookup", () => {
    expect(taskOf(u("what's the 403b catch-up contribution limit this year, and does it stack with the 457 one?"))).toBe("simple_qa");
    expect(taskOf(u("GST return late ho gaya 3 din, late fee kitni lagti hai? turnover 40 lakh ke aas paas hai"))).toBe("simple_qa");
  });
  it("reads Hebrew 'to what extent' as no sum", () => {
    const text = "יש בחוזה השכירות סעיף שאומר שאני משלם 100% מהתיקונים מעל 500 ש\"ח. תעזור לי להבין עד כמה זה בעייתי ומה הסיכונים.";
    expect(taskOf(u(text))).not.toBe("math");
  });
  it("reads 'show the reasoning' under sums to check as maths", () => {
    const text = "Saio da empresa no fim do mês. Base 1.350 €, 9 dias de férias por gozar, subsídio de Natal proporcional a 7 meses. Quero conferir as contas do acerto final. Mostra o raciocínio.";
    expect(taskOf(u(text))).toBe("math");
  });
});

describe("a fact asked of a coding agent's repository is a lookup", () => {
  const system = sys("You are a coding agent working in the user's repository. Use the tools to read files and run commands.");
  const config = [call("read_file"), tool("services:\n  api:\n    image: shop-api:4.2\n    ports: ['8080:3000']\n    environment:\n      LOG_LEVEL: info\n      DB_POOL_MAX: 20")];
  it("keeps a quick-answer reading of a question for a fact", () => {
    expect(taskOf(system, u("what port does the api container actually listen on? docs say 8080"), ...config)).toBe("simple_qa");
  });
  it("still reads a change asked as a question as code work", () => {
    expect(taskOf(system, u("can you change the api's port to 9090 and bump the pool to 40?"), ...config)).toBe("code_generation");
  });
});
