/**
 * Seventeenth round: general mechanisms for classes left open by earlier rounds and found in this round's working sets,
 * each in the team's own wording, never a set's row. Most tests fail on the round's first build.
 */
import { describe, expect, it } from "vitest";
import { composedText } from "../conversation-text.js";
import { createClassifierByName } from "../../eval/create-classifier-by-name.js";
import { a, read, sys, u } from "../../../test/support/conversation-kit.js";
import { findCues } from "./cue-matcher.js";
import { isNegated } from "./negated-cues.js";

describe("text typed or pasted decomposed (combining marks) reads as its composed form", () => {
  const asks: [string, string][] = [
    ["Jọ̀ọ́ bá mi túmọ̀ ọ̀rọ̀ yìí sí èdè Gẹ̀ẹ́sì: Ẹ kú àárọ̀, ṣé dáadáa ni?", "translation"],
    ["Hãy dịch đoạn này sang tiếng Anh giúp tôi: Cảm ơn quý khách đã mua hàng.", "translation"],
    ["Tóm tắt giúp mình bài báo này trong ba câu: Ngân hàng Nhà nước vừa công bố lãi suất mới cho vay mua nhà.", "summarization"],
    ["Übersetze bitte ins Französische: Die Lieferung kommt am Dienstag.", "translation"],
  ];
  it("composes only text that holds a combining mark", () => {
    const plain = "Translate this, please.";
    expect(composedText(plain)).toBe(plain);
    expect(composedText("de\u0301ja\u0300")).toBe("déjà");
  });
  for (const name of ["learned", "heuristic"]) {
    it(`${name}: a decomposed ask reads as the composed one`, async () => {
      const classifier = await createClassifierByName(name);
      for (const [text, task] of asks) {
        const composed = classifier.classify([u(text.normalize("NFC"))]).task.label;
        const decomposed = classifier.classify([u(text.normalize("NFD"))]).task.label;
        expect(decomposed, text).toBe(composed);
        if (name === "learned") expect(decomposed, text).toBe(task);
      }
    });
  }
});

describe("a task word the writer rules out, in languages that negate after the verb, Swahili and Thai", () => {
  it("rules out the cue", () => {
    for (const text of [
      "अनुवाद करने की ज़रूरत नहीं है, बस बताओ इसमें क्या लिखा है",
      "इसका सारांश मत बनाओ, पूरा पढ़कर बताओ कि मुझे क्या करना चाहिए",
      "অনুবাদ করার দরকার নেই, শুধু বলো এখানে কী লেখা আছে",
      "ترجمہ کرنے کی ضرورت نہیں، بس بتاؤ اس میں کیا لکھا ہے",
      "özetlemene gerek yok, şu rakamlar iyi mi kötü mü?",
      "hakuna haja ya kutafsiri, niambie tu inasema nini",
    ]) {
      const hits = findCues(text);
      expect(hits.length, text).toBeGreaterThan(0);
      for (const hit of hits) expect(isNegated(text, hit), `${text}: ${hit.word}`).toBe(true);
    }
  });
  it("keeps the cue of a plain or polite ask", () => {
    for (const text of [
      "इसका अनुवाद अंग्रेज़ी में करो, मुझे हिंदी नहीं आती",
      "অনুবাদ করে দেবে না? আমার ইংরেজি ভালো না",
      "bunu özetler misin, okumaya vaktim yok",
      "tafadhali tafsiri ujumbe huu kwa kiingereza",
    ]) {
      const hits = findCues(text);
      expect(hits.length, text).toBeGreaterThan(0);
      for (const hit of hits) expect(isNegated(text, hit), `${text}: ${hit.word}`).toBe(false);
    }
  });
});

