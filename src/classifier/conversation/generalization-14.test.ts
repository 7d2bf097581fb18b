/**
 * Fourteenth round: general mechanisms for the classes the round's working sets (dev 63 and 65) showed, read after
 * they were scored unseen. Each ask here is the team's own wording of a class, never a set's row; each test fails
 * without its fix.
 */
import { describe, expect, it } from "vitest";
import { a, call, read, sys, tool, u } from "../../../test/support/conversation-kit.js";

describe("numbers: what the turn asks of them", () => {
  it("Polish 'jest' (is) is no test runner: a recipe or a tax question in Polish is no running system", () => {
    expect(read("math", [u("Ciasto jest na 6 osób: 300 g mąki, 4 jajka, 200 ml mleka. Będzie nas 15, ile czego potrzeba?")])).toBe("math");
    expect(read("math", [u("The jest suite takes 41 s on CI and 12 s locally, 380 tests. What should we do now?")])).toBe("code_review");
  });
  it("a running cost asked per period, and what a bill should come to, are worked out", () => {
    expect(read("math", [u("what's the NAS costing us per year?\n- 4 drives at 9 W\n- the chassis at 35 W\n- electricity is $0.21/kWh")])).toBe("math");
    expect(read("analysis", [u("Courier quote: 40 parcels at 2.3 kg, USD 3.10 per kg plus a 12% fuel surcharge. Their invoice says USD 330. What should it actually come to?")])).toBe("math");
  });
  it("rounding asked of figures is computing them (also Polish and Russian)", () => {
    expect(read("summarization", [u("Season line: 31 games, 402 points, 148 of 320 from the field, 55 of 61 free throws. Points per game and shooting percentages, rounded to one decimal.")])).toBe("math");
    expect(read("summarization", [u("Сезон: 26 игр, 380 очков, 140 из 300 с игры, 60 из 70 штрафных. Нужны очки за игру и проценты попаданий. Округли до десятых.")])).toBe("math");
  });
  it("figures read as a text to shorten are maths when the turn asks to compute them and no word asks for a summary", () => {
    expect(read("summarization", [u("Yıllık rakamlar (bin TL):\nSatışlar: 9.200\nMaliyet: 5.100\nGiderler: 1.900\nVergi oranı: %25\n\nNet kâr ve net kâr marjı kaç çıkıyor? Hesabımı kontrol etmek istiyorum.")])).toBe("math");
    expect(read("summarization", [u("Yıllık rapor özeti lazım, 3 maddede özetle:\nSatışlar: 9.200\nMaliyet: 5.100\nGiderler: 1.900\nNet kâr kaç çıkıyor?")])).toBe("summarization");
  });
  it("a threshold, a game's scoring rule and a current rate are looked up, not worked out", () => {
    expect(read("math", [u("We're buying 60 monitors at $240 each. Under the de minimis safe harbor, what's the per-item expensing threshold again?")])).toBe("simple_qa");
    expect(read("math", [u("Standings: Oilers 82 GP 49 W 27 L 6 OTL 104 PTS. How many points does a shootout loss give you?")])).toBe("simple_qa");
    expect(read("math", [u("Jaka jest obecnie stawka VAT na usługi budowlane? Mamy fakturę na 48 000 zł netto.")])).toBe("simple_qa");
    expect(read("math", [u("Какая сейчас ставка НДС для общепита? У нас выручка 3,2 млн в квартал.")])).toBe("simple_qa");
  });
  it("a puzzle asking to show the only possible answer stays a puzzle though it says 'figure out'", () => {
    expect(read("deep_reasoning", [u("Three teams played each other once: 3 points a win, 1 a draw. Final points: A 4, B 4, C 1. My daughter says you can't work out the results from points alone. Can you, and show it's the only possibility?")])).toBe("deep_reasoning");
  });
  it("a script asked for by 'need a … script' over pasted log lines is code to write", () => {
    const lines = "2025-01-03T08:00:01.100Z GET /api/items/41 200 12ms\n2025-01-03T08:00:01.250Z GET /api/items/77 404 3ms\n2025-01-03T08:00:02.010Z POST /api/cart 201 88ms";
    expect(read("code_generation", [u(`our proxy logs look like this:\n\n${lines}\n\nneed a python script: reads them, prints requests per path and the slowest ten`)])).toBe("code_generation");
    expect(read("code_generation", [u(`our proxy logs look like this:\n\n${lines}\n\nwhy are the 404s happening?`)])).toBe("analysis"); // ADR 0030: a diagnosis from a system's log or figures, no code shown (was code_review)
  });
});

