/**
 * Thirty-third round: classes read off a fresh development set (`training/conversation-dev-177.jsonl`), each with the
 * look-alike it must leave alone. Team-written inputs, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { detectFollowUp } from "./follow-up.js";
import type { ChatMessage } from "../../core/types.js";
import { afterText } from "./turns.fixture.js";

const learned = createClassifier("learned");
const heuristic = createClassifier("heuristic");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const heuristicTaskOf = (messages: ChatMessage[]): string => heuristic.classify(messages).task.label;

describe("a shortening verb or comparative after a piece of writing", () => {
  it("keeps the piece, though the word is a strong summary cue on its own", () => {
    const ru = "Дорогой Павел! С днём рождения! Пусть код компилируется с первого раза, а отпуск будет длинным. Команда поддержки.";
    expect(taskOf(afterText("напиши поздравление Павлу от команды поддержки, с юмором", "сделай покороче, на стикер не влезет", ru))).toBe("creative_writing");
    const es = "¡Hola, familias! Este viernes a las 17h hacemos la fiesta de fin de trimestre en el gimnasio. Traed algo dulce para compartir. ¡Os esperamos!";
    expect(taskOf(afterText("Escribe un aviso para las familias: fiesta de fin de trimestre el viernes a las 17h en el gimnasio", "acórtalo, que va en un grupo de WhatsApp", es))).toBe("creative_writing");
    const it_ = "Cari vicini, domenica alle 10 puliamo insieme il giardino condominiale. Portate guanti e buon umore, al caffè pensiamo noi!";
    expect(taskOf(afterText("Scrivi un avviso per i vicini: domenica alle 10 pulizia del giardino", "accorcialo un po'", it_))).toBe("creative_writing");
    const ko = "여러분, 이번 금요일 저녁 7시에 팀 회식이 있습니다. 장소는 회사 앞 고깃집이고, 참석 여부를 수요일까지 알려주세요!";
    expect(taskOf(afterText("팀 회식 공지 써줘. 금요일 저녁 7시, 회사 앞 고깃집", "줄여줘", ko))).toBe("creative_writing");
  });

  it("still reads a summary word, and shortening an article, as a summary", () => {
    const article = "Городская дума утвердила бюджет на 2027 год: на ремонт дорог выделено 2,4 млрд рублей, на школы — 1,1 млрд. Дефицит составит 3 %.";
    const summary = "Дума приняла бюджет-2027: 2,4 млрд на дороги, 1,1 млрд на школы, дефицит 3 %.";
    expect(taskOf(afterText("Перескажи кратко статью: " + article, "сделай покороче", summary))).toBe("summarization");
    const ru = "Дорогой Павел! С днём рождения! Пусть код компилируется с первого раза, а отпуск будет длинным. Команда поддержки.";
    expect(taskOf(afterText("напиши поздравление Павлу от команды поддержки, с юмором", "tl;dr", ru))).toBe("summarization");
  });
});

describe("an acknowledgement before a whole-message consent", () => {
  const offer = afterText(
    "the discount is wrong in this function: def apply(total, pct): return total - total * pct",
    "",
    "`pct` arrives as 20 but the function treats it as a fraction. I can rewrite it to divide by 100 and add a test. Want me to?",
  );
  const reply = (text: string): ChatMessage[] => [...offer.slice(0, 2), { role: "user", content: text }];
  it("is read as the consent", () => {
    for (const text of ["ok vai pure", "ok dale", "okay, dale", "perfetto, vai pure", "ok, ja gerne", "ok, fais-le", "ok, sim, pode"]) {
      expect(detectFollowUp(text)?.kind, text).toBe("act");
    }
    expect(heuristicTaskOf(reply("ok vai pure"))).toBe("code_generation");
    expect(heuristicTaskOf(reply("ok dale"))).toBe("code_generation");
  });

  it("in a coding agent's conversation is not small talk", () => {
    const agent: ChatMessage[] = [
      { role: "system", content: "You are a coding agent in a Python repository. Read before you edit." },
      { role: "user", content: "the discount is wrong in src/cart.py" },
      { role: "assistant", content: "`pct` arrives as 20 but the function treats it as a fraction. I propose dividing by 100 inside the function and adding a test. Shall I?" },
    ];
    expect(taskOf([...agent, { role: "user", content: "ok vai pure" }])).toBe("code_generation");
    expect(taskOf([...agent, { role: "user", content: "ok dale" }])).toBe("code_generation");
  });

  it("leaves thanks and an acknowledgement that asks more alone", () => {
    expect(detectFollowUp("ok gracias")?.kind).not.toBe("act");
    expect(detectFollowUp("ok, dale un nombre mejor a la variable")?.kind).not.toBe("act");
    expect(detectFollowUp("ok but why does it divide twice?")?.kind).not.toBe("act");
  });
});

describe("another version asked with 'another' / 'other' in a short turn", () => {
  const names = "1. Early Crumb\n2. The 6 O'Clock Loaf\n3. Corner Oven\n4. Rise & Shine Bakery\n5. Dough Street";
  it("inherits the piece or the ideas", () => {
    for (const text of ["another version pls, more playful", "faz outra versão mais curta e sem emoji", "いいね、別のバージョンもください", "다른 버전도 보여줘", "给我另一个版本", "noch eine andere Version, bitte", "dame otra versión más seria", "un'altra versione, più seria", "une autre version, plus sobre", "другой вариант, посерьёзнее"]) {
      expect(detectFollowUp(text.toLowerCase())?.kind, text).toBe("inherit");
    }
    expect(taskOf(afterText("Give me five name ideas for a neighbourhood bakery that opens at 6 am", "faz outra versão, mais curta", names))).toBe("brainstorming");
    const ja = "1. 麺屋 夜更け\n2. 豚骨 二時\n3. 白湯堂";
    expect(taskOf(afterText("新しいラーメン屋の店名を3つ考えて。豚骨で深夜営業", "いいね、別のバージョンもください", ja))).toBe("brainstorming");
    const ru = "Друзья, в субботу в 11:00 собираемся во дворе на субботник. Перчатки и мешки выдадим, чай с пирогами — после уборки!";
    expect(heuristicTaskOf(afterText("напиши объявление для соседей про субботник в субботу в 11", "другой вариант, посерьёзнее", ru))).toBe("creative_writing");
  });

  it("leaves another version in a named language to the translate readings", () => {
    expect(detectFollowUp("another version in polish")?.kind).toBe("translate");
    expect(detectFollowUp("otra versión en inglés")?.kind).toBe("translate");
    expect(detectFollowUp("另一个版本用英文")?.kind).toBe("translate");
  });
});

describe("an ask to fix it after the error was explained, in the languages without a fix form", () => {
  const ask = "このエラーの原因は？\n```\nTypeError: Cannot read properties of undefined (reading 'length')\n    at count (util.js:3:14)\n```\n```js\nfunction count(items) { return items.length; }\n```";
  const answer = "`items` が `undefined` のまま渡されています。呼び出し側で配列を渡すか、デフォルト値 `items = []` を付ければ直ります。";
  it("asks for the change", () => {
    for (const text of ["じゃあ直して", "デフォルト値で直して", "那就改一下", "修一下吧", "그럼 고쳐줘", "수정해 줘", "dann korrigier das", "então corrige", "ну так исправь"]) {
      expect(detectFollowUp(text)?.kind, text).toBe("act");
      expect(taskOf(afterText(ask, text, answer)), text).toBe("code_generation");
    }
  });

  it("leaves a language to put it into, and a question about the fix, alone", () => {
    expect(detectFollowUp("英語に直して")?.kind).toBe("translate");
    expect(detectFollowUp("为什么要改一下这里？")?.kind).not.toBe("act");
  });
});
