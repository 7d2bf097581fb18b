/**
 * Thirty-second round: classes read off a fresh development set (`training/conversation-dev-175.jsonl`), each with the
 * look-alike it must leave alone. Team-written inputs, not rows of any evaluation set.
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";
import { detectFollowUp } from "./follow-up.js";
import type { ChatMessage } from "../../core/types.js";
import { afterText } from "./turns.fixture.js";

const learned = createClassifier("learned");
const taskOf = (messages: ChatMessage[]): string => learned.classify(messages).task.label;
const one = (text: string): ChatMessage[] => [{ role: "user", content: text }];

describe("'shorter' in the other languages after a piece of writing", () => {
  const note = "Ciao a tutti! Sabato pomeriggio facciamo la raccolta dei giocattoli per la parrocchia: portateli in cortile dalle 15. Grazie mille a chi dà una mano!";
  it("keeps the message a piece of writing", () => {
    expect(taskOf(afterText("Scrivimi un messaggio per i genitori della classe: sabato raccolta giocattoli in cortile dalle 15", "più breve, tanto lo leggono al volo", note))).toBe("creative_writing");
    const de = "Liebe Nachbarn, am Samstag feiern wir ab 18 Uhr im Hof den Sommeranfang. Bringt gern etwas zu essen mit, Getränke gibt es von uns!";
    expect(taskOf(afterText("Schreib eine Einladung an die Nachbarn für unser Hoffest am Samstag ab 18 Uhr", "kürzer bitte, passt sonst nicht auf den Zettel", de))).toBe("creative_writing");
    const zh = "亲爱的同事们：本周五下午四点在三楼茶水间为小林举办欢送会，欢迎大家来喝杯咖啡、说几句祝福的话！";
    expect(taskOf(afterText("帮我写一条群消息，周五下午四点给小林办欢送会", "更短一点", zh))).toBe("creative_writing");
  });

  it("still reads a summary verb, and 'shorter' after an article, as a summary", () => {
    const article = "La Regione ha stanziato 12 milioni per rinnovare le linee ferroviarie locali; i lavori partiranno a marzo e causeranno la chiusura della tratta Lecco-Sondrio per sei settimane.";
    expect(taskOf(afterText("Riassumimi questo articolo: " + article, "riassumilo ancora di più", "La Regione investe 12 milioni sulle ferrovie locali; da marzo la Lecco-Sondrio chiude sei settimane per lavori."))).toBe("summarization");
    expect(taskOf(afterText("Riassumimi questo articolo: " + article, "più breve", "La Regione investe 12 milioni sulle ferrovie locali; da marzo la Lecco-Sondrio chiude sei settimane per lavori."))).toBe("summarization");
  });
});

describe("a CJK language named inside a longer request", () => {
  const code = "```python\nimport re\n\ndef words(s):\n    return re.findall(r'[a-z]+', s.lower())\n```";
  it("is not a request for another language", () => {
    expect(detectFollowUp("中文标点也要能忽略，而且要支持中文字符，改一下")?.kind).not.toBe("translate");
    expect(taskOf(afterText("用Python写个函数，把句子切成单词", "要能处理中文字符和日文假名，改一下", code))).toBe("code_generation");
  });

  it("still reads a language named alone as a translation", () => {
    expect(detectFollowUp("韩语呢？")?.kind).toBe("translate");
    expect(detectFollowUp("中文")?.kind).toBe("translate");
    expect(detectFollowUp("中国語だとどうなる？")?.kind).toBe("translate");
  });
});

describe("an appliance's error code asked what it means", () => {
  it("is a lookup, in several languages", () => {
    expect(taskOf(one("洗濯機にエラーコード E-21 が出て止まりました。どういう意味ですか？"))).toBe("simple_qa");
    expect(taskOf(one("My Worcester boiler is showing error code F28 and the radiators are cold. What does it mean?"))).toBe("simple_qa");
    expect(taskOf(one("La lavadora Bosch marca el código de error E18, ¿qué significa?"))).toBe("simple_qa");
  });

  it("leaves a program's error code, and a sum about the appliance, alone", () => {
    expect(taskOf(one("My Python app exits with error code 137 when the washing machine sensor service starts, what does it mean?"))).not.toBe("simple_qa");
    expect(taskOf(one("The dishwasher uses 1.1 kWh per cycle and runs 5 times a week at 0.32 €/kWh. How much per year?"))).toBe("math");
  });
});

describe("which versions are supported together", () => {
  it("is a lookup", () => {
    expect(taskOf(one("Our stack: Node 16.20, 18.19 and 20.11; Angular 15.2 and 17.1. Which combinations are officially supported?"))).toBe("simple_qa");
    expect(taskOf(one("We run PostgreSQL 12.17 and 16.1 with PostGIS 3.1 and 3.4. Which versions are compatible with each other?"))).toBe("simple_qa");
  });

  it("leaves a failure over the same versions as debugging", () => {
    expect(taskOf(one("Node 18.19 with Angular 17.1: ng build fails with 'Error: The current version of Node is not supported'. Which versions are supported, and how do I fix it?"))).not.toBe("simple_qa");
  });
});

describe("thanks after an answer, with nothing asked", () => {
  const ask = "帮我总结一下这段会议记录：'市场部决定把新品发布会推迟到三月，原因是包装供应商交货延迟。设计组先出海报初稿，小陈负责文案，小赵负责联系场地。'";
  const answer = "发布会推迟到三月（包装延迟）；设计组出海报初稿，小陈文案，小赵联系场地。";
  it("is small talk in Chinese, Korean and Russian", () => {
    expect(taskOf(afterText(ask, "好的，谢谢！挺明白的", answer))).toBe("chat");
    expect(taskOf(afterText(ask, "谢谢你！", answer))).toBe("chat");
    const ko = afterText("이 공지 요약해줘: '다음 주 화요일 오전 8시부터 오후 5시까지 단수됩니다. 미리 물을 받아 두세요.'", "감사합니다! 깔끔하네요", "다음 주 화요일 8시~17시 단수, 물을 미리 받아 두세요.");
    expect(taskOf(ko)).toBe("chat");
    const ru = afterText("Сократи объявление: 'Во вторник с 8 до 17 отключат воду, наберите заранее.'", "спасибо, всё ясно", "Во вторник 8–17 без воды, наберите заранее.");
    expect(taskOf(ru)).toBe("chat");
  });

  it("leaves thanks with a question, a 'but' or a next ask alone", () => {
    expect(taskOf(afterText("帮我总结一下：'物业通知下周二停水，从早上八点到下午五点，请提前储水。'", "谢谢！不过停水那天热水器要不要关？", "下周二 8:00–17:00 停水，请提前储水。"))).not.toBe("chat");
    const fr = afterText("translate to French: 'The pool is closed on Sunday for cleaning.'", "perfect thx. now german", "La piscine est fermée dimanche pour le nettoyage.");
    expect(taskOf(fr)).toBe("translation");
  });
});

describe("a go-ahead that names the code's new form", () => {
  const read: ChatMessage[] = [
    { role: "system", content: "You are a coding agent in a Node.js repository. Read before you edit." },
    { role: "user", content: "have a look at lib/cache.js, it still uses callbacks" },
    { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "read_file", arguments: "{\"path\": \"lib/cache.js\"}" } }] },
    { role: "tool", tool_call_id: "c1", content: "function get(key, cb) {\n  redis.get(key, (err, v) => {\n    if (err) return cb(err);\n    cb(null, v && JSON.parse(v));\n  });\n}\nmodule.exports = { get };" },
  ];
  it("makes the change", () => {
    expect(taskOf([...read, { role: "user", content: "ok go ahead and switch it over to promises, same export" }])).toBe("code_generation");
  });

  it("lets a plain go-ahead of a review go on", () => {
    expect(taskOf([...read, { role: "user", content: "go ahead" }])).toBe("code_review");
  });
});

describe("another version asked with a word of its own", () => {
  const poem = "Quarante ans de levain, de farine et de nuit,\nta boutique au matin réveillait tout le quartier.";
  it("keeps the piece of writing", () => {
    expect(taskOf(afterText("Écris quelques vers pour le départ à la retraite de notre fromager", "génial ! tu peux en faire une version pour les enfants du quartier, à lire à la fête ?", poem))).toBe("creative_writing");
    expect(detectFollowUp("¡me encanta! ¿me haces una versión para los nietos, que la lean en la cena de nochebuena?")?.kind).toBe("inherit");
  });

  it("leaves a version in another language to the translate readings", () => {
    expect(detectFollowUp("tu peux en faire une version anglaise pour les parents qui ne parlent pas français ?")?.kind).not.toBe("inherit");
    expect(detectFollowUp("¿me haces una versión polaca para los vecinos del cuarto, que casi no leen español?")?.kind).not.toBe("inherit");
  });
});

describe("a restyle joined to an addition without a comma", () => {
  const note = "¡Hola, familias! La excursión del jueves se suspende por la huelga de autobuses. Os avisaremos de la nueva fecha.";
  it("keeps the message a piece of writing", () => {
    expect(taskOf(afterText("Escribe un aviso para las familias: la excursión del jueves se suspende por huelga", "hazlo más cercano y añade que ese día habrá clase normal con horario de siempre", note))).toBe("creative_writing");
    expect(detectFollowUp("make it warmer and add that she starts on monday at the front desk with tom")?.kind).toBe("inherit");
  });

  it("leaves a long new ask with 'and add' alone", () => {
    expect(detectFollowUp("write me a cover letter for a barista job in lisbon and add a line about my latte art")).toBeUndefined();
  });
});

describe("a notice asked to be written, in Russian", () => {
  it("names writing by 'составь объявление' and 'напиши поздравление'", () => {
    expect(taskOf(one("Составь объявление для подъезда: в пятницу с 10 до 16 отключат холодную воду, просьба набрать заранее"))).toBe("creative_writing");
    expect(taskOf(one("Составь объявление для жильцов: в четверг с 9 до 13 во дворе будут обрезать деревья, машины лучше переставить"))).toBe("creative_writing");
    expect(taskOf(one("Напиши поздравление коллеге с 30-летием, коротко и с юмором"))).toBe("creative_writing");
  });

  it("leaves a notice read for its facts alone", () => {
    expect(taskOf(one("Прочитай объявление и скажи, во сколько начнут обрезать деревья: 'В четверг с 9 до 13 во дворе будут обрезать деревья.'"))).not.toBe("creative_writing");
  });
});

describe("German separable verbs of pulling items out", () => {
  it("reads 'schreib … raus' and 'such … heraus' as extraction", () => {
    expect(taskOf(one("Schreib mir aus der Nebenkostenabrechnung alle Posten mit Betrag als Stichpunkte raus: Grundsteuer 212,40 €, Müll 188,00 €, Wasser 356,10 €, Hausmeister 420,00 €"))).toBe("extraction");
    expect(taskOf(one("Such mir bitte aus dieser Mail alle Fristen heraus: 'Die Unterlagen sind bis 15.01. einzureichen, der Widerspruch ist bis 31.01. möglich, die Zahlung erfolgt zum 28.02.'"))).toBe("extraction");
  });

  it("leaves a summary in bullet points, and 'das Beste rausholen', alone", () => {
    expect(taskOf(one("Fass mir die Nebenkostenabrechnung in drei Stichpunkten zusammen: Grundsteuer 212,40 €, Müll 188,00 €, Wasser 356,10 €, Nachzahlung 96,50 €"))).toBe("summarization");
    expect(taskOf(one("Hol das Beste aus diesem Text raus und mach einen Werbetext daraus: Unser Café hat jetzt auch sonntags offen."))).toBe("creative_writing");
  });
});
