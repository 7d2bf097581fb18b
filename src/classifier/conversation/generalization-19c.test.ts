/**
 * Nineteenth round, third wave: the classes read off dev 133, 135, 137 and 139, in the team's own wording (never a set's
 * row). Controls (a greeting before small talk, a bare "what do you think?" in Swahili, "in terms of") check each rule's reach.
 */
import { describe, expect, it } from "vitest";
import { createClassifierByName } from "../../eval/create-classifier-by-name.js";
import { a, sys, u } from "../../../test/support/conversation-kit.js";
import { readConversation } from "./read-conversation.js";
import { looksUpRule } from "./rule-lookup.js";
import { labellingAskGuard } from "./labelling-asks.js";

const learned = await createClassifierByName("learned");
const taskOf = (...messages: Parameters<typeof learned.classify>[0]): string => learned.classify(messages).task.label;

describe("a greeting that opens a request is passed over", () => {
  it("reads the request after the greeting", () => {
    expect(taskOf(u("Hola! Mi hermano se casa en junio y me toca decir unas palabras en la cena. Quiero algo divertido pero con corazón, de dos minutos."))).toBe("creative_writing");
  });
  it("keeps a greeting and small talk as chat", () => {
    expect(taskOf(u("Hey! How's it going? Just got back from a week of hiking and my legs are done lol"))).toBe("chat");
  });
});

describe("labels, lists and recalls in the cue languages", () => {
  it("reads labels offered with an article between them as a labelling ask", () => {
    const text = "Kun je bij elke klacht zeggen of het een LEVERING of een FACTUUR probleem is?\n\n1. Pakket kwam twee dagen te laat.\n2. Ik ben twee keer gefactureerd.";
    expect(labellingAskGuard("simple_qa", readConversation([u(text)]))?.task).toBe("classification");
  });
  it("reads a recall with its two candidates as a lookup", () => {
    expect(taskOf(u("how do you spell the plural of cactus?"), a("Both cacti and cactuses are accepted."), u("wait what's the plural of octopus again, octopi or octopuses"))).toBe("simple_qa");
  });
  it("reads the fee terms listed from a letter as extraction", () => {
    expect(taskOf(u('Can you list the fee terms from this letter as bullets (what + amount)?\n\n"Our hourly rates are: partners $610, associates $340, paralegals $180. We require a retainer of $10,000, replenished monthly. Invoices are due within 30 days."'))).toBe("extraction");
  });
  it("reads a Spanish ask for a table of the pending items as extraction", () => {
    expect(taskOf(u("hazme una tabla con nombre, fecha y monto de las facturas pendientes: Acme 12/03 450€, Beta 15/03 1.200€, Gama 20/03 80€"))).toBe("extraction");
  });
});

describe("figures asked in their own words", () => {
  it("reads where the premium lands, a net that should be, and how much extra as sums", () => {
    for (const text of [
      "Rating a warehouse: building TIV $2,400,000 at 0.121 per $100, contents $800,000 at 0.15 per $100, +8% for roof age, -5% sprinklered. Need a sanity check on where the premium lands.",
      "Can you figure out what his biweekly net should be? Salary $64,000, 26 periods, 5% 401(k) pre-tax, $90 medical per period pre-tax, federal withholding $212, state 4.5% flat.",
    ]) {
      expect(taskOf(u(text)), text.slice(0, 40)).toBe("math");
    }
  });
  it("reads a judgement of figures as analysis", () => {
    expect(taskOf(u("Meta ads for my pottery shop: $5/day for 30 days, 11 orders attributed, $610 revenue, margin about 40%. Half were probably regulars anyway. Keep the ads or kill them?"))).toBe("analysis");
    expect(taskOf(u("I want your take, not the maths: I already have the payments. Two loan offers for a $900k machine: 6.9% fixed over 7 years with a personal guarantee, or 7.4% over 5 years without one. Not asking you to compute the payments. Which structure makes more sense?"))).toBe("analysis");
  });
});

describe("rules and constants looked up", () => {
  it("names the lookups", () => {
    expect(looksUpRule("how many online credits can count toward the full-time requirement?")).toBe(true);
    expect(looksUpRule("mg/dl to mmol/l for glucose, what's the factor? 18 or 18.02?")).toBe(true);
    expect(looksUpRule("what's the dollar amount that triggers a sar filing?")).toBe(true);
    expect(looksUpRule("paypayの決済手数料って今何%でしたっけ？")).toBe(true);
  });
  it("reads a rate asked in Japanese as a lookup", () => {
    expect(taskOf(u("ラクマの販売手数料って今何%でしたっけ？古着を3,500円で出品しようと思ってます。"))).toBe("simple_qa");
  });
  it("reads a dose to compute under a maximum daily dose as maths", () => {
    expect(taskOf(u("Hei! Et barn på 18 kg skal ha ibuprofen 10 mg/kg per dose, mikstur 20 mg/ml. Hvor mange ml per dose blir det? Maks døgndose er 30 mg/kg, hvor mange doser kan han få?"))).toBe("math");
  });
});

