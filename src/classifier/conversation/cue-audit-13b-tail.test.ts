/**
 * Thirteenth round, second wave: the classes behind the long-tail working set's language misses (dev 57), written for
 * the tables of `language-cues-more.ts`, `-extra.ts`, `-tail.ts`, `-far.ts` and `-asia.ts`:
 * - a script, query, function, config or spreadsheet formula asked for by need ("bir sorgu lazım", "potrzebuję
 *   skryptu", "potřeboval bych config pro…", "gawa ka ng excel formula", "tarvitsisin skriptin", "treba mi upit");
 * - a writer who cannot decide between options asks to weigh them ("kan inte bestämma mig", "nie mogę się
 *   zdecydować", "ne mogu se odlučiti");
 * - a critical assessment asked for ("kriticky posoudit", "arvioi kriittisesti", "kritički procijeni");
 * - a riddle noun names the puzzle ("γρίφο", "gåde", "гатанка"), where the noun means a riddle and not a mystery;
 * - a cover letter or card wishes to write ("написати супровідний лист", "potrzebuję życzeń do kartki");
 * - venting forms name chat, as in the Asian tables ("wygadać się", "vypovídat se", "อยากระบาย").
 * Each ask is the team's own (never a working set's row); those of a task are read over a base that says chat, venting
 * over one that says simple_qa, so each fails without its new cue.
 */
import { describe, expect, it } from "vitest";
import { read, u } from "../../../test/support/conversation-kit.js";
import { asksNotNamedByOwnTable, cuesOfTask, cuesWrittenTwice } from "../../../test/support/cue-checks.js";
import type { CueLanguage } from "./language-cues.js";

const asks: [string, string, string][] = [
  ["tr", "code_generation", "mysql'de bi sorgu lazım, son ay en çok satan 5 ürünü getirsin"],
  ["tr", "code_generation", "stok tablom için bir excel formülü lazım, aynı ürünleri toplasın"],
  ["pl", "code_generation", "potrzebuję skryptu, który co godzinę sprawdza wolne miejsce na dysku"],
  ["pl", "code_generation", "potrzebna mi formuła w excelu, która zsumuje sprzedaż dla każdego miesiąca"],
  ["sv", "code_generation", "jag behöver ett skript som döper om alla bilder i en mapp efter datum"],
  ["el", "code_generation", "χρειάζομαι ένα script που να κάνει backup τη βάση κάθε βράδυ"],
  ["uk", "code_generation", "потрібен скрипт, який щодня чистить старі логи"],
  ["cs", "code_generation", "potřebuji skript, který každou noc zálohuje databázi"],
  ["cs", "code_generation", "dobrý den, chtěl bych config pro apache se dvěma weby"],
  ["tl", "code_generation", "gawa ka ng excel formula na bibilangin lahat ng bayad na"],
  ["nl", "code_generation", "ik heb een script nodig dat elke ochtend mijn downloads opruimt"],
  ["id", "code_generation", "aku butuh rumus excel buat jumlahin total per cabang"],
  ["vi", "code_generation", "mình cần một script để đổi tên hàng loạt file ảnh"],
  ["ro", "code_generation", "am nevoie de un script care să șteargă fișierele mai vechi de o lună"],
  ["da", "code_generation", "jeg har brug for et script, der tager backup af min mappe hver nat"],
  ["fi", "code_generation", "tarvitsisin skriptin, joka siivoaa vanhat lokit joka yö"],
  ["hu", "code_generation", "kellene egy szkript, ami minden éjjel menti az adatbázist"],
  ["sk", "code_generation", "potrebujem skript, ktorý každý deň zálohuje fotky"],
  ["bg", "code_generation", "трябва ми скрипт, който всяка нощ архивира базата"],
  ["hr", "code_generation", "trebam skriptu koja svaku noć radi sigurnosnu kopiju"],
  ["sl", "code_generation", "potrebujem skripto, ki vsak dan počisti stare datoteke"],
  ["et", "code_generation", "vajan skripti, mis igal ööl andmebaasi varundab"],
  ["az", "code_generation", "hər gecə bazanı yedəkləyən bir skript lazımdır"],
  ["sv", "analysis", "Jag kan inte bestämma mig mellan att hyra och att köpa en lägenhet i Göteborg"],
  ["tr", "analysis", "İki bölüm arasında kaldım, bilgisayar mı endüstri mi?"],
  ["pl", "analysis", "Nie umiem się zdecydować na kierunek studiów"],
  ["uk", "analysis", "Не можу визначитися між двома університетами"],
  ["cs", "analysis", "Nemůžu se rozhodnout mezi dvěma auty, ojetým a novým"],
  ["el", "analysis", "Δεν μπορώ να αποφασίσω ανάμεσα σε δύο σπίτια"],
  ["th", "analysis", "ตัดสินใจไม่ได้ระหว่างสองคอนโดนี้"],
  ["tl", "analysis", "Hindi ako makapagdesisyon kung lilipat ako sa Cebu o mananatili sa Maynila"],
  ["nl", "analysis", "Ik kan niet beslissen of ik naar Utrecht verhuis"],
  ["ro", "analysis", "Nu mă pot decide între două oferte de apartament"],
  ["fi", "analysis", "En osaa päättää, kumman asunnon ostaisin"],
  ["hu", "analysis", "Nem tudok dönteni a két lakás között"],
  ["hr", "analysis", "Ne mogu se odlučiti između dva posla"],
  ["bg", "analysis", "Не мога да реша между две оферти за работа"],
  ["cs", "analysis", "Mohl byste kriticky posoudit můj plán na otevření kavárny?"],
  ["sk", "analysis", "Môžete kriticky posúdiť môj podnikateľský plán?"],
  ["fi", "analysis", "Voisitko arvioida kriittisesti tämän suunnitelman?"],
  ["el", "deep_reasoning", "Ο ανιψιός μου μου είπε έναν γρίφο για δύο τρένα"],
  ["da", "deep_reasoning", "Min nevø gav mig en gåde om tre kasser"],
  ["bg", "deep_reasoning", "Имам гатанка за три кутии с плодове"],
  ["ro", "deep_reasoning", "Am o ghicitoare despre trei cutii cu fructe"],
  ["hu", "deep_reasoning", "Van egy fejtörőm három dobozról"],
  ["pl", "deep_reasoning", "Mam taką zagadkę o trzech pudełkach z owocami"],
  ["uk", "creative_writing", "Допоможи написати супровідний лист на посаду бухгалтерки"],
  ["uk", "creative_writing", "Допоможи написати повідомлення для колеги, яка йде на пенсію"],
  ["pl", "creative_writing", "Potrzebuję życzeń na ślub kuzynki, coś wzruszającego"],
  ["pl", "creative_writing", "Pomożesz ułożyć życzenia dla dziadka na 90. urodziny?"],
  ["cs", "creative_writing", "Pomůžeš mi napsat motivační dopis na pozici účetní?"],
  ["fi", "creative_writing", "Voisitko kirjoittaa saatekirjeen myyjän paikkaa varten?"],
  ["bg", "creative_writing", "Напиши мотивационно писмо за позиция счетоводител"],
];

