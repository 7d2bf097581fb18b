/**
 * Eighteenth round: figures asked for among a business's or a household's numbers, in the team's own wording, never a
 * set's row. Most asks fail on the round's first build; the controls (a judgement, a short ask about earlier figures)
 * pass on both.
 */
import { describe, expect, it } from "vitest";
import { createClassifierByName } from "../../eval/create-classifier-by-name.js";
import { a, sys, u } from "../../../test/support/conversation-kit.js";
import { findCues } from "./cue-matcher.js";
import { readNumericDomain } from "./numeric-domain.js";
import { writingPipelineOf } from "./pipeline-writing.js";

const learned = await createClassifierByName("learned");
const taskOf = (...messages: Parameters<typeof learned.classify>[0]): string => learned.classify(messages).task.label;

describe("two figures set side by side, with an ask to compute them, are a computation", () => {
  it("reads 'vs' and 'which is cheaper' as a reading of figures only when nothing asks to compute", () => {
    expect(readNumericDomain("our churn was 2.1% in q1 vs 3.4% in q2, thoughts?").interpret).toBe(true);
    expect(readNumericDomain("gym a is $39/month, gym b $420/year. which is cheaper?").interpret).toBe(true);
    expect(readNumericDomain("how much would we have spent on plan b vs plan a over those 8 months?").interpret).toBe(false);
    expect(readNumericDomain("which is cheaper over two years, and by how much?").interpret).toBe(false);
  });
  it("keeps the maths reading of a household's or a business's sums", () => {
    for (const text of [
      "my broadband is £38/month on contract. the sim-only deal is £12/month plus £2.50 per extra 5 GB. last 4 months I used 11, 19, 7 and 23 GB over the allowance-free 10 GB. how much would the sim-only deal have cost me over those 4 months vs what I paid?",
      "We pay 22 seats x $18/month on the monthly plan. The yearly plan is 15% off but bills a minimum of 30 seats. Which is cheaper over 2 years, and by how much? Redo it for 26 seats from month 13.",
      "Store card gives 20% off, then the weekend promo takes another 10% off the discounted price. My friend says that's 30% off. On a €85 basket what do I actually pay with 20 then 10 vs a flat 30%?",
    ]) {
      expect(taskOf(u(text)), text).toBe("math");
    }
  });
  it("leaves a comparison asked for a judgement to analysis", () => {
    expect(taskOf(u("Signups were 4,100 in March vs 3,650 in April while ad spend went from €9,800 to €12,400. Should we worry, and what would you look at first?"))).toBe("analysis");
  });
});

describe("an explicit ask for the figures keeps business numbers maths", () => {
  for (const text of [
    "Newsletter stats for May, need the math done before the board call: sent 42,800, delivered 41,950, opened 12,310, clicked 1,904, upgraded to paid 131 at €9/month. What's the open rate, click rate, delivered-to-paid rate and monthly revenue per 1,000 sends? round to 2 decimals please",
    "Last quarter by channel:\nSearch: spend $31,200, new customers 402, 90-day revenue $74,900\nSocial: spend $12,750, new customers 118, 90-day revenue $21,300\nReferral: spend $4,000, new customers 96, 90-day revenue $25,100\nNeed CAC and ROAS for each channel plus the blended figure.",
    "Team survey: 'How likely are you to recommend this team to a colleague?' 0-6: 14 people, 7-8: 21 people, 9-10: 19 people. What's our eNPS? Last survey we had +2.",
    "Opinion poll for the local council: 37% back the new bus lane, n = 820, random sample. What's the margin of error at 95%, and how large would the sample need to be for ±2.5 points?",
  ]) {
    it(text.slice(0, 60), () => expect(taskOf(u(text))).toBe("math"));
  }
  it("reads a balance asked after a comparison as a figure to work out", () => {
    expect(
      taskOf(
        u("Two car loans for €18,000 over 60 months: bank A 6.9% APR with a €250 fee, bank B 7.4% APR with no fee. Which works out cheaper overall?"),
        a("Bank A: about €355.6/month, €21,336 in total plus the €250 fee. Bank B: about €359.8/month, €21,588 in total. Bank A is about €2 cheaper over the term."),
        u("ok and the balance left on each after 3 years?"),
      ),
    ).toBe("math");
  });
});

describe("a later turn that holds its own sum is a new problem", () => {
  it("is not read with the business question before it", () => {
    expect(
      taskOf(
        u("Our café's revenue this month was €14,200 and costs €13,900. How do you read that?"),
        a("You broke even, with a thin margin. Look at which costs moved and whether the month was seasonal."),
        u("A cyclist rides 45 km in 3 hours. How far does she ride in 5 hours at the same speed?"),
      ),
    ).toBe("math");
  });
  it("still reads a short ask about the earlier figures with them", () => {
    expect(
      taskOf(
        u("Our café's revenue this month was €14,200 and costs €13,900, last month €15,100 and €13,200. How do you read that?"),
        a("Revenue fell by €900 while costs rose by €700, so the margin shrank from €1,900 to €300."),
        u("should we worry about it?"),
      ),
    ).toBe("analysis");
  });
});

describe("a task word inside a name in code names no ask", () => {
  it("passes over snake_case names and calls, and keeps a word set off by emphasis", () => {
    for (const text of ["- nightly_translate_job: 40 min, after the export", "the cron runs summarize_weekly.py at 02:00", "why does classify() return none here?", "step 3: extract_invoices"]) {
      expect(findCues(text), text).toEqual([]);
    }
    expect(findCues("please _translate_ this paragraph").map((hit) => hit.task)).toEqual(["translation"]);
    expect(findCues("summarize it, then translate the summary").map((hit) => hit.task)).toEqual(["summarization", "translation"]);
  });
  it("reads a tables' definition with a task's name as the query asked for", () => {
    const ask =
      "Need a query: weekly signups by plan for 2025 and each plan's share of the week.\ntables:\nusers(id, created_at, plan_id)\nplans(id, name)\ncategories(id, label)\nOutput: week, plan, signups, pct_of_week.";
    expect(taskOf(sys("You are an analytics engineer. Write BigQuery SQL."), u(ask))).toBe("code_generation");
  });
});

describe("a writing job's genre is a whole English word", () => {
  it("does not find copy in PostgreSQL, an address or a biology course", () => {
    expect(writingPipelineOf("you are a senior data engineer. write postgresql.")).toBeUndefined();
    expect(writingPipelineOf("you write the address parsing module")).toBeUndefined();
    expect(writingPipelineOf("you write biology exam questions")).toBeUndefined();
    expect(writingPipelineOf("you write instagram posts for a bakery")).toBe("creative_writing");
    expect(writingPipelineOf("you write ads for a shoe shop")).toBe("creative_writing");
  });
});
