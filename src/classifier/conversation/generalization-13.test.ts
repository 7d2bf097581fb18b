/**
 * Thirteenth round: general mechanisms for the classes this round's working sets (dev 50, 52 and 54) showed, read after
 * they were scored unseen. One test per class, each failing without its fix; the examples are new wordings of each
 * class, not the sets' rows.
 */
import { describe, expect, it } from "vitest";
import { a, read, sys, u } from "../../../test/support/conversation-kit.js";

describe("a question what an acronym stands for", () => {
  const dashboard = "Board pack, Q3:\nARR $8.4M (+31% YoY)\nNRR 109%\nGross margin 71%\nRule of 40: 38\n\n";
  it("is a lookup, over figures, a dashboard or a greeting, in the cue languages", () => {
    for (const [misread, text] of [
      ["analysis", `${dashboard}Probably a silly one, but what does NRR stand for?`],
      ["math", `${dashboard}what ARR stands for, exactly? I keep saying it without knowing`],
      ["analysis", "Payslip: Basic 62,000 | HRA 24,800 | PF 7,440 | PT 200\n\nPF ka full form kya hai?"],
      ["chat", "Guten Morgen! Kurze Frage zwischendurch: wofür steht KPI eigentlich?"],
      ["classification", "Rapport trimestriel : CA 2,1 M€, BFR 340 k€.\nc'est quoi le BFR, ça veut dire quoi les lettres ?"],
      ["chat", "안녕하세요~ 회의에서 자꾸 나오는데 ROAS가 무슨 단어의 약자인가요?"],
      ["analysis", "売上 1.2億円、粗利率 38%、LTV 4.5万円。LTVって何の略ですか？"],
      ["analysis", "毛利率 42%，ROI 18%，GMV 3.2亿。GMV是什么的缩写？"],
      ["math", "Выручка 12 млн, EBITDA 2,3 млн. Как расшифровывается EBITDA?"],
      ["analysis", "Ventas 340.000 €, margen 22 %. ¿Qué significan las siglas EBITDA?"],
    ] as const) {
      expect(read(misread, [u(text)]), text).toBe("simple_qa");
    }
  });
  it("leaves a symbol defined in a maths problem, a shortcut and other work as they were", () => {
    expect(read("math", [u("Let r stand for the monthly rate and n for the months: if r = 0.5% and n = 24, what's the payment on 10,000?")])).toBe("math");
    expect(read("analysis", [u("Here are the KPIs (NRR 104%, churn 2.1%). What do you make of the trend, and what does it mean for Q4?")])).toBe("analysis");
    expect(read("summarization", [u("Zusammenfassung bitte, und wofür steht eigentlich SLA?\n\n" + "Das Meeting begann um 9 Uhr. ".repeat(5))])).toBe("summarization");
    expect(read("code_generation", [u("write a function that expands acronyms, e.g. what NASA stands for")])).toBe("code_generation");
    expect(read("chat", [u("what does 'lol' stand for in your world? you're funny"), a("Ha, thanks!"), u("haha ok")])).toBe("chat");
  });
});

describe("figures asked for, read as analysis or reasoning", () => {
  it("are maths when the turn asks for an amount, a rate or a price to compute", () => {
    for (const text of [
      "Opening MRR $410k, expansion $38k, churned $22k, contraction $9k. Compute NRR and GRR for the month.",
      "The dehumidifier draws 480 W and runs 9 hours a day; power is 31p per kWh. Roughly what's that costing me per month?",
      "Je paie ce produit 18 € HT et je veux un taux de marque de 40 %. À combien dois-je vendre TTC avec une TVA à 20 % ?",
      "Comprei 3 passagens de US$ 412 no cartão, dólar a 5,61 e IOF de 4,38%. Quanto vai dar na fatura?",
      "Me cuesta 7,50 € cada taza y quiero ganar un 35 % sobre el precio de venta. ¿A cuánto tengo que vender cada una?",
      "Gym A: $39/month plus a $99 joining fee; gym B: $52/month, no fee, first month free. Over a year, what's the effective cost per month of each?",
    ]) {
      expect(read("analysis", [u(text)]), text).toBe("math");
    }
  });
  it("a verb of calculating over figures is maths, not a chain of reasoning, unless a puzzle is set", () => {
    const stats = "Season so far:\n- Ana: 12 goals in 1,140 minutes\n- Bo: 9 goals in 610 minutes\n- Cy: 7 goals in 980 minutes\n\n";
    expect(read("deep_reasoning", [u(`${stats}Work out each player's goals per 90 minutes and rank them.`)])).toBe("math");
    expect(read("deep_reasoning", [u("Three digits, all different, sum to 15; the first is twice the last and the middle is odd. Clues are all I have: can you work out the code?")])).toBe("deep_reasoning");
  });
});

