/**
 * Fourteenth round: the everyday ways of asking that the twelfth round's tables (`language-cues-far.ts`,
 * `language-cues-asia.ts`: Bulgarian, Serbian, Croatian, Slovenian, Lithuanian, Latvian, Estonian, Tamil, Telugu, Marathi,
 * Azerbaijani, Kazakh) missed, audited against the same checklist as the tail tables: key points and minutes, only the
 * names and fill-the-fields, queries, check-my-code and explain-this-code, which would you choose and is it worth it,
 * speeches, toasts and jokes, what could I do, knights and liars, how much will I pay. Each ask is read over a base that
 * says chat, so it fails without the new cue. The prompts are the team's own, not the working sets' rows.
 */
import { describe, expect, it } from "vitest";
import { findCues } from "./cue-matcher.js";
import type { CueLanguage } from "./language-cues.js";
import { read, u } from "../../../test/support/conversation-kit.js";
import { cuesWrittenTwice, lookAlikeHits } from "../../../test/support/cue-checks.js";

const asks: [string, string, string][] = [
  ["bg", "summarization", "Кои са ключовите моменти в тази статия?"],
  ["bg", "summarization", "Направи протокол от срещата по тези бележки"],
  ["bg", "extraction", "Само имената от този имейл, моля"],
  ["bg", "extraction", "Попълни полетата от писмото по-долу: име, телефон, адрес"],
  ["bg", "code_review", "Какво прави този код?"],
  ["bg", "code_review", "Прегледай кода ми, нещо не е наред с цикъла"],
  ["bg", "analysis", "Кое би избрал – наем или покупка на жилище?"],
  ["bg", "analysis", "Оцени този бизнес план за кафене"],
  ["bg", "creative_writing", "Разкажи ми виц за програмисти"],
  ["bg", "deep_reasoning", "Един от тях винаги лъже, другият винаги казва истината. Кой кой е?"],
  ["bg", "math", "Колко ще платя общо при лихва 5%?"],
  ["sr", "summarization", "Које су кључне тачке овог чланка?"],
  ["sr", "extraction", "Само имена из овог мејла, молим"],
  ["sr", "classification", "Да ли је овај коментар позитивно, негативно или неутрално?"],
  ["sr", "code_review", "Објасни ми код, не разумем га"],
  ["sr", "analysis", "Шта би ти изабрао, стан у граду или кућу ван града?"],
  ["sr", "creative_writing", "Испричај ми виц о програмерима"],
  ["sr", "creative_writing", "Напиши говор за венчање моје сестре"],
  ["sr", "deep_reasoning", "Витезови и лажови: један увек лаже, други увек говори истину. Ко је ко?"],
  ["sr", "math", "Колико ћу платити укупно са каматом од 5%?"],
  ["sr", "analysis", "Šta bi ti izabrao, auto na struju ili hibrid?"],
  ["sr", "code_review", "Šta radi ovaj kod?"],
  ["hr", "summarization", "Koje su ključne točke ovog članka?"],
  ["hr", "summarization", "Skrati ovaj tekst na pola"],
  ["hr", "extraction", "Samo imena iz ovog maila, molim"],
  ["hr", "extraction", "Popuni polja iz ovog e-maila: ime, telefon, adresa"],
  ["hr", "classification", "Je li ovaj komentar pozitivno, negativno ili neutralno?"],
  ["hr", "code_generation", "Napiši SQL upit koji vraća kupce iz Splita"],
  ["hr", "code_review", "Pregledaj moj kod, nešto ne štima s petljom"],
  ["hr", "code_review", "Što radi ovaj kod?"],
  ["hr", "analysis", "Što bi ti odabrao, najam ili kupnju stana?"],
  ["hr", "analysis", "Procijeni ovaj poslovni plan za kafić"],
  ["hr", "creative_writing", "Napiši govor za vjenčanje moje sestre"],
  ["hr", "creative_writing", "Ispričaj mi vic o programerima"],
  ["hr", "deep_reasoning", "Jedan uvijek laže, drugi uvijek govori istinu. Tko je tko?"],
  ["hr", "math", "Koliko ću platiti ukupno uz kamatu od 5 %?"],
  ["sl", "summarization", "Skrajšaj to besedilo na polovico"],
  ["sl", "summarization", "Katere so najpomembnejše točke tega članka?"],
  ["sl", "extraction", "Izpolni polja iz tega e-sporočila: ime, telefon, naslov"],
  ["sl", "classification", "Ali je ta komentar pozitivno, negativno ali nevtralno?"],
  ["sl", "code_generation", "Napiši SQL poizvedbo, ki vrne stranke iz Maribora"],
  ["sl", "code_review", "Kaj dela ta koda?"],
  ["sl", "code_review", "Preglej mojo kodo, nekaj ni v redu z zanko"],
  ["sl", "analysis", "Kaj bi izbral, najem ali nakup stanovanja?"],
  ["sl", "analysis", "Ali se splača zdaj kupiti električni avto?"],
  ["sl", "creative_writing", "Povej mi vic o programerjih"],
  ["sl", "creative_writing", "Napiši zdravico za sestrino poroko"],
  ["sl", "brainstorming", "Kaj lahko počnem ta vikend z otroki?"],
  ["sl", "deep_reasoning", "Eden vedno laže, drugi vedno govori resnico. Kdo je kdo?"],
  ["sl", "math", "Koliko bom plačal skupaj z obrestmi 5 %?"],
  ["lt", "summarization", "Kokie svarbiausi punktai šiame straipsnyje?"],
  ["lt", "extraction", "Tik vardus iš šio laiško, prašau"],
  ["lt", "extraction", "Užpildyk laukus pagal šį laišką: vardas, telefonas, adresas"],
  ["lt", "code_generation", "Parašyk SQL užklausą, kuri grąžintų klientus iš Kauno"],
  ["lt", "code_review", "Ką daro šis kodas?"],
  ["lt", "code_review", "Patikrink mano kodą, kažkas negerai su ciklu"],
  ["lt", "analysis", "Ką pasirinktum: nuomą ar pirkimą?"],
  ["lt", "analysis", "Įvertink šį verslo planą kavinei"],
  ["lt", "creative_writing", "Papasakok anekdotą apie programuotojus"],
  ["lt", "creative_writing", "Parašyk žinutę kolegai, kad vėluosiu"],
  ["lt", "brainstorming", "Ką galėčiau veikti savaitgalį su vaikais?"],
  ["lt", "deep_reasoning", "Vienas visada meluoja, kitas visada sako tiesą. Kas yra kas?"],
  ["lt", "math", "Kiek sumokėsiu iš viso su 5 % palūkanomis?"],
  ["lv", "summarization", "Kādi ir galvenie punkti šajā rakstā?"],
  ["lv", "summarization", "Saīsini šo tekstu uz pusi"],
  ["lv", "extraction", "Tikai vārdus no šī e-pasta, lūdzu"],
  ["lv", "extraction", "Aizpildi laukus no šīs vēstules: vārds, tālrunis, adrese"],
  ["lv", "code_generation", "Uzraksti SQL vaicājumu, kas atgriež klientus no Rīgas"],
  ["lv", "code_review", "Ko dara šis kods?"],
  ["lv", "code_review", "Pārbaudi manu kodu, kaut kas nav kārtībā ar ciklu"],
  ["lv", "analysis", "Ko tu izvēlētos: īri vai pirkumu?"],
  ["lv", "analysis", "Vai ir vērts tagad pirkt elektroauto?"],
  ["lv", "creative_writing", "Pastāsti joku par programmētājiem"],
  ["lv", "creative_writing", "Uzraksti runu manas māsas kāzām"],
  ["lv", "brainstorming", "Ko es varētu darīt nedēļas nogalē ar bērniem?"],
  ["lv", "deep_reasoning", "Viens vienmēr melo, otrs vienmēr saka patiesību. Kurš ir kurš?"],
  ["lv", "math", "Cik es maksāšu kopā ar 5 % procentiem?"],
  ["et", "summarization", "Millised on selle artikli põhipunktid?"],
  ["et", "summarization", "Lühenda seda teksti poole võrra"],
  ["et", "extraction", "Ainult nimed sellest kirjast, palun"],
  ["et", "extraction", "Täida väljad selle e-kirja põhjal: nimi, telefon, aadress"],
  ["et", "code_generation", "Kirjuta SQL-päring, mis tagastab Tartu kliendid"],
  ["et", "code_review", "Mida see kood teeb?"],
  ["et", "code_review", "Kontrolli mu koodi, tsüklis on midagi valesti"],
  ["et", "analysis", "Mida sa valiksid, üüri või ostu?"],
  ["et", "analysis", "Kas tasub praegu elektriauto osta?"],
  ["et", "creative_writing", "Räägi mõni nali kassidest"],
  ["et", "creative_writing", "Kirjuta kõne mu õe pulmadeks"],
  ["et", "brainstorming", "Mida ma saaksin nädalavahetusel lastega teha?"],
  ["et", "deep_reasoning", "Üks valetab alati, teine räägib alati tõtt. Kes on kes?"],
  ["et", "math", "Kui palju ma maksan kokku 5% intressiga?"],
  ["az", "summarization", "Bu məqalənin əsas məqamlarını yaz"],
  ["az", "extraction", "Yalnız adları bu məktubdan çıxar"],
  ["az", "classification", "Bu rəy müsbət, mənfi və ya neytraldır?"],
  ["az", "code_generation", "Bakıdakı müştəriləri qaytaran SQL sorğusu yaz"],
  ["az", "code_review", "Bu kod nə edir?"],
  ["az", "code_review", "Kodumu yoxla, dövrdə nəsə səhvdir"],
  ["az", "analysis", "Hansını seçərdin, kirayə yoxsa alış?"],
  ["az", "analysis", "Bu biznes planını qiymətləndir"],
  ["az", "creative_writing", "Bacımın toyu üçün nitq yaz"],
  ["az", "creative_writing", "Proqramçılar haqqında lətifə danış"],
  ["az", "brainstorming", "Həftə sonu uşaqlarla nə edə bilərəm?"],
  ["az", "deep_reasoning", "Biri həmişə yalan danışır, digəri həmişə düz danışır. Kim kimdir?"],
  ["az", "math", "Aylıq nə qədər ödəyəcəyəm, faiz 5% olsa?"],
  ["kk", "summarization", "Осы мақаланың негізгі ойларын жаз"],
  ["kk", "extraction", "Осы хаттан тек аттарын шығар"],
  ["kk", "classification", "Бұл пікір оң, теріс немесе бейтарап па?"],
  ["kk", "code_generation", "Алматыдағы клиенттерді қайтаратын SQL сұраныс жаз"],
  ["kk", "code_review", "Бұл код не істейді?"],
  ["kk", "code_review", "Кодымды тексеріп берші, циклде қате бар сияқты"],
  ["kk", "analysis", "Қайсысын таңдар едің: жалға алу ма, сатып алу ма?"],
  ["kk", "creative_writing", "Апамның туған күніне құттықтау жаз"],
  ["kk", "creative_writing", "Бағдарламашылар туралы әзіл айтшы"],
  ["kk", "brainstorming", "Демалыста балалармен не істей аламын?"],
  ["kk", "deep_reasoning", "Біреуі әрқашан өтірік айтады, екіншісі әрқашан шындықты айтады. Кім кім?"],
  ["kk", "math", "Айына қанша төлеймін, пайыз 5% болса?"],
  ["ta", "summarization", "இந்த கட்டுரையின் முக்கிய அம்சங்களை சொல்லுங்கள்"],
  ["ta", "extraction", "இந்த மின்னஞ்சலில் இருந்து பெயர்களை மட்டும் எடுத்துக் கொடுங்கள்"],
  ["ta", "code_review", "இந்த கோட் என்ன செய்கிறது?"],
  ["ta", "analysis", "எதை தேர்ந்தெடுப்பீர்கள், வாடகை வீடா சொந்த வீடா?"],
  ["ta", "creative_writing", "என் தங்கையின் திருமணத்திற்கு ஒரு பேச்சு எழுதுங்கள்"],
  ["ta", "creative_writing", "ஒரு ஜோக் சொல்லுங்கள்"],
  ["ta", "deep_reasoning", "ஒருவர் எப்போதும் பொய் சொல்வார், மற்றவர் எப்போதும் உண்மை சொல்வார். யார் யார்?"],
  ["ta", "math", "மொத்தம் எவ்வளவு செலுத்த வேண்டும்?"],
  ["te", "summarization", "ఈ వ్యాసంలోని ముఖ్యాంశాలు చెప్పండి"],
  ["te", "extraction", "ఈ ఈమెయిల్ నుండి పేర్లు మాత్రమే ఇవ్వండి"],
  ["te", "code_review", "ఈ కోడ్ ఏమి చేస్తుంది?"],
  ["te", "analysis", "అద్దె ఇల్లు లేదా సొంత ఇల్లు, ఏది మంచిది?"],
  ["te", "creative_writing", "నా చెల్లెలి పెళ్లికి ఒక ప్రసంగం రాయండి"],
  ["te", "creative_writing", "ఒక జోక్ చెప్పండి"],
  ["te", "deep_reasoning", "ఒకరు ఎప్పుడూ అబద్ధం చెబుతారు, మరొకరు ఎప్పుడూ నిజం చెబుతారు. ఎవరు ఎవరు?"],
  ["te", "math", "మొత్తం ఎంత చెల్లించాలి?"],
  ["mr", "summarization", "या लेखाचे मुख्य मुद्दे सांगा"],
  ["mr", "extraction", "या ईमेलमधून फक्त नावे काढून सांगा"],
  ["mr", "code_review", "हा कोड काय करतो?"],
  ["mr", "analysis", "भाड्याचे घर की स्वतःचे घर, कोणते चांगले?"],
  ["mr", "creative_writing", "माझ्या बहिणीच्या लग्नासाठी भाषण लिहा"],
  ["mr", "creative_writing", "प्रोग्रामरवर एक विनोद सांगा"],
  ["mr", "brainstorming", "वाढदिवसाच्या भेटीसाठी काही कल्पना द्या"],
  ["mr", "deep_reasoning", "एक नेहमी खोटे बोलतो आणि दुसरा नेहमी खरे बोलतो. कोण कोण?"],
  ["mr", "math", "एकूण किती पैसे भरावे लागतील?"],
];