describe("a published rule asked among the writer's own figures is a lookup", () => {
  it("reads the ask as simple_qa over maths and analysis readings", () => {
    for (const text of [
      "Two staff have put $6,100 and $7,450 into their HSAs so far this year. What's the HSA contribution limit for 2024 for family coverage?",
      "Our invoices run from £1,200 to £4,800 a month. Whats the VAT registration threshold in the UK right now?",
      "We pay contractors $85/h and $120/h. What is the federal minimum wage rate these days?",
      "Bonus payouts were $14,000, $9,500 and $22,000. At what income does the additional Medicare tax start to apply?",
      "The boiler is rated 80,000 BTU and runs 6 hours a day. How many joules are in one BTU?",
      "Sold the flat for €310,000, bought it for €190,000 in 2015. What is the annual exemption for capital gains tax in Ireland?",
    ]) {
      for (const misread of ["math", "analysis"]) expect(read(misread, [u(text)]), text).toBe("simple_qa");
    }
  });
  it("leaves a quantity to work out as maths", () => {
    for (const text of [
      "How many seconds are there in a week?",
      "We shard 1,842 tests over 12 runners, 45 s startup each. At what number of runners does adding one more stop saving 10 seconds?",
      "Our limit is 2,000 requests per hour and we make 37 per minute. What's the limit as a share of what we use?",
    ]) {
      expect(read("math", [u(text)]), text).toBe("math");
    }
  });
});

describe("cue look-alikes", () => {
  it("German 'Reim' (rhyme) is not the start of English 'reimburse'", () => {
    expect(findCues("doing mileage reimbursements for the reps")).toEqual([]);
    expect(findCues("we had to reimplement the importer").map((hit) => hit.task)).not.toContain("creative_writing");
    expect(findCues("schreib mir einen reim für die karte").map((hit) => hit.task)).toContain("creative_writing");
  });
});

describe("a figure asked as what something comes to, a total, what is left or a balance after", () => {
  it("a short later turn asking for a figure is worked out from the figures before it", () => {
    const offers = u("Option A: €1,150/month rent, 3% yearly increase. Option B: €1,050/month, 6% yearly increase, €900 agency fee. Which is better over time?");
    const answer = a("A starts higher but grows slower; over a long stay A tends to win, over a short one B.");
    for (const text of [
      "ok so what does A come to in total over the full 4 years?",
      "whats the total over 3 years for each then",
      "and what's left for savings if my take-home is €2,600?",
      "what would the deposit account balance be after year 2 if I put the difference there? show your working",
    ]) {
      expect(read("analysis", [offers, answer, u(text)]), text).toBe("math");
    }
  });
  it("keeps a choice or a reading asked in the later turn as analysis", () => {
    const offers = u("Option A: €1,150/month rent, 3% yearly increase. Option B: €1,050/month, 6% yearly increase, €900 agency fee.");
    for (const text of ["which of the two would you pick, honestly?", "why does B get worse over time?", "ok and what does that tell us about the landlord?"]) {
      expect(read("analysis", [offers, a("Here is the comparison."), u(text)]), text).toBe("analysis");
    }
  });
  it("an ask for the profit per item and the margin over a sales table is maths", () => {
    const table = "Book fair takings:\nitem | sold | price | cost\nposters | 40 | $5 | $62\nbookmarks | 210 | $1 | $38\ntote bags | 18 | $12 | $96\n";
    expect(read("analysis", [u(`${table}What's the profit per item type, the overall profit and the margin as a % of revenue?`)])).toBe("math");
  });
  it("two terms told apart are a definition, not a difference of figures", () => {
    expect(read("simple_qa", [u("whats the difference between variance and standard deviation? my dashboard shows 144 and 12 for the same data")])).toBe("simple_qa");
  });
});

describe("a feeling shared about figures, asking for nothing, is chat", () => {
  it("reads chat over the readings the figures pull towards", () => {
    for (const text of [
      "WE HIT 10,000 SUBSCRIBERS!!! started the channel in 2021 with 3 videos and 14 views 😭 two years of editing at 2am lol",
      "ugh my flight got delayed AGAIN. supposed to land at 18:40, now it says 23:15, and the hotel check-in closes at 22:00. third time this month 🙃",
      "omg the half marathon is done and I'm so proud: 2:04:37, last year was 2:21:10 and I had to walk at km 15. I just had to tell someone",
      "did you see the derby last night?? 3-3 after being 3-0 down at 70 minutes, I'm still laughing 😂",
    ]) {
      for (const misread of ["math", "analysis", "simple_qa"]) expect(read(misread, [u(text)]), text).toBe("chat");
    }
  });
  it("keeps an ask, a piece of writing, a question or a follow-up as it was read", () => {
    for (const [text, task] of [
      ["WE HIT 10,000 SUBSCRIBERS!!! 😭 can you work out our monthly growth rate since 2021? we had 14 in Jan 2021", "math"],
      ["omg 😭 so proud of my team!! toast for the launch party, 2 minutes, mention our 48-hour sprint", "creative_writing"],
      ["ugh 🙃 the flight is delayed AGAIN, from 18:40 to 23:15 — does the airline owe me compensation for 4.5 hours?", "simple_qa"],
      ["mi hija sacó 9,5 en mates!! 😭 qué orgullo. escríbele una notita de felicitación", "creative_writing"],
    ] as const) {
      expect(read(task, [u(text)]), text).toBe(task);
    }
    expect(read("creative_writing", [u("Write a limerick about my cat."), a("There once was a cat named Lou…"), u("haha love it!! another one about her 3am zoomies 😂")])).toBe("creative_writing");
  });
});

