/**
 * Fourteenth round's audit (europe, part one): German, Russian, Polish, Turkish, Dutch and Ukrainian. Blind sets showed
 * the tables missing the ordinary, indirect ways people ask: shorten a pasted text ("kürz mir das", "сделай покороче"),
 * say it softer or warmer ("freundlicher formulieren", "napisz to łagodniej"), a text to publish or read out ("ein paar
 * Worte für die Karte", "düğünde okuyabileceğim"), gift ideas and things to do ("was schenke ich", "что можно подарить"),
 * talk to the assistant itself ("wer hat dich gemacht", "kto cię stworzył"), a label per item ("markiere jede Zeile",
 * "önceliği belirle"), translation by other verbs ("переложи на", "het Engelse woord voor"), fields as written, a view
 * asked ("zwei Angebote", "чи варто"), a fact asked ("Tageshöchstdosis", "когда празднуют"), sums asked indirectly
 * ("wie viel von jedem", "за сколько месяцев") and puzzles by their names ("Kopfnuss", "задача на взвешивание"). Each
 * ask is the team's own, never a working set's row, and each fails without the round's cues.
 *
 * Look-alikes fixed with them: the summary stems caught the "in summary" adverbs (German "zusammenfassend", Dutch
 * "samenvattend") and German "fassen" (es nicht fassen können, ins Auge fassen); Polish "oblicz*" caught "w obliczu"
 * (in the face of) and "oblicze" (a face); Turkish "çöz*" caught the noun "çözüm" (a solution: venting says "çözüm
 * istemiyorum"). The new cues keep off weather, dough and stiff backs ("Завтра будет потеплее", "weniger steif").
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import { read, u } from "../../../test/support/conversation-kit.js";
import { cuesWrittenTwice, lookAlikeHits } from "../../../test/support/cue-checks.js";
import type { CueLanguage } from "./language-cues.js";

/** Chat is read over a base that says simple_qa, a fact asked over one that says analysis (a chat base would let the
 * question guard answer for some languages), every other task over one that says chat: each fails without its cue. */
const baseOf = (task: string): string => (task === "chat" ? "simple_qa" : task === "simple_qa" ? "analysis" : "chat");

