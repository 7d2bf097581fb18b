/**
 * Thirteenth round, second wave: general mechanisms for the classes the second wave's working sets (dev 56 and 57)
 * showed, read after they were scored unseen; one test per class, each failing without its fix (the first wave's are in
 * `generalization-13.test.ts`).
 */
import { describe, expect, it } from "vitest";
import { a, read, sys, u } from "../../../test/support/conversation-kit.js";

describe("the second wave's readings (dev 56)", () => {
  it("figures to compute stay maths when a comparison follows them", () => {
    expect(read("analysis", [u("Estamos mirando un préstamo de 24.000 € a 5 años al 6,1 %. ¿Podría calcularme la cuota mensual? Y, para comparar, ¿cuál sería a 7 años?")])).toBe("math");
  });
  it("'which one would you recommend / pick' weighs the options, over figures or after listed names", () => {
    const pumps = "Compressor A: 7.5 kW, 1,210 m³/h, 68 dB, $8,900. Compressor B: 5.5 kW, 1,150 m³/h, 61 dB, $11,400. Runs 5,000 h/yr at $0.15/kWh; the load tests showed a latency of 40 ms on the controller.\n\nWhich one would you recommend and why?";
    expect(read("analysis", [u(pumps)])).toBe("analysis");
    const names = [u("names for my food truck selling arepas?"), a("1. Arepa Republic\n2. La Masa\n3. Golden Corn Co.\n4. Arepalooza")];
    expect(read("brainstorming", [...names, u("which one would you pick and why? it has to stick after one glance")])).toBe("analysis");
    expect(read("brainstorming", [...names, u("give me more names like the second one, which one would you pick?")])).toBe("brainstorming");
  });
  it("a limit asked of a rule is a lookup; one given for a sum is not", () => {
    expect(read("math", [u("I've put $4,100 into my HSA this year. What's the HSA contribution limit for 2025 for family coverage?")])).toBe("simple_qa");
    expect(read("math", [u("Dose 15 mg/kg for a 20 kg child; what's the daily amount if the daily limit is 60 mg/kg?")])).toBe("math");
  });
  it("code and a message named before 'ほしい' / '考えて', and angles or headlines to list", () => {
    expect(read("math", [u("090/080/070で始まる携帯番号にマッチする正規表現ほしい！JSで使います")])).toBe("code_generation");
    expect(read("brainstorming", [u("同僚の送別会で渡すカードのメッセージ考えてほしいです。3行くらいで")])).toBe("creative_writing");
    const agent = [sys("You are a coding agent working in the user's repository."), u("summarize what changed in the release"), a("Done: 14 fixes, 2 features (dark mode, CSV export).")];
    expect(read("code_generation", [...agent, u("nice. throw me a few possible headlines for the launch post")])).toBe("brainstorming");
  });
});

describe("talk to the assistant itself", () => {
  it("names chat for an unsure reading; a greeting or thanks does not", () => {
    for (const text of ["Guten Abend, ich frage mich manchmal: Erinnern Sie sich eigentlich an unsere früheren Gespräche?", "Buongiorno! Volevo solo dirle che ho passato l'esame di stato, grazie di tutto."]) {
      expect(read("translation", [u(text)], 0.3), text).toBe("chat");
    }
    expect(read("translation", [u("Guten Abend, dieser Absatz hier: Die Lieferung kommt am Montag.")], 0.3)).toBe("translation");
    expect(read("summarization", [u("Tack! Mötet i går: vi beslutade att flytta lanseringen till mars och Eva tar kontakten med leverantören.")], 0.3)).toBe("summarization");
    expect(read("math", [u("תודה רבה! עכשיו תגיד לי על כל תגובה אם היא תקינה או ספאם:\n1. מישהו יודע מתי המכולת פתוחה?\n2. הרוויחו 5000 ביום, לחצו כאן")], 0.3)).toBe("classification");
  });
});

