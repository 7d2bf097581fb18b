/**
 * Twentieth round: the classes read off dev 145 and 147, in the team's own wording (never a set's row). Controls (a
 * comma after "not a problem", CLI options in a coding agent, a choice between two sizes, a one-off "who does it")
 * check each rule's reach.
 */
import { describe, expect, it } from "vitest";
import { createClassifierByName } from "../../eval/create-classifier-by-name.js";
import { a, sys, u } from "../../../test/support/conversation-kit.js";
import { detectFollowUp } from "./follow-up.js";
import { sameWorkAgain } from "./follow-up-again.js";
import { assignmentPuzzleGuard } from "./constraint-puzzle.js";
import { settingQuestionGuard } from "./setting-question.js";
import { showsCode } from "./code-shape.js";
import { readConversation } from "./read-conversation.js";

const learned = await createClassifierByName("learned");
const taskOf = (...messages: Parameters<typeof learned.classify>[0]): string => learned.classify(messages).task.label;

describe("the same work asked again for another item", () => {
  it("finds the clause that asks again", () => {
    expect(sameWorkAgain("now one for postgres too")).toBe("now one for postgres too");
    expect(sameWorkAgain("love these. a few more for the winter menu")).toBe("a few more for the winter menu");
    expect(sameWorkAgain("the same for the berlin office please")).toBe("the same for the berlin office please");
    expect(sameWorkAgain("ok now group it by region too")).toBe("ok now group it by region too");
    expect(sameWorkAgain("ahora uno para el turno de noche")).toBe("ahora uno para el turno de noche");
    expect(detectFollowUp("jetzt noch einen für die Filiale in Graz")?.kind).toBe("inherit");
  });
  it("leaves asks of their own alone", () => {
    expect(sameWorkAgain("some for me")).toBeUndefined();
    expect(sameWorkAgain("what should I cook for dinner tonight")).toBeUndefined();
    expect(sameWorkAgain("now the login page is slow too")).toBeUndefined();
  });
  it("keeps the code, the ideas and the query of the turn before", () => {
    expect(taskOf(u("bash one-liner that lists the 10 biggest files under /var"), a("```bash\ndu -ah /var | sort -rh | head -n 10\n```"), u("now one for macos too, its du has no -h sort"))).toBe("code_generation");
    expect(taskOf(u("party theme ideas for a 7 year old who loves space"), a("1. Rocket launch\n2. Alien planet\n3. Moon base"), u("great. give me a few for a dinosaur fan now"))).toBe("brainstorming");
    expect(taskOf(u("mysql: table orders(id, store_id, total, created_at). revenue per store per week"), a("```sql\nSELECT store_id, YEARWEEK(created_at) wk, SUM(total) FROM orders GROUP BY 1, 2;\n```"), u("nice. now split it by payment method too, card vs cash"))).toBe("code_generation");
  });
});

describe("a turn that opens with the code or the ideas it asks for", () => {
  it("reads the code asked for by its purpose", () => {
    expect(taskOf(u("regex to match UK postcodes in a free-text address field, case-insensitive"))).toBe("code_generation");
    expect(taskOf(u("python function that merges two sorted lists without using sort()"))).toBe("code_generation");
  });
  it("reads ideas asked for by their noun", () => {
    expect(taskOf(u("stall concepts for a farmers market, we sell honey and beeswax candles, budget is tight"))).toBe("brainstorming");
  });
  it("reads an about-us page and a bio as writing", () => {
    expect(taskOf(u("Bramble & Bolt it is. write a short about us for the site: two sisters, repair café, open since 2019"))).toBe("creative_writing");
  });
});

describe("negation, definitions and settings", () => {
  it("rules out a summary refused with 'not a'", () => {
    expect(taskOf(sys("You are an inbox assistant. You can read emails."), u("the invoice email from Lyon, translate it into English for me, the full text not a summary"))).toBe("translation");
    expect(taskOf(u("it's not a problem at all, summarize it in three bullets: the board met, approved the budget, and moved the retreat to May."))).toBe("summarization");
  });
  it("reads what a code refers to as a lookup", () => {
    expect(taskOf(u("our sales are down 12% and churn is 4.1%, what's going on?"), a("Churn rising while sales fall suggests…"), u("sorry, what does the NRR figure actually refer to?"))).toBe("simple_qa");
  });
  it("reads one setting asked for as a lookup, and a choice of two as advice", () => {
    expect(taskOf(u("roasting a 2 kg chicken tonight"), a("Great: season it well and let it rest after."), u("what temperature should I roast it at?"))).toBe("simple_qa");
    expect(settingQuestionGuard("analysis", readConversation([u("what size should I get for the living room, the 55 or the 65 inch?")]))).toBeUndefined();
    expect(settingQuestionGuard("analysis", readConversation([u("which grit should I start with on old oak?")]))?.task).toBe("simple_qa");
  });
});

describe("assignments under constraints and ideas in a coding agent", () => {
  it("solves an assignment that must meet every constraint, whatever the manner asked", () => {
    const text = "figure out which nurse covers which ward so every shift minimum is met and nobody works two nights in a row. show your working; if it can't all work, say what breaks.";
    expect(assignmentPuzzleGuard("math", readConversation([u(text)]))?.task).toBe("deep_reasoning");
    expect(assignmentPuzzleGuard("math", readConversation([u("which nurse covers which ward this week?")]))).toBeUndefined();
    expect(assignmentPuzzleGuard("math", readConversation([sys("You are a coding agent working in the user's repository."), u(text)]))).toBeUndefined();
  });
  it("reads many ideas named in a coding agent's run as brainstorming, and options to add as code", () => {
    const agent = sys("You are a coding agent working in the user's repository. You can read and edit files.");
    expect(taskOf(agent, u("skim the enemies folder and pitch me a bunch of new boss ideas that fit the swamp biome"))).toBe("brainstorming");
    expect(taskOf(agent, u("add a bunch of options to the CLI: --dry-run, --verbose and --config"))).toBe("code_generation");
  });
  it("reads a contract's 'public liability insurance (min £5m)' as prose and a Java method as code", () => {
    expect(showsCode("tool", "8. SUPPLIERS. All caterers must provide public liability insurance (min £5m) at least 30 days before the event.")).toBe(false);
    expect(showsCode("tool", "public String getName() {\n  return name;\n}")).toBe(true);
    expect(showsCode("tool", "private int count = 0;")).toBe(true);
  });
});