describe("the twelfth round's tables' everyday asks", () => {
  it.each(asks)("%s: reads %s over a base that says chat: %s", (_lang, task, text) => {
    expect(read("chat", [u(text)])).toBe(task);
  });
  it("finds each ask's defining cue in its own language's table", () => {
    for (const [lang, task, text] of asks) {
      const hits = findCues(text.toLowerCase()).filter((hit) => hit.task === task && hit.strong).map((hit) => hit.lang);
      expect(hits, `${lang}: ${text}`).toContain(lang);
    }
  });
});

/**
 * Everyday words beside the new cues, none of which may fire another language's cue: Serbian "реч" (a word; Bulgarian
 * "реч" is a speech, so only "реч за сватба", "реч по случай" are written), Serbian "вреди" and Croatian "vrijedi" (is
 * valid, as well as is worth it), Croatian "puca" (cracks), Bulgarian "срива" and Azerbaijani "çökür" (a market
 * collapses as well as a program), Lithuanian "lūžta" (breaks), "tostas" (toast bread), Kazakh "сөз" (a word).
 */
const COMMON: Record<string, string> = {
  sr: "реч речи вреди vredi",
  hr: "vrijedi puca",
  bg: "срива гърми",
  az: "çökür",
  lt: "lūžta tostas",
  kk: "сөз",
};

const FAR: readonly CueLanguage[] = ["bg", "sr", "hr", "sl", "lt", "lv", "et", "ta", "te", "mr", "az", "kk"];

describe("the twelfth round's tables' look-alikes", () => {
  it("fires no cue of another language inside a common word", () => {
    expect(lookAlikeHits(COMMON)).toEqual([]);
  });
  it("writes no cue twice in a table", () => {
    expect(cuesWrittenTwice(FAR)).toEqual([]);
  });
});