describe("a system prompt for an engineering assistant", () => {
  it("declares no coding agent: engineering is also pumps, beams and circuits", async () => {
    const { readConversation } = await import("./read-conversation.js");
    const messages = [{ role: "system" as const, content: "You are an engineering assistant. Be precise with units." }, u("A pump moves 120 gallons per minute through a 3-inch pipe. What's the flow in m³/h?")];
    expect(readConversation(messages).agent.coding).toBe(false);
    expect(readConversation([{ role: "system", content: "You are a software engineering assistant working in the user's repository." }, u("add a retry")]).agent.coding).toBe(true);
  });
});

describe("follow-ups", () => {
  it("'ok that's fair' acknowledges; the ask after it is read for itself", async () => {
    const { detectFollowUp } = await import("./follow-up.js");
    for (const text of ["ok that's fair. can you draft the reply i should send her?", "okay that makes sense, now write the announcement", "ok that works. write me a toast for it"]) expect(detectFollowUp(text), text).toBeUndefined();
    for (const text of ["ok that one too", "and these ones", "ok, this one"]) expect(detectFollowUp(text)?.kind, text).toBe("inherit");
  });
  it("a question after 'remind me' asks for a fact; what the conversation decided is not one", async () => {
    const { detectFollowUp } = await import("./follow-up.js");
    const agent = [u("the migration fails on the users table"), a("It's the NOT NULL on `email`; I've added a default and it passes now.")];
    for (const text of ["makes sense. remind me, what port does redis listen on by default?", "can you remind me how many bytes are in a kibibyte?", "recuérdame, ¿cuál es el puerto por defecto de mysql?"]) {
      expect(detectFollowUp(text.toLowerCase())?.kind, text).toBe("recall");
      expect(read("code_generation", [...agent, u(text)]), text).toBe("simple_qa");
    }
    expect(detectFollowUp("remind me what we decided about the schema?")?.kind).not.toBe("recall");
  });
  it("a change asked for after figures is code, not a question about them", () => {
    const history = [u("This query takes 4.2 s on 12M rows (seq scan, 380 MB sorted on disk). Why?"), a("The NOT IN subquery defeats the index. Option 1: rewrite it as NOT EXISTS; option 2: add a partial index.")];
    for (const text of ["ok go ahead and fix it, option 1", "go with the NOT EXISTS version and update the function"]) expect(read("code_generation", [...history, u(text)]), text).toBe("code_generation");
  });
});

describe("the writer's own paragraphs before a pasted text", () => {
  it("give the instruction when the pasted text names other work", () => {
    const letter = "Sehr geehrte Damen und Herren,\nanbei die Zusammenfassung der offenen Posten. Bitte fassen Sie Ihre Rückmeldung bis Freitag zusammen.\nMit freundlichen Grüßen\nK. Weber";
    const text = `Guten Tag,\n\nunser Lager in Cork spricht kein Deutsch. Ich wäre Ihnen dankbar, wenn Sie die Nachricht unten ins Englische übertragen könnten, im gleichen Ton.\n\n---\n${letter}\n---\n\nVielen Dank!`;
    expect(read("summarization", [u(text)])).toBe("translation");
  });
  it("leave a turn whose first line names the work as it was", () => {
    const text = "Fasse diesen Brief zusammen, bitte.\n\nDer Kunde schreibt, wir sollen alles ins Englische übersetzen lassen.\n---\nSehr geehrte Damen und Herren, …";
    expect(read("summarization", [u(text)])).toBe("summarization");
  });
});

