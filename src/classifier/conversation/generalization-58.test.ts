/**
 * Round 58: the classes of the round's development set (conversation-dev-258), as inputs written for this test in the ten
 * languages (not rows of any evaluation set). A verb of computing over a business's figures with a reading of them asked
 * is business analysis, not maths; an approval that sends or ships what the agent showed carries the run's work on.
 */
import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/types.js";
import { createClassifier } from "../create-classifier.js";
import { afterTool, u } from "./generalization-44.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const both = (messages: ChatMessage[]): [string, string] => [learned.classify(messages).task.label, heuristic.classify(messages).task.label];
const reasonOf = (messages: ChatMessage[]): string => learned.classify(messages).taskReason ?? "";

describe("a verb of computing over a business's figures, with a reading asked, is analysis", () => {
  it("is analysis in the ten languages, and the reason names the verb", () => {
    for (const turn of [
      "计算一下上个月的退货率：订单 9,300 单，退货 610 单，前一个月是 4.8%。是不是偏高了？",
      "посчитай маржу по магазинам и скажи, где мы просели: Лион выручка 182 000, себестоимость 121 000; Ницца выручка 77 000, себестоимость 60 000",
      "先月の返品率を計算して、前月と比べてどうか教えて。注文 9,300 件、返品 610 件、前月は 4.8%。",
      "지난달 반품률 계산해 주고 왜 올랐는지 봐줘. 주문 9,300건, 반품 610건, 전월 4.8%.",
      "calcula la tasa de devoluciones del mes y dime si es preocupante: 9.300 pedidos, 610 devoluciones, el mes anterior 4,8 %",
      "Berechne die Retourenquote im Oktober und sag mir, ob das ein Problem ist: 9.300 Bestellungen, 610 Retouren, Vormonat 4,8 %.",
      "calcule le taux de retour d'octobre et dis-moi si c'est inquiétant : 9 300 commandes, 610 retours, 4,8 % le mois d'avant",
      "calcola il tasso di resi di ottobre e dimmi se è preoccupante: 9.300 ordini, 610 resi, il mese prima 4,8%",
      "calcula a taxa de devolução de outubro e me diz se tá alta: 9.300 pedidos, 610 devoluções, mês anterior 4,8%",
      "calculate October's churn and tell me why it went up: 2,400 subscribers, 190 cancelled, 5.1% the month before",
    ]) {
      expect(both([u(turn)]), turn).toEqual(["analysis", "analysis"]);
    }
    expect(reasonOf([u("посчитай конверсию: визиты 40 000, заказы 900, в прошлом месяце было 2,6%. почему упала?")])).toMatch(/verb of computing \('посчитай'\) over a business's figures/);
  });
  it("leaves a person's own sum, maths words, a figure asked by name with no reading, and code named", () => {
    expect(both([u("посчитай 18% от 4 250 и округли до целого")])).toEqual(["math", "math"]);
    expect(both([u("计算一下：一个正方形花坛边长 9 米，面积是多少？")])).toEqual(["math", "math"]);
    expect(reasonOf([u("compute the CAC per channel: search spent 42,000 for 610 customers, social 38,000 for 290")])).not.toMatch(/verb of computing/);
    expect(reasonOf([u("write the SQL that computes churn per plan and tell me why pro is high")])).not.toMatch(/verb of computing/);
  });
  it("leaves a textbook word problem: goods at a price each, a comparison asked, the answer or the problem named (review)", () => {
    for (const turn of [
      "Una librería vende 60 cuadernos a 3 € cada uno. Calcula los ingresos y dime si es menor que 200 €.",
      "Ein Kiosk verkauft 70 Brezeln zu je 1,80 €. Rechne den Erlös aus und sag, ob es weniger als 100 € sind.",
      "Une boulangerie vend 90 croissants à 1,10 € l'un. Calcule le chiffre d'affaires et dis-moi si c'est moins que 80 €.",
      "Uma padaria vende 300 pães a R$ 0,80 cada. Calcula o faturamento e diz se tá abaixo de R$ 250.",
      "Киоск продал 25 шоколадок по 60 рублей. Посчитай выручку и объясни, почему получилось 1500.",
      "文具店每支笔卖4元，一天卖出85支，每支进价2.5元。计算一下一天的利润，为什么这样算？",
      "この問題を計算して：パン屋がパンを1個150円で80個売った。売上はいくら？",
      "빵집에서 빵을 개당 2,000원에 60개 팔았어. 매출 계산해 주고 왜 그렇게 되는지 알려 줘.",
      "Compute the revenue in this word problem: a kiosk sells 150 coffees at $2.40 each. Show your work.",
    ]) {
      expect(reasonOf([u(turn)]), turn).not.toMatch(/verb of computing/);
    }
  });
});

const CODING = "You are a coding agent working in the user's repository. Use read_file, edit_file, run_tests and git.";
const SUPPORT = "You are a support agent for a bike shop. Use get_ticket and send_reply. Keep replies short and kind.";
/** A coding run: the agent changed the code and the tests pass; the change is staged. */
const changed = (turn: string): ChatMessage[] => [
  ...afterTool({ system: CODING, ask: "make slugify() drop accents", tool: "run_tests", args: JSON.stringify({ path: "tests/test_slug.py" }), result: "6 passed in 0.2s", answer: "slugify() now strips accents with unicodedata; 6 tests pass. Staged, not committed." })(turn),
];
/** A support run: the agent drafted a reply to a ticket. */
const drafted = afterTool({ system: SUPPORT, ask: "draft a reply to ticket 310", tool: "get_ticket", args: JSON.stringify({ id: 310 }), result: "From: Ines\nMy bike's service was booked for Friday, can I move it to Monday?", answer: "Hi Ines, of course, Monday at 10:00 is free and I've noted it for you. See you then! — Kai" });

describe("an approval that sends or ships what the agent showed carries the run's work on", () => {
  it("is code_generation after a coding run's change (en, es, fr, de, it, pt, ru, zh, ja, ko)", () => {
    for (const turn of ["lgtm, ship it", "vale, súbelo", "parfait, commit et push", "passt, push es", "ottimo, pushalo", "beleza, pode subir", "отлично, пушь", "好的，提交吧", "オッケー、コミットして", "좋아, 푸시해 줘"]) {
      expect(both(changed(turn)), turn).toEqual(["code_generation", "code_generation"]);
      expect(reasonOf(changed(turn)), turn).toMatch(/approves the answer of turn 5 and asks it shipped/);
    }
  });
  it("is chat after a support agent's drafted reply (en, es, fr, de, it, pt, ru, zh, ja, ko)", () => {
    for (const turn of ["great, send it", "genial, mándala", "très bien, envoie-la", "sieht gut aus, schick sie ab", "va bene, mandala", "perfeito, pode mandar", "хорошо, отправь", "好的，发送吧", "いいね、送信して", "좋네요, 보내 줘"]) {
      expect(both(drafted(turn)), turn).toEqual(["chat", "chat"]);
      expect(reasonOf(drafted(turn)), turn).toMatch(/sent by the agent's tool/);
    }
  });
  it("leaves more asked beside the send, and a turn with no run", () => {
    expect(reasonOf(drafted("great, send it, and translate it into French for Ines's husband"))).not.toMatch(/approves the answer/);
    expect(reasonOf(changed("lgtm, ship it, then add a test for emoji in titles"))).not.toMatch(/approves the answer/);
    expect(reasonOf([u("write me a short email to my landlord"), { role: "assistant", content: "Dear Mr. Weber, …" }, u("looks good, send it")])).not.toMatch(/approves the answer/);
  });
});

const DATA = "You are a data analyst agent for the shop. Query the warehouse with run_sql and say what the figures mean.";
/** A data run: orders per day asked, the query's rows, the agent's reading of them. */
const orders = afterTool({ system: DATA, ask: "orders per day last week", tool: "run_sql", args: JSON.stringify({ query: "select day, orders from daily_orders where week = '2026-W48'" }), result: "day | orders\nmon | 412\ntue | 398\nwed | 455\nthu | 470\nfri | 520\nsat | 610\nsun | 380", answer: "Orders rose from 412 on Monday to a 610 peak on Saturday, then fell to 380 on Sunday; 3,245 in the week." });

describe("a summary named beside a length, after a data run's reading, is a summary", () => {
  it("is summarization, not the anchor's work made shorter", () => {
    expect(learned.classify(orders("summarize this for the team channel in two bullets")).task.label).toBe("summarization");
    expect(reasonOf(orders("summarize this for the team channel in two bullets"))).toMatch(/summarization/);
  });
  it("leaves a shortening whose own word is the summary cue: the piece is kept", () => {
    const toast: ChatMessage[] = [u("напиши тост на свадьбу брата, тепло и с юмором"), { role: "assistant", content: "Дорогие Андрей и Лена! Пусть ваш дом будет полон смеха, а споры решаются только о том, чья очередь варить кофе. За вас!" }, u("сделай покороче, минута максимум")];
    expect(learned.classify(toast).task.label).toBe("creative_writing");
  });
  it("leaves code made shorter with a summary of the change asked after it: the code is kept (review)", () => {
    const fn: ChatMessage[] = [u("write a Go function that reverses the words in a sentence"), { role: "assistant", content: "```go\nfunc reverseWords(s string) string {\n\tparts := strings.Fields(s)\n\tfor i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {\n\t\tparts[i], parts[j] = parts[j], parts[i]\n\t}\n\treturn strings.Join(parts, \" \")\n}\n```" }];
    for (const turn of ["make it shorter, then summarize what you changed", "shorter please, and summarize the change in one line"]) {
      expect(learned.classify([...fn, u(turn)]).task.label, turn).toBe("code_generation");
    }
  });
});