describe("labels asked for the items below without 'each'", () => {
  it("reads a labelling verb or a per-item phrase with named labels as classification", () => {
    const items = "\n\nA-101  62 / 71 / 58\nA-102  80 / 77 / 83\nA-103  49 / 55 / 60\nA-104  91 / 88 / 90";
    for (const text of [
      `rate these suppliers as GREEN / AMBER / RED using our scorecard (on-time %, defect ppm, price index):${items}`,
      `A line is OK when all three readings are under 85; anything else is REWORK. can you just mark them${items}`,
      `Trage bitte pro Bewerber „einladen“ oder „absagen“ ein, Mindestpunktzahl 60 im Test:${items}`,
      `Pour chaque dossier ci-dessous, indiquez ACCEPTÉ ou REFUSÉ selon le barème : score ≥ 70 et ancienneté ≥ 2 ans.${items}`,
      `I need this backlog tagged by type (bug / feature / chore / docs), estimates are just for context:${items}`,
    ]) {
      for (const misread of ["analysis", "summarization", "extraction"]) expect(read(misread, [u(text)]), text).toBe("classification");
    }
  });
  it("leaves a rate per line, a method's name in capitals and a plan's name alone", () => {
    expect(read("code_review", [u("This query should give daily yield % per line but shows 0 except at 100. Why?\n\nSELECT line_id, SUM(good)/SUM(total)*100 FROM log GROUP BY line_id;")])).toBe("code_review");
    expect(read("analysis", [u("We checked the new assay against LC-MS/MS at each level: bias 4%, 7%, 11%. Can we go live?")])).toBe("analysis");
    expect(read("summarization", [u("consegue resumir isso pro diretor? REPORT MAIO: vendas 1.284.000, pedidos 3.912, ticket médio 328")])).toBe("summarization");
  });
});

describe("spreadsheet formulas", () => {
  it("a formula that gives an error value or a wrong result is code to debug", () => {
    for (const text of [
      "My budget tab shows #DIV/0! in E4.\nE4 = =D4/C4\nC4 is 0 for new lines, D4 = 120. How do I stop it?",
      "the bonus column is wrong for Priya: =IF(B5>50000, B5*0.1, B5*0.05) gives 2,600 but her sales are 52,000",
      "¿por qué me da 0? =SUMIF(A2:A40,\"Norte\",C2:C40) y en la columna A pone Norte en 12 filas",
    ]) {
      for (const misread of ["math", "analysis", "code_generation"]) expect(read(misread, [u(text)]), text).toBe("code_review");
    }
  });
  it("formulas asked for a sheet are code to write", () => {
    expect(read("math", [u("Excel: B1 is the price (€240), B2 the deposit (20%), B3 the months (12). Give me the formulas for the monthly instalment and the total paid.")])).toBe("code_generation");
  });
});

describe("many ideas asked for over figures", () => {
  it("reads brainstorming whatever the figures pull towards", () => {
    for (const text of [
      "Library visits fell from 41,200 to 29,800 a year since 2019; e-loans rose 160%. I need a long list of ideas to bring people back in, cheap and pricey mixed.",
      "Checkout abandonment is 71% (mobile 78%, desktop 59%), average cart €64. Give me as many ideas as you can to bring it down, rough impact next to each.",
      "Our 5k fun run had 312 runners, 40% fewer than 2023. Throw out lots of options for next year, the committee will pick.",
    ]) {
      for (const misread of ["analysis", "summarization", "math"]) expect(read(misread, [u(text)]), text).toBe("brainstorming");
    }
  });
  it("leaves 'any ideas?' about a failure to the reading", () => {
    expect(read("code_review", [u("p99 went from 220 ms to 1.8 s after Tuesday's release, CPU 52% → 58%. any ideas?")])).toBe("analysis"); // ADR 0030: a diagnosis from a system's log or figures, no code shown (was code_review)
  });
});