describe("a question why code fails, in English words", () => {
  it("is a review in an agent's conversation, not code to write, unless the change is asked", () => {
    const agent = [u("can you check the nightly export job for me"), a("It exited with code 1 after 40 s; the last line it printed was 'uploading part 3/7'.")];
    expect(read("code_generation", [...agent, u("why's it failing? it worked last month apparently")])).toBe("code_review");
    expect(read("code_generation", [...agent, u("why's it failing? fix it please")])).toBe("code_generation");
  });
});

describe("items pulled out of a codebase", () => {
  it("are extraction in a coding agent's conversation", () => {
    const agent = [sys("You are a coding agent working in the user's repository."), u("grep the repo for TODO and FIXME"), a("Found 31 TODOs and 12 FIXMEs across src/ and scripts/.")];
    expect(read("code_generation", [...agent, u("pull out every FIXME with file:line and the comment text, as a markdown table")])).toBe("extraction");
  });
});

describe("the long-tail working set's figures (dev 57)", () => {
  it("a price, a rate or a per-month figure asked for is maths", () => {
    for (const text of [
      "My landed cost on the mug is $4.10 and I sell at $11. My accountant says 60% gross margin: what would the mug need to sell for?",
      "Marketing $52,000, sales $18,000, 140 new customers, $39/month ARPA, 81% margin, 2.5% monthly churn. What's our blended CAC and LTV?",
      "Headcount on the 1st: Jan 88, Feb 90, Mar 93; leavers 2, 4, 1. I need our quarterly staff turnover rate for the board.",
    ]) {
      expect(read("analysis", [u(text)]), text).toBe("math");
    }
    expect(read("analysis", [u("Growth is $79/month. With 20% off for paying annually, what would the annual plan come to for the year, and what's that per month?")])).toBe("math");
  });
  it("an entitlement in weeks under a rule is a lookup", () => {
    expect(read("math", [u("She has worked here 2 years, 1,900 hours last year, at a 60-person company. Under FMLA, how many weeks of job-protected leave is she entitled to?")])).toBe("simple_qa");
  });
  it("a term in capitals asked for its meaning is a lookup, even after 'no analysis'", () => {
    const report = "Κόστος: 980€\nΚλικ: 2.410\nΜετατροπές: 61\nROAS: 380%\n\n";
    expect(read("analysis", [u(`${report}Τι σημαίνει ROAS; Με δυο λόγια, δεν θέλω ανάλυση.`)])).toBe("simple_qa");
    expect(read("analysis", [u("GDP grew 2.1% and inflation was 3.4%. What is GDP growth telling us about the cycle?")])).toBe("analysis");
  });
  it("a failing system's log under a stated problem is debugging; a status asked of a clean run is a summary", () => {
    const log = "\n\n11:52:04 INFO sync batch=418 latency_ms=212 status=200\n12:03:11 WARN sync batch=419 latency_ms=9870 status=504\n12:03:41 ERROR sync batch=419 timeout after 30000ms\n12:31:02 ERROR sync batch=421 timeout after 30000ms";
    expect(read("summarization", [u(`The label printer service keeps timing out around lunch every day.${log}`)])).toBe("analysis"); // ADR 0030: a diagnosis from a system's log or figures, no code shown (was code_review)
    expect(read("summarization", [u(`give me a 2-line status of the sync for standup${log}`)])).toBe("summarization");
  });
  it("'throw every idea you've got at me' asks for ideas", async () => {
    const { findCues } = await import("./cue-matcher.js");
    expect(findCues("throw every idea you've got at me for cutting these tickets down").some((cue) => cue.task === "brainstorming" && cue.strong)).toBe(true);
  });
});

describe("a riddle with figures in a newer language", () => {
  it("stays a puzzle when a riddle word of its language frames it", () => {
    const text = "Szefowa dała nam taką zagadkę: trzech gości płaci po 100 zł za pokój, recepcja oddaje 50 zł przez boya, boy zatrzymuje 20 zł. Gdzie jest błąd w rachunku?";
    expect(read("deep_reasoning", [u(text)])).toBe("deep_reasoning");
  });
});