describe("a decision to weigh over figures", () => {
  it("is a choice in the newer polite forms", async () => {
    const { CHOICE_ASK } = await import("./asked-work.js");
    for (const text of ["どちらを選ぶべきか、ご意見をいただけますか", "¿cuál deberíamos contratar?", "laquelle devrions-nous retenir ?", "quale dovremmo scegliere?", "qual devemos contratar?", "两家供应商选择哪一家？", "어느 쪽을 선택해야 할까요?"]) expect(CHOICE_ASK.test(text.toLowerCase()), text).toBe(true);
  });
  it("is analysis when the turn asks which to choose", () => {
    const offer = "A社：初期費用30万円、月額1名あたり300円。\nB社：初期費用120万円、月額1名あたり200円、電話サポートあり。\n昨年は給与計算のミスが何度かありました。\n\n";
    expect(read("math", [u(`${offer}どちらを選ぶべきか、ご意見をいただけますか。`)])).toBe("analysis");
    expect(read("math", [u("Proveedor A: 1.200 €/mes con soporte 24/7; proveedor B: 950 €/mes, soporte en horario laboral. Calcula el coste anual de cada uno: ¿cuál deberíamos contratar?")])).toBe("analysis");
  });
  it("is analysis when pros and cons are asked of an offer that mentions a backend", () => {
    const text = "me ofereceram 15 mil como PJ, hoje ganho 11 mil CLT. sou dev backend, 6 anos de experiencia, latencia e deploy sao meu dia a dia. quais os pros e contras? vale a pena?";
    expect(read("analysis", [u(text)])).toBe("analysis");
  });
});

describe("figures around a label or a lookup", () => {
  it("a label to pick for each item, listed without a colon, is classification", () => {
    const text = "For each drink, label it low-sugar, medium-sugar or high-sugar by grams per 100 ml. Labels only.\n- Cola: 10.6 g\n- Oat latte: 4.1 g\n- Orange juice: 8.9 g";
    expect(read("math", [u(text)])).toBe("classification");
  });
  it("a rate or a limit to look up, or a sum the writer will do, is a lookup", () => {
    for (const [misread, text] of [
      ["analysis", "Invoice for a German client: 12 days x €640 = €7,680 net. What's the standard German VAT rate right now, still 19%?"],
      ["math", "Fliege mit 2 Flaschen à 200 ml. Wie viel ml darf eine Flasche im Handgepäck höchstens haben, damit sie erlaubt ist?"],
      ["math", "공급가액 2,400,000원이에요. 부가세 세율만 알려주세요, 계산은 제가 할게요."],
      ["math", "Net price is $18,250 for the van. What's the current sales tax rate in Texas? I'll do the math myself."],
    ] as const) {
      expect(read(misread, [u(text)]), text).toBe("simple_qa");
    }
  });
  it("leaves a limit given for a computation as maths", () => {
    expect(read("math", [u("Child weighs 22 kg, dose is 15 mg/kg. How many mL of 160 mg/5 mL syrup? And what's the max daily dose if the limit is 60 mg/kg/day?")])).toBe("math");
  });
});