const asks: [string, string, string][] = [
  ["de", "summarization", "Kannst du diesen Text kürzen? Maximal drei Zeilen."],
  ["de", "summarization", "Kannst du das auf drei Zeilen eindampfen?"],
  ["de", "creative_writing", "Kannst du das etwas freundlicher formulieren? Klingt zu steif."],
  ["de", "creative_writing", "Schreib das nochmal, aber wärmer und weniger förmlich."],
  ["de", "creative_writing", "Formulier das bitte um, es klingt zu hart."],
  ["de", "creative_writing", "Ich brauche einen Text für die Produktseite unserer neuen Kaffeemühle."],
  ["de", "creative_writing", "Etwas, das ich auf der Hochzeit meines Bruders vorlesen kann."],
  ["de", "creative_writing", "Ein paar Worte für die Karte zum Abschied meiner Kollegin."],
  ["de", "brainstorming", "Was könnte ich ihm zum Geburtstag schenken?"],
  ["de", "brainstorming", "Gib mir ein paar Richtungen, in die wir gehen könnten."],
  ["de", "chat", "Wer hat dich gemacht?"],
  ["de", "chat", "Weißt du noch, worüber wir gestern gesprochen haben?"],
  ["de", "chat", "Bist du ein Bot?"],
  ["de", "chat", "Hör einfach zu, ich will keine Lösungen."],
  ["de", "classification", "Entscheide für jedes Ticket die Priorität: dringend, mittel, niedrig."],
  ["de", "classification", "Ordne jede Mail der richtigen Abteilung zu."],
  ["de", "classification", "Markiere jede Zeile als OK oder gefährdet."],
  ["de", "translation", "Was heißt Feierabend auf Englisch?"],
  ["de", "translation", "Wie heißt das auf Englisch?"],
  ["de", "extraction", "Mach eine Tabelle mit den Feldern so, wie sie im Text stehen."],
  ["de", "analysis", "Wie soll ich diesen Trend deuten?"],
  ["de", "simple_qa", "Was ist die maximale Tagesdosis von Ibuprofen?"],
  ["de", "simple_qa", "Wie schnell darf man auf der Landstraße fahren?"],
  ["de", "simple_qa", "Wie hoch ist der aktuelle Leitzins?"],
  ["de", "math", "Wie viel von jeder Zutat brauche ich für 11 Personen?"],
  ["de", "math", "Was kostet uns das pro Monat?"],
  ["de", "math", "Wie lange dauert es, bis der Kredit abbezahlt ist?"],
  ["de", "math", "Wie viel Zinsen spare ich, wenn ich 5000 Euro sondertilge?"],
  ["de", "deep_reasoning", "Eine Knobelaufgabe aus einem Vorstellungsgespräch: drei Schalter, eine Lampe."],
  ["de", "deep_reasoning", "Ein Wägeproblem: zwölf Kugeln, eine ist schwerer."],
  ["de", "summarization", "Kürz mir das auf drei Sätze."],
  ["de", "summarization", "Mach es kürzer, bitte."],
  ["de", "brainstorming", "Was schenke ich meiner Schwester zum Abschluss?"],
  ["de", "brainstorming", "Hast du Ausflugsziele rund um Leipzig?"],
  ["de", "math", "Wie viel von jedem brauchen wir für 11 Leute?"],
  ["de", "deep_reasoning", "Hier eine Kopfnuss: Ein Vater ist 30 Jahre älter als sein Sohn."],
  ["de", "translation", "Was ist das englische Wort für Feierabend?"],
  ["de", "classification", "Kennzeichne jede Zeile als OK oder gefährdet."],
  ["de", "simple_qa", "Wann feiert man Fronleichnam?"],
  ["de", "simple_qa", "Wie hoch ist die Tageshöchstdosis von Paracetamol?"],
  ["ru", "summarization", "Можешь сократить этот текст до трёх строк?"],
  ["ru", "summarization", "Сделай покороче, пожалуйста."],
  ["ru", "summarization", "Ужми этот текст до одного абзаца."],
  ["ru", "creative_writing", "Перепиши помягче, а то звучит слишком резко."],
  ["ru", "creative_writing", "Сделай текст теплее и не так официально."],
  ["ru", "creative_writing", "Нужен текст для страницы товара."],
  ["ru", "creative_writing", "Что-нибудь, что я смогу прочитать на свадьбе у друга."],
  ["ru", "creative_writing", "Пару слов для открытки коллеге."],
  ["ru", "brainstorming", "Что можно подарить мужу на годовщину?"],
  ["ru", "brainstorming", "Дай несколько направлений, куда двигаться."],
  ["ru", "chat", "Кто тебя сделал?"],
  ["ru", "chat", "Ты помнишь, о чём мы говорили вчера?"],
  ["ru", "chat", "Просто выслушай, решения мне не нужны."],
  ["ru", "classification", "Для каждого тикета определи приоритет: срочно, средне, низко."],
  ["ru", "classification", "Распредели каждое письмо по нужным отделам."],
  ["ru", "classification", "Отметь каждую строку: ОК или под угрозой."],
  ["ru", "translation", "Переложи это на японский."],
  ["ru", "analysis", "У меня два предложения о работе, какое выбрать?"],
  ["ru", "analysis", "Стоит оно того?"],
  ["ru", "analysis", "Как понимать этот тренд?"],
  ["ru", "simple_qa", "Какая максимальная суточная доза парацетамола?"],
  ["ru", "simple_qa", "Какое ограничение скорости на трассе?"],
  ["ru", "simple_qa", "Когда празднуют Масленицу?"],
  ["ru", "simple_qa", "Какой сейчас курс доллара?"],
  ["ru", "math", "Сколько каждого продукта нужно на 11 человек?"],
  ["ru", "math", "Сколько это нам обойдётся в месяц?"],
  ["ru", "math", "За сколько месяцев я выплачу кредит?"],
  ["ru", "deep_reasoning", "Задача с собеседования: три выключателя и лампочка."],
  ["ru", "deep_reasoning", "Задача на взвешивание: двенадцать монет."],
  ["ru", "simple_qa", "Когда отмечают День знаний?"],
  ["ru", "simple_qa", "Какое ограничение скорости в городе?"],
  ["pl", "summarization", "Możesz skrócić ten tekst do trzech linijek?"],
  ["pl", "summarization", "Zrób to krócej, proszę."],
  ["pl", "creative_writing", "Przepisz to łagodniej, brzmi zbyt ostro."],
  ["pl", "creative_writing", "Napisz to cieplej i mniej sztywno."],
  ["pl", "creative_writing", "Potrzebuję tekstu na stronę produktu."],
  ["pl", "creative_writing", "Coś, co mogę przeczytać na weselu siostry."],
  ["pl", "creative_writing", "Kilka słów do kartki dla koleżanki."],
  ["pl", "brainstorming", "Co mogę mu kupić na urodziny?"],
  ["pl", "brainstorming", "Co można robić w weekend w Krakowie?"],
  ["pl", "chat", "Kto cię stworzył?"],
  ["pl", "chat", "Pamiętasz, o czym rozmawialiśmy?"],
  ["pl", "chat", "Jesteś botem?"],
  ["pl", "classification", "Dla każdego zgłoszenia określ priorytet: pilne, średnie, niskie."],
  ["pl", "classification", "Przypisz każdy mail do właściwego działu."],
  ["pl", "classification", "Oznacz każdy wiersz jako OK lub zagrożony."],
  ["pl", "translation", "Przełóż to na japoński."],
  ["pl", "translation", "Jak jest krzesło po angielsku?"],
  ["pl", "extraction", "Tylko imiona i co kto przynosi."],
  ["pl", "analysis", "Mam dwie oferty pracy, którą wybrać?"],
  ["pl", "analysis", "Jaka jest według ciebie najbardziej prawdopodobna przyczyna?"],
  ["pl", "analysis", "Czy to się opłaca?"],
  ["pl", "analysis", "Jak interpretować ten trend?"],
  ["pl", "simple_qa", "Jaka jest maksymalna dobowa dawka ibuprofenu?"],
  ["pl", "simple_qa", "Jakie jest ograniczenie prędkości na autostradzie?"],
  ["pl", "simple_qa", "Kiedy obchodzi się Boże Ciało?"],
  ["pl", "simple_qa", "Co znaczy słowo sztos?"],
  ["pl", "simple_qa", "Jaki jest aktualny kurs euro?"],
  ["pl", "math", "Ile czego potrzebuję na 11 osób?"],
  ["pl", "math", "Ile nas to kosztuje miesięcznie?"],
  ["pl", "math", "Jak długo będę spłacać ten kredyt?"],
  ["pl", "simple_qa", "Kiedy wypada Wielkanoc w tym roku?"],
  ["pl", "simple_qa", "Jaka jest dobowa dawka witaminy D?"],
  ["pl", "creative_writing", "Napisz to łagodniej, proszę."],
  ["pl", "brainstorming", "Co można robić w weekend w Gdańsku?"],
  ["tr", "summarization", "Bu metni üç satıra indirir misin?"],
  ["tr", "creative_writing", "Bunu daha yumuşak bir dille yeniden yaz."],
  ["tr", "creative_writing", "Biraz daha samimi ve sıcak yap, çok resmi olmuş."],
  ["tr", "creative_writing", "Ürün sayfası için bir metin lazım."],
  ["tr", "creative_writing", "Düğünde okuyabileceğim bir şey yazar mısın?"],
  ["tr", "creative_writing", "Kart için birkaç güzel söz."],
  ["tr", "brainstorming", "Ona ne hediye alabilirim?"],
  ["tr", "chat", "Seni kim yaptı?"],
  ["tr", "chat", "Ne konuştuğumuzu hatırlıyor musun?"],
  ["tr", "chat", "Sen bir bot musun?"],
  ["tr", "chat", "Sadece dinle, çözüm istemiyorum."],
  ["tr", "classification", "Her bilet için önceliği belirle: acil, orta, düşük."],
  ["tr", "classification", "Her e-postayı doğru departmana yönlendir."],
  ["tr", "classification", "Her satırı OK veya riskli olarak işaretle."],
  ["tr", "translation", "İngilizcede sandalye nasıl denir?"],
  ["tr", "extraction", "Sadece isimleri ve ne getireceklerini yaz."],
  ["tr", "analysis", "İki iş teklifim var, hangisini seçmeliyim?"],
  ["tr", "analysis", "Sence en olası neden ne?"],
  ["tr", "analysis", "Buna değer mi?"],
  ["tr", "analysis", "Bu trendi nasıl yorumlamalıyım?"],
  ["tr", "simple_qa", "Parasetamolün günlük maksimum dozu nedir?"],
  ["tr", "simple_qa", "Otoyolda hız sınırı kaç?"],
  ["tr", "simple_qa", "Hıdrellez ne zaman kutlanır?"],
  ["tr", "simple_qa", "Dolar kuru şu an kaç?"],
  ["tr", "math", "11 kişi için her malzemeden ne kadar lazım?"],
  ["tr", "math", "Bu bize ayda kaça mal olur?"],
  ["tr", "math", "Krediyi kaç ayda öderim?"],
  ["tr", "creative_writing", "Bunu daha yumuşak bir dille yaz."],
  ["tr", "chat", "Çözüm önerme, sadece dinle."],
  ["nl", "summarization", "Maak het korter, het is veel te lang."],
  ["nl", "creative_writing", "Herschrijf het wat vriendelijker, het klinkt te bot."],
  ["nl", "creative_writing", "Maak het minder stijf en wat warmer."],
  ["nl", "creative_writing", "Ik heb een tekst nodig voor de productpagina."],
  ["nl", "creative_writing", "Iets wat ik op de bruiloft kan voorlezen."],
  ["nl", "creative_writing", "Een paar woorden voor op de kaart."],
  ["nl", "brainstorming", "Wat kan ik hem geven voor zijn verjaardag?"],
  ["nl", "brainstorming", "Wat kunnen we dit weekend in Utrecht doen?"],
  ["nl", "chat", "Wie heeft jou gemaakt?"],
  ["nl", "chat", "Weet je nog waar we het over hadden?"],
  ["nl", "chat", "Ben je een bot?"],
  ["nl", "chat", "Luister gewoon, ik wil geen oplossingen."],
  ["nl", "classification", "Bepaal voor elk ticket de prioriteit: urgent, gemiddeld, laag."],
  ["nl", "classification", "Stuur elke mail naar de juiste afdeling."],
  ["nl", "classification", "Markeer elke rij als OK of risico."],
  ["nl", "translation", "Zet dit om naar het Japans."],
  ["nl", "translation", "Hoe zeg je stoel in het Engels?"],
  ["nl", "translation", "Wat is gezellig in het Engels?"],
  ["nl", "analysis", "Ik heb twee aanbiedingen, welke moet ik nemen?"],
  ["nl", "analysis", "Wat is volgens jou de meest waarschijnlijke oorzaak?"],
  ["nl", "analysis", "Is het de moeite waard?"],
  ["nl", "analysis", "Hoe moet ik deze trend lezen?"],
  ["nl", "simple_qa", "Wat is de maximale dagdosis paracetamol?"],
  ["nl", "simple_qa", "Wat is de maximumsnelheid op de snelweg?"],
  ["nl", "simple_qa", "Wat is de huidige rente op spaargeld?"],
  ["nl", "math", "Hoeveel van elk heb ik nodig voor 11 personen?"],
  ["nl", "math", "Wat kost ons dat per maand?"],
  ["nl", "math", "Hoe lang duurt het om de lening af te lossen?"],
  ["nl", "math", "Hoeveel rente bespaar ik?"],
  ["nl", "deep_reasoning", "Een breinbreker uit een sollicitatiegesprek."],
  ["nl", "deep_reasoning", "Ik heb een raadsel voor je."],
  ["nl", "simple_qa", "Wanneer vieren we Koningsdag?"],
  ["nl", "translation", "Wat is het Engelse woord voor gezellig?"],
  ["nl", "deep_reasoning", "Een weegprobleem met twaalf knikkers."],
  ["uk", "summarization", "Зроби коротше, будь ласка."],
  ["uk", "creative_writing", "Перепиши м'якше, звучить надто різко."],
  ["uk", "creative_writing", "Зроби текст теплішим і менш офіційним."],
  ["uk", "creative_writing", "Потрібен текст для сторінки товару."],
  ["uk", "creative_writing", "Щось, що я зможу прочитати на весіллі."],
  ["uk", "creative_writing", "Кілька слів для листівки."],
  ["uk", "brainstorming", "Що можна подарувати чоловікові?"],
  ["uk", "brainstorming", "Чим зайнятися у вихідні у Львові?"],
  ["uk", "chat", "Хто тебе створив?"],
  ["uk", "chat", "Ти пам'ятаєш, про що ми говорили?"],
  ["uk", "chat", "Ти бот?"],
  ["uk", "chat", "Просто вислухай, рішення не потрібні."],
  ["uk", "classification", "Для кожного тікета визнач пріоритет: терміново, середньо, низько."],
  ["uk", "classification", "Розподіли кожен лист за відділами."],
  ["uk", "classification", "Познач кожен рядок: ОК або під загрозою."],
  ["uk", "translation", "Як англійською стілець?"],
  ["uk", "translation", "Як сказати це англійською?"],
  ["uk", "extraction", "Тільки імена та що кожен принесе."],
  ["uk", "analysis", "У мене дві пропозиції, яку обрати?"],
  ["uk", "analysis", "Яка, на твою думку, найімовірніша причина?"],
  ["uk", "analysis", "Чи варто воно того?"],
  ["uk", "analysis", "Як розуміти цей тренд?"],
  ["uk", "simple_qa", "Яка максимальна добова доза парацетамолу?"],
  ["uk", "simple_qa", "Яке обмеження швидкості на трасі?"],
  ["uk", "simple_qa", "Коли святкують Івана Купала?"],
  ["uk", "simple_qa", "Що означає слово файний?"],
  ["uk", "simple_qa", "Який зараз курс долара?"],
  ["uk", "math", "Скільки чого треба на 11 людей?"],
  ["uk", "math", "Скільки це нам коштуватиме на місяць?"],
  ["uk", "math", "За скільки місяців я виплачу кредит?"],
  ["uk", "deep_reasoning", "Задача на зважування монет."],
  ["uk", "creative_writing", "Напиши м'якше, звучить надто різко."],
];

