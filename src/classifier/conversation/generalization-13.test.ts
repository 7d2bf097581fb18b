/**
 * Thirteenth round: general mechanisms for the classes this round's working sets (dev 50, 52 and 54) showed, read after
 * they were scored unseen. One test per class, each failing without its fix; the examples are new wordings of each
 * class, not the sets' rows.
 */
import { describe, expect, it } from "vitest";
import { a, read, u } from "../../../test/support/conversation-kit.js";

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
    const { CHOICE_ASK } = await import("./choice-asks.js");
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