describe("labels per item", () => {
  it("labels written with slashes are a pick per item; columns written with slashes are not", () => {
    expect(read("code_review", [u("Mark each service HEALTHY / DEGRADED / DOWN from these numbers:\nauth p99 120ms errors 0.1%\nsearch p99 900ms errors 4%")])).toBe("classification");
    expect(read("code_review", [u("각 티켓마다 버그 / 기능 / 문의 중 하나로 분류해 줘\n1. 로그인 안 됨\n2. 다크모드 추가 요청")])).toBe("classification");
    expect(read("extraction", [u("list every decision in there as owner / topic / date, table please")])).toBe("extraction");
  });
  it("'put each one under …' and 'code each of them to …' label items, in an agent's conversation too", () => {
    const agent = [sys("You are a coding agent with access to the user's repository and issue tracker."), u("pull the open issues"), call("list_issues"), tool("#12 crash on save\n#13 add CSV export\n#14 how do I configure the proxy?")];
    expect(read("code_review", [...agent, u("put each one under bug / feature / question. just number and label")])).toBe("classification");
    expect(read("extraction", [u("code each of them to 5100 Rent, 5200 Travel, 5300 Software:\nT1 Lufthansa 412.00\nT2 Figma 45.00")])).toBe("classification");
  });
});

describe("asks named in English", () => {
  it("levers to pull and 'throw everything at me' ask for ideas", () => {
    expect(read("analysis", [u("Our inventory turns dropped from 8 to 5 this year and finance wants 7 back. What levers could we pull?")])).toBe("brainstorming");
  });
  it("a table of only what the text states is extraction", () => {
    expect(read("summarization", [u("From this press release put headcount and revenue per region into a table. Only what's stated, nothing computed.\n\n\"EMEA revenue was €210m with 1,100 staff; APAC grew to €95m.\"")], 0.55)).toBe("extraction");
  });
  it("'is it actually worth adding X' in a coding agent's conversation weighs the change; a failure is still debugged", () => {
    const agent = [sys("You are a coding agent working in the user's repository."), u("profile the report endpoint"), a("Most of the 900 ms is the ORM query; serialisation is 60 ms.")];
    expect(read("code_review", [...agent, u("is it actually worth adding ujson for this then, given the 30 call sites?")])).toBe("analysis");
    expect(read("code_review", [...agent, u("is it worth adding ujson? the serializer crashes on Decimal anyway")])).toBe("code_review");
  });
  it("which month a compounding trend crosses a mark is worked out, in a coding agent's conversation too", () => {
    const agent = [sys("You are a coding agent working in the user's repository."), u("query monthly signups from the db"), a("Jan 1,200 · Feb 1,380 · Mar 1,590 · Apr 1,830 · May 2,100 · Jun 2,420 on the API server.")];
    expect(read("math", [...agent, u("at that monthly growth, roughly which month do we hit 5,000? show the numbers")])).toBe("math");
  });
  it("'redo it' after a piece asks for the piece again", () => {
    const talk = [u("write a short note to my landlord asking when the boiler gets fixed"), a("Dear Mr. Hale, I'm sorry to bother you again, and apologies for the repeated messages…")];
    expect(read("analysis", [...talk, u("too apologetic. redo it")])).toBe("creative_writing");
  });
});

describe("the second batch (dev 61)", () => {
  it("a quoted term asked about is a lookup, whatever figures surround it; an error quoted is still debugging", () => {
    expect(read("math", [u("Supplier invoice: 40 x 10kg rye @ $18.20 = $728.00, freight $30, total $758.00. Terms: \"1/15 net 45\". What does \"1/15 net 45\" mean?")])).toBe("simple_qa");
    expect(read("analysis", [u("En la factura pone: Base 800,00 € · IVA 21 %: 168,00 € · «IRPF -15 %»: -120,00 €. ¿Qué es eso del «IRPF»?")])).toBe("simple_qa");
    // Round 45 (ADR 0049): a named code's meaning alone is a fact looked up; asked with why it died, it is debugging.
    expect(read("math", [u("The job log says \"exit code 137\" after 41 min at 7.8 GB. What does \"exit code 137\" mean?")])).toBe("simple_qa");
    expect(read("math", [u("The job log says \"exit code 137\" after 41 min at 7.8 GB. What does \"exit code 137\" mean, and why did it die?")])).not.toBe("simple_qa");
  });
  it("a spreadsheet asked to work something out is a formula to write", () => {
    expect(read("math", [u("Rent split sheet:\n   A       B\n1  Name    Room m²\n2  Ana     14\n3  Ben     11\n4  Total rent  €1,900\n\nI want column C to show each share automatically, even when someone moves in. Google Sheets.")])).toBe("code_generation");
    expect(read("deep_reasoning", [u("En Excel tengo en la columna B la fecha de entrega y en la C el estado. Quiero que en la columna D salga «Retrasado» si pasaron más de 5 días y no está «Entregado».")])).toBe("code_generation");
    expect(read("math", [u("Rent is €1,900 for rooms of 14 and 11 m². How much does each of us pay if we split by area?")])).toBe("math");
  });
  it("the exact amount to refund is worked out", () => {
    expect(read("simple_qa", [u("Order: lamp $64, two cushions $22 each, shipping $9 (non-refundable). She returns one cushion and the lamp. What's the exact amount we refund her?")])).toBe("math");
  });
  it("a message to send is a piece to write", () => {
    expect(read("extraction", [u("Need to send something to our landlord about the broken heating. Reported 3 Nov, 17 Nov and 1 Dec, no fix yet. Polite but firm, ask for a date this week.")])).toBe("creative_writing");
  });
  it("a change asked of the code just written is code to write; a question why it works is a review", () => {
    const talk = [u("script that totals hours per person from my notes"), a("```python\nfrom collections import Counter\ntotals = Counter()\nfor line in open('notes.txt'):\n    name, h = line.split(':')\n    totals[name] += float(h)\nprint(totals)\n```")];
    expect(read("code_review", [...talk, u("nice. can it read a csv instead (name,hours) and take the file name as an argument?")])).toBe("code_generation");
    expect(read("simple_qa", [...talk, u("why does it use Counter and not a dict?")])).toBe("code_review");
  });
});

