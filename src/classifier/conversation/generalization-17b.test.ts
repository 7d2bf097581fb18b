/**
 * Seventeenth round, second wave: classes read off the working sets dev 95, 97 and 99 (written blind after the first
 * wave's fixes), each in the team's own wording, never a set's row.
 */
import { describe, expect, it } from "vitest";
import { a, read, sys, u } from "../../../test/support/conversation-kit.js";
import { findCues } from "./cue-matcher.js";

describe("the second wave's working set (dev 99)", () => {
  it("formulas asked for a sheet over a budget table are code, whatever the table pulls towards", () => {
    const sheet = "Excel-budget: kolumn B = budget, kolumn C = kostnad, kolumn D = betalt (ja/nej). Jag vill ha en formel i E som visar skillnaden och en cell som summerar det som inte är betalt.";
    for (const misread of ["classification", "summarization"]) expect(read(misread, [u(sheet)], 0.9)).toBe("code_generation");
  });
  it("a rule looked up after the writer's balances stays a quick answer", () => {
    expect(read("simple_qa", [u("balances: cash ISA £3,100 (paid in £2,000 this year), S&S ISA £18,420 (£6,000 this year). What's the total ISA allowance for this tax year?")], 0.9)).toBe("simple_qa");
  });
  it("a text asked boiled down, and decisions with owners asked short, are summaries", () => {
    const notes = u("committee notes:\n- water bill £1,140 vs £860, metering too dear, Dave to get quotes for water butts\n- skip day 24 May, Linda books the skip (£280)\n- open day: plant sale or cake stall, no decision yet\n- rats near the compost bays: Mo calls pest control, Janet makes a sign");
    expect(read("extraction", [u("my mum's pension statement, can you boil this down to 4 sentences she can read?\n\nScheme pension at 65: £6,700 a year; lump sum £46,850; transfer value £182,300.")], 0.9)).toBe("summarization");
    expect(read("extraction", [notes, a("Want proper minutes?"), u("no just the decisions and who's doing what, short as possible")], 0.4)).toBe("summarization");
    expect(read("simple_qa", [notes, a("Want proper minutes?"), u("who's doing what?")], 0.4)).toBe("extraction");
  });
  it("'help us pick between' these options is a judgement over a list-pulling reading", () => {
    expect(read("extraction", [u("Help us pick between these 3 venues, budget £22k, 100 guests.\n\nVenue 1: hire £5,900, 4 km from the station\nVenue 2: hire £7,200, on site rooms\nVenue 3: package £14,500, 130 evening guests")], 0.9)).toBe("analysis");
  });
});

describe("the second wave's working set (dev 97)", () => {
  it("downtime allowed under an SLA the turn gives is worked out", () => {
    expect(read("math", [u("SLA is 99.9% monthly. Outages: Mar 2 - 25 min, Mar 18 - 40 min. How many minutes of downtime were allowed in March (31 days) and did we breach?")], 0.9)).toBe("math");
  });
  it("basic statistics asked of a system's figures are maths; a cloud bill's rise is a business question", () => {
    expect(read("math", [u("need basic stats on these request latencies (ms): 118, 121, 97, 2210, 130, 125, 3405, 117\nmean, median, std dev, and the mean without the two outliers")], 0.9)).toBe("math");
    expect(read("analysis", [u("Can someone explain what happened to our AWS bill? Finance is asking.\n\nService | Apr | May | Jun\nEC2 | 18,420 | 18,910 | 19,205\nS3 | 2,100 | 2,080 | 2,150\nAthena | 3,550 | 4,068 | 6,047")], 0.9)).toBe("analysis");
  });
  it("a Chinese name asked for names no language to translate into", () => {
    expect(findCues("帮我想 15 个游戏名，中文名为主，也可以顺便给个英文名").map((hit) => hit.task)).not.toContain("translation");
    expect(findCues("请把这段话翻译成中文").map((hit) => hit.task)).toContain("translation");
  });
  it("the decisions and who owns what is a recap; 'what else could we try?' asks for ideas", () => {
    const notes = u("sync notes: pricing page copy not final, Hana chases legal by Fri; API rate limit bump approved, Marcus owns it; webinar undecided, revisit next week; launch date stays 12 Sept, Ines tells sales; support macros need updating, Omar.");
    expect(read("summarization", [notes, a("Want minutes?"), u("just the decisions and who owns what")], 0.8)).toBe("summarization");
    expect(read("summarization", [notes, a("Want minutes?"), u("list the action items and who owns what")], 0.8)).toBe("extraction");
    expect(read("analysis", [u("Trial conversion is 4.1%, activation 38%."), a("Onboarding emails and a product tour are the usual levers."), u("yeah we looked at activation too. what else could we try?")], 0.8)).toBe("brainstorming");
  });
});