describe("a guideline's or a regulation's value, and two terms told apart, among figures", () => {
  it("reads a lookup", () => {
    for (const text of [
      "Our noise readings at the fence were 58, 61 and 64 dB(A) at night. What's the current WHO night-time guideline value? I'll compare myself.",
      "Slab 250 mm, C30/37, exposure XC4, 50-year life. What is the recommended minimum concrete cover for the top bars?",
      "Hasil uji: pH 7,9, COD 180 mg/L, TSS 95 mg/L. Berapa ambang batas COD untuk limbah industri tekstil menurut peraturan yang berlaku?",
      "हमारे कैफ़े का बिल ₹1,850 है और पैकिंग ₹40। टेकअवे खाने पर GST की दर कितनी है?",
      "Invoice #4471: 3 x desk €240, 1 x delivery €35, subtotal €755. What's the standard Italian VAT rate I should charge on this? just the rate",
    ]) {
      for (const misread of ["analysis", "translation"]) expect(read(misread, [u(text)], 0.9), text).toBe("simple_qa");
    }
  });
  it("reads two terms told apart among figures as a definition", () => {
    const list = "carton  qty  net wt (kg)  gross wt (kg)\n1-10    120  84.0         97.5\n11-14   60   21.0         26.2\n\n";
    expect(read("analysis", [u(`${list}what exactly is the difference between net weight and gross weight here? the carrier keeps asking`)])).toBe("simple_qa");
    // A difference of figures, asked as a quantity: no definition; since the eighteenth round an unsure reading of it is
    // the computation it asks for.
    expect(read("analysis", [u(`${list}what's the difference between the net and gross weight in total? how many kg of packaging is that?`)])).toBe("math");
    expect(read("analysis", [u(`${list}what's the difference between the net and gross weight in total? how many kg of packaging is that?`)], 0.9)).toBe("analysis");
  });
});

describe("a puzzle named as a tricky one, or asked to be thought over slowly", () => {
  it("keeps or reads deep_reasoning over a calculation reading", () => {
    expect(read("math", [u("Tricky one from the pub quiz: three teams played each other once, win 3, draw 1. Final points 4, 4 and 1, goals 3-2, 2-2, 1-2. Work out every result.")], 0.9)).toBe("deep_reasoning");
    expect(read("simple_qa", [u("천천히 잘 생각해서 답해줘. 네 명이 월~목 하루씩 당번을 서. 조건: 민지는 월요일 안 돼, 준호는 민지 바로 다음 날. 누가 언제야?")], 0.6)).toBe("deep_reasoning");
  });
  it("leaves 'help me think it through' over a decision as analysis", () => {
    expect(read("analysis", [u("rent vs buy, 7 year horizon, help me think it through: flat £265k, deposit £40k, rent £1,350/mo rising 4%/yr")], 0.9)).toBe("analysis");
  });
});

describe("a choice asked as a judgement, not a sum", () => {
  it("reads analysis over maths and quick-answer readings", () => {
    for (const text of [
      "Two quotes for the roof: £8,400 with a 10-year guarantee, or £6,900 with 2 years. Which is actually better value for us once you factor everything in?",
      "Van A: 62,000 km, €14,500. Van B: 118,000 km, €9,800. which of these is the best deal in your opinion?",
      "Did the loyalty discount actually bring customers back, or did it just move their orders earlier? Repeat rate was 18% before and 21% after.",
    ]) {
      for (const misread of ["math", "simple_qa"]) expect(read(misread, [u(text)], 0.9), text).toBe("analysis");
    }
  });
  it("a follow-up that judges what a sum found is analysis; one that checks it stays maths", () => {
    const sum = [u("Plan A costs £1,200 up front and £80 a month; plan B £300 up front and £115 a month. What does each come to over 3 years?"), a("A: £4,080. B: £4,440.")];
    expect(read("math", [...sum, u("which of the two is riskier if prices rise, honestly?")], 0.9)).toBe("analysis");
    expect(read("math", [...sum, u("which of the two is cheaper after 2 years?")], 0.9)).toBe("math");
    expect(read("math", [u("Which is cheaper per kg: 750 g for €4.20 or 1.2 kg for €6.30?")], 0.9)).toBe("math");
  });
});