describe("another version of what was just written, asked in a longer turn", () => {
  it("inherits the work", async () => {
    const { detectFollowUp } = await import("./follow-up.js");
    const toast = [u("tu peux m'écrire un petit mot marrant pour le départ à la retraite de ma tante?"), a("Chère Monique, après 35 ans de bons et loyaux services…")];
    for (const text of ["top merci! par contre il m'en faut aussi une version plus sérieuse pour la carte que ses collègues vont signer", "perfect, can you also give me a less formal version for the team chat where everyone uses emoji anyway?"]) {
      expect(detectFollowUp(text.toLowerCase())?.kind, text).toBe("inherit");
      const { readingConversations } = await import("./conversation-classifier.js");
      const { stub } = await import("../../../test/support/conversation-kit.js");
      expect(readingConversations(stub("creative_writing")).classify([...toast, u(text)]).taskReason, text).toMatch(/inherits turn 1/);
    }
  });
});

describe("the newer languages' asks (dev 57)", () => {
  it("code asked by needing or making it", () => {
    for (const text of [
      "Dzień dobry, potrzebuję skryptu w bashu, który co noc robi kopię katalogu /var/www do pliku tar.gz i trzyma 7 ostatnich.",
      "Ahoj, potřeboval bych nginx config pro dvě domény na jednom VPS, obě přes HTTPS.",
      "pa-help naman po, gawa ka ng Google Sheets formula na mag-su-sum ng sales per agent kung PAID lang",
      "selam, iki tablom var: musteriler ve siparisler. son 90 gunde siparis vermemis musterileri getiren bi sorgu lazim",
    ]) {
      expect(read("chat", [u(text)]), text).toBe("code_generation");
    }
  });
  it("a card's wishes, a cover letter, a riddle and an undecided writer", () => {
    expect(read("chat", [u("hej, babcia kończy 80 lat, potrzebuję życzeń do kartki, ciepłych i z humorem")])).toBe("creative_writing");
    expect(read("translation", [u("Привіт! Допоможи, будь ласка, написати супровідний лист на вакансію менеджерки з продажу.")])).toBe("creative_writing");
    expect(read("translation", [u("Καλησπέρα. Έχουμε μια διαφωνία με αυτόν τον γρίφο: ένας άντρας κοιτάζει μια φωτογραφία…")])).toBe("deep_reasoning");
    expect(read("brainstorming", [u("Jag har två jobberbjudanden och kan inte bestämma mig: ett tryggt försäkringsbolag eller en liten startup?")])).toBe("analysis");
  });
});

describe("the big nine's gaps in the second wave (dev 56)", () => {
  it("a broken script, one command, a speech's text, a reasoned assessment", () => {
    expect(read("code_generation", [u("salut, mon script marche pas quand le fichier a des espaces dans le nom, je vois pas pk\n\nfor f in $(ls *.pdf); do cp $f /backup/; done")])).toBe("code_review");
    expect(read("analysis", [u("слушай, как одной командой найти все логи старше 30 дней и удалить их?")])).toBe("code_generation");
    expect(read("summarization", [u("Добрый день! Не могли бы вы подготовить текст речи директора на юбилей компании, минуты на три?")])).toBe("creative_writing");
    expect(read("summarization", [u("Gentile assistente, le chiederei una valutazione ragionata: introdurre la settimana corta solo per gli uffici ha senso?")])).toBe("analysis");
  });
});

describe("a term in capitals asked for its meaning, walked through the product", () => {
  it("is a lookup over a debugging reading too, unless errors or code are talked of", () => {
    expect(read("analysis", [u("Investor deck: ARR $3.1M, NDR 118%. What does NDR mean?")])).toBe("simple_qa");
    expect(read("code_review", [u("Κόστος: 980€, Κλικ: 2.410, ROAS: 380%. Τι σημαίνει ROAS; Με δυο λόγια.")], 0.3)).toBe("simple_qa");
    expect(read("code_review", [u("what does ENOENT mean in this stack trace? Error: ENOENT: no such file or directory")], 0.3)).toBe("code_review");
  });
});