describe("the second wave's working set (dev 95)", () => {
  it("decisions with owners asked of notes are a recap even with 'who owns'", () => {
    const notes = "\n\nBudget committee, 12 Feb\n- library hours: extend to 22:00 from March, Dean Ruiz to tell staff\n- roof repair: two quotes needed, Brandt to get the second by 1 March\n- tech fee: not decided\n- catering contract renewed for a year, Okoye signs";
    expect(read("extraction", [u(`From these notes, give me only the decisions made and who owns each follow-up.${notes}`)], 0.8)).toBe("extraction");
    expect(read("summarization", [u(`From these notes, give me only the decisions made and who owns each follow-up.${notes}`)], 0.8)).toBe("summarization");
  });
  it("'quick calc' asks for a sum; a quoted term asked 'what exactly is' is a definition; a plant's pH range is a lookup", () => {
    expect(read("analysis", [u("Quick calc for my memo: operating cost $18.6M, fare revenue $2.9M, 5.1M boardings. Farebox recovery ratio and average fare per boarding?")], 0.9)).toBe("math");
    expect(read("math", [u("Closing statement: loan 392,000.00; origination 0.5% 1,960.00; escrow holdback 4,500.00.\n\nWhat exactly is an \"escrow holdback\"? One sentence.")], 0.9)).toBe("simple_qa");
    expect(read("math", [u("Soil test: pH 6.4 | P 42 ppm | K 168 ppm. Planning raspberries. What pH range do raspberries want?")], 0.9)).toBe("simple_qa");
  });
  it("a localization agent translates the JSON it is given; Indonesian 'rumus' asks a sheet for a formula", () => {
    expect(read("extraction", [sys("You are a localization agent for the parent portal. Preserve JSON keys and placeholders exactly."), u("give me the Spanish (es-US) version of locales/en.json, keys untouched")], 0.9)).toBe("translation");
    expect(read("analysis", [u("Invoice di Google Sheets: kolom B jam, C tarif (Rp), D diskon (%). Tolong buatkan rumus buat kolom E: total setelah diskon.")], 0.9)).toBe("code_generation");
  });
  it("venting into the void, tiers to sort into, and a schedule that must fit every constraint", () => {
    expect(read("analysis", [u("Invoice for $5,640 sent Jan 8, net 30. Paid April 4, 87 days, minus a 2% 'early payment discount' 🙃 Not asking for anything, I just need to yell into the void")], 0.9)).toBe("chat");
    expect(read("math", [u("sort our donors into giving tiers (Friend $1-249 / Supporter $250-999 / Champion $1,000+):\nAna - 50, 100\nBo - 999\nCy - 300, 300, 500")], 0.9)).toBe("classification");
    expect(read("math", [u("5 teachers, 5 days, one each; Ana not Monday, Bo the day before Cy. work out a schedule that fits every constraint, or tell me it's impossible")], 0.9)).toBe("deep_reasoning");
  });
});

describe("a turn that is one greeting cue of some language and nothing else", () => {
  it("is chat whatever the reading", () => {
    expect(read("simple_qa", [u("privet kak dela?")], 0.9)).toBe("chat");
    expect(read("simple_qa", [u("privet kak dela? skolko let Pushkinu bylo v 1837?")], 0.9)).toBe("simple_qa");
  });
});
