/**
 * Twenty-fifth round, a comparison, a judgement or a choice asked (and the writer's own comparing, which asks none).
 * The round as a whole: what a turn that carries figures asks for, read from its own ask, in several of the ten languages,
 * each with the look-alike it must leave alone. Team-written, not from any evaluation set. Each rule is tested on the
 * guard that holds it (the reading handed to it is the misreading it corrects) and, where the shipped readings miss
 * the turn, end to end.
 * Its other classes are the other generalization-25-*.test.ts files.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { asksForJudgement } from "./judgement-asks.js";
import { judgedFiguresGuard } from "./figure-asks.js";
import { choiceGuard } from "./choice-asks.js";
import { readConversationCached, type ConversationReading } from "./read-conversation.js";
import { turnAskGuard } from "./turn-asks.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (content: string, classifier = learned): string => classifier.classify([{ role: "user", content }]).task.label;
const read = (content: string): ConversationReading => readConversationCached([{ role: "user", content }]);

describe("the writer's own comparing is no comparison asked", () => {
  it("leaves a listing's fields asked by someone who is comparing to their reading, in several languages", () => {
    // No JSON named: a format word is an extraction ask of its own and would leave these alone without the rule (review).
    for (const text of [
      "Estamos comparando coches de segunda mano. De este anuncio me hacen falta precio, kilómetros, año y potencia: «Seat León 1.5 TSI, 2019, 68.000 km, 150 CV, 15.900 €»",
      "Estoy comparando coches usados. De este anuncio me interesan precio, kilómetros, año y potencia: «Seat León 1.5 TSI, 2019, 68.000 km, 150 CV, 15.900 €»",
      "Ich vergleiche gerade Gebrauchtwagen. Aus dieser Anzeige hätte ich gern Preis, Kilometerstand, Baujahr und Leistung: „Skoda Octavia 2.0 TDI, EZ 2018, 91.000 km, 150 PS, 14.490 €“",
      "Сравниваю подержанные машины. Из этого объявления мне интересны цена, пробег, год и мощность: «Skoda Octavia 2018, 91 000 км, 150 л. с., 1 290 000 ₽»",
      "Estou comparando carros usados. Deste anúncio me interessam preço, km, ano e potência: «VW Golf 2019, 68.000 km, 150 cv, R$ 98.900»",
      "Je suis en train de comparer des voitures d'occasion. De cette annonce il me faut le prix, le kilométrage, l'année et la puissance : « Peugeot 308, 2019, 68 000 km, 130 ch, 15 900 € »",
    ]) {
      expect(turnAskGuard("extraction", 0.5, read(text)), text).toBeUndefined();
    }
  });

  it("reads Chinese 比较 before an adjective as 'rather', not as a comparison asked", () => {
    const servers = "我们机房有3台服务器，其中两台比较旧。内存分别是16GB、32GB和64GB，总内存是多少？平均每台多少？";
    expect(turnAskGuard("math", 0.5, read(servers))).toBeUndefined();
    expect(taskOf(servers)).toBe("math");
  });

  it("still reads a comparison asked for as analysis", () => {
    expect(turnAskGuard("extraction", 0.5, read("Compara estos dos coches: Seat León 2019, 68.000 km, 15.900 € y Golf 2018, 74.000 km, 16.400 €."))?.task).toBe("analysis");
    expect(turnAskGuard("math", 0.5, read("帮我比较一下这两台服务器：A是16核64GB，每月900元；B是8核32GB，每月520元。"))?.task).toBe("analysis");
    expect(turnAskGuard("extraction", 0.5, read("Ich vergleiche gerade zwei Angebote. Vergleich sie bitte: A 14.490 €, 91.000 km; B 15.900 €, 68.000 km."))?.task).toBe("analysis");
  });
});

describe("a judgement asked: normal, or something wrong; can it be trusted", () => {
  it("finds the new phrases in the ten languages, and not a maths check", () => {
    for (const ask of [
      "is that normal ageing, or is something off?",
      "¿es desgaste normal o hay algo raro?",
      "é desgaste normal ou tem algo errado?",
      "ist das normale Alterung, oder stimmt da was nicht?",
      "c'est du vieillissement normal ou il y a un souci ?",
      "è usura normale o c'è qualcosa che non va?",
      "это нормальная деградация или что-то не так? можно ли этому доверять?",
      "这是正常衰减吗？",
      "普通の経年劣化ですか、それとも何かおかしいですか？",
      "정상적인 노화인가요, 아니면 뭔가 문제가 있는 건가요?",
    ]) {
      expect(asksForJudgement(ask.toLowerCase()), ask).toBe(true);
    }
    expect(asksForJudgement("is something wrong with my calculation of 17 × 24?")).toBe(false);
  });

  it("reads a judgement of a machine's figures as analysis, not a sum", () => {
    const aircon = "Наш кондиционер в офисе в прошлом году потреблял 410 кВт·ч в месяц, в этом 530, хотя настройки те же: 23 °C, 8 часов в день. Это нормальная деградация или что-то не так?";
    expect(judgedFiguresGuard("math", 0.6, read(aircon))?.task).toBe("analysis");
    expect(taskOf(aircon)).toBe("analysis");
    expect(taskOf("Unsere Wärmepumpe hat letztes Jahr 3.900 kWh gebraucht, dieses Jahr 4.700, bei gleichen Einstellungen (21 °C, 8 h Absenkung). Ist das normale Alterung, oder stimmt da was nicht?", heuristic)).toBe("analysis");
  });
});

describe("which option suits the writer, asked of the assistant", () => {
  it("is analysis in several languages, over a maths reading of the options' figures", () => {
    for (const text of [
      "我现在每天走路大概6000步，想提高体能。有两个计划：A每周跑步3次每次5公里，B每周游泳2次每次40分钟。我膝盖不太好。你觉得哪个更适合我？",
      "Two plans: A runs 3 times a week, 5 km each; B swims twice a week, 40 minutes each. My knees are bad. Which one suits me better?",
      "Zwei Pläne: A dreimal pro Woche 5 km laufen, B zweimal 40 Minuten schwimmen. Meine Knie sind nicht gut. Welcher passt besser zu mir?",
    ]) {
      expect(choiceGuard("math", read(text))?.task, text.slice(0, 30)).toBe("analysis");
    }
  });

  it("leaves a sum asked of the options alone", () => {
    expect(choiceGuard("math", read("Plan A costs 29 a month for 12 months, plan B 310 up front. How much do I save with B over the year?"))).toBeUndefined();
  });
});

describe("review fixes: Chinese 比较 before a pair of opposites", () => {
  it("asks a comparison", () => {
    expect(turnAskGuard("extraction", 0.5, read("帮我比较新旧两个版本的nginx配置有什么区别：旧版worker_processes 2，新版worker_processes 4。"))?.task).toBe("analysis");
    expect(turnAskGuard("extraction", 0.5, read("比较大小两款手机：大的6.7寸5000毫安，小的6.1寸3900毫安，说说各自的优缺点。"))?.task).toBe("analysis");
    expect(turnAskGuard("math", 0.5, read("比较快慢：甲每小时60公里，乙每小时75公里，谁先到200公里外的终点？"))?.task).toBe("analysis");
  });
});