/** Venting, read over a base that says simple_qa. */
const chats: [string, string][] = [
  ["tr", "Tavsiye istemiyorum, sadece içimi dökmek istiyorum."],
  ["pl", "Muszę się wygadać, dzisiaj wszystko poszło nie tak."],
  ["sv", "Jag vill inte ha råd, jag behöver bara prata av mig."],
  ["el", "Δεν θέλω συμβουλές, θέλω να ξεσπάσω λίγο."],
  ["uk", "Мені треба просто виговоритися, без порад."],
  ["cs", "Potřebuju se vypovídat, dneska to byl hrozný den."],
  ["th", "ขอระบายหน่อยนะ วันนี้แย่มาก"],
];

describe("dev 57's language classes in the more, extra, tail, far and Asian tables", () => {
  it.each(asks)("%s: reads %s over a base that says chat: %s", (_lang, task, text) => {
    expect(read("chat", [u(text)])).toBe(task);
  });
  it.each(chats)("%s: reads venting as chat over a base that says simple_qa: %s", (_lang, text) => {
    expect(read("simple_qa", [u(text)])).toBe("chat");
  });
  it("names each ask's task by a defining cue of its own language's table", () => {
    expect(asksNotNamedByOwnTable([...asks, ...chats.map(([lang, text]) => [lang, "chat", text] as const)])).toEqual([]);
  });
});

/** The adjective "mysterious", which the riddle nouns' stems opened (Lithuanian, Polish, Estonian), and Turkish "kodları"
 * (the codes), which the coding verb's stem "kodla*" opened. */
const LOOK_ALIKES: [string, string][] = [
  ["Tai buvo mįslingas atvejis.", "deep_reasoning"],
  ["To był zagadkowy wieczór.", "deep_reasoning"],
  ["See oli mõistatuslik lugu.", "deep_reasoning"],
  ["Ürün kodları stok tablosunda yanlış görünüyor.", "code_generation"],
];

const MINE: readonly CueLanguage[] = ["nl", "tr", "pl", "id", "vi", "ar", "hi", "sv", "el", "uk", "cs", "ro", "he", "fa", "th", "bn", "sw", "tl", "da", "nb", "fi", "hu", "ca", "ms", "ur", "sk", "bg", "sr", "hr", "sl", "lt", "lv", "et", "ta", "te", "mr", "az", "kk"];

describe("the second wave's cues in the more, extra, tail, far and Asian tables", () => {
  it.each(LOOK_ALIKES)("reads no cue of the look-alike task in an everyday sentence: %s (%s)", (text, task) => {
    expect(cuesOfTask(text, task), text).toEqual([]);
  });
  it("writes no cue twice in a table", () => {
    expect(cuesWrittenTwice(MINE)).toEqual([]);
  });
});
