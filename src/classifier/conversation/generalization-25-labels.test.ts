/**
 * Twenty-fifth round, one word or one group asked for each item: a label, or only the answer's format.
 * The round as a whole: what a turn that carries figures asks for, read from its own ask, in several of the ten languages,
 * each with the look-alike it must leave alone. Team-written, not from any evaluation set. Each rule is tested on the
 * guard that holds it (the reading handed to it is the misreading it corrects) and, where the shipped readings miss
 * the turn, end to end.
 * Its other classes are the other generalization-25-*.test.ts files.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { oneWordLabelGuard } from "./one-word-labels.js";
import { readConversationCached, type ConversationReading } from "./read-conversation.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (content: string, classifier = learned): string => classifier.classify([{ role: "user", content }]).task.label;
const read = (content: string): ConversationReading => readConversationCached([{ role: "user", content }]);

describe("one word asked for each item", () => {
  const reviews = "\n1. ★4 配送が2日早かった\n2. ★1 3回問い合わせても返事なし\n3. ★5 2,980円でこの品質";
  it("is a label, whatever figures the items carry", () => {
    for (const text of [
      `各レビューについて「満足」か「不満」かを判定してください。番号と一語だけで。${reviews}`,
      "각 리뷰가 만족인지 불만인지 판단해 줘. 번호랑 한 단어로만.\n1. 별 4개, 배송 2일 빨랐음\n2. 별 1개, 문의 3번 했는데 답 없음\n3. 별 5개, 2만 9천 원에 이 품질",
      "Для каждого отзыва скажи, доволен клиент или нет. Только номер и одно слово.\n1. 5 звёзд, доставили за 2 дня\n2. 1 звезда, 3 раза писал в поддержку",
      "Pour chaque avis, dis-moi si le client est content ou pas. Juste le numéro et un seul mot.\n1. 4 étoiles, livré en 2 jours\n2. 1 étoile, 3 relances sans réponse",
    ]) {
      expect(oneWordLabelGuard("extraction", read(text))?.task, text.slice(0, 30)).toBe("classification");
    }
    expect(taskOf(`各レビューについて「満足」か「不満」かを判定してください。番号と一語だけで。${reviews}`, heuristic)).toBe("classification");
  });

  it("leaves fields asked for each item, and a word translated for each, alone", () => {
    expect(oneWordLabelGuard("extraction", read("For each order below, give me the order number and the total, one per line.\n#1042 3 items 58.90\n#1043 1 item 12.00"))).toBeUndefined();
    expect(oneWordLabelGuard("extraction", read("Translate each of these into German, one word each: 12 apples, 3 pears, 5 plums"))).toBeUndefined();
  });
});

describe("review fixes: one word per item names the answer's format, not a label", () => {
  it("leaves fields and facts asked one word each to extraction and quick answers", () => {
    const extraction = [
      "For each invoice below, give me the vendor name, one word is fine.\nINV-1 Acme 1,200.00\nINV-2 Globex 860.50\nINV-3 Initech 2,040.00",
      "Для каждого сотрудника ниже — должность одним словом: Иванов — старший разработчик, Петрова — главный бухгалтер, Сидоров — менеджер по продажам",
    ];
    for (const text of extraction) expect(taskOf(text), text).toBe("extraction");
    // Read as a quick answer before the twenty-fifth round too; a subject asked per sentence is no label either way.
    const subjects = "각 문장의 주어를 한 단어로 알려줘.\n1. 철수가 사과 3개를 샀다.\n2. 영희는 어제 학교에 갔다.\n3. 우리 팀이 2대 1로 이겼다.";
    expect(taskOf(subjects)).not.toBe("classification");
    expect(taskOf("各国の首都を一言で答えて：フランス、ペルー、ケニア")).toBe("simple_qa");
    const regions = "Per ogni città dimmi la regione, una parola sola: Torino, Bari, Trento";
    expect(taskOf(regions)).not.toBe("classification");
    for (const text of [
      ...extraction,
      subjects,
      regions,
      "Para cada ciudad dime el país, una sola palabra: Lyon, Oporto, Graz",
      "For each order below, give me the customer's surname, one word each:\n#1042 Smith 58.90\n#1043 Okafor 12.00",
    ]) {
      expect(oneWordLabelGuard("extraction", read(text)), text).toBeUndefined();
    }
  });
});

describe("review fixes: a group asked for each item among groups listed after a colon", () => {
  it("is a label in Chinese and Japanese, with no one-word phrase to find", () => {
    const tickets = "下面是今天的几张工单，帮我看下分别该转给哪个组：物流组、售后维修组、财务组、技术支持组。每条后面标一下组名就行。\n\n1. 订单号 88213，周五了还在转运中心\n2. App 连不上设备，配网一直卡在 90%，是不是bug";
    expect(taskOf(tickets, heuristic)).toBe("classification");
    expect(taskOf("各問い合わせがどの部署か教えてください：営業、経理、人事、情報システム。\n1. 請求書の再発行をお願いします\n2. パスワードを忘れました", heuristic)).toBe("classification");
  });
});
