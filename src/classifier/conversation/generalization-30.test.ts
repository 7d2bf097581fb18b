/**
 * Thirtieth round: classes read off a fresh development set (`training/conversation-dev-171.jsonl`) and the scored
 * dev-170, each with the look-alike it must leave alone. Team-written inputs, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { readNumericDomain } from "./numeric-domain.js";
import { findCues } from "./cue-matcher.js";
import { detectFollowUp } from "./follow-up.js";
import type { ChatMessage } from "../../core/types.js";
import { afterText, agentTurn } from "./turns.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[], classifier = learned): string => classifier.classify(messages).task.label;
const one = (text: string): ChatMessage[] => [{ role: "user", content: text }];
const cueTasks = (text: string): string[] => findCues(text.toLowerCase()).filter((cue) => cue.strong).map((cue) => cue.task);

describe("rows picked out of a tool's result", () => {
  const parcels = "TRK-4410 | Leeds | delivered 09:12\nTRK-4411 | York | in transit, depot Wakefield\nTRK-4412 | Hull | in transit, out for delivery\nTRK-4413 | Selby | delivered 11:40\nTRK-4414 | Ripon | held: address query";
  const system = "You are the customer-service assistant of a regional courier. You can look up today's parcels.";

  it("reads 'which ones … ? just the <field>' after the tool's list as extraction", () => {
    const messages = agentTurn(system, "today's parcels for account 7781", "parcels_today", "{\"account\": \"7781\"}", parcels, "which ones are still not delivered? just the tracking numbers");
    for (const classifier of [learned, heuristic]) expect(taskOf(messages, classifier)).toBe("extraction");
    const also = agentTurn(system, "today's parcels for account 7781", "parcels_today", "{\"account\": \"7781\"}", parcels, "which of these need a call from us? town and reason, that's all");
    expect(taskOf(also)).toBe("extraction");
  });

  it("leaves one item asked for, and the same question with no tool, alone", () => {
    const single = agentTurn(system, "today's parcels for account 7781", "parcels_today", "{\"account\": \"7781\"}", parcels, "which one was delivered first? just the town");
    expect(taskOf(single)).not.toBe("extraction");
    expect(taskOf(one("Which ones are primes: 21, 23, 27, 29? Just the numbers."))).not.toBe("extraction");
  });
});

describe("a change stated from one value to another, asked as a rate", () => {
  it("reads 'by what percentage' and a year-on-year inflation from two values as maths", () => {
    const bill = "Our water bill went from £412 to £457 this year. By what percentage did it go up?";
    expect(readNumericDomain(bill.toLowerCase()).figure).toBe(true);
    for (const classifier of [learned, heuristic]) expect(taskOf(one(bill), classifier)).toBe("math");
    expect(taskOf(one("What's the annual inflation if the price index went from 104.2 to 109.9?"))).toBe("math");
  });

  it("leaves a question whether the rise is allowed alone", () => {
    expect(taskOf(one("My rent went from €900 to €1,050 in one go. Is my landlord even allowed to do that in Ireland?"))).not.toBe("math");
  });
});

describe("a chemical equation with a quantity asked", () => {
  it("reads grams or moles asked over a balanced equation as maths", () => {
    const text = "How many grams of water form when 16 g of methane burns completely? CH4 + 2O2 → CO2 + 2H2O";
    expect(readNumericDomain(text.toLowerCase()).math).toBe(true);
    for (const classifier of [learned, heuristic]) expect(taskOf(one(text), classifier)).toBe("math");
    expect(readNumericDomain("stoichiometry homework: what mass of co2 comes from 88 g of propane?").math).toBe(true);
  });

  it("leaves arrows between names, and a lookup of grams, alone", () => {
    expect(readNumericDomain("we moved the branch: feature-2 -> main, then rebased").math).toBe(false);
    expect(readNumericDomain("how many grams of sugar are in a 330 ml can of cola?").math).toBe(false);
  });
});

describe("sorting into groups, and quoting the parts", () => {
  it("names classification by 'split those by whether' and 'two groups please'", () => {
    expect(cueTasks("now split those by whether they were built before or after 1900")).toContain("classification");
    expect(cueTasks("Which keep and which go off fast? Two groups please.")).toContain("classification");
    const answer = "Sweden, Finland, Norway, Denmark, Iceland and Estonia.";
    expect(taskOf(afterText("which Nordic and Baltic countries border the sea?", "now split them by whether they're in the EU", answer))).toBe("classification");
  });

  it("leaves groups that are people, not a sorting asked, alone", () => {
    expect(cueTasks("the class splits into two groups for the museum trip, what should each group see first?")).not.toContain("classification");
  });

  it("names extraction by 'quote the bits'", () => {
    expect(cueTasks("what does it say about holidays exactly? quote the bits")).toContain("extraction");
    const memo = "[pasted: the staff handbook's chapter on leave, sick pay, holidays and carrying days over]";
    const gist = "Staff get 25 days plus bank holidays, sick pay after a month, and up to 5 days carry over.";
    expect(taskOf(afterText(memo, "what does it say about carrying days over exactly? quote the parts", gist))).toBe("extraction");
  });

  it("leaves a quote for a price alone", () => {
    expect(cueTasks("can you give me a quote for the bits we talked about?")).not.toContain("extraction");
  });
});

describe("too long, and a word count as the limit", () => {
  const summary = "The novel follows two marriages in a provincial town, the idealist Dorothea and the ambitious doctor Lydgate, and how each is disappointed and partly redeemed.";

  it("reads 'too long … twenty words max' after a summary as a shorter summary", () => {
    expect(detectFollowUp("too long for the back of the card. fifteen words max")?.kind).toBe("shorten");
    expect(detectFollowUp("still too long")?.kind).toBe("shorten");
    for (const classifier of [learned, heuristic]) expect(taskOf(afterText("summarise Middlemarch in a paragraph", "too long for a bookmark. twenty words max", summary), classifier)).toBe("summarization");
  });

  it("keeps a poem a poem when it is too long, and reads the key points asked after it as a summary", () => {
    const poem = "The kettle ticks, the window fogs,\nthe cat has claimed the chair,\nthe radio hums of distant fogs,\nand frost is in the air.";
    expect(taskOf(afterText("a short poem about a winter kitchen", "too long. half the lines", poem))).toBe("creative_writing");
    const ideas = "Ideas we collected for the fundraiser: a bake sale, a sponsored walk, a quiz night, a raffle with local shops, a car wash, a plant swap, a kids' disco, a talent show.";
    for (const classifier of [learned, heuristic]) expect(taskOf(afterText(ideas, "Too long. Key points only.", "Got it. What would you like me to do with it?"), classifier)).toBe("summarization");
  });

  it("leaves a question how long is too long alone", () => {
    expect(detectFollowUp("how long is too long to leave cooked rice out?")?.kind).not.toBe("shorten");
    expect(detectFollowUp("it took too long to arrive")?.kind).not.toBe("shorten");
  });
});

describe("cue words in more wordings of the languages", () => {
  it("knows Hong Kong's 電郵, Lithuanian sugalvoti, Malay 'tulis email' and pinyin typed syllable by syllable", () => {
    expect(cueTasks("可唔可以幫我寫封電郵俾房東,話部雪櫃壞咗?")).toContain("creative_writing");
    expect(cueTasks("gal galite sugalvoti penkis pavadinimus kepyklėlei?")).toContain("brainstorming");
    expect(cueTasks("tolong tulis email kepada pengurus, minta cuti hari jumaat")).toContain("creative_writing");
    expect(cueTasks("bang wo xiang ji ge dianpu de mingzi")).toContain("brainstorming");
  });

  it("leaves an email address asked for, and 'email' as a noun, alone", () => {
    expect(cueTasks("你嘅電郵地址係咩?")).not.toContain("creative_writing");
    expect(cueTasks("email saya tak sampai, kenapa?")).not.toContain("creative_writing");
  });
});