describe("the third batch (dev 61, 63)", () => {
  it("a task word right after 'non', 'não' or 'ne pas' is ruled out", () => {
    expect(read("summarization", [u("Me lo metti in inglese? Tutto, non riassumerlo, e tieni il tono.\n\n\"Il corso inizia lunedì alle 17, portate il quaderno.\"")], 0.3)).toBe("translation");
    expect(read("summarization", [u("Traduz isto para francês, por favor, não resuma nada:\n\n\"A reunião foi adiada para quinta-feira.\"")])).toBe("translation");
  });
  it("'what am I doing wrong?' over a query or code the turn shows is debugging", () => {
    const query = "Monthly totals per region come out three times too high. What am I doing wrong?\n\nSELECT r.name, sum(o.total)\nFROM regions r\nJOIN orders o ON o.region_id = r.id\nJOIN order_items i ON i.order_id = o.id\nGROUP BY r.name;";
    expect(read("extraction", [u(query)])).toBe("code_review");
    expect(read("extraction", [u("Select the dates from the text below and tell me what am I doing wrong with my diet:\nMon 2,400 kcal\nTue 2,900 kcal")])).toBe("extraction");
  });
  it("a weighing puzzle is a puzzle, whatever grams it quotes", () => {
    expect(read("math", [u("Caiu numa entrevista: 8 sacos de moedas, num deles as moedas falsas pesam 11 g em vez de 10 g. Com uma única pesagem numa balança digital, como descobre o saco?")])).toBe("deep_reasoning");
    expect(read("math", [u("12 identical-looking coins, one counterfeit, heavier or lighter. A balance scale, three weighings: how?")])).toBe("deep_reasoning");
    expect(read("math", [u("A bag of 40 coins weighs 230 g; each coin weighs the same. What does one coin weigh?")])).toBe("math");
  });
});

describe("a transcript pasted under the ask", () => {
  it("a defining verb inside timestamped transcript lines is the transcript's, not the ask's", () => {
    const transcript = "Jag missade mötet. Vad bestämde de och vem gör vad?\n\n[10:01] Eva: Vi flyttar lanseringen till mars.\n[10:03] Omar: Då tar jag kontakt med tryckeriet.\n[10:04] Eva: Lisa, kan du ta fram ett förslag på ny tidsplan till fredag?\n[10:05] Lisa: Ja, det fixar jag.";
    expect(read("summarization", [u(transcript)])).toBe("summarization");
  });
});

describe("Turkish capital İ", () => {
  it("is read as a plain i, so cues that start with it are found", () => {
    expect(read("summarization", [u("Bunu İngilizceye, lütfen:\n\n\"Toplantı yarın saat 10'da, herkes gelsin.\"")], 0.3)).toBe("translation");
  });
});

describe("what the assistant would do in the writer's place", () => {
  it("is a decision to weigh, after a long personal message in any cue language", () => {
    const asks: [string, string][] = [
      ["translation", "Mijn broer wil het huis van onze ouders verkopen, ik wil het verhuren. De hypotheek is afgelost, de huur zou € 1.100 per maand zijn. Wat zou jij doen?"],
      ["summarization", "Dostałem ofertę w Gdańsku: 15% więcej, ale całkiem stacjonarnie. Tu mam pracę zdalną i świetny zespół. Co byś zrobiła na moim miejscu?"],
      ["translation", "Mi hermana quiere que le preste 6.000 € para su negocio y no sé qué hacer, somos muy unidos pero ya me falló una vez. ¿Qué harías tú en mi lugar?"],
      ["summarization", "Мне предложили переезд в Казань с повышением, но у жены здесь работа. Что бы ты сделал на моём месте?"],
      ["extraction", "I'm in a dilemma: keep the 2014 car with 180k miles or lease an EV at $390 a month. What would you do in my shoes?"],
    ];
    for (const [base, text] of asks) expect(read(base, [u(text)]), text).toBe("analysis");
  });
  it("a translation the writer names still stands", () => {
    expect(read("translation", [u("Traduce al inglés, por favor: «¿Qué harías tú en mi lugar?»")])).toBe("translation");
  });
});