describe("work the writer puts off, and a recap that names owners", () => {
  const chat = "[09:12] Ольга: Лифт опять стоит!\n[09:15] Виктор: Звонил в УК, мастер после обеда.\n[10:02] Алексей: Предлагаю собрать подписи.\n[11:05] Виктор: Я возьму 3-й подъезд.\n".repeat(3);
  it("a cue in a clause deferred to later names no task", async () => {
    const { isNegated } = await import("./negated-cues.js");
    const { findCues } = await import("./cue-matcher.js");
    for (const text of ["управляющая просит перевести всё это в официальное обращение, но это потом", "hay que traducir el anexo al inglés para la matriz, pero eso no corre prisa ahora", "we'll need to translate the annex eventually, but that's for later", "il faudra traduire l'annexe, mais ça viendra plus tard"]) {
      const hit = findCues(text).find((cue) => cue.task === "translation");
      expect(hit, text).toBeDefined();
      expect(isNegated(text, hit!), text).toBe(true);
    }
    const plain = "переведи это на английский, пожалуйста";
    expect(isNegated(plain, findCues(plain).find((cue) => cue.task === "translation")!)).toBe(false);
  });
  it("what happened and who does what is a recap, not a list pulled out", () => {
    expect(read("summarization", [u(`${chat}\nКоротко: что случилось, что решили и кто что делает?`)])).toBe("summarization");
    expect(read("summarization", [u(`${chat}\nкто что делает?`)])).toBe("extraction");
  });
});

describe("a system prompt that says how to answer", () => {
  it("sets no summarizing pipeline ('Отвечай кратко'), where a summarizer's prompt does", async () => {
    const { readingConversations } = await import("./conversation-classifier.js");
    const { stub } = await import("../../../test/support/conversation-kit.js");
    const ask = (system: string, text: string): string => readingConversations(stub("simple_qa")).classify([{ role: "system", content: system }, u(text)]).task.label;
    expect(ask("Отвечай кратко.", "Сколько лет было Пушкину, когда он умер?")).toBe("simple_qa");
    expect(ask("Ты помощник. Отвечайте, пожалуйста, кратко и по делу.", "В каком году основан Петербург?")).toBe("simple_qa");
    expect(ask("Ты суммаризатор. Кратко перескажи присланный текст.", "Собрание жильцов прошло в четверг. Обсудили ремонт лифта и график уборки двора. Решили обратиться в управляющую компанию.")).toBe("summarization");
  });
});

describe("a piece or ideas asked in the writer's own words", () => {
  it("takes a text-work reading that only the turn's length gave", () => {
    const pt = "Boa noite! Sou coordenadora de eventos numa escola em Recife e o passeio da turma do 5º ano foi cancelado por causa da chuva, a segunda vez este mês. Os pais já estão reclamando no grupo.\n\nVocê poderia escrever um e-mail pra eu mandar pros pais explicando a situação e propondo a nova data (dia 22)? Nada muito formal.\n\nObrigada!";
    const fr = "Bonjour,\n\nJe travaille à la mairie d'une commune de 8 000 habitants. Nous lançons un marché de producteurs le samedi matin et le conseil municipal veut un nom qui sonne bien et reste simple.\n\nPourriez-vous me proposer une dizaine de noms possibles ? Tous les registres m'intéressent.\n\nMerci d'avance,\nClaire";
    expect(read("extraction", [u(pt)])).toBe("creative_writing");
    expect(read("summarization", [u(fr)])).toBe("brainstorming");
  });
  it("leaves a pasted text's own words to the text", () => {
    const text = "Resume esta carta en tres puntos, por favor:\n\n\"Estimados vecinos: les escribo un cuento corto sobre lo que pasó en la junta…\" y sigue la carta con los acuerdos y las fechas de las obras del portal.";
    expect(read("summarization", [u(text)])).toBe("summarization");
  });
  it("reads no story in 'te cuento' and no suggestion in Italian 'oneri'", async () => {
    const { findCues } = await import("./cue-matcher.js");
    for (const text of ["buenas. te cuento: me mudo a zaragoza en septiembre", "spesa per oneri di sistema: 9,87 €"]) expect(findCues(text).filter((cue) => cue.strong), text).toEqual([]);
    expect(findCues("escríbeme un cuento sobre un dragón").some((cue) => cue.task === "creative_writing")).toBe(true);
  });
});

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
    expect(read("summarization", [u(`The label printer service keeps timing out around lunch every day.${log}`)])).toBe("code_review");
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
