/**
 * Twentieth round, second wave: the classes read off dev 149 and 151, in the team's own wording (never a set's row).
 * Controls (a bus terminal's ask that is code, a payment plan with "not possible", a fact asked with "a name for") check
 * each rule's reach.
 */
import { describe, expect, it } from "vitest";
import { createClassifierByName } from "../../eval/create-classifier-by-name.js";
import { a, sys, u } from "../../../test/support/conversation-kit.js";
import { sameWorkAgain } from "./follow-up-again.js";
import { showsCode } from "./code-shape.js";
import { readConversation } from "./read-conversation.js";
import { assignmentPuzzleGuard } from "./constraint-puzzle.js";
import { looksUpRule } from "./rule-lookup.js";
import { readNumericDomain } from "./numeric-domain.js";

const learned = await createClassifierByName("learned");
const taskOf = (...messages: Parameters<typeof learned.classify>[0]): string => learned.classify(messages).task.label;

describe("the rest of the items, the next one, and ideas under a new condition", () => {
  it("finds the clause", () => {
    expect(sameWorkAgain("yes the other three please, same format")).toBe("yes the other three please");
    expect(sameWorkAgain("now sheet 2")).toBe("now sheet 2");
    expect(sameWorkAgain("ok the rest too")).toBe("ok the rest too");
    expect(sameWorkAgain("any that would work for toddlers?")).toBe("any that would work for toddlers");
    expect(sameWorkAgain("any idea why it failed?")).toBeUndefined();
  });
  it("keeps the extraction and the ideas of the turn before", () => {
    expect(taskOf(u("pull name, role and start date into JSON:\nA) Ana Ruiz, nurse, started 3 May\nB) Tom Lee, porter, started 9 June\nC) Mia Chen, admin, started 1 July"), a('```json\n{"name": "Ana Ruiz", "role": "nurse", "start": "3 May"}\n```\nShall I do B and C?'), u("yes the other two, same format"))).toBe("extraction");
    expect(taskOf(u("what could we do for a staff away day, about 20 people, budget is small?"), a("Ideas:\n- Picnic and rounders in the park\n- Escape room\n- Cooking class\n- Guided city walk"), u("any that work if it snows? we're in Aberdeen haha"))).toBe("brainstorming");
  });
});

describe("constraints, probabilities and figures asked again", () => {
  it("solves an arrangement that must meet every condition or say why not", () => {
    expect(assignmentPuzzleGuard("math", readConversation([u("5 crates: 300, 280, 250, 200, 90 kg. 2 trucks, max 600 kg each. the 300 and 280 can't share a truck. can all 5 go today? if yes give the loading, if no explain why not.")]))?.task).toBe("deep_reasoning");
    expect(assignmentPuzzleGuard("analysis", readConversation([u("work out a seating plan where every guest sits next to someone they know. if it can't be done, tell me who is left over.")]))?.task).toBe("deep_reasoning");
    expect(assignmentPuzzleGuard("math", readConversation([u("can you work out a payment plan for this $5,000 balance over 12 months? if that's not possible say so")]))).toBeUndefined();
  });
  it("reads a chance asked among figures as a sum", () => {
    expect(readNumericDomain("500 raffle tickets, 4 prizes, we bought 20. what's the chance we win at least one?").compute).toBe(true);
    expect(taskOf(u("school fair tombola: 800 tickets sold, 6 prizes drawn without replacement. my mum bought 25 tickets. what's the chance she wins at least one prize?"))).toBe("math");
  });
  it("reads what two prices come out to, and a maker's interval, by what is asked", () => {
    expect(readNumericDomain("and at a 35% margin, what do those two come out to?").figure).toBe(true);
    expect(looksUpRule("and how often is toyota's recommended interval for the timing belt?")).toBe(true);
  });
});

describe("agents that are not coding agents, and labelling in two more languages", () => {
  it("reads a container terminal's planner as no coding agent, and a shell terminal's as one", () => {
    expect(readConversation([sys("You support the planning office of a container terminal."), u("hi")]).agent.coding).toBe(false);
    expect(readConversation([sys("You are an agent that runs commands in the user's terminal to fix their build."), u("hi")]).agent.coding).toBe(true);
  });
  it("reads a fetched page fragment as no code, and a component file as code", () => {
    expect(showsCode("tool", '<div class="schedule"><table><tr><td>MSC Aurora</td><td>14-Jun 06:00</td></tr></table></div>')).toBe(false);
    expect(showsCode("tool", "export function Card() {\n  return <div className=\"card\" />;\n}")).toBe(true);
  });
  it("reads Swedish and Russian asks to sort items into named groups as classification", () => {
    expect(taskOf(u("Kan du sortera de här ärendena i kategorierna Faktura, Leverans, Retur?\n- Paketet kom aldrig\n- Fel belopp på fakturan\n- Vill skicka tillbaka skorna"))).toBe("classification");
    expect(taskOf(u("Распредели письма по отделам (БУХГАЛТЕРИЯ, СКЛАД, ПОДДЕРЖКА):\n— «Где мой заказ?»\n— «Пришлите акт сверки»\n— «Не работает вход в кабинет»"))).toBe("classification");
  });
  it("reads a judgement asked of a plan as analysis, and names asked for as ideas", () => {
    expect(taskOf(u("thinking of driving to the trade show instead of flying, 9 hours each way vs a 1h flight plus airports"), a("Driving saves about £180 but costs you most of two days."), u("ok but honestly, is it even worth it for a one-day show?"))).toBe("analysis");
    expect(taskOf(u("need a name for our office bake-off in march, about 40 entrants"))).toBe("brainstorming");
    expect(taskOf(u("what is a name for a group of crows?"))).toBe("simple_qa");
  });
});