describe("which one the assistant recommends, and labels in brackets", () => {
  it("asks to weigh options, in the languages the cue tables miss it in", () => {
    expect(read("summarization", [u("عندي عرضان لسيارة مستعملة: الأولى أرخص بـ 3000 دينار لكن عدادها أعلى، والثانية بضمان سنة. أيهما تنصحني به ولماذا؟")])).toBe("analysis");
    expect(read("summarization", [u("上周改了三处：登录页、推送频率、会员价。之后付费转化从4.1%掉到3.2%。你觉得最可能是哪个改动导致的？")])).toBe("analysis");
  });
  it("labels in corner brackets for each row are a pick per item, over a translation reading too", () => {
    expect(read("translation", [u("在庫一覧です。10個未満なら「要発注」、10〜30個なら「注意」、それ以外は「十分」として、各行に判定を付けてください。\nA-01 8\nA-02 25\nA-03 44")])).toBe("classification");
  });
});

describe("a turn the model cannot read", () => {
  it("a Thai turn's cues outweigh a reading the model was sure of, since it saw only the digits", () => {
    expect(read("extraction", [u("ช่วยดูแผนธุรกิจนี้หน่อยว่ามีจุดอ่อนตรงไหน\n- ค่าเช่า 30,000 บาท\n- ลูกค้าวันละ 80 คน")], 0.99)).toBe("analysis");
    expect(read("extraction", [u("Please look at this plan and list its weak points: rent 30,000, 80 customers a day")], 0.99)).toBe("extraction");
  });
});

describe("long polite asks the audits left out (dev 65's classes)", () => {
  it("a draft asked in German, ideas in Turkish, weak points in Greek, only what is written in Hebrew", () => {
    expect(read("summarization", [u("Sehr geehrte Damen und Herren, unsere Kollegin geht nach 25 Jahren in Rente. Könnten Sie mir einen Entwurf für eine kurze Rede schreiben?")])).toBe("creative_writing");
    expect(read("creative_writing", [u("Annemin doğum günü için ev hediyesi arıyorum, bütçe 1500 TL. Aklına ne geliyorsa yaz, bir sürü seçenek görmek istiyorum.")])).toBe("brainstorming");
    expect(read("translation", [u("Θέλω να ανοίξω καφέ στη Θεσσαλονίκη με 40.000 €. Τι σας φαίνεται αδύναμο ή αφελές σε αυτό το σχέδιο;")])).toBe("analysis");
    expect(read("summarization", [u("Dzień dobry, poniżej regulamin turnieju.\nPotrzebuję z niego wyłącznie wszystkie daty i godziny, w punktach:\n\nZapisy do 3 maja do 18:00, losowanie 5 maja o 12:00, finał 20 maja o 16:30.")])).toBe("extraction");
    expect(read("summarization", [u("תעשה לי רשימה של מי מביא מה, רק מה שכתוב:\n[09:10] רון: אני מביא בירה\n[09:12] גלי: סלט")])).toBe("extraction");
  });
});

describe("puzzles, recipes and the assistant itself, over readings their words gave", () => {
  it("a weighing puzzle read as a translation is a puzzle; a recipe asked for another number of people is scaled", () => {
    expect(read("translation", [u("조카가 낸 문제예요. 구슬 9개 중 하나만 무거워요. 양팔저울을 두 번만 써서 찾는 방법을 알려 주세요.")])).toBe("deep_reasoning");
    expect(read("classification", [u("Meri recipe 4 logon ki hai:\n- chawal 400g\n- dahi 150g\n- pyaaz 2\nShaadi mein 10 log aa rahe hain, sab kitna lena padega?")])).toBe("math");
    expect(read("extraction", [u("Przepis na 4 osoby: 500 g mąki, 3 jajka, 250 ml mleka. Będzie 9 osób, ile czego kupić?")])).toBe("math");
    expect(read("extraction", [u("Z tego przepisu wypisz same składniki: 500 g mąki, 3 jajka, 250 ml mleka, szczypta soli.")])).toBe("extraction");
  });
  it("who made the assistant, in traditional and simplified Chinese, is chat", () => {
    expect(read("simple_qa", [u("欸你到底是誰做的啊？")])).toBe("chat");
    expect(read("simple_qa", [u("你是谁做的？你会记得我昨天说的话吗")])).toBe("chat");
  });
});