describe("a summary that names the pasted text, not the ask", () => {
  const table = "\n\n            Jan   Feb   Mar\nRevenue     41    44    47\nFood cost   14    16    18\nWages       15    16    17\n";
  it("leaves the reading of the question asked about it", () => {
    expect(read("analysis", [u(`Here's our bakery's quarterly P&L summary (£k). Sales are up but the bank balance isn't moving. What's happening?${table}`)], 0.9)).toBe("analysis");
    expect(read("code_review", [u("our worker pod gets OOMKilled every ~4 hours. GC log tail + native memory summary below. what's going on?\n\n[gc] Pause Young 512M->498M(1024M) 12.3ms\n[gc] Pause Full 1010M->1002M(1024M) 1843.0ms\nTotal: reserved=2150MB, committed=1420MB\n")], 0.9)).toBe("analysis"); // ADR 0030: a diagnosis from a system's log or figures, no code shown (was code_review)
  });
  it("still reads an ask for a summary", () => {
    expect(read("analysis", [u(`Give me a quick summary of this for the owners, two sentences.${table}`)], 0.9)).toBe("summarization");
    expect(read("analysis", [u(`I need an executive summary of our Q1 numbers, what should it say?${table}`)], 0.9)).toBe("summarization");
  });
});

describe("smaller classes of the round's training sets", () => {
  it("labels named as a yes/no pair or as bands to use; an 'or' among maths words names none", () => {
    const rows = "\n\nHarbour Primary  48\nHill Academy  97\nSt Mary's  133\nRiverside  21";
    expect(read("extraction", [u(`Use these bands: 0–50 Low, 51–100 Medium, 101+ High. Give each school its band.${rows}`)], 0.9)).toBe("classification");
    expect(read("extraction", [u(`Criteria: valid licence, 2+ years' experience. yes/no per candidate on each criterion please${rows}`)], 0.9)).toBe("classification");
    expect(read("math", [u("Each player rolls 2 dice; you score if both show the same number or the total is 9 or more. What's the probability of scoring?")], 0.9)).toBe("math");
  });
  it("'work it out for me' asks for a sum; 'work it out properly' over a game stays a puzzle", () => {
    expect(read("analysis", [u("the refund is per item after 10% off, minus a €5 restocking fee: kettle €49, 2 mugs €12 each. work it out for me step by step")], 0.9)).toBe("math");
    expect(read("deep_reasoning", [u("new rules: take 1, 3 or 4 matches, whoever takes the last one LOSES. 21 matches. who wins with perfect play? work it out properly")], 0.9)).toBe("deep_reasoning");
  });
  it("a good sign or a bad one is a judgement; 'other angles?' asks for more ideas", () => {
    const talk = [u("Our newsletter open rate went from 31% to 44% after we cut the list from 12,000 to 7,500."), a("The rate rose because the denominator shrank.")];
    expect(read("simple_qa", [...talk, u("is that a good sign or bad?")], 0.6)).toBe("analysis");
    expect(read("simple_qa", [u("Ideas to get more volunteers?"), a("1. Posters 2. A sign-up stall 3. Ask local schools"), u("other angles? these all feel a bit same-y")], 0.6)).toBe("brainstorming");
  });
  it("a shared feeling with 'can you believe it' and shouted words asks for nothing", () => {
    expect(read("math", [u("200 DAY STREAK 🎉 10k steps every single day since May, 2,140,000 steps in total, and I was 104 kg then and 91 kg now")], 0.9)).toBe("chat");
    expect(read("creative_writing", [u("ahhh he's going to be SO surprised, he thinks I forgot 😂 twenty years, can you believe it")], 0.6)).toBe("chat");
  });
});

describe("a language's version of an app's strings, asked of a coding agent", () => {
  it("reads translation, not code work", () => {
    const agent = sys("You are a coding agent in the shop-web repository. Tools: read_file, write_file, run_tests.");
    for (const text of [
      "we're launching in Mexico. open src/i18n/en.json and give me the es-MX version, same keys, keep the {placeholders}",
      "add German locale strings for the checkout page: \"Place order\", \"Shipping address\", \"Payment method\"",
      "the French strings for the onboarding screens please, same keys as en.json",
    ]) {
      expect(read("code_generation", [agent, u(text)], 0.9), text).toBe("translation");
    }
  });
  it("leaves a bug report that mentions a locale to its reading", () => {
    expect(findCues("bug-11: label misaligned in german locale on the checkout page").map((hit) => hit.task)).not.toContain("translation");
  });
});