describe("asks of code, output and agents", () => {
  it("reads a Hinglish ask for a script as code", () => {
    expect(taskOf(u("bhai mujhe ek python script chahiye jo folder ki saari csv files merge kare aur duplicate rows hata de"))).toBe("code_generation");
  });
  it("reads statistical output asked to be interpreted as analysis", () => {
    expect(taskOf(u("Not confident interpreting the interaction here, my PI wants a paragraph:\n\n> summary(aov(yield ~ fert * water, data = d))\n            Df Sum Sq Mean Sq F value  Pr(>F)\nfert         2  412.3  206.1   18.40 1.2e-05 ***\nwater        1   96.0   96.0    8.57  0.0071 **\nfert:water   2   61.4   30.7    2.74  0.0840 ."))).toBe("analysis");
  });
  it("reads 'turn this into a short' handover as a summary", () => {
    expect(taskOf(u("turn this into a short handover for the night shift: bed 7, 71F, day 2 post hip replacement, pain 6/10 on oral morphine 10mg 4-hourly, mobilised to chair twice, urine output 40 ml/h, Hb 98 from 112, physio tomorrow 10:00."))).toBe("summarization");
  });
  it("reads a short question to a summarizing agent as that question", () => {
    const system = sys("You are a research assistant that writes summaries of the papers the user uploads.");
    expect(taskOf(system, u("Here's the abstract: a 12-week trial of 240 adults found a 4.1 mmHg drop in systolic pressure."), a("Summary: a modest drop in systolic pressure over 12 weeks."), u("what stands out to you? anything I should be careful about?"))).not.toBe("summarization");
  });
  it("reads an Arabic 'where is the mistake' over code as a review", () => {
    expect(taskOf(u("كتبت هذي الدالة في بايثون بس النتيجة غلط دايماً. وين الغلط؟\n\ndef avg(xs):\n    return sum(xs) / len(xs) + 1"))).toBe("code_review");
  });
});

describe("feelings, thanks and news shared with figures", () => {
  it("reads thanks with figures as chat", () => {
    expect(taskOf(u("what should I check before the audit?"), a("Reconcile the bank accounts, tie out accruals, and document any manual journals."), u("thanks!! did all of it and the auditors were done in 2 days instead of 5. first year doing it on my own 🙏"))).toBe("chat");
  });
  it("reads Arabizi venting as chat", () => {
    expect(taskOf(u("ya 3am ana zah2t 😩 el shoghl 12 sa3a w el mortab zay ma howa, mesh 3aref a3mel eh, ana bas 3ayez afadfed shwaya"))).toBe("chat");
  });
  it("reads Swahili news with a bare 'what do you think?' as chat", () => {
    expect(taskOf(u("Habari! Leo nimepata kazi mpya kama mwalimu mkuu wa shule yetu ya msingi hapa Moshi. Nimefurahi sana lakini naogopa kidogo. Wewe unaonaje?"))).toBe("chat");
  });
});

describe("languages named by their letters", () => {
  it("names Bengali and Hindi with no cue", () => {
    expect(readConversation([u("প্যারাসিটামলের হাফ-লাইফ কত ঘণ্টা? পরীক্ষার জন্য পড়ছি।")]).language).toBe("bn");
    expect(readConversation([u("आज मौसम बहुत अच्छा है।")]).language).toBe("hi");
  });
  it("reads a Polish ask for a notice and a Persian ask for a definition as such", () => {
    expect(taskOf(u("Napisz ogłoszenie do grupy sąsiedzkiej: sprzątanie parku w sobotę 10:00, worki i rękawice zapewniamy, kawa dla wszystkich."))).toBe("creative_writing");
    expect(taskOf(u("سلام. تفاوت «دارایی» و «بدهی» در حسابداری چیست؟ فقط تعریف ساده می‌خواهم."))).toBe("simple_qa");
  });
});

describe("a question why a business's figure moved (found walking the agent builder's journey)", () => {
  it("reads it as analysis, in an agent's run or alone", () => {
    expect(taskOf(u("why is our March VAT bill higher than February's?"))).toBe("analysis");
    expect(taskOf(sys("You are a bookkeeping agent with ledger tools."), u("why is the March VAT return higher than February's? check the ledger"))).toBe("analysis");
  });
  it("leaves a system's figures to debugging and a question about the world to a lookup", () => {
    expect(taskOf(u("why is the p99 latency higher since the deploy?"))).not.toBe("analysis");
    expect(taskOf(u("why is the sky blue?"))).toBe("simple_qa");
  });
});