describe("the fourteenth round's everyday asks in German, Russian, Polish, Turkish, Dutch and Ukrainian", () => {
  it.each(asks)("%s: reads %s: %s", (_lang, task, text) => {
    expect(read(baseOf(task), [u(text)])).toBe(task);
  });
  it("names each ask's task by a defining cue of its own language's table", () => {
    for (const [lang, task, text] of asks) {
      const hits = findCues(text.toLowerCase()).filter((hit) => hit.task === task && hit.strong).map((hit) => hit.lang);
      expect(hits, `${lang}: ${text}`).toContain(lang);
    }
  });
});

/** Sentences that ask no task of the kind a cue used to read (or a new cue might read) in them. */
const LOOK_ALIKES: [string, string][] = [
  ["Sadece dinle, çözüm istemiyorum.", "math"],
  ["Bu soruna kalıcı bir çözüm bulmamız lazım.", "math"],
  ["Ich kann es nicht fassen, was heute passiert ist.", "summarization"],
  ["Wir sollten diese Option ins Auge fassen.", "summarization"],
  ["Zusammenfassend lässt sich sagen, dass das Projekt gut lief.", "summarization"],
  ["Samenvattend kunnen we stellen dat het goed ging.", "summarization"],
  ["W obliczu kryzysu firma zwolniła ludzi.", "math"],
  ["Jego oblicze było blade.", "math"],
  ["Die Gleichung hat keine Lösungen.", "chat"],
  ["Завтра будет потеплее.", "creative_writing"],
  ["Как сделать тесто помягче?", "creative_writing"],
  ["Jutro będzie cieplej niż dziś.", "creative_writing"],
  ["Kredi kartı için başvuru yaptım.", "creative_writing"],
  ["Yarın hava daha sıcak olacak mı?", "creative_writing"],
  ["Mein Rücken ist heute weniger steif.", "creative_writing"],
  ["Який курс програмування обрати?", "simple_qa"],
  ["Który kurs programowania wybrać?", "simple_qa"],
  ["Выход на японский рынок — это риск.", "translation"],
];

/** Everyday words beside the fixed cues that no other language's table may read. */
const COMMON: Record<string, string> = {
  de: "zusammenfassend fassen",
  nl: "samenvattend",
  pl: "obliczu oblicze",
  tr: "çözüm",
};

const MINE: readonly CueLanguage[] = ["de", "ru", "pl", "tr", "nl", "uk", "sv", "el", "he", "fa", "cs", "da", "nb"];

describe("the fourteenth round's look-alikes in the European tables", () => {
  it.each(LOOK_ALIKES)("in an everyday sentence reads no cue of its look-alike task: %s (%s)", (text, task) => {
    expect(findCues(text.toLowerCase()).filter((hit) => hit.task === task).map((hit) => `${hit.lang} '${hit.cue}'`), text).toEqual([]);
  });
  it("fires no cue of another language inside a common word", () => {
    expect(lookAlikeHits(COMMON)).toEqual([]);
  });
  it("writes no cue twice in a table", () => {
    expect(cuesWrittenTwice(MINE)).toEqual([]);
  });
});
